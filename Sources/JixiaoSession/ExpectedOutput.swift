import Foundation
import JixiaoCore

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

    /// `=== line 3: funds | …` then the output, for each command: a record's format, the same in every language.
    package var text: String {
        blocks.map { block in
            let command = block.command.replacingOccurrences(of: "\n", with: " ")
            let end = block.output.isEmpty || block.output.hasSuffix("\n") ? "" : "\n"
            return "\(Self.marker)line \(block.line): \(command)\n" + block.output + end // not user-facing: the record's format
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

    /// The first difference between what was recorded and what a run gave, described for a person in
    /// `language` (the recorded lines it quotes are as recorded).
    package static func firstDifference(expected: ExpectedOutput, actual: ExpectedOutput, file: String,
                                        in language: Language = .current) -> String? {
        for (index, want) in expected.blocks.enumerated() {
            guard index < actual.blocks.count else {
                return Message(.sessionRunStopped, file, String(want.line), want.command).text(in: language)
            }
            let got = actual.blocks[index]
            if got.command.replacingOccurrences(of: "\n", with: " ") != want.command {
                return Message(.sessionCommandChanged, file, String(got.line), String(index + 1), got.command, want.command).text(in: language)
            }
            if got.output != want.output {
                return describe(want, got, file: file, in: language)
            }
        }
        if actual.blocks.count > expected.blocks.count {
            let extra = actual.blocks[expected.blocks.count]
            return Message(.sessionNoOutputRecorded, file, String(extra.line), extra.command).text(in: language)
        }
        return nil
    }

    private static func describe(_ want: Block, _ got: Block, file: String, in language: Language) -> String {
        let wantLines = want.output.split(separator: "\n", omittingEmptySubsequences: false)
        let gotLines = got.output.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < wantLines.count && index < gotLines.count && wantLines[index] == gotLines[index] { index += 1 }
        // Table rows are the lines between the header rule and the bottom rule.
        let headerRule = wantLines.firstIndex { $0.hasPrefix("├") || $0.hasPrefix("+-") }
        var place = Message(.sessionOutputLine, String(index + 1))
        if let headerRule, index > headerRule {
            place = Message(.sessionOutputTableRow, String(index + 1), String(index - headerRule))
        }
        let command = got.command.replacingOccurrences(of: "\n", with: " ")
        var lines = [Message(key: MessageID.sessionOutputDiffers.rawValue, arguments: [.verbatim(file), .verbatim(String(got.line)), .message(place), .verbatim(command)])
            .text(in: language)]
        let context = max(0, index - 2)
        for i in context..<index where i < wantLines.count { lines.append("    " + wantLines[i]) }
        let nothing = Message(.sessionNothing).text(in: language)
        lines.append("  - " + (index < wantLines.count ? String(wantLines[index]) : nothing))
        lines.append("  + " + (index < gotLines.count ? String(gotLines[index]) : nothing))
        return lines.joined(separator: "\n")
    }
}
