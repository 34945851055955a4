import Foundation
import SystemPackage
import Testing

/// The served OpenAPI document, fuzzed with schemathesis (scripts/fuzz-api): no server errors,
/// and every response as the document describes it.
@Suite("API fuzzing", .timeLimit(.minutes(10)))
struct FuzzTests {
    @Test func schemathesisFindsNoServerErrorAndNoResponseOutsideTheDocument() async throws {
        try await withScratchDirectory("liaison-fuzz") { directory in
            let status = try await withRunningServer(directory, extraArguments: ["--demo"]) { port, _ in
                let token = try String(contentsOfFile: directory + "/admin-token", encoding: .utf8)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../scripts/fuzz-api").standardized.path
                // In the scratch directory: schemathesis keeps a cache (.schemathesis/) where it runs,
                // which must not land in the checkout.
                let result = try await runCommand(FilePath("/bin/bash"), [script, "http://127.0.0.1:\(port)", token, "8"],
                                                  environment: ["NO_COLOR": "1"], workingDirectory: FilePath(directory))
                #expect(result.status == .exited(0), "schemathesis:\n\(result.output.suffix(6000))\n\(result.error.suffix(2000))")
                #expect(result.output.contains("passed"), "\(result.output.suffix(2000))")
                #expect(!result.output.contains("failed"), "\(result.output.suffix(6000))")
            }
            #expect(status == .exited(0))
        }
    }
}
