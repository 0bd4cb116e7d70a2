import JixiaoCore

/// Text for one cell as shown on screen: thousands separators, fixed decimals, percent signs, ISO dates,
/// `2024-03-01 08:30:00+08:00`, `11:00:00`, `36:15:00`.
package enum CellFormatter {
    package static let nullText = "null"

    package static func text(_ value: Value, hint: DisplayHint) -> String {
        switch value {
        case .null: return nullText
        case .integer(let i):
            if hint == .plain { return String(i) }
            let text = ExactDecimal(i).format(groupThousands: true)
            return hint == .percent ? text + "%" : text
        case .decimal(let d):
            let text = d.format(groupThousands: hint != .plain)
            return hint == .percent ? text + "%" : text
        case .text(let s):
            // Line breaks inside a cell would break the frame; other controls would reach the terminal.
            return TerminalText.cell(s)
        case .date(let d): return CivilDate.format(d)
        case .boolean(let b): return b ? "true" : "false"
        case .timestamp, .time, .duration: return value.description
        }
    }

    /// Numbers are right-aligned, everything else left-aligned.
    package static func alignsRight(_ type: DataType) -> Bool {
        type.isNumeric
    }
}
