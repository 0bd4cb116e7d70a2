/// The characters charts are drawn with: Unicode blocks, Braille and box lines, or plain ASCII when the
/// output cannot show them (`--ascii`, or a locale that is not UTF-8).
///
/// Resolutions are in steps per character cell: a rightward Unicode bar grows by eighths (▏▎▍▌▋▊▉█), an
/// upward column by eighths (▁▂▃▄▅▆▇█). Leftward and downward bars (negative values) have only half-cell
/// glyphs that hug the axis (▐, ▀), so they grow by halves. ASCII draws whole cells.
struct ChartGlyphs: Sendable {
    let ascii: Bool

    init(ascii: Bool) {
        self.ascii = ascii
    }

    // MARK: - Bars

    /// Steps per cell of a bar growing right or up from the axis.
    var resolution: Int { ascii ? 1 : 8 }
    /// Steps per cell of a bar growing left or down from the axis.
    var negativeResolution: Int { ascii ? 1 : 2 }

    private static let eighthsRight = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    private static let eighthsUp = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A bar growing right from the axis, `steps` steps of `resolution` long.
    func rightwardBar(_ steps: Int) -> String {
        let full = steps / resolution, rest = steps % resolution
        if ascii { return String(repeating: "#", count: full) }
        return String(repeating: "█", count: full) + Self.eighthsRight[rest]
    }

    /// A bar growing left toward the label, `steps` steps of `negativeResolution` long; its ragged end is
    /// on the left.
    func leftwardBar(_ steps: Int) -> String {
        let full = steps / negativeResolution, rest = steps % negativeResolution
        if ascii { return String(repeating: "#", count: full) }
        return (rest > 0 ? "▐" : "") + String(repeating: "█", count: full)
    }

    /// One cell of a column growing up, filled `fill` steps (0 … resolution) from the bottom.
    func upwardCell(_ fill: Int) -> String {
        if ascii { return fill > 0 ? "#" : " " }
        return Self.eighthsUp[min(max(fill, 0), 8)]
    }

    /// One cell of a column growing down, filled `fill` steps (0 … negativeResolution) from the top.
    func downwardCell(_ fill: Int) -> String {
        if ascii { return fill > 0 ? "#" : " " }
        return fill >= 2 ? "█" : (fill == 1 ? "▀" : " ")
    }

    // MARK: - Axes

    var verticalAxis: String { ascii ? "|" : "│" }
    var horizontalAxis: String { ascii ? "-" : "─" }
    /// Where a labelled tick meets the vertical axis.
    var tick: String { ascii ? "+" : "┤" }
    /// Where the two axes meet.
    var corner: String { ascii ? "+" : "└" }
    /// Marks a cut label written top to bottom.
    var verticalEllipsis: String { ascii ? ":" : "⋮" }

    // MARK: - Series

    /// Fills of stacked segments, one per series, chosen to stay distinct side by side.
    var fills: [String] { ascii ? ["#", "=", "+", "*", "o", "%", "@", "~"] : ["█", "░", "▒", "▓", "▚", "▞", "▄", "▀"] }

    /// Sparkline levels, lowest first.
    var levels: [String] { ascii ? ["_", ".", ":", "-", "=", "+", "*", "#"] : ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] }
}
