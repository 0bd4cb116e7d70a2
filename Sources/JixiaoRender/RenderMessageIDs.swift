import JixiaoCore

// The identifiers of the render area's texts: the notes under tables, charts and forms that do not show
// everything. Each keys one template in every language's catalog (zh/CatalogZhRender.swift,
// en/CatalogEnRender.swift); the summary of each constant quotes its English template.

extension MessageID {
    // MARK: - tables

    /// ({1} columns not shown: {2}; widen the window, pick columns with select, or export to a file to see them)
    package static let renderColumnsLeftOut = MessageID("render.columns_left_out")
    /// … {1} more rows ({2} in all; show rows=N to see more)
    package static let renderRowsLeftOut = MessageID("render.rows_left_out")
    /// (no rows)
    package static let renderNoRows = MessageID("render.no_rows")
    /// (no columns)
    package static let renderNoColumns = MessageID("render.no_columns")
    /// (the form is {1} columns wide and this window {2}: widen the window, or see it whole with appendix to FILE.xlsx, .docx, .html, .md, .csv or .txt)
    package static let renderFormWiderThanWindow = MessageID("render.form_wider_than_window")

    // MARK: - charts

    /// … {1} more bars not drawn ({2} in all; sort and top N choose which to draw)
    package static let chartBarsLeftOut = MessageID("chart_note.bars_left_out")
    /// … {1} more columns not drawn ({2} in all; chart bar draws long lists)
    package static let chartColumnsLeftOut = MessageID("chart_note.columns_left_out")
    /// {1}: {2} in {3} of width {4}: a histogram's heading (its column, values, bins, bin width)
    package static let chartHistogramHeading = MessageID("chart_note.histogram_heading")
    /// {1} values
    package static let chartHistogramValues = MessageID("chart_note.histogram_values")
    /// {1} bins
    package static let chartHistogramBins = MessageID("chart_note.histogram_bins")
    /// , {1} nulls left out
    package static let chartHistogramNulls = MessageID("chart_note.histogram_nulls")
    /// (no values to draw)
    package static let chartNoValuesToDraw = MessageID("chart_note.no_values_to_draw")
    /// {1} (no values): a sparkline's name when it has nothing to draw
    package static let chartSparklineEmpty = MessageID("chart_note.sparkline_empty")
    /// min {1}, max {2}
    package static let chartSparklineExtent = MessageID("chart_note.sparkline_extent")
    /// {1} ({2}): the extent, then the labels it spans
    package static let chartSparklineSpan = MessageID("chart_note.sparkline_span")
    /// {1} to {2}
    package static let chartLabelRange = MessageID("chart_note.label_range")
}
