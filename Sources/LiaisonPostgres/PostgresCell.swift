import Foundation

/// One value of a result as it arrived: its column's type, the format it came in (statements
/// sent with parameters ask for PostgreSQL's binary format, the simple protocol gives text), and
/// its bytes; nil bytes for SQL NULL.
public struct PostgresCell: Sendable {
    public let type: PostgresType
    public let isBinary: Bool
    public let bytes: ArraySlice<UInt8>?

    public init(type: PostgresType, isBinary: Bool, bytes: ArraySlice<UInt8>?) {
        (self.type, self.isBinary, self.bytes) = (type, isBinary, bytes)
    }
}

/// PostgreSQL's binary wire formats (the types' `send` functions), for the types this library
/// reads: every number is big-endian; times count microseconds and days from 2000-01-01.
enum BinaryValue {
    /// Days from 1970-01-01 to PostgreSQL's epoch, 2000-01-01.
    static let epochDays: Int64 = 10_957

    static func integer(_ bytes: ArraySlice<UInt8>) -> Int64? {
        guard bytes.count == 2 || bytes.count == 4 || bytes.count == 8 else { return nil }
        var value: UInt64 = 0
        for byte in bytes { value = value << 8 | UInt64(byte) }
        // Sign-extend from the value's own width.
        let shift = UInt64(64 - bytes.count * 8)
        return Int64(bitPattern: value << shift) >> Int64(shift)
    }

    /// An integer of any width, or a numeric with no fraction.
    static func wholeNumber(_ bytes: ArraySlice<UInt8>, type: PostgresType) -> Int64? {
        switch type {
        case .int2, .int4, .int8: return integer(bytes)
        case .oid: return integer(bytes).map { $0 & 0xFFFF_FFFF }
        case .numeric: return numericText(bytes).flatMap { Int64($0) }
        default: return nil
        }
    }

    static func double(_ bytes: ArraySlice<UInt8>, type: PostgresType) -> Double? {
        switch type {
        case .float8:
            guard bytes.count == 8, let bits = integer(bytes) else { return nil }
            return Double(bitPattern: UInt64(bitPattern: bits))
        case .float4:
            // Through its shortest text, as the server prints it: widened bit for bit, a real's
            // 0.0607927 would read as 0.06079269945621491.
            guard bytes.count == 4, let bits = integer(bytes) else { return nil }
            return Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits)).description)
        case .numeric: return numericText(bytes).flatMap { Double($0) }
        case .int2, .int4, .int8: return integer(bytes).map(Double.init)
        default: return nil
        }
    }

    /// A date as days since 1970-01-01; `Int64.max`/`.min` for ±infinity.
    static func days(_ bytes: ArraySlice<UInt8>) -> Int64? {
        guard bytes.count == 4, let days = integer(bytes) else { return nil }
        if days == Int64(Int32.max) { return .max }
        if days == Int64(Int32.min) { return .min }
        return days + epochDays
    }

    /// A timestamp as microseconds since 1970-01-01 (UTC for `timestamptz`); `Int64.max`/`.min`
    /// for ±infinity.
    static func microseconds(_ bytes: ArraySlice<UInt8>) -> Int64? {
        guard bytes.count == 8, let micros = integer(bytes) else { return nil }
        if micros == .max || micros == .min { return micros }
        // PostgreSQL's latest finite timestamps lie past Int64's reach once counted from 1970.
        let (since1970, overflow) = micros.addingReportingOverflow(epochDays * 86_400_000_000)
        return overflow ? nil : since1970
    }

    /// A binary value of `type` asked for as `name`, which it cannot be.
    static func unexpected(_ type: PostgresType, as name: String) -> DecodingFailure {
        DecodingFailure("a value of type \(BinaryValue.name(of: type)) cannot be read as \(name)")
    }

    /// A date's or a timestamp's count, refused when the bytes were not one or it is infinite.
    static func finite(_ count: Int64?, from bytes: ArraySlice<UInt8>, as name: String) throws(DecodingFailure) -> Int64 {
        guard let count else { throw DecodingFailure("\(bytes.count) bytes are not \(name) this library can read") }
        guard count != .max, count != .min else { throw DecodingFailure("\(count == .max ? "infinity" : "-infinity") is not \(name)") }
        return count
    }

    static func uuid(_ bytes: ArraySlice<UInt8>) -> UUID? {
        guard bytes.count == 16 else { return nil }
        var value: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &value) { out in
            for (index, byte) in bytes.enumerated() { out[index] = byte }
        }
        return UUID(uuid: value)
    }

    /// The elements of a one-dimensional array (nil for NULL ones) with their type, or nil when
    /// the bytes are not such an array.
    static func arrayElements(_ bytes: ArraySlice<UInt8>) -> (type: PostgresType, elements: [ArraySlice<UInt8>?])? {
        var reader = Reader(bytes)
        guard let dimensions = reader.int32(), let _ = reader.int32(), let elementType = reader.int32() else { return nil }
        let type = PostgresType(rawValue: UInt32(truncatingIfNeeded: elementType))
        if dimensions == 0 { return (type, []) }
        guard dimensions == 1, let count = reader.int32(), count >= 0, reader.int32() != nil else { return nil }
        var elements: [ArraySlice<UInt8>?] = []
        elements.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let length = reader.int32() else { return nil }
            if length == -1 {
                elements.append(nil)
            } else {
                guard length >= 0, let element = reader.take(Int(length)) else { return nil }
                elements.append(element)
            }
        }
        return reader.isAtEnd ? (type, elements) : nil
    }

    /// A numeric in its text form (`-12.340`, `NaN`), from its base-10,000 digits.
    static func numericText(_ bytes: ArraySlice<UInt8>) -> String? {
        var reader = Reader(bytes)
        guard let count = reader.int16(), let weight = reader.int16(), let sign = reader.int16(), let scale = reader.int16(),
            count >= 0, scale >= 0
        else { return nil }
        switch UInt16(bitPattern: Int16(sign)) {
        case 0xC000: return "NaN"
        case 0xD000: return "Infinity"
        case 0xF000: return "-Infinity"
        case 0x0000, 0x4000: break
        default: return nil
        }
        var digits: [Int] = []
        for _ in 0..<count {
            guard let digit = reader.int16(), (0..<10_000).contains(digit) else { return nil }
            digits.append(Int(digit))
        }
        func group(_ index: Int) -> Int { index >= 0 && index < digits.count ? digits[index] : 0 }
        var integerPart = ""
        if weight < 0 {
            integerPart = "0"
        } else {
            for index in 0...Int(weight) {
                let value = String(group(index))
                integerPart += index == 0 ? value : String(repeating: "0", count: 4 - value.count) + value
            }
        }
        var fraction = ""
        var index = Int(weight) + 1
        while fraction.count < Int(scale) {
            let value = String(group(index))
            fraction += String(repeating: "0", count: 4 - value.count) + value
            index += 1
        }
        fraction = String(fraction.prefix(Int(scale)))
        let negative = sign == 0x4000 && (integerPart.contains { $0 != "0" } || fraction.contains { $0 != "0" })
        return (negative ? "-" : "") + integerPart + (scale > 0 ? "." + fraction : "")
    }

    /// The value's text form, as PostgreSQL prints it with this library's session settings
    /// (UTC, ISO dates, hex bytea).
    static func text(of bytes: ArraySlice<UInt8>, type: PostgresType) throws(DecodingFailure) -> String {
        let failure = DecodingFailure("\(bytes.count) bytes are not a valid \(name(of: type))")
        switch type {
        case .text, .varchar, .bpchar, .name, .char, .unknown, .json:
            return String(decoding: bytes, as: UTF8.self)
        case .jsonb:
            guard bytes.first == 1 else { throw failure }
            return String(decoding: bytes.dropFirst(), as: UTF8.self)
        case .bool:
            guard bytes.count == 1 else { throw failure }
            return bytes.first == 0 ? "f" : "t"
        case .int2, .int4, .int8, .oid, .numeric:
            if type == .numeric {
                guard let text = numericText(bytes) else { throw failure }
                return text
            }
            guard let value = wholeNumber(bytes, type: type) else { throw failure }
            return String(value)
        case .float4, .float8:
            guard let value = double(bytes, type: type) else { throw failure }
            return floatText(value)
        case .uuid:
            guard let id = uuid(bytes) else { throw failure }
            return id.uuidString.lowercased()
        case .bytea:
            return "\\x" + Hex.encode(bytes)
        case .date:
            guard let days = days(bytes) else { throw failure }
            if days == .max { return "infinity" }
            if days == .min { return "-infinity" }
            let (text, era) = dateText(days: days)
            return text + era
        case .timestamp, .timestamptz:
            // Counted from 2000 as sent, so that the latest timestamps do not overflow.
            guard bytes.count == 8, let micros = integer(bytes) else { throw failure }
            if micros == .max { return "infinity" }
            if micros == .min { return "-infinity" }
            let (text, era) = timestampText(microsSince2000: micros)
            return text + (type == .timestamptz ? "+00" : "") + era
        default:
            if let (elementType, elements) = arrayElements(bytes), type.isArray {
                var texts: [String?] = []
                for element in elements { texts.append(try element.map { element throws(DecodingFailure) in try text(of: element, type: elementType) }) }
                return PostgresArrayLiteral.encode(texts)
            }
            throw DecodingFailure("a value of type \(name(of: type)) arrived in binary, which this library cannot read")
        }
    }

    static func floatText(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    /// The date, and " BC" for a year before 1 (the year before 1 AD is 1 BC), as PostgreSQL
    /// writes it after the whole value.
    static func dateText(days: Int64) -> (text: String, era: String) {
        let (year, month, day) = CivilCalendar.civil(fromDays: days)
        let bc = year < 1
        return (PostgresDate(year: Int(bc ? 1 - year : year), month: Int(month), day: Int(day)).description, bc ? " BC" : "")
    }

    /// `YYYY-MM-DD HH:MM:SS[.ffffff]`, the fraction without trailing zeros as PostgreSQL prints it.
    static func timestampText(microsSince2000 micros: Int64) -> (text: String, era: String) {
        let seconds = micros >= 0 ? micros / 1_000_000 : (micros - 999_999) / 1_000_000
        let fraction = micros - seconds * 1_000_000
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let second = seconds - days * 86_400
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : String(value) }
        let (date, era) = dateText(days: days + epochDays)
        var text = date + " " + two(second / 3600) + ":" + two(second % 3600 / 60) + ":" + two(second % 60)
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 6 - digits.count) + digits
            while digits.last == "0" { digits.removeLast() }
            text += "." + digits
        }
        return (text, era)
    }

    static func name(of type: PostgresType) -> String { type.sqlName ?? "OID \(type.rawValue)" }

    /// Reads a value's parts in order.
    struct Reader {
        var bytes: ArraySlice<UInt8>
        init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }
        var isAtEnd: Bool { bytes.isEmpty }
        mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
            guard count <= bytes.count else { return nil }
            defer { bytes = bytes.dropFirst(count) }
            return bytes.prefix(count)
        }
        mutating func int32() -> Int32? { take(4).flatMap { BinaryValue.integer($0) }.map { Int32(truncatingIfNeeded: $0) } }
        mutating func int16() -> Int16? { take(2).flatMap { BinaryValue.integer($0) }.map { Int16(truncatingIfNeeded: $0) } }
    }
}
