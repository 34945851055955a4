import Foundation
@testable import LiaisonDomain
import Testing

/// The stances of the summary computed the plain way, straight from docs/summary.md: for every
/// date asked, each stakeholder's latest position, then each organisation's stance from those.
/// The summary itself gets the same answers in one sweep per issue; this model is what it is
/// checked against, on many random registers.
struct StanceModel {
    let facts: SummaryFacts

    func known(_ id: UUID) -> Bool { facts.stakeholders[id] != nil }

    func latestPositions(issue: UUID, asOf date: CalendarDate) -> [UUID: SummaryFacts.Position] {
        var latest: [UUID: SummaryFacts.Position] = [:]
        for position in facts.baseline + facts.changes
        where position.issueID == issue && position.date <= date && known(position.stakeholderID)
            && (position.representing.isEmpty || position.representing.contains(where: known))
        {
            if let held = latest[position.stakeholderID],
                (held.statedAt, held.meetingID.uuidString) >= (position.statedAt, position.meetingID.uuidString)
            { continue }
            latest[position.stakeholderID] = position
        }
        return latest
    }

    func holders(of position: SummaryFacts.Position) -> [UUID] {
        var represented: [UUID] = []
        for organization in position.representing where known(organization) && !represented.contains(organization) {
            represented.append(organization)
        }
        return facts.stakeholders[position.stakeholderID]?.kind == .person && !represented.isEmpty ? represented : [position.stakeholderID]
    }

    func sector(of holder: UUID) -> String {
        guard let stakeholder = facts.stakeholders[holder] else { return "other" }
        return stakeholder.kind == .person ? "unaffiliated" : stakeholder.sector ?? "other"
    }

    func counts(_ holder: UUID) -> Bool {
        if let sector = facts.sector, self.sector(of: holder) != sector { return false }
        if let region = facts.region, facts.stakeholders[holder]?.region != region { return false }
        return true
    }

    func organizationStances(issue: UUID, asOf date: CalendarDate) -> [UUID: Int] {
        var candidates: [UUID: [(own: Bool, position: SummaryFacts.Position)]] = [:]
        for (stakeholder, position) in latestPositions(issue: issue, asOf: date) {
            for holder in holders(of: position) { candidates[holder, default: []].append((holder == stakeholder, position)) }
        }
        var stances: [UUID: Int] = [:]
        for (holder, stated) in candidates where counts(holder) {
            let latest = stated.map(\.position.statedAt).max()!
            let tied = stated.filter { $0.position.statedAt == latest }
            if let own = tied.first(where: \.own) {
                stances[holder] = own.position.stance
            } else {
                stances[holder] = tied.reduce(0) { $0 + $1.position.stance } / tied.count
            }
        }
        return stances
    }

    func convergence(issue: UUID, asOf date: CalendarDate) -> Double? {
        var bySector: [String: [Int]] = [:]
        for (holder, stance) in organizationStances(issue: issue, asOf: date) { bySector[sector(of: holder), default: []].append(stance) }
        return SummaryFacts.convergence(bySector)
    }

    /// What the summary says of an issue's stances: sectors, convergence at the start, at the end
    /// and weekly, movements and the map.
    func issue(_ issue: UUID, title: String) -> Summary.IssueSummary {
        let current = organizationStances(issue: issue, asOf: facts.to)
        var bySector: [String: [Int]] = [:]
        for (holder, stance) in current { bySector[sector(of: holder), default: []].append(stance) }
        let order = coreSectors + ["international", "religious", "media", "other", "unaffiliated"]
        let sectors = bySector.keys.sorted { (order.firstIndex(of: $0) ?? order.count, $0) < (order.firstIndex(of: $1) ?? order.count, $1) }
            .map { sector -> Summary.SectorStances in
                let stances = bySector[sector]!
                var counts = [0, 0, 0, 0, 0]
                for stance in stances { counts[stance + 2] += 1 }
                return .init(sector: sector, counts: counts, total: stances.count, mean: Double(stances.reduce(0, +)) / Double(stances.count))
            }
        let before = facts.from.adding(days: -1)
        let atEnd = SummaryFacts.convergence(bySector)
        let atStart = convergence(issue: issue, asOf: before)
        var points = stride(from: facts.from.dayNumber, through: facts.to.dayNumber, by: 7).map(CalendarDate.init(dayNumber:))
        if points.last != facts.to { points.append(facts.to) }
        let start = latestPositions(issue: issue, asOf: before)
        let end = latestPositions(issue: issue, asOf: facts.to)
        let movements = end.compactMap { stakeholder, now -> Summary.Movement? in
            guard let then = start[stakeholder], then.stance != now.stance, let who = facts.stakeholders[stakeholder],
                let holder = holders(of: now).first(where: counts)
            else { return nil }
            return .init(stakeholderID: stakeholder, name: who.name, sector: sector(of: holder) == "unaffiliated" ? nil : sector(of: holder),
                         from: then.stance, to: now.stance, change: now.stance - then.stance)
        }.sorted { (-abs($0.change), $0.name, $0.stakeholderID.uuidString) < (-abs($1.change), $1.name, $1.stakeholderID.uuidString) }
        let map = current.map { holder, stance in
            Summary.MapPoint(stakeholderID: holder, name: facts.stakeholders[holder]?.name ?? "", sector: sector(of: holder),
                             influence: facts.stakeholders[holder]?.influence, stance: stance)
        }.sorted {
            (-($0.influence ?? 0), $0.stance, $0.name, $0.stakeholderID.uuidString)
                < (-($1.influence ?? 0), $1.stance, $1.name, $1.stakeholderID.uuidString)
        }
        return .init(
            issueID: issue, title: title, sectors: sectors, convergence: atEnd, convergenceAtStart: atStart,
            convergenceChange: atEnd.flatMap { end in atStart.map { end - $0 } },
            series: points.map { .init(date: $0, convergence: convergence(issue: issue, asOf: $0)) }, movements: movements,
            movementsTotal: movements.count, map: map, mapTotal: map.count)
    }
}

/// A small generator with a seed, so that a failing register can be made again.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("The summary's stances against the plain model")
struct SummaryModelTests {
    /// A register small enough to collide often: few stakeholders and days, positions stated at
    /// the same instant at different meetings, people speaking for several organisations (some
    /// archived, so not in the register), dates a day off their instant (time zones), filters.
    static func randomFacts(seed: UInt64) -> SummaryFacts {
        var random = SeededRandom(state: seed)
        func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "%08X-0000-4000-8000-%012d", Int.random(in: 0...0xFFFF, using: &random), n))! }
        let sectors = ["government", "political-party", "civil-society", "media", "international"]
        let regions = ["dushanbe", "khatlon", "rasht"]
        var stakeholders: [SummaryFacts.Stakeholder] = []
        let organizations = (0..<Int.random(in: 1...8, using: &random)).map { id(1 + $0) }
        for (n, organization) in organizations.enumerated() {
            stakeholders.append(.init(
                id: organization, kind: .organization, name: "Organisation \(n % 3)", sector: Bool.random(using: &random) ? sectors.randomElement(using: &random) : nil,
                region: regions.randomElement(using: &random), influence: Bool.random(using: &random) ? Int.random(in: 1...5, using: &random) : nil))
        }
        let archived = (0..<3).map { id(50 + $0) }  // organisations people spoke for, no longer in the register
        let people = (0..<Int.random(in: 0...6, using: &random)).map { id(100 + $0) }
        for (n, person) in people.enumerated() { stakeholders.append(.init(id: person, kind: .person, name: "Person \(n % 2)")) }
        let gone = id(99)  // a stakeholder archived since
        let issues = [id(200), id(201)]
        let from = CalendarDate(year: 2000, month: 7, day: Int.random(in: 1...10, using: &random))
        let to = from.adding(days: Int.random(in: 0...40, using: &random))
        // Meetings on a few days and hours, so that positions at one meeting, and at different
        // meetings at the same instant, tie; some an instant a day off their local date.
        let meetings = (0..<12).map { n -> (id: UUID, day: CalendarDate, instant: Date) in
            let day = from.adding(days: Int.random(in: -20...45, using: &random))
            let offset = Int.random(in: 0..<5, using: &random) == 0 ? Int.random(in: -1...1, using: &random) : 0
            return (id(300 + n), day, Date(timeIntervalSince1970: Double(day.adding(days: offset).dayNumber) * 86_400
                + Double(Int.random(in: 0...1, using: &random)) * 3_600))
        }
        var stated = Set<String>()
        var baseline: [SummaryFacts.Position] = [], changes: [SummaryFacts.Position] = []
        for _ in 0..<Int.random(in: 0...60, using: &random) {
            let speakers = organizations + people + [gone]
            let who = speakers.randomElement(using: &random)!
            var representing: [UUID] = []
            if people.contains(who) {
                for _ in 0..<Int.random(in: 0...3, using: &random) { representing.append((organizations + archived).randomElement(using: &random)!) }
            }
            let meeting = meetings.randomElement(using: &random)!, issue = issues.randomElement(using: &random)!
            // One position per stakeholder, issue and meeting, as the schema has it.
            guard stated.insert("\(meeting.id) \(who) \(issue)").inserted else { continue }
            let day = meeting.day
            let position = SummaryFacts.Position(
                stakeholderID: who, issueID: issue, stance: Int.random(in: -2...2, using: &random),
                statedAt: meeting.instant, date: day, meetingID: meeting.id, representing: representing)
            // As the store reads them: the latest before the period per pair, everything in it.
            if day < from { baseline.append(position) } else if day <= to { changes.append(position) }
        }
        let sector: String? = Int.random(in: 0..<4, using: &random) == 0 ? (sectors + ["unaffiliated"]).randomElement(using: &random) : nil
        let region: String? = Int.random(in: 0..<4, using: &random) == 0 ? regions.randomElement(using: &random) : nil
        return SummaryFacts(
            from: from, to: to, sector: sector, region: region, issues: issues.map { ($0, "Issue \($0)") }, stakeholders: stakeholders,
            baseline: baseline, changes: changes)
    }

    /// A stance entry stays at 40 bytes (a million of them at scale), and a person speaking for
    /// more organisations than a 16-bit count holds still counts for every one of them.
    @Test func entriesStayCompactAndKeepEveryOrganisationASpeakerRepresents() {
        #expect(MemoryLayout<StanceSweep.Entry>.stride == 40)
        let from = CalendarDate(year: 2000, month: 7, day: 1), issue = UUID()
        let organizations = (0..<70_000).map { _ in UUID() }
        let person = SummaryFacts.Stakeholder(id: UUID(), kind: .person, name: "Speaker for many")
        let facts = SummaryFacts(
            from: from, to: from.adding(days: 30), issues: [(issue, "Amnesty")],
            stakeholders: [person] + organizations.map { .init(id: $0, kind: .organization, name: "Organisation", sector: "civil-society") },
            baseline: [.init(stakeholderID: person.id, issueID: issue, stance: -2, statedAt: Date(timeIntervalSince1970: 0),
                             date: from.adding(days: -10), meetingID: UUID(), representing: organizations)])
        let stances = facts.summarize(top: 1).issues[0]
        #expect(stances.mapTotal == 70_000)
        #expect(stances.sectors.first { $0.sector == "civil-society" }?.counts == [70_000, 0, 0, 0, 0])
    }

    @Test func topShortensEveryListAndKeepsTheCountsWhole() {
        for seed in UInt64(1)...200 {
            let facts = Self.randomFacts(seed: seed)
            let whole = facts.summarize(top: 1000), short = facts.summarize(top: 2)
            for (whole, short) in zip(whole.issues, short.issues) {
                #expect(short.map == Array(whole.map.prefix(2)) && short.mapTotal == whole.map.count, "seed \(seed)")
                #expect(short.movements == Array(whole.movements.prefix(2)) && short.movementsTotal == whole.movements.count, "seed \(seed)")
                #expect(short.sectors == whole.sectors && short.series == whole.series)
            }
        }
        // Gaps and overdue follow-ups, on the worked scenario's register.
        var facts = Scenario.facts()
        facts.organizations = Scenario.stakeholders.filter { $0.kind == .organization }.map(\.id)
        let whole = facts.summarize(), short = facts.summarize(top: 1)
        #expect(whole.gaps.count == whole.gapsTotal && short.gapsTotal == whole.gapsTotal)
        #expect(short.gaps == Array(whole.gaps.prefix(1)))
        #expect(short.commitments.overdue == whole.commitments.overdue)
        #expect(short.commitments.overdueItems == Array(whole.commitments.overdueItems.prefix(1)))
        #expect(whole.gapsTotal > 1 || whole.commitments.overdue > 1, "the scenario has more than one of something to shorten")
    }

    @Test func theSweepAgreesWithThePlainModelOnRandomRegisters() {
        for seed in UInt64(1)...600 {
            let facts = Self.randomFacts(seed: seed)
            let model = StanceModel(facts: facts)
            let summary = facts.summarize(top: 1000)
            for (issue, computed) in zip(facts.issues, summary.issues) {
                let expected = model.issue(issue.id, title: issue.title)
                #expect(computed == expected, "seed \(seed), issue \(issue.title)")
                if computed != expected { return }
            }
        }
    }
}
