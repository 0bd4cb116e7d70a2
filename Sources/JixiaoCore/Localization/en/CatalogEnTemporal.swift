// English texts of times, durations and timestamps (issue 22: types, two-digit years); see Catalog.swift for
// the format, Chinese in zh/CatalogZhTemporal.swift.

extension Catalog {
    static let enTemporal: [String: String] = [
        "datatype.timestamp": "timestamp",
        "datatype.time": "time",
        "datatype.duration": "duration",

        "note.year_last_dates": "column {1}: dates read as {2} ({3} is {4})",
        "note.two_digit_years": "column {1}: two-digit years 00–29 read as 2000–2029, 30–99 as 1930–1999 (as Excel reads them)",
        "date_order.month_day_year": "month/day/year",
        "date_order.day_month_year": "day/month/year",

        "type.not_a_timestamp": "'{1}' is not a timestamp",
        "type.not_a_time": "'{1}' is not a time of day",
        "type.not_a_duration": "'{1}' is not a duration",
        "hint.write_times": "write times as \"08:30:00\", timestamps as \"2024-03-01 08:30:00\" (a zone may follow: Z, +08:00), durations as \"36:15:00\"",
        "function.takes_clock": "{1} takes a timestamp, a time or a duration",
        "function.takes_timestamp": "{1} takes a timestamp or a text like \"2024-03-01 08:30:00\"",

        "function.hour.summary": "hour(t): the hour (0–23) of a timestamp or a time; of a duration, its whole hours (36 of 36:15:00).",
        "function.minute.summary": "minute(t): the minute (0–59) of a timestamp, a time or a duration.",
        "function.second.summary": "second(t): the second (0–59) of a timestamp, a time or a duration.",
        "function.time.summary": "time(t): the time of day of a timestamp, or a time from text such as \"11:00:00\".",
        "function.timestamp.summary": "timestamp(s): a timestamp from text such as \"2024-03-01 08:30:00+08:00\", or a date's midnight. Timestamps compare by instant.",
        "function.duration.summary": "duration(s): a duration from text such as \"36:15:00\" or \"PT36H15M\"; a timestamp minus a timestamp is one too.",
    ]
}
