import JixiaoCore
import JixiaoSession
import JixiaoRender

/// Lays out completion candidates in columns, as `ls` does, measured in display width so Chinese names line up.
package enum CompletionListing {
    /// The candidates in as many columns as fit `width`, filled top to bottom, each line ending in a newline;
    /// beyond `limit` candidates a last line says how many more there are.
    package static func render(_ labels: [String], width: Int, limit: Int = 200) -> String {
        guard !labels.isEmpty else { return "" }
        let shown = Array(labels.prefix(limit))
        let gap = 2
        let cellWidth = (shown.map(DisplayWidth.of).max() ?? 0) + gap
        let columns = max(1, min(shown.count, (max(width, 1) + gap) / max(cellWidth, 1)))
        let rows = (shown.count + columns - 1) / columns
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < shown.count else { break }
                let isLast = column == columns - 1 || (column + 1) * rows + row >= shown.count
                line += isLast ? shown[index] : DisplayWidth.pad(shown[index], to: cellWidth)
            }
            lines.append(line)
        }
        if labels.count > shown.count { lines.append(Message(.shellMoreCompletions, String(labels.count - shown.count)).text) }
        return lines.map { $0 + "\n" }.joined()
    }
}
