// Chinese texts of times, durations and timestamps (issue 22: types, two-digit years); see Catalog.swift for
// the format, English in en/CatalogEnTemporal.swift.

extension Catalog {
    static let zhTemporal: [String: String] = [
        "datatype.timestamp": "时间戳",
        "datatype.time": "时刻",
        "datatype.duration": "时长",

        "note.year_last_dates": "列“{1}”：日期按 {2} 读取（{3} 即 {4}）",
        "note.two_digit_years": "列“{1}”：两位年份 00–29 读作 2000–2029 年，30–99 读作 1930–1999 年（与 Excel 相同）",
        "date_order.month_day_year": "月/日/年",
        "date_order.day_month_year": "日/月/年",

        "type.not_a_timestamp": "“{1}”不是时间戳",
        "type.not_a_time": "“{1}”不是时刻",
        "type.not_a_duration": "“{1}”不是时长",
        "hint.write_times": "时刻请写成 \"08:30:00\"，时间戳写成 \"2024-03-01 08:30:00\"（后面可带时区：Z、+08:00），时长写成 \"36:15:00\"",
        "function.takes_clock": "{1} 的参数应为时间戳、时刻或时长",
        "function.takes_timestamp": "{1} 的参数应为时间戳，或 \"2024-03-01 08:30:00\" 这样的文本",

        "function.hour.summary": "hour(t)：时间戳或时刻的小时（0–23）；对时长则为总小时数（36:15:00 为 36）。",
        "function.minute.summary": "minute(t)：时间戳、时刻或时长的分钟（0–59）。",
        "function.second.summary": "second(t)：时间戳、时刻或时长的秒（0–59）。",
        "function.time.summary": "time(t)：时间戳的时刻；或由文本得到时刻，例如 \"11:00:00\"。",
        "function.timestamp.summary": "timestamp(s)：由文本得到时间戳，例如 \"2024-03-01 08:30:00+08:00\"；或取日期的零点。时间戳按所指时刻比较。",
        "function.duration.summary": "duration(s)：由文本得到时长，例如 \"36:15:00\" 或 \"PT36H15M\"；两个时间戳相减也得到时长。",
    ]
}
