import Foundation
import LiaisonDomain
import LiaisonPostgres
import LiaisonStore
import Logging
import SystemPackage

extension ServerRunner {
    /// Writes the whole database as JSON lines (`DatabaseTransfer`) to `path`, or to standard
    /// output for "-". A file is created readable by this account only (it holds token hashes
    /// and classified records) and takes its name only when complete; it never overwrites one.
    public static func export(
        _ database: ServerConfiguration.Database, to path: String, logger: Logger,
        progress: @escaping @Sendable (String, Int) -> Void
    ) async throws -> [String: Int] {
        let toStandardOutput = path == "-"
        if !toStandardOutput, FileManager.default.fileExists(atPath: path) {
            throw DomainError.conflict("\(path) exists already; an export never overwrites one")
        }
        return try await withDatabase(database, poolSize: 1, exclusive: false, logger: logger) { pool in
            let status = try await Schema.migrator(logger: logger).status(pool)
            guard let version = status.appliedVersions.max() else {
                throw DomainError.unavailable("the database has no Liaison schema yet: there is nothing to export")
            }
            let temporary = path + ".partial-\(getpid())"
            let descriptor = toStandardOutput
                ? FileDescriptor.standardOutput
                : try FileDescriptor.open(
                    FilePath(temporary), .writeOnly, options: [.create, .truncate, .exclusiveCreate], permissions: [.ownerReadWrite])
            var closed = false
            do {
                var buffer: [UInt8] = []
                buffer.reserveCapacity(1 << 20)
                let counts = try await pool.withConnection { connection in
                    try await DatabaseTransfer.export(schemaVersion: version, on: connection, progress: progress) { line in
                        buffer.append(contentsOf: line.utf8)
                        buffer.append(UInt8(ascii: "\n"))
                        if buffer.count >= 1 << 20 {
                            _ = try descriptor.writeAll(buffer)
                            buffer.removeAll(keepingCapacity: true)
                        }
                    }
                }
                _ = try descriptor.writeAll(buffer)
                if !toStandardOutput {
                    guard fsync(descriptor.rawValue) == 0 else {
                        throw DomainError.unavailable("cannot write \(path): \(String(cString: strerror(errno)))")
                    }
                    closed = true
                    try descriptor.close()
                    // Only a complete export takes the name, and never one that exists (link fails then).
                    guard link(temporary, path) == 0 else {
                        let reason = errno == EEXIST ? "it exists already; an export never overwrites one" : String(cString: strerror(errno))
                        throw DomainError.unavailable("cannot write \(path): \(reason)")
                    }
                    unlink(temporary)
                }
                return counts
            } catch {
                if !toStandardOutput {
                    if !closed { try? descriptor.close() }
                    unlink(temporary)
                }
                throw error
            }
        }
    }

    /// Reads an export (a file, or standard input for "-") into a database that holds no records
    /// yet, migrating it first: everything in one transaction, or nothing.
    public static func importExport(
        _ database: ServerConfiguration.Database, from path: String, logger: Logger,
        progress: @escaping @Sendable (String, Int) -> Void
    ) async throws -> [String: Int] {
        let reader = try LineReader(path: path)
        // A file that is not an export of this schema touches no database.
        let header = try DatabaseTransfer.header(try reader.next(), schemaVersion: LiaisonDatabase.expectedSchemaVersion)
        return try await withDatabase(database, poolSize: 1, exclusive: false, logger: logger) { pool in
            try await Schema.migrate(pool, logger: logger)
            return try await pool.withConnection { connection in
                try await DatabaseTransfer.importLines(header: header, on: connection, progress: progress, nextLine: { try reader.next() })
            }
        }
    }
}

/// Lines of a file or of standard input, read with the C library's `getline` (any length).
final class LineReader {
    private let file: UnsafeMutablePointer<FILE>
    private let path: String
    private var line: UnsafeMutablePointer<CChar>?
    private var capacity = 0

    init(path: String) throws {
        if path == "-" {
            guard let opened = fdopen(dup(STDIN_FILENO), "r") else {
                throw DomainError.unavailable("cannot read standard input: \(String(cString: strerror(errno)))")
            }
            file = opened
        } else {
            guard let opened = fopen(path, "r") else {
                throw DomainError.unavailable("cannot read \(path): \(String(cString: strerror(errno)))")
            }
            file = opened
        }
        self.path = path
    }

    deinit {
        free(line)
        fclose(file)
    }

    /// The next line without its line break, or nil at the end.
    func next() throws -> String? {
        let length = getline(&line, &capacity, file)
        guard length >= 0, let line else {
            if ferror(file) != 0 { throw DomainError.unavailable("cannot read \(path == "-" ? "standard input" : path): \(String(cString: strerror(errno)))") }
            return nil
        }
        var count = length
        while count > 0, line[count - 1] == 0x0A || line[count - 1] == 0x0D { count -= 1 }
        return line.withMemoryRebound(to: UInt8.self, capacity: count) { String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self) }
    }
}
