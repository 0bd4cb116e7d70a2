// The identifiers of the texts of times, durations and timestamps (issue 22), in the form of
// Localization/MessageIDs.swift: the summary of each quotes its English template. The texts are in
// en/CatalogEnTemporal.swift and zh/CatalogZhTemporal.swift.

extension MessageID {
    // MARK: - data types

    /// timestamp
    package static let dataTypeTimestamp = MessageID("datatype.timestamp")
    /// time
    package static let dataTypeTime = MessageID("datatype.time")
    /// duration
    package static let dataTypeDuration = MessageID("datatype.duration")

    // MARK: - load notes

    /// column {1}: dates read as {2} ({3} is {4})
    package static let noteYearLastDates = MessageID("note.year_last_dates")
    /// column {1}: two-digit years 00–29 read as 2000–2029, 30–99 as 1930–1999
    package static let noteTwoDigitYears = MessageID("note.two_digit_years")
    /// month/day/year
    package static let dateOrderMonthDayYear = MessageID("date_order.month_day_year")
    /// day/month/year
    package static let dateOrderDayMonthYear = MessageID("date_order.day_month_year")

    // MARK: - functions

    /// {1} takes a timestamp, a time or a duration
    package static let functionTakesClock = MessageID("function.takes_clock")
    /// {1} takes a timestamp (or a text like "2024-03-01 08:30:00")
    package static let functionTakesTimestamp = MessageID("function.takes_timestamp")
    /// write times as "08:30:00", timestamps as "2024-03-01 08:30:00", durations as "36:15:00"
    package static let hintWriteTimes = MessageID("hint.write_times")
}
