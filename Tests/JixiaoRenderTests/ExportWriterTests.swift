import JixiaoCore
import JixiaoRender
import Testing

@Suite struct ExportWriterTests {
    let table = Table(names: ["乡镇", "金额", "完成率", "备注"], columns: [
        Column(.text([0, 1, 2], TextDictionary(["保安镇", "还地桥镇", "A|B"]))),
        Column(.decimal([123450, 2_050_025, NullMarker.integer], scale: 2)),
        Column(.decimal([9753, 10000, 4061], scale: 2), hint: .percent),
        Column(.text([0, 1, NullMarker.text], TextDictionary(["<狗血桃> & \"白茶\"", "第一行\n第二行"]))),
    ])

    /// `& < >` are entities, so a cell passes no raw HTML to whatever renders the Markdown.
    @Test func markdownIsAlignedByDisplayWidthAndEscaped() {
        #expect(MarkdownTableWriter.text(table) == """
            | 乡镇     |      金额 |  完成率 | 备注                        |
            | :------- | --------: | ------: | :-------------------------- |
            | 保安镇   |  1,234.50 |  97.53% | &lt;狗血桃&gt; &amp; "白茶" |
            | 还地桥镇 | 20,500.25 | 100.00% | 第一行<br>第二行            |
            | A\\|B     |           |  40.61% |                             |

            """)
    }

    @Test func htmlEscapesAndDeclaresUTF8() {
        let page = HTMLTableWriter.text(table, title: "支出 & 完成率")
        #expect(page.contains("<meta charset=\"utf-8\">\n<title>支出 &amp; 完成率</title>"))
        #expect(page.contains("""
            <tr><th>乡镇</th><th class="num">金额</th><th class="num">完成率</th><th>备注</th></tr>
            </thead>
            <tbody>
            <tr><td>保安镇</td><td class="num">1,234.50</td><td class="num">97.53%</td><td>&lt;狗血桃&gt; &amp; &quot;白茶&quot;</td></tr>
            <tr><td>还地桥镇</td><td class="num">20,500.25</td><td class="num">100.00%</td><td>第一行<br>第二行</td></tr>
            <tr><td>A|B</td><td class="num"></td><td class="num">40.61%</td><td></td></tr>
            </tbody>
            </table>
            </body>
            </html>

            """))
    }
}
