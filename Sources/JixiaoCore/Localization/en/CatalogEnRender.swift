// English texts of the render area (see Catalog.swift for the format; Chinese in zh/CatalogZhRender.swift).

extension Catalog {
    static let enRender: [String: String] = [
        // Tables
        "render.columns_left_out": "({1} columns not shown: {2}; widen the window, pick columns with select, or export to a file to see them)",
        "render.columns_left_out.one": "({1} column not shown: {2}; widen the window, pick columns with select, or export to a file to see it)",
        "render.rows_left_out": "… {1} more rows ({2} in all; show rows=N to see more)",
        "render.rows_left_out.one": "… {1} more row ({2} in all; show rows=N to see more)",
        "render.no_rows": "(no rows)",
        "render.no_columns": "(no columns)",
        "render.form_wider_than_window": "(the form is {1} columns wide and this window {2}: widen the window, or see it whole with appendix to FILE.xlsx, .docx, .html, .md, .csv or .txt)",
        // Charts
        "chart_note.bars_left_out": "… {1} more bars not drawn ({2} in all; sort and top N choose which to draw)",
        "chart_note.bars_left_out.one": "… {1} more bar not drawn ({2} in all; sort and top N choose which to draw)",
        "chart_note.columns_left_out": "… {1} more columns not drawn ({2} in all; chart bar draws long lists)",
        "chart_note.columns_left_out.one": "… {1} more column not drawn ({2} in all; chart bar draws long lists)",
        "chart_note.histogram_heading": "{1}: {2} in {3} of width {4}",
        "chart_note.histogram_values": "{1} values",
        "chart_note.histogram_values.one": "{1} value",
        "chart_note.histogram_bins": "{1} bins",
        "chart_note.histogram_bins.one": "{1} bin",
        "chart_note.histogram_nulls": ", {1} nulls left out",
        "chart_note.histogram_nulls.one": ", {1} null left out",
        "chart_note.no_values_to_draw": "(no values to draw)",
        "chart_note.sparkline_empty": "{1} (no values)",
        "chart_note.sparkline_extent": "min {1}, max {2}",
        "chart_note.sparkline_span": "{1} ({2})",
        "chart_note.label_range": "{1} to {2}",
    ]
}
