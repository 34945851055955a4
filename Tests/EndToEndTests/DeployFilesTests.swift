import Foundation
import Subprocess
import SystemPackage
import Testing

/// Every file in deploy/ is at least well-formed, and says what operations rely on.
@Suite("The deployment files")
struct DeployFilesTests {
    static let deploy = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("deploy").path

    /// Every YAML document of a file, as JSON objects (parsed by PyYAML).
    static func documents(_ file: String) async throws -> [[String: Any]] {
        let parsed = try await runCommand(
            FilePath("/usr/bin/env"),
            ["python3", "-c", "import json, sys, yaml; print(json.dumps(list(yaml.safe_load_all(open(sys.argv[1])))))", file])
        #expect(parsed.status == .exited(0), "\(file) does not parse: \(parsed.error)")
        return (try JSONSerialization.jsonObject(with: Data(parsed.output.utf8)) as? [[String: Any]]) ?? []
    }

    @Test func everyYAMLFileParses() async throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: Self.deploy).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        #expect(files.count >= 3)
        for file in files { #expect(!(try await Self.documents(Self.deploy + "/" + file)).isEmpty, "\(file)") }
    }

    @Test func kubernetesHasTheDeploymentItsProbesAndTheDatabaseCluster() async throws {
        let objects = try await Self.documents(Self.deploy + "/kubernetes/liaison.yaml")
        let kinds = Set(objects.compactMap { $0["kind"] as? String })
        #expect(kinds.isSuperset(of: ["Namespace", "ConfigMap", "Secret", "Deployment", "Service", "PodDisruptionBudget"]))
        let deployment = try #require(objects.first { $0["kind"] as? String == "Deployment" })
        let template = ((deployment["spec"] as? [String: Any])?["template"] as? [String: Any])?["spec"] as? [String: Any]
        let container = try #require((template?["containers"] as? [[String: Any]])?.first)
        #expect(((container["readinessProbe"] as? [String: Any])?["httpGet"] as? [String: Any])?["path"] as? String == "/readyz")
        #expect(((container["livenessProbe"] as? [String: Any])?["httpGet"] as? [String: Any])?["path"] as? String == "/healthz")
        #expect((template?["securityContext"] as? [String: Any])?["runAsNonRoot"] as? Bool == true)
        let cluster = try #require(try await Self.documents(Self.deploy + "/kubernetes/postgres-cluster.yaml").first)
        #expect(cluster["kind"] as? String == "Cluster")
        #expect(((cluster["spec"] as? [String: Any])?["instances"] as? Int ?? 0) >= 2)
        // Reads go to the cluster's read-only service, which the operator names after the cluster.
        let clusterName = try #require((cluster["metadata"] as? [String: Any])?["name"] as? String)
        let environment = (container["env"] as? [[String: Any]]) ?? []
        let replica = environment.first { $0["name"] as? String == "LIAISON_REPLICA_URL" }?["value"] as? String
        #expect(replica?.contains("@\(clusterName)-ro:") == true, "\(String(describing: replica))")
    }

    @Test func composeRunsTheDatabaseAndTheServerWithHealthChecks() async throws {
        let compose = try #require(try await Self.documents(Self.deploy + "/compose.yaml").first)
        let services = try #require(compose["services"] as? [String: [String: Any]])
        #expect(services["db"]?["healthcheck"] != nil)
        #expect(services["liaisond"]?["healthcheck"] != nil)
        #expect(((services["liaisond"]?["depends_on"] as? [String: Any])?["db"] as? [String: Any])?["condition"] as? String == "service_healthy")
        #expect((compose["volumes"] as? [String: Any])?["db-data"] != nil)
    }

    @Test func theImageBuildsInTwoStagesAndRunsAsAnotherUser() throws {
        let dockerfile = try String(contentsOfFile: Self.deploy + "/Dockerfile", encoding: .utf8)
        let keywords: Set<String> = ["FROM", "RUN", "COPY", "WORKDIR", "ENV", "EXPOSE", "USER", "HEALTHCHECK", "ENTRYPOINT", "CMD", "ARG", "LABEL"]
        var continued = false
        var instructions: [String] = []
        for line in dockerfile.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let text = line.trimmingCharacters(in: .whitespaces)
            defer { continued = text.hasSuffix("\\") }
            if continued || text.isEmpty || text.hasPrefix("#") { continue }
            let word = String(text.prefix { !$0.isWhitespace })
            #expect(keywords.contains(word), "not a Dockerfile instruction: \(line)")
            instructions.append(word)
        }
        #expect(instructions.filter { $0 == "FROM" }.count == 2)
        #expect(instructions.contains("HEALTHCHECK"))
        let user = dockerfile.split(separator: "\n").last { $0.hasPrefix("USER ") }
        #expect(user != nil && !(user!.contains("root")) && !(user!.contains(" 0")))
    }

    @Test func theSystemdUnitVerifies() async throws {
        // systemd-analyze checks the unit, and that its program exists: point it at the built one.
        let directory = NSTemporaryDirectory() + "liaison-unit-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let unit = try String(contentsOfFile: Self.deploy + "/liaisond.service", encoding: .utf8)
            .replacingOccurrences(of: "/usr/local/bin/liaisond", with: Binaries.path("liaisond").string)
        try unit.write(toFile: directory + "/liaisond.service", atomically: true, encoding: .utf8)
        let verified = try await runCommand(FilePath("/usr/bin/env"), ["systemd-analyze", "verify", directory + "/liaisond.service"])
        #expect(verified.status == .exited(0), "\(verified.error)")
        #expect(verified.error.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(verified.error)")
    }
}
