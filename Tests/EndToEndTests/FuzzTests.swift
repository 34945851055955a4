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

    /// The document as served, read as tools built on PyYAML read it (YAML 1.1, where an
    /// unquoted `on` is the boolean true) and checked by openapi-spec-validator.
    @Test func theServedDocumentPassesAnIndependentValidator() async throws {
        try await withScratchDirectory("liaison-contract") { directory in
            let status = try await withRunningServer(directory) { port, _ in
                let check = """
                    import sys, urllib.request, yaml
                    from openapi_spec_validator import validate
                    validate(yaml.safe_load(urllib.request.urlopen(sys.argv[1]).read()))
                    print("valid")
                    """
                let result = try await runCommand(
                    FilePath("/usr/bin/env"), ["python3", "-c", check, "http://127.0.0.1:\(port)/openapi.yaml"], environment: [:],
                    workingDirectory: FilePath(directory))
                #expect(result.status == .exited(0), "\(result.output.suffix(2000))\n\(result.error.suffix(3000))")
                #expect(result.output.contains("valid"))
            }
            #expect(status == .exited(0))
        }
    }
}
