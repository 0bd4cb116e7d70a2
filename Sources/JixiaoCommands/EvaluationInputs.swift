import Foundation
import JixiaoCore
import JixiaoEvaluation
import JixiaoLanguage

/// Marks a command that runs the indicators' or claims' pipelines, which therefore may not appear inside one.
protocol RunsEvaluationPipelines {}

/// What the evaluation commands read from the workspace: the datasets named by `Conventions`, with their
/// origins for errors, and the indicators' and claims' pipelines run through the same path as typed lines.
struct EvaluationInputs {
    let context: RunContext

    var workspace: Workspace { context.workspace }

    // MARK: - Datasets

    /// A dataset the evaluation needs, and where its rows came from.
    func dataset(_ name: String, purpose: MessageID) throws -> (Table, DatasetOrigin) {
        guard let dataset = workspace.dataset(named: name) else {
            let text = Message(key: DiagnosticCode.evaluationMissingDataset.rawValue, arguments: [.verbatim(name), .message(Message(purpose))])
            throw Diagnostic(.bind, code: .evaluationMissingDataset, text: text, hint: Message(.hintInputsPutDataset, name))
        }
        var origin = DatasetOrigin(name: name)
        if case .file(let path) = dataset.origin {
            origin.file = path
            origin.lines = RecordLines.lines(ofFile: path, rows: dataset.table.rowCount)
        }
        return (try workspace.rows(of: name, table: dataset.table), origin)
    }

    func execution() throws -> ExecutionBlock {
        let (budgets, budgetsOrigin) = try dataset(Conventions.budgetsDataset, purpose: .inputsPurposeBudgets)
        let (funds, fundsOrigin) = try dataset(Conventions.fundsDataset, purpose: .inputsPurposeFunds)
        return try ExecutionBlock.build(budgets: budgets, budgetsOrigin: budgetsOrigin, funds: funds, fundsOrigin: fundsOrigin)
    }

    func project() throws -> ProjectInfo {
        let (table, origin) = try dataset(Conventions.projectDataset, purpose: .inputsPurposeProject)
        return try ProjectInfo.read(table, origin: origin)
    }

    /// Reads the indicators, runs or reads each actual value, and scores everything in the template, with the
    /// execution block given or read from the datasets.
    func evaluation(_ template: EvaluationTemplate, execution given: ExecutionBlock? = nil) throws -> Evaluation {
        let (table, origin) = try dataset(Conventions.indicatorsDataset, purpose: .inputsPurposeIndicators)
        let indicators = try IndicatorReader.read(table, origin: origin, template: template)
        var actuals: [ActualValue] = []
        for indicator in indicators {
            try context.checkCancelled()
            let value: Value
            switch indicator.method {
            case .query(let text):
                value = try singleValue(of: text, for: Message(.inputsIndicatorOwner, indicator.level3, indicator.place))
            case .recorded(let text):
                value = .text(text)
            }
            actuals.append(try ActualValue.from(value, for: indicator))
        }
        return try Evaluation.evaluate(template: template, execution: try given ?? execution(), indicators: indicators, actuals: actuals)
    }

    func claims() throws -> [Claim] {
        let (table, origin) = try dataset(Conventions.claimsDataset, purpose: .inputsPurposeClaims)
        return try Claim.read(table, origin: origin)
    }

    /// Each claim set against the data: a 查询 claim's pipeline run as a typed line runs, a 评价 claim read
    /// from the evaluation.
    func claimFindings(_ claims: [Claim], evaluation: Evaluation) throws -> [AuditFinding] {
        var findings: [AuditFinding] = []
        for claim in claims {
            try context.checkCancelled()
            var queried: Value?
            if case .query(let text) = claim.check {
                queried = try singleValue(of: text, for: Message(.inputsClaimOwner, claim.statement, claim.place))
            }
            findings.append(try Audit.check(claim, queried: queried, evaluation: evaluation))
        }
        return findings
    }

    // MARK: - Pipelines

    /// Runs a pipeline from a data file exactly as a typed line runs, and returns its single value.
    /// Errors keep the pipeline's text and caret, and say whose pipeline it is.
    func singleValue(of text: String, for owner: Message) throws -> Value {
        func relabeled(_ diagnostic: Diagnostic) -> Diagnostic {
            var copy = diagnostic
            copy.text = Message(key: MessageID.inputsOwned.rawValue, arguments: [.message(owner), .message(diagnostic.text)])
            if copy.source == nil { copy.source = text }
            return copy
        }
        do {
            let pipeline = try Pipeline.parse(text, registry: context.registry)
            for stage in pipeline.stages {
                let type = type(of: stage)
                if stage is RunsEvaluationPipelines || type.effect == .changesWorkspace {
                    throw Diagnostic(.input, .evaluationCommandNotAllowed, [type.name], hint: Message(.hintInputsUseQuery), source: text)
                }
            }
            // Data, not a script: it reads as a replayed script reads and writes nothing (no `export` from an
            // indicators.csv).
            let result = try workspace.readingDataFile {
                try pipeline.run(in: RunContext(workspace: workspace, source: text, registry: context.registry, isCancelled: context.isCancelled))
            }
            guard let table = result.table else {
                throw Diagnostic(.run, .evaluationNoTable, hint: Message(.hintInputsEndWithCount), source: text)
            }
            guard table.rowCount == 1 && table.names.count == 1 else {
                throw Diagnostic(.run, .evaluationNotSingleValue, [String(table.rowCount), String(table.names.count)],
                                 hint: Message(.hintInputsSingleValue), source: text)
            }
            return table.value(row: 0, column: 0)
        } catch let diagnostic as Diagnostic {
            throw relabeled(diagnostic)
        }
    }
}

/// The line each record of a CSV file starts on, so that errors can name `file:line`.
enum RecordLines {
    /// Nil when the file cannot be read or no longer has `rows` records.
    static func lines(ofFile path: String, rows: Int) -> [Int]? {
        // The dataset's own file, loaded through the gate already; never larger than a file read whole may be.
        guard let data = try? RegularFile.read(path, limit: Budgets.current.fileBytes) else { return nil }  // file-gate: checked: a loaded dataset's own file, read through checkRead when it was loaded
        var body = [UInt8](data)
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        let scanner = CSVScanner(bytes: body)
        var offset = 0
        var line = 1
        while offset < body.count && (body[offset] == 10 || body[offset] == 13) {
            if body[offset] == 10 { line += 1 }
            offset += 1
        }
        guard let header = try? scanner.record(at: offset, line: line),
              let cells = try? scanner.cells(from: header.next, firstLine: line + header.lines, columns: header.fields.count),
              cells.records == rows else { return nil }
        return cells.lines.map { Int($0) }
    }
}

// MARK: - Arguments the evaluation commands share

extension OptionSpec {
    /// `--template mof|hubei` (or `template=…`), its values from the template registry.
    static let template = OptionSpec("template", .choice(EvaluationTemplate.all.map(\.id.rawValue), noun: "template"), dashed: true)
}

extension Arguments {
    /// The template chosen with `--template`, if any.
    var template: EvaluationTemplate? {
        textOption(OptionSpec.template.key).flatMap(EvaluationTemplate.named)
    }

    /// Sets or clears `--template`.
    mutating func set(template: EvaluationTemplate?) {
        set(option: OptionSpec.template.key, template.map { .choice($0.id.rawValue) })
    }
}
