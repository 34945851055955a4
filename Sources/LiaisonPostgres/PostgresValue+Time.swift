import Foundation

/// A calendar date without time or time zone (PostgreSQL `date`).
public struct PostgresDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil when the text is not a real date.
    public init?(_ text: String) {
        // Four-digit years, the usual case, read straight from the bytes: a summary reads
        // hundreds of thousands of dates.
        var fast: PostgresDate?
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    guard bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") else { return nil }
                    value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return }
            guard (1...12).contains(month), (1...CivilCalendar.daysIn(month: month, year: year)).contains(day) else { return }
            fast = PostgresDate(year: year, month: month, day: day)
        }
        if let fast {
            self = fast
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count >= 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...CivilCalendar.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + pad2(month) + "-" + pad2(day)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension PostgresDate: PostgresEncodable, PostgresNonNullDecodable {
    public var postgresText: String? { description }
    public static var postgresType: PostgresType { .date }
    public init(nonNullPostgresText text: String) throws(DecodingFailure) {
        guard let date = PostgresDate(text) else { throw .invalid(text, as: "date") }
        self = date
    }
    public init(postgresBinary bytes: ArraySlice<UInt8>, type: PostgresType) throws(DecodingFailure) {
        guard type == .date else {
            try self.init(nonNullPostgresText: BinaryValue.text(of: bytes, type: type))
            return
        }
        let days = try BinaryValue.finite(BinaryValue.days(bytes), from: bytes, as: "a calendar date")
        let (year, month, day) = CivilCalendar.civil(fromDays: days)
        // Years before 1 AD are refused, as they are from text ("0044-03-15 BC").
        guard year >= 1 else { throw DecodingFailure("a date before 1 AD is not a date this library reads") }
        self.init(year: Int(year), month: Int(month), day: Int(day))
    }
}

/// `timestamptz` as `Date`, to the microsecond. In binary a value is microseconds since
/// 2000-01-01 UTC; in text (the simple protocol) every connection sets `TimeZone = UTC` and
/// `DateStyle = ISO`, so values arrive as `YYYY-MM-DD HH:MM:SS[.ffffff]+00`.
extension Date: PostgresEncodable, PostgresNonNullDecodable {
    public var postgresText: String? {
        let totalMicros = (timeIntervalSince1970 * 1_000_000).rounded()
        var seconds = Int64((totalMicros / 1_000_000).rounded(.down))
        var micros = Int64(totalMicros) - seconds * 1_000_000
        if micros < 0 {
            micros += 1_000_000
            seconds -= 1
        }
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = CivilCalendar.civil(fromDays: days)
        let date = PostgresDate(year: Int(year), month: Int(month), day: Int(day))
        let time = pad2(Int(secondOfDay / 3600)) + ":" + pad2(Int(secondOfDay % 3600 / 60)) + ":"
            + pad2(Int(secondOfDay % 60))
        let fraction = String(micros)
        return "\(date)T\(time).\(String(repeating: "0", count: 6 - fraction.count))\(fraction)Z"
    }
    public static var postgresType: PostgresType { .timestamptz }

    public init(nonNullPostgresText text: String) throws(DecodingFailure) {
        guard let date = Self.parsePostgresTimestamp(text) else {
            throw .invalid(text, as: "timestamp with time zone")
        }
        self = date
    }

    public init(postgresBinary bytes: ArraySlice<UInt8>, type: PostgresType) throws(DecodingFailure) {
        guard type == .timestamptz else {
            try self.init(nonNullPostgresText: BinaryValue.text(of: bytes, type: type))
            return
        }
        let micros = try BinaryValue.finite(BinaryValue.microseconds(bytes), from: bytes, as: "an instant")
        // Whole seconds and the fraction apart, as the text path does, so that both give the same Date.
        let seconds = micros >= 0 ? micros / 1_000_000 : (micros - 999_999) / 1_000_000
        self = Date(timeIntervalSince1970: Double(seconds) + Double(micros - seconds * 1_000_000) / 1_000_000)
    }

    /// Parses ISO-style timestamps with an optional fraction and a `±HH[:MM[:SS]]` offset.
    public static func parsePostgresTimestamp(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ digits: Int) -> Int64? {
            guard index + digits <= bytes.count else { return nil }
            var value: Int64 = 0
            for i in index..<index + digits {
                let b = bytes[i]
                guard b >= 48, b <= 57 else { return nil }
                value = value * 10 + Int64(b - 48)
            }
            index += digits
            return value
        }
        func expect(_ chars: Character...) -> Bool {
            guard index < bytes.count, chars.contains(Character(UnicodeScalar(bytes[index]))) else {
                return false
            }
            index += 1
            return true
        }
        // The year may have more than four digits.
        var yearDigits = 0
        while index + yearDigits < bytes.count, bytes[index + yearDigits] != UInt8(ascii: "-") {
            yearDigits += 1
        }
        guard yearDigits >= 4, let year = number(yearDigits), expect("-"), let month = number(2),
            expect("-"), let day = number(2), expect(" ", "T"), let hour = number(2), expect(":"),
            let minute = number(2), expect(":"), let second = number(2),
            (1...12).contains(month), day >= 1, day <= CivilCalendar.daysIn(month: Int(month), year: Int(year)),
            hour < 24, minute < 60, second < 61
        else { return nil }
        var micros: Int64 = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var digits = 0
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                if digits < 6 { micros = micros * 10 + Int64(bytes[index] - 48) }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<6 where digits < 6 { micros *= 10 }
        }
        var offset: Int64 = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "Z") {
            index += 1
        } else if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            let sign: Int64 = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
            guard let hours = number(2) else { return nil }
            offset = hours * 3600
            if expect(":"), let minutes = number(2) { offset += minutes * 60 }
            if expect(":"), let seconds = number(2) { offset += seconds }
            offset *= sign
        } else {
            return nil
        }
        guard index == bytes.count else { return nil }
        let days = CivilCalendar.days(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + Double(micros) / 1_000_000)
    }
}

private func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

/// Proleptic Gregorian calendar arithmetic on day numbers since 1970-01-01.
enum CivilCalendar {
    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
