import Foundation

/// A PostgreSQL type OID. Parameters travel in PostgreSQL's text format, and the OID tells the
/// server how to read one (0 lets the server infer it from context); results come in binary and
/// the OID says how to read them (`PostgresCell`).
public struct PostgresType: RawRepresentable, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let unspecified = PostgresType(rawValue: 0)
    public static let bool = PostgresType(rawValue: 16)
    public static let bytea = PostgresType(rawValue: 17)
    public static let int8 = PostgresType(rawValue: 20)
    public static let int2 = PostgresType(rawValue: 21)
    public static let int4 = PostgresType(rawValue: 23)
    public static let text = PostgresType(rawValue: 25)
    public static let float8 = PostgresType(rawValue: 701)
    public static let textArray = PostgresType(rawValue: 1009)
    public static let date = PostgresType(rawValue: 1082)
    public static let timestamptz = PostgresType(rawValue: 1184)
    public static let uuid = PostgresType(rawValue: 2950)
    public static let jsonb = PostgresType(rawValue: 3802)
    public static let char = PostgresType(rawValue: 18)
    public static let name = PostgresType(rawValue: 19)
    public static let oid = PostgresType(rawValue: 26)
    public static let json = PostgresType(rawValue: 114)
    public static let float4 = PostgresType(rawValue: 700)
    public static let unknown = PostgresType(rawValue: 705)
    public static let bpchar = PostgresType(rawValue: 1042)
    public static let varchar = PostgresType(rawValue: 1043)
    public static let timestamp = PostgresType(rawValue: 1114)
    public static let numeric = PostgresType(rawValue: 1700)

    /// The type's name in SQL (for casts and messages), for the types above that have one
    /// here; nil for others.
    public var sqlName: String? {
        switch self {
        case .bool: "boolean"
        case .bytea: "bytea"
        case .int2: "smallint"
        case .int4: "integer"
        case .int8: "bigint"
        case .text: "text"
        case .float4: "real"
        case .float8: "double precision"
        case .numeric: "numeric"
        case .date: "date"
        case .timestamp: "timestamp"
        case .timestamptz: "timestamptz"
        case .uuid: "uuid"
        case .json: "json"
        case .jsonb: "jsonb"
        case .textArray: "text[]"
        default: nil
        }
    }

    /// Whether this is the array type of one of the types above.
    public var isArray: Bool {
        [199, 1000, 1001, 1002, 1003, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1028, 1115, 1182, 1185, 1231, 2951, 3807]
            .contains(rawValue)
    }
}

/// A Swift value that can be sent as a query parameter.
public protocol PostgresEncodable: Sendable {
    /// The value in PostgreSQL's text format, or nil for SQL NULL.
    var postgresText: String? { get }
    /// The parameter's type as sent to the server.
    static var postgresType: PostgresType { get }
}

/// A Swift value that can be read from a result column.
public protocol PostgresDecodable: Sendable {
    /// Decodes one value of a result, in whichever format it arrived.
    static func decode(_ cell: PostgresCell) throws(DecodingFailure) -> Self
}

/// Why a value could not be decoded; the row turns this into a `PostgresError` naming the column.
public struct DecodingFailure: Error, Sendable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    static let unexpectedNull = DecodingFailure("unexpected NULL")
    static func invalid(_ text: String, as type: String) -> DecodingFailure {
        DecodingFailure("\(text.prefix(40).debugDescription) is not a valid \(type)")
    }
}

/// A non-optional value: NULL is a decoding failure.
public protocol PostgresNonNullDecodable: PostgresDecodable {
    /// Reads the value's text format.
    init(nonNullPostgresText text: String) throws(DecodingFailure)
    /// Reads a binary value of the column's `type`. By default the value is rendered as text
    /// and read from that; the types read most often read their binary form directly.
    init(postgresBinary bytes: ArraySlice<UInt8>, type: PostgresType) throws(DecodingFailure)
}

extension PostgresNonNullDecodable {
    public static func decode(_ cell: PostgresCell) throws(DecodingFailure) -> Self {
        guard let bytes = cell.bytes else { throw .unexpectedNull }
        if cell.isBinary { return try Self(postgresBinary: bytes, type: cell.type) }
        return try Self(nonNullPostgresText: String(decoding: bytes, as: UTF8.self))
    }

    public init(postgresBinary bytes: ArraySlice<UInt8>, type: PostgresType) throws(DecodingFailure) {
        try self.init(nonNullPostgresText: BinaryValue.text(of: bytes, type: type))
    }
}

extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
    public var postgresText: String? { self?.postgresText }
    public static var postgresType: PostgresType { Wrapped.postgresType }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    public static func decode(_ cell: PostgresCell) throws(DecodingFailure) -> Self {
        guard cell.bytes != nil else { return nil }
        return try Wrapped.decode(cell)
    }
}

// MARK: - Scalars

extension Bool: PostgresEncodable, PostgresNonNullDecodable {
    public var postgresText: String? { self ? "t" : "f" }
    public static var postgresType: PostgresType { .bool }
    public init(nonNullPostgresText text: String) throws(DecodingFailure) {
        switch text {
        case "t", "true": self = true
        case "f", "false": self = false
        default: throw .invalid(text, as: "boolean")
        }
    }
    public init(postgresBinary bytes: ArraySlice<UInt8>, type: PostgresType) throws(DecodingFailure) {
        guard type == .bool, bytes.count == 1 else { throw BinaryValue.unexpected(type, as: "boolean") }
        self = bytes.first != 0
    }
}

/// Integers share one implementation; each picks the narrowest PostgreSQL type that holds it.
public protocol PostgresInteger: FixedWidthInteger, PostgresEncodable, PostgresNonNullDecodable {}

extension PostgresInteger {
    public var postgresText: String? { String(self) }
    public init(nonNullPostgresText text: String) throws(DecodingFailure) {
        guard let value = Self(text) else { throw .invalid(text, as: "\(Self.self)") }
        self = value
    }
    public init(postgresBinary bytes: ArraySlice<UInt8>, type: PostgresType) throws(DecodingFailure) {
        guard let whole = BinaryValue.wholeNumber(bytes, type: type) else {
            try self.init(nonNullPostgresText: BinaryValue.text(of: bytes, type: type))
            return
        }
        guard let value = Self(exactly: whole) else { throw DecodingFailure("\(whole) does not fit in \(Self.self)") }
        self = value
    }
}

extension Int16: PostgresInteger { public static var postgresType: PostgresType { .int2 } }
extension Int32: PostgresInteger { public static var postgresType: PostgresType { .int4 } }
extension Int64: PostgresInteger { public static var postgresType: PostgresType { .int8 } }
extension Int: PostgresInteger { public static var postgresType: PostgresType { .int8 } }

extension Double: PostgresEncodable, PostgresNonNullDecodable {
    public var postgresText: String? {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-Infinity" : "Infinity" }
        return description
    }
    public static var postgresType: PostgresType { .float8 }
    public init(nonNullPostgresText text: String) throws(DecodingFailure) {
        switch text {
        case "NaN": self = .nan
        case "Infinity": self = .infinity
        case "-Infinity": self = -.infinity
        default:
            guard let value = Double(text) else { throw .invalid(text, as: "double precision") }
            self = value
        }
    }
    public init(postgresBinary bytes: ArraySlice<UInt8>, type: PostgresType) throws(DecodingFailure) {
        guard let value = BinaryValue.double(bytes, type: type) else {
            try self.init(nonNullPostgresText: BinaryValue.text(of: bytes, type: type))
            return
        }
        self = value
    }
}

extension String: PostgresEncodable, PostgresNonNullDecodable {
    public var postgresText: String? { self }
    /// Left to the server to infer, as an untyped literal would be, so that a string can be
    /// compared with or inserted into any text-like column.
    public static var postgresType: PostgresType { .unspecified }
    public init(nonNullPostgresText text: String) { self = text }
}

extension UUID: PostgresEncodable, PostgresNonNullDecodable {
    public var postgresText: String? { uuidString.lowercased() }
    public static var postgresType: PostgresType { .uuid }
    public init(nonNullPostgresText text: String) throws(DecodingFailure) {
        guard let value = Self.canonical(text) ?? UUID(uuidString: text) else { throw .invalid(text, as: "uuid") }
        self = value
    }
    public init(postgresBinary bytes: ArraySlice<UInt8>, type: PostgresType) throws(DecodingFailure) {
        guard type == .uuid else {
            try self.init(nonNullPostgresText: BinaryValue.text(of: bytes, type: type))
            return
        }
        guard let value = BinaryValue.uuid(bytes) else { throw DecodingFailure("\(bytes.count) bytes are not a uuid") }
        self = value
    }

    /// The form PostgreSQL writes (`8-4-4-4-12` hexadecimal digits), read straight from the
    /// bytes: Foundation's parser goes through `sscanf`, which showed in profiles of reads of
    /// hundreds of thousands of ids.
    static func canonical(_ text: String) -> UUID? {
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let parsed: Bool? = text.utf8.withContiguousStorageIfAvailable { chars in
            guard chars.count == 36 else { return false }
            return withUnsafeMutableBytes(of: &bytes) { out in
                var position = 0
                for index in 0..<16 {
                    if position == 8 || position == 13 || position == 18 || position == 23 {
                        guard chars[position] == UInt8(ascii: "-") else { return false }
                        position += 1
                    }
                    guard let high = Hex.nibble(chars[position]), let low = Hex.nibble(chars[position + 1]) else { return false }
                    out[index] = high << 4 | low
                    position += 2
                }
                return true
            }
        }
        return parsed == true ? UUID(uuid: bytes) : nil
    }
}

// MARK: - Binary data

extension Data: PostgresEncodable, PostgresNonNullDecodable {
    public var postgresText: String? { "\\x" + Hex.encode(self) }
    public static var postgresType: PostgresType { .bytea }
    public init(nonNullPostgresText text: String) throws(DecodingFailure) {
        // bytea_output is set to hex on every connection.
        guard text.hasPrefix("\\x"), let bytes = Hex.decode(text.utf8.dropFirst(2)) else {
            throw .invalid(text, as: "bytea in hex format")
        }
        self = Data(bytes)
    }
    public init(postgresBinary bytes: ArraySlice<UInt8>, type: PostgresType) throws(DecodingFailure) {
        guard type == .bytea else { throw BinaryValue.unexpected(type, as: "bytea") }
        self = Data(bytes)
    }
}

enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func nibble(_ char: UInt8) -> UInt8? {
        switch char {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): char - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): char - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): char - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    static func decode(_ text: some Collection<UInt8>) -> [UInt8]? {
        guard text.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(text.count / 2)
        var high: UInt8?
        for char in text {
            guard let nibble = nibble(char) else { return nil }
            if let h = high {
                out.append(h << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        return out
    }
}

// MARK: - jsonb

/// A jsonb value, kept as its JSON text.
public struct PostgresJSON: Hashable, Sendable, PostgresEncodable, PostgresNonNullDecodable {
    public var text: String
    public init(text: String) { self.text = text }

    /// Encodes a value as JSON.
    public init(encoding value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        text = String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Decodes the JSON text as `type`.
    public func decode<T: Decodable>(as type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    public var postgresText: String? { text }
    public static var postgresType: PostgresType { .jsonb }
    public init(nonNullPostgresText text: String) { self.text = text }
}

// MARK: - text[]

extension Array: PostgresEncodable where Element == String {
    public var postgresText: String? { PostgresArrayLiteral.encode(self.map { $0 }) }
    public static var postgresType: PostgresType { .textArray }
}

extension Array: PostgresDecodable where Element == String {}
extension Array: PostgresNonNullDecodable where Element == String {
    public init(nonNullPostgresText text: String) throws(DecodingFailure) {
        guard let elements = PostgresArrayLiteral.decode(text) else {
            throw .invalid(text, as: "one-dimensional array")
        }
        var strings: [String] = []
        strings.reserveCapacity(elements.count)
        for element in elements {
            guard let element else { throw DecodingFailure("array holds a NULL element") }
            strings.append(element)
        }
        self = strings
    }
    public init(postgresBinary bytes: ArraySlice<UInt8>, type: PostgresType) throws(DecodingFailure) {
        guard type.isArray else { throw BinaryValue.unexpected(type, as: "an array") }
        guard let (elementType, elements) = BinaryValue.arrayElements(bytes) else {
            throw DecodingFailure("\(bytes.count) bytes are not a one-dimensional array")
        }
        var strings: [String] = []
        strings.reserveCapacity(elements.count)
        for element in elements {
            guard let element else { throw DecodingFailure("array holds a NULL element") }
            strings.append(try BinaryValue.text(of: element, type: elementType))
        }
        self = strings
    }
}

/// PostgreSQL's array text format (`{a,"b c",NULL}`), one dimension.
enum PostgresArrayLiteral {
    static func encode(_ elements: [String?]) -> String {
        var out = "{"
        for (index, element) in elements.enumerated() {
            if index > 0 { out += "," }
            guard let element else {
                out += "NULL"
                continue
            }
            out += "\""
            for char in element.unicodeScalars {
                if char == "\"" || char == "\\" { out += "\\" }
                out.unicodeScalars.append(char)
            }
            out += "\""
        }
        return out + "}"
    }

    /// The elements (nil for NULL), or nil when the text is not a one-dimensional array.
    static func decode(_ text: String) -> [String?]? {
        var scalars = Substring(text).unicodeScalars[...]
        // An explicit lower bound ("[0:2]={...}") may precede the braces.
        if scalars.first == "[" {
            guard let equals = scalars.firstIndex(of: "=") else { return nil }
            scalars = scalars[scalars.index(after: equals)...]
        }
        guard scalars.first == "{", scalars.last == "}" else { return nil }
        scalars = scalars.dropFirst().dropLast()
        var elements: [String?] = []
        if scalars.allSatisfy({ $0 == " " }) { return elements }
        var iterator = scalars.makeIterator()
        var current = String.UnicodeScalarView()
        var quoted = false
        var wasQuoted = false
        // The spaces PostgreSQL allows around an unquoted element.
        func isSpace(_ char: Unicode.Scalar) -> Bool { char == " " || char == "\t" || char == "\n" || char == "\r" || char == "\u{0B}" || char == "\u{0C}" }
        func finish() {
            if !wasQuoted {
                var trimmed = current[...]
                while let first = trimmed.first, isSpace(first) { trimmed = trimmed.dropFirst() }
                while let last = trimmed.last, isSpace(last) { trimmed = trimmed.dropLast() }
                let value = String(trimmed)
                elements.append(value.count == 4 && value.lowercased() == "null" ? nil : value)
            } else {
                elements.append(String(current))
            }
            current = String.UnicodeScalarView()
            wasQuoted = false
        }
        while let char = iterator.next() {
            if quoted {
                switch char {
                case "\\":
                    guard let escaped = iterator.next() else { return nil }
                    current.append(escaped)
                case "\"": quoted = false
                default: current.append(char)
                }
            } else {
                switch char {
                case "\"":
                    quoted = true
                    wasQuoted = true
                case "\\":
                    guard let escaped = iterator.next() else { return nil }
                    current.append(escaped)
                case ",": finish()
                case "{", "}": return nil  // more than one dimension
                default: current.append(char)
                }
            }
        }
        if quoted { return nil }
        finish()
        return elements
    }
}
