extension TableStyle {
    /// Whether the locale in `environment` writes UTF-8, as POSIX picks it: the first of LC_ALL, LC_CTYPE and
    /// LANG that is set and not empty decides, and it must name UTF-8 (`zh_CN.UTF-8`, `C.utf8`). With none set
    /// the answer is yes: the shell then falls back to C.UTF-8.
    package static func localeIsUTF8(_ environment: [String: String]) -> Bool {
        for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            let lower = value.lowercased()
            return lower.contains("utf-8") || lower.contains("utf8")
        }
        return true
    }
}
