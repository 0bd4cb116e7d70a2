import JixiaoEvaluation
import Testing

/// The four renderers of a sheet, on a small form with cells merged across rows and columns.
@Suite struct SheetRendererTests {
    /// 项目 spans two rows; 合计 spans two columns; the last row holds a wrapped text and a blank.
    static func sample() -> Sheet {
        var sheet = Sheet(title: "示例表", subtitle: "（2023年度）", columnCount: 3)
        sheet.addRow([SheetCell("项目", style: .label, rowSpan: 2), SheetCell("数量", style: .header), SheetCell("金额（万元）", style: .header)])
        sheet.addRow([SheetCell("3", style: .number), SheetCell("1,234.50", style: .number)])
        sheet.addRow([SheetCell("合计", style: .label, columnSpan: 2), SheetCell("1,234.50", style: .number)], startsBlock: true)
        sheet.addRow([SheetCell("说明", style: .label), SheetCell("一段较长的说明文字，会折行。", wrapWidth: 8)])
        sheet.notes = ["注：<b>&\"引号\"</b>"]
        return sheet
    }

    @Test func textDrawsMergedCellsAlignedByDisplayWidth() {
        // Under 项目 (two rows) the rule stops at its right edge (├); over 合计 (two columns) the junction points
        // up only (┴); the long text wraps at its column's 8 display columns, and no line starts with ，.
        #expect(SheetTextRenderer.render(Self.sample()) == """
                          示例表
                       （2023年度）
            ┌──────┬──────────┬──────────────┐
            │ 项目 │   数量   │ 金额（万元） │
            │      ├──────────┼──────────────┤
            │      │        3 │     1,234.50 │
            ├──────┴──────────┼──────────────┤
            │ 合计            │     1,234.50 │
            ├──────┬──────────┼──────────────┤
            │ 说明 │ 一段较长 │              │
            │      │ 的说明文 │              │
            │      │ 字，会折 │              │
            │      │ 行。     │              │
            └──────┴──────────┴──────────────┘
            注：<b>&"引号"</b>
            """)
    }

    @Test func textInASCII() {
        var sheet = Sheet(title: "T", columnCount: 2)
        sheet.addRow([SheetCell("甲", style: .label, columnSpan: 2)])
        sheet.addRow([SheetCell("a"), SheetCell("12", style: .number)])
        #expect(SheetTextRenderer.render(sheet, ascii: true) == """
                T
            +--------+
            | 甲     |
            +---+----+
            | a | 12 |
            +---+----+
            """)
    }

    @Test func markdownSplitsTheFormIntoTablesAtBlockStarts() {
        // Each block keeps only the columns its cells start on; merged positions are left empty; numbers are
        // right-aligned; the note's HTML is escaped.
        #expect(SheetMarkdownRenderer.render(Self.sample()) == """
            ## 示例表

            （2023年度）

            | 项目 | 数量 | 金额（万元） |
            | --- | ---: | ---: |
            |  | 3 | 1,234.50 |

            | 合计 |  | 1,234.50 |
            | --- | --- | --- |
            | 说明 | 一段较长的说明文字，会折行。 |  |

            注：&lt;b&gt;&"引号"&lt;/b&gt;

            """)
    }

    @Test func markdownEscapesPipesAndShowsCaptionsAsBoldLines() {
        var sheet = Sheet(title: "表", columnCount: 2)
        sheet.addRow([SheetCell("a|b"), SheetCell("≥139个*")])
        sheet.addCaption("年度绩效目标（80分）")
        sheet.addRow([SheetCell("甲", style: .header), SheetCell("乙", style: .header)])
        sheet.addRow([SheetCell("x\ny"), SheetCell("1", style: .number)])
        #expect(SheetMarkdownRenderer.render(sheet) == """
            ## 表

            | a\\|b | ≥139个\\* |
            | --- | --- |

            **年度绩效目标（80分）**

            | 甲 | 乙 |
            | --- | ---: |
            | x<br>y | 1 |

            """)
    }

    @Test func csvHasOneFieldPerColumnAndQuotesWhereNeeded() {
        #expect(SheetCSVRenderer.render(Self.sample()) == "\u{FEFF}示例表,,\r\n（2023年度）,,\r\n项目,数量,金额（万元）\r\n,3,\"1,234.50\"\r\n"
                + "合计,,\"1,234.50\"\r\n说明,一段较长的说明文字，会折行。,\r\n\"注：<b>&\"\"引号\"\"</b>\",,\r\n")
    }

    @Test func htmlHasRealMergedCellsAndEscapedText() {
        #expect(SheetHTMLRenderer.render(Self.sample()) == """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>示例表</title>
            <style>
            table.form { border-collapse: collapse; font-size: 14px; margin: 0.5em 0 1em; }
            table.form caption { font-weight: bold; font-size: 18px; padding: 8px; }
            table.form th, table.form td { border: 1px solid #000; padding: 4px 8px; vertical-align: middle; }
            table.form th { font-weight: normal; background: #f2f2f2; }
            table.form td.number { text-align: right; }
            p.form-note { font-size: 13px; margin: 0.3em 0; }
            </style>
            </head>
            <body>
            <table class="form">
            <caption>示例表<br>（2023年度）</caption>
            <tr><th scope="row" rowspan="2">项目</th><th>数量</th><th>金额（万元）</th></tr>
            <tr><td class="number">3</td><td class="number">1,234.50</td></tr>
            <tr><th scope="row" colspan="2">合计</th><td class="number">1,234.50</td></tr>
            <tr><th scope="row">说明</th><td>一段较长的说明文字，会折行。</td><td></td></tr>
            </table>
            <p class="form-note">注：&lt;b&gt;&amp;&quot;引号&quot;&lt;/b&gt;</p>
            </body>
            </html>

            """)
    }

    @Test func rowsSkipPositionsCoveredFromAbove() {
        var sheet = Sheet(title: "t", columnCount: 3)
        sheet.addRow([SheetCell("a", rowSpan: 3), SheetCell("b", columnSpan: 2)])
        sheet.addRow([SheetCell("c"), SheetCell("d", rowSpan: 5)])
        sheet.addRow([SheetCell("e")])
        sheet.closeSpans()
        #expect(sheet.cells.map { "\($0.text)@\($0.row),\($0.column)" } == ["a@0,0", "b@0,1", "c@1,1", "d@1,2", "e@2,1"])
        // d's rowspan is cut to the rows that exist.
        #expect(sheet.cells[3].rowSpan == 2)
    }
}
