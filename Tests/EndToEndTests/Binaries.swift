import AsyncHTTPClient
import Foundation
import NIOHTTP1
import NIOCore
import Subprocess
import Synchronization
import SystemPackage

/// The real `liaisond` and `liaison` executables, built next to the test bundle.
enum Binaries {
    static var directory: String {
        if let override = ProcessInfo.processInfo.environment["LIAISON_TEST_BIN_DIR"] { return override }
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var url = URL(fileURLWithPath: executable).deletingLastPathComponent()
        // On Linux the test runner is .build/<triple>/debug/<package>PackageTests.xctest itself.
        while !FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("liaisond").path),
            url.path != "/"
        {
            url.deleteLastPathComponent()
        }
        return url.path
    }

    static func path(_ name: String) -> FilePath {
        _ = brokenPipesAreErrors
        return FilePath(directory + "/" + name)
    }

    /// Writing to a pipe whose reader has exited (a command's standard input, when it ends
    /// before reading all of it) raises SIGPIPE, whose default action ends the whole test
    /// process without a word. Ignored, the write fails with EPIPE instead, and the test that
    /// made it reports it.
    private static let brokenPipesAreErrors: Void = { _ = signal(SIGPIPE, SIG_IGN) }()
}

/// A scratch directory under /tmp that the PostgreSQL account can reach, removed afterwards.
func withScratchDirectory<T>(
    _ prefix: String, isolation: isolated (any Actor)? = #isolation, _ body: (String) async throws -> T
) async throws -> T {
    let directory = "/tmp/\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    return try await body(directory)
}

/// Runs a command to completion and returns its exit status and output.
func runCommand(
    _ executable: FilePath, _ arguments: [String], environment: [String: String] = [:], input: String? = nil,
    workingDirectory: FilePath? = nil
) async throws -> (status: TerminationStatus, output: String, error: String) {
    var updates: [Environment.Key: String?] = [:]
    for (key, value) in environment { updates.updateValue(value.isEmpty ? nil : value, forKey: Environment.Key(rawValue: key)!) }
    let configuration = Configuration(
        executable: .path(executable), arguments: Arguments(arguments), environment: .inherit.updating(updates),
        workingDirectory: workingDirectory)
    let result = try await Subprocess.run(
        configuration, input: .string(input ?? ""), output: .string(limit: 1 << 20), error: .string(limit: 1 << 20))
    return (result.terminationStatus, result.standardOutput, result.standardError)
}

/// Sends a request with a JSON body to this machine; nil when nothing answers.
func httpSend(
    _ method: HTTPMethod, _ url: String, token: String?, json: Any?, headers: [String: String] = [:],
    timeout: TimeAmount = .seconds(10)
) async -> (status: Int, body: String, headers: [String: String])? {
    var request = HTTPClientRequest(url: url)
    request.method = method
    if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
    for (name, value) in headers { request.headers.add(name: name, value: value) }
    if let json, let data = try? JSONSerialization.data(withJSONObject: json) {
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: data))
    }
    guard let response = try? await HTTPClient.shared.execute(request, timeout: timeout),
        let body = try? await response.body.collect(upTo: 1 << 22)
    else { return nil }
    var fields: [String: String] = [:]
    for field in response.headers { fields[field.name.lowercased()] = field.value }
    return (Int(response.status.code), String(buffer: body), fields)
}

/// GETs a URL on this machine; nil when nothing answers.
func httpGet(_ url: String, token: String? = nil) async -> (status: Int, body: String)? {
    var request = HTTPClientRequest(url: url)
    request.method = .GET
    if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
    guard let response = try? await HTTPClient.shared.execute(request, timeout: .seconds(5)),
        let body = try? await response.body.collect(upTo: 1 << 20)
    else { return nil }
    return (Int(response.status.code), String(buffer: body))
}

/// Postmaster processes whose command line names `directory`.
func postgresProcesses(in directory: String) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { entry -> Int32? in
        guard let pid = Int32(entry),
            let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline")
        else { return nil }
        let commandLine = String(decoding: data.map { $0 == 0 ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
        return commandLine.contains("postgres") && commandLine.contains(directory + "/postgres") ? pid : nil
    }
}

/// The port a `liaisond` logging JSON lines to `logFile` says it listens on, once it says so.
func listeningPort(logFile: String, timeout: Duration) async throws -> Int? {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        let text = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String],
                object["message"] == "liaisond is listening", let address = object["address"],
                let port = address.split(separator: ":").last.flatMap({ Int($0) })
            else { continue }
            return port
        }
        try await Task.sleep(for: .milliseconds(100))
    }
    return nil
}

/// Runs `liaisond serve` on an embedded cluster in `directory` (JSON logs to `directory.log`, port
/// 0), calls `body` with the port once it listens, then sends SIGTERM and returns how it ended.
func withRunningServer(
    _ directory: String, extraArguments: [String] = [], _ body: (_ port: Int, _ logFile: String) async throws -> Void
) async throws -> TerminationStatus {
    try await withServerProcess(["--data-dir", directory] + extraArguments, logFile: directory + ".log", body)
}

/// Runs `liaisond serve` with `arguments` (port 0, JSON logs to `logFile`), calls `body` with the
/// port once it listens, then sends SIGTERM and returns how it ended.
func withServerProcess(
    _ arguments: [String], logFile: String, _ body: (_ port: Int, _ logFile: String) async throws -> Void
) async throws -> TerminationStatus {
    try await withServerProcess(arguments, logFile: logFile) { port, logFile, _ in try await body(port, logFile) }
}

/// `withServerProcess`, with the server's process id for `body` to signal; with
/// `descriptorLimit`, the server may open no more files and sockets than that.
func withServerProcess(
    _ arguments: [String], logFile: String, descriptorLimit: Int? = nil,
    _ body: (_ port: Int, _ logFile: String, _ process: pid_t) async throws -> Void
) async throws -> TerminationStatus {
    let log = try FileDescriptor.open(FilePath(logFile), .writeOnly, options: [.create, .truncate], permissions: .ownerReadWrite)
    defer { try? log.close() }
    let watchdog = StopWatchdog()
    let serveArguments = ["serve", "--port", "0", "--log-format", "json"] + arguments
    let serve = if let descriptorLimit {
        // The shell sets the limit and becomes liaisond (exec): the process id stays the server's.
        Configuration(
            executable: .path("/bin/sh"),
            arguments: Arguments(["-c", "ulimit -n \(descriptorLimit) && exec \"$0\" \"$@\"", Binaries.path("liaisond").string] + serveArguments))
    } else {
        Configuration(executable: .path(Binaries.path("liaisond")), arguments: Arguments(serveArguments))
    }
    let result = try await Subprocess.run(
        serve, input: .none, output: .fileDescriptor(log, closeAfterSpawningProcess: false),
        error: .fileDescriptor(log, closeAfterSpawningProcess: false)
    ) { execution in
        let process = execution.processIdentifier.value
        defer {
            try? execution.send(signal: .terminate)
            watchdog.arm(process)
        }
        guard let port = try await listeningPort(logFile: logFile, timeout: .seconds(60)) else {
            throw ServerDidNotStart(log: (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "")
        }
        try await body(port, logFile, process)
    }
    if watchdog.disarm() {
        throw ServerDidNotStop(log: (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "")
    }
    return result.terminationStatus
}

/// Kills a server still running a minute after SIGTERM, which would otherwise hang the test
/// run, and remembers that it did so the test can fail saying why.
final class StopWatchdog: Sendable {
    private let fired = Atomic<Bool>(false)
    private let task = Mutex<Task<Void, Never>?>(nil)

    func arm(_ process: pid_t) {
        task.withLock { task in
            task = Task { [self] in
                guard (try? await Task.sleep(for: .seconds(60))) != nil else { return }
                fired.store(true, ordering: .releasing)
                kill(process, SIGKILL)
            }
        }
    }

    /// Stops watching; whether the server had to be killed.
    func disarm() -> Bool {
        task.withLock { $0?.cancel() }
        return fired.load(ordering: .acquiring)
    }
}

struct ServerDidNotStop: Error, CustomStringConvertible {
    var log: String
    var description: String { "liaisond was still running a minute after SIGTERM and was killed:\n\(log.suffix(8000))" }
}

struct ServerDidNotStart: Error, CustomStringConvertible {
    var log: String
    var description: String { "liaisond did not start listening:\n\(log)" }
}
