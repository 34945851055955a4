import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Latencies of one scenario, and what they add up to.
struct Measurement: Sendable {
    var name: String
    var clients: Int
    /// From the end of the warm-up to the last answer.
    var seconds: Double
    var latencies: [Double]  // milliseconds, sorted
    var errors: Int
    /// The largest response body read, in bytes.
    var largestResponse: Int = 0
    /// The server's peak resident memory during this measurement (MB).
    var peakMegabytes: Double = .nan
    /// How long after the last answer the summary's kept state took to work out every note the
    /// requests left (liaisond does it in the background, after each write commits).
    var catchUpSeconds: Double = 0

    /// Requests answered per second while they were sent.
    var throughput: Double { Double(latencies.count) / seconds }
    /// The same, counting the time the kept state took to catch up after: what can be kept up.
    var sustainedThroughput: Double { Double(latencies.count) / (seconds + catchUpSeconds) }
    func percentile(_ p: Double) -> Double {
        guard !latencies.isEmpty else { return .nan }
        // Nearest rank.
        let rank = Int((p / 100 * Double(latencies.count)).rounded(.up))
        return latencies[min(latencies.count - 1, max(0, rank - 1))]
    }
}

/// One kind of request, as many clients at once as asked, for a while.
struct Scenario: Sendable {
    var name: String
    /// Builds the n-th request of a client.
    var request: @Sendable (_ client: Int, _ number: Int) -> HTTPClientRequest
    var expected: Set<UInt> = [200]
    /// How long one request may take before it counts as an error.
    var timeout: TimeAmount = .seconds(30)
    /// Requests each client makes after the warm-up even when the time is up (for slow requests).
    var minimumPerClient = 0
}

enum Driver {
    /// Runs `scenario` with `clients` concurrent connections for `duration` after a warm-up
    /// of a second (or until each client has made the scenario's minimum), and returns each
    /// request's latency.
    static func run(_ scenario: Scenario, clients: Int, duration: Duration, http: HTTPClient) async -> Measurement {
        let warmUp = ContinuousClock.now + .seconds(1)
        let end = warmUp + duration
        let results = await withTaskGroup(of: ([Double], Int, Int).self) { group in
            for client in 0..<clients {
                group.addTask {
                    var latencies: [Double] = []
                    var errors = 0
                    var number = 0
                    var largest = 0
                    while ContinuousClock.now < end || latencies.count + errors < scenario.minimumPerClient {
                        let request = scenario.request(client, number)
                        number += 1
                        let started = ContinuousClock.now
                        var ok = false
                        if let response = try? await http.execute(request, timeout: scenario.timeout),
                            let body = try? await response.body.collect(upTo: 1 << 30)
                        {
                            ok = scenario.expected.contains(response.status.code)
                            largest = max(largest, body.readableBytes)
                        }
                        let elapsed = ContinuousClock.now - started
                        guard started >= warmUp else { continue }
                        if ok {
                            latencies.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
                        } else {
                            errors += 1
                        }
                    }
                    return (latencies, errors, largest)
                }
            }
            var all: [Double] = []
            var errors = 0
            var largest = 0
            for await (latencies, failed, body) in group {
                all += latencies
                errors += failed
                largest = max(largest, body)
            }
            return (all.sorted(), errors, largest)
        }
        let elapsed = ContinuousClock.now - warmUp
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Measurement(
            name: scenario.name, clients: clients, seconds: seconds, latencies: results.0, errors: results.1, largestResponse: results.2)
    }
}

/// The requests the benchmark makes, over the generated data set.
struct Requests: Sendable {
    let base: String
    let token: String
    let data: DataSet

    func request(_ method: HTTPMethod, _ path: String, body: Data? = nil, key: String? = nil) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        if let key { request.headers.add(name: "Idempotency-Key", value: key) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        return request
    }

    /// Three participants (two organisations and a person), two positions, one follow-up.
    func logMeeting(run: String) -> Scenario {
        Scenario(name: "log a meeting", request: { client, number in
            var random = SplitMix(seed: UInt64(client * 1_000_003 + number))
            let first = random.next(data.organizations)
            let person = random.next(data.people)
            var second = random.next(data.organizations)
            if second == first { second = (second + 1) % data.organizations }
            let meeting = MeetingNumbers(
                first: first, person: person, second: second, issue: random.next(data.issues), other: random.next(data.issues))
            return logMeeting(
                meeting, subject: "Benchmark meeting \(run) \(client)-\(number)", day: 10 + number % 18, key: "bench-\(run)-\(client)-\(number)")
        }, expected: [201])
    }

    /// The data set's numbers of the stakeholders and issues a meeting names.
    struct MeetingNumbers {
        var first: Int, person: Int, second: Int, issue: Int, other: Int
    }

    /// One meeting logged: the organisations `first` and `second` and a person, a position of
    /// the first organisation on `issue` and one of the person on `other`, and a follow-up the
    /// person owes.
    func logMeeting(_ numbers: MeetingNumbers, subject: String, day: Int, key: String) -> HTTPClientRequest {
        let first = DataSet.id(.organization, numbers.first), second = DataSet.id(.organization, numbers.second)
        let person = DataSet.id(.person, numbers.person)
        let body: [String: Any] = [
            "subject": subject, "startsAt": "2009-06-\(day)T09:30:00+05:00",
            "timeZone": "Asia/Dushanbe", "place": "Dushanbe", "participants": [first, person, second],
            "positions": [
                ["stakeholderId": first, "issueId": DataSet.id(.issue, numbers.issue), "stance": 1],
                ["stakeholderId": person, "issueId": DataSet.id(.issue, numbers.other), "stance": -1],
            ],
            "commitments": [["description": "Send the draft", "owedBy": person, "dueOn": "2009-07-01"]],
        ]
        return request(.POST, "/v1/meetings", body: try? JSONSerialization.data(withJSONObject: body), key: key)
    }

    /// Logins with a wrong password, each client its own unknown account: hashed like real
    /// ones, then refused (401), throttled (429) or turned away while the hashing is full (503).
    var wrongLogins: Scenario {
        Scenario(name: "wrong-password login", request: { client, _ in
            var request = HTTPClientRequest(url: base + "/v1/auth/login")
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/json")
            let body = ["login": "storm-\(client)", "password": "not the password"]
            request.body = .bytes(ByteBuffer(bytes: (try? JSONSerialization.data(withJSONObject: body)) ?? Data()))
            return request
        }, expected: [401, 429, 503])
    }

    var listMeetings: Scenario {
        Scenario(name: "list meetings (50)", request: { _, _ in request(.GET, "/v1/meetings?limit=50") })
    }

    var timeline: Scenario { timeline(named: "stakeholder timeline") }

    func timeline(named name: String) -> Scenario {
        Scenario(name: name, request: { client, number in
            var random = SplitMix(seed: UInt64(client * 7_919 + number))
            return request(.GET, "/v1/organizations/\(DataSet.id(.organization, random.next(data.organizations)))/timeline?limit=50")
        })
    }

    var search: Scenario {
        Scenario(name: "name search", request: { client, number in
            var random = SplitMix(seed: UInt64(client * 104_729 + number))
            // A whole name, or a surname in another spelling.
            let name = random.next(2) == 0
                ? DataSet.personName(random.next(data.people))
                : DataSet.surnames[random.next(DataSet.surnames.count)].replacingOccurrences(of: "kh", with: "h")
            let query = name.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? name
            return request(.GET, "/v1/search?q=\(query)&type=person&limit=20")
        })
    }

    var quarterlySummary: Scenario {
        Scenario(name: "quarterly summary", request: { client, number in
            var random = SplitMix(seed: UInt64(client * 31 + number))
            let year = 2000 + random.next(10), quarter = random.next(4)
            let from = String(format: "%04d-%02d-01", year, quarter * 3 + 1)
            let to = String(format: "%04d-%02d-%02d", year, quarter * 3 + 3, [31, 30, 30, 31][quarter])
            return request(.GET, "/v1/summary?from=\(from)&to=\(to)")
        }, timeout: .minutes(10), minimumPerClient: 3)
    }
}
