/// The tool's version, written into saved scripts and journals.
package enum JixiaoVersion {
    package static let current = "0.1.0"
}
