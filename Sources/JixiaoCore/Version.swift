/// The tool's version, written into saved scripts and journals.
public enum JixiaoVersion {
    public static let current = "0.1.0"
}
