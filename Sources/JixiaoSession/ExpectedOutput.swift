import Foundation

/// The recorded outputs of a script's commands, kept beside it as `FILE.expected`: plain text a person can
/// read and diff, one block per command.
package struct ExpectedOutput: Sendable, Equatable {
    package struct Block: Sendable, Equatable {
        /// The line the command starts on in the script.
        package var line: Int
        package var command: String
        package var output: String

        package init(line: Int, command: String, output: String) {
            self.line = line
            self.command = command
            self.output = output
        }
    }

    package var blocks: [Block]

    package init(blocks: [Block]) {
        self.blocks = blocks
    }

    static let marker = "=== "

    /// `=== line 3: funds | …` then the output, for each command.
    package var text: String {
        blocks.map { block in
            let command = block.command.replacingOccurrences(of: "\n", with: " ")
            return "\(Self.marker)line \(block.line): \(command)\n" + block.output + (block.output.isEmpty || block.output.hasSuffix("\n") ? "" : "\n")
        }.joined()
    }

    package static func parse(_ text: String) -> ExpectedOutput {
        var blocks: [Block] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            // The file travels with the script, so a malformed marker line is read as well as it can be, never
            // trusted to have the shape `=== line N: …`.
            if rawLine.hasPrefix(marker + "line "), let colon = rawLine.range(of: ": ") {
                let lineText = rawLine.dropFirst(marker.count + "line ".count).prefix { $0 != ":" }
                blocks.append(Block(line: Int(lineText) ?? 0, command: String(rawLine[colon.upperBound...]), output: ""))
            } else if !blocks.isEmpty {
                blocks[blocks.count - 1].output += rawLine + "\n"
            }
        }
        // The split leaves one empty line after the last block's final newline.
        if var last = blocks.last, last.output.hasSuffix("\n\n") || last.output == "\n" {
            last.output.removeLast()
            blocks[blocks.count - 1] = last
        }
        return ExpectedOutput(blocks: blocks)
    }

    /// The first difference between what was recorded and what a run gave, described for a person.
    package static func firstDifference(expected: ExpectedOutput, actual: ExpectedOutput, file: String) -> String? {
        for (index, want) in expected.blocks.enumerated() {
            guard index < actual.blocks.count else {
                return "\(file):\(want.line): the run stopped before this command: \(want.command)"
            }
            let got = actual.blocks[index]
            if got.command.replacingOccurrences(of: "\n", with: " ") != want.command {
                return "\(file):\(got.line): command \(index + 1) is now `\(got.command)`, but `\(want.command)` was recorded; run --update after changing a script"
            }
            if got.output != want.output {
                return describe(want, got, file: file)
            }
        }
        if actual.blocks.count > expected.blocks.count {
            let extra = actual.blocks[expected.blocks.count]
            return "\(file):\(extra.line): no output was recorded for this command: \(extra.command); run --update"
        }
        return nil
    }

    private static func describe(_ want: Block, _ got: Block, file: String) -> String {
        let wantLines = want.output.split(separator: "\n", omittingEmptySubsequences: false)
        let gotLines = got.output.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < wantLines.count && index < gotLines.count && wantLines[index] == gotLines[index] { index += 1 }
        // Table rows are the lines between the header rule and the bottom rule.
        let headerRule = wantLines.firstIndex { $0.hasPrefix("├") || $0.hasPrefix("+-") }
        var place = "line \(index + 1) of its output"
        if let headerRule, index > headerRule {
            place += " (table row \(index - headerRule))"
        }
        var lines = ["\(file):\(got.line): output differs at \(place) for: \(got.command.replacingOccurrences(of: "\n", with: " "))"]
        let context = max(0, index - 2)
        for i in context..<index where i < wantLines.count { lines.append("    " + wantLines[i]) }
        if index < wantLines.count { lines.append("  - " + wantLines[index]) } else { lines.append("  - (nothing)") }
        if index < gotLines.count { lines.append("  + " + gotLines[index]) } else { lines.append("  + (nothing)") }
        return lines.joined(separator: "\n")
    }
}
