import Foundation

// The consensus-building summary: pure arithmetic over facts read from the database.
// docs/summary.md defines every figure, with worked examples; the tests check them by hand.

extension CalendarDate {
    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// The Monday of this date's week.
    public var weekStart: CalendarDate {
        // 1970-01-01 was a Thursday: day 0 is three days after a Monday.
        let weekday = ((dayNumber + 3) % 7 + 7) % 7  // 0 = Monday
        return adding(days: -weekday)
    }
}

/// The sectors whose agreement the convergence figure measures.
public let coreSectors = ["government", "political-party", "civil-society"]

/// What the summary is computed from, read in one snapshot within the caller's clearance.
public struct SummaryFacts: Sendable {
    public struct Stakeholder: Sendable, Equatable {
        public enum Kind: String, Sendable, Codable { case person, organization }
        public var id: UUID
        public var kind: Kind
        public var name: String
        /// An organisation's sector and region; nil for people (they take their organisation's).
        public var sector: String?
        public var region: String?
        /// The latest influence rating (1-5) on or before the period's end.
        public var influence: Int?

        public init(id: UUID, kind: Kind, name: String, sector: String? = nil, region: String? = nil, influence: Int? = nil) {
            (self.id, self.kind, self.name, self.sector, self.region, self.influence) = (id, kind, name, sector, region, influence)
        }
    }

    /// A position as stated at a meeting.
    public struct Position: Sendable, Equatable {
        public var stakeholderID: UUID
        public var issueID: UUID
        public var stance: Int
        public var statedAt: Date
        /// The meeting's date where it took place.
        public var date: CalendarDate
        public var meetingID: UUID
        public var quote: String
        /// For a person: the organisations they represented on that date.
        public var representing: [UUID]

        public init(
            stakeholderID: UUID, issueID: UUID, stance: Int, statedAt: Date, date: CalendarDate, meetingID: UUID, quote: String = "",
            representing: [UUID] = []
        ) {
            (self.stakeholderID, self.issueID, self.stance, self.statedAt) = (stakeholderID, issueID, stance, statedAt)
            (self.date, self.meetingID, self.quote, self.representing) = (date, meetingID, quote, representing)
        }
    }

    public struct Meeting: Sendable, Equatable {
        public struct Participant: Sendable, Equatable {
            public var stakeholderID: UUID
            /// For a person: the organisations they represented on the meeting's date.
            public var representing: [UUID]
            public init(_ stakeholderID: UUID, representing: [UUID] = []) {
                self.stakeholderID = stakeholderID
                self.representing = representing
            }
        }

        public var id: UUID
        public var date: CalendarDate
        public var region: String?
        public var participants: [Participant]

        public init(id: UUID, date: CalendarDate, region: String?, participants: [Participant]) {
            (self.id, self.date, self.region, self.participants) = (id, date, region, participants)
        }
    }

    public struct Commitment: Sendable, Equatable {
        public var id: UUID
        public var description: String
        /// The meeting's date, or the day it was recorded.
        public var openedOn: CalendarDate
        public var dueOn: CalendarDate?
        public var status: CommitmentStatus
        public var closedOn: CalendarDate?
        public var owner: String?

        public init(
            id: UUID, description: String, openedOn: CalendarDate, dueOn: CalendarDate?, status: CommitmentStatus, closedOn: CalendarDate?,
            owner: String?
        ) {
            (self.id, self.description, self.openedOn, self.dueOn) = (id, description, openedOn, dueOn)
            (self.status, self.closedOn, self.owner) = (status, closedOn, owner)
        }
    }

    /// A holder's stance on an issue over a run of days, as the database keeps it
    /// (sql/0009_stance_state.sql): from `from` to the day before `until` (nil: still in force).
    /// Days are kept as day numbers, so that an entry takes 28 bytes: a summary at scale reads
    /// hundreds of thousands.
    public struct HeldStance: Sendable, Equatable {
        public var holderID: UUID
        private var firstDay: Int32
        private var endDay: Int32
        private var heldStance: Int8

        public init(holderID: UUID, from: CalendarDate, until: CalendarDate?, stance: Int) {
            precondition((-2...2).contains(stance), "a stance is between -2 and +2")
            self.holderID = holderID
            firstDay = Int32(clamping: from.dayNumber)
            endDay = until.map { Int32(clamping: $0.dayNumber) } ?? .max
            heldStance = Int8(stance)
        }

        public var stance: Int { Int(heldStance) }

        func holds(on day: CalendarDate) -> Bool { (Int(firstDay)..<Int(endDay)).contains(day.dayNumber) }
    }

    public var from: CalendarDate
    public var to: CalendarDate
    public var gapDays: Int
    /// Only these sectors and this region count (nil: all).
    public var sector: String?
    public var region: String?
    public var issues: [(id: UUID, title: String)]
    public var stakeholders: [UUID: Stakeholder]
    /// Positions stated before `from` (at least each stakeholder's latest on each issue).
    public var baseline: [Position]
    /// The stances held at some time from the day before `from` to `to`, kept by the database,
    /// by issue. When set, the summary's stances come from these (and movement from `stanceBefore`
    /// and `changes`) rather than from sweeping every position (`baseline` and `changes`), which
    /// stays the model they are checked against.
    public var held: [UUID: [HeldStance]]?
    /// With `held`: by issue, then by speaker, the stance of the speaker's own latest counted
    /// position as of the day before `from`, kept by the database (sql/0011_speaker_stances.sql).
    /// It need only hold the speakers whose stance changed during the period: the others ended
    /// it where they began, so did not move.
    public var stanceBefore: [UUID: [UUID: Int]] = [:]
    /// Every position stated from `from` to `to`.
    public var changes: [Position]
    /// Meetings from `from` to `to`.
    public var meetings: [Meeting]
    /// Each stakeholder's first meeting ever (within the caller's clearance): at least of those
    /// first met from `from` to `to` (no other first meeting changes the summary).
    public var firstMet: [UUID: CalendarDate]
    /// Each organisation's latest meeting on or before `to`, itself or through a person representing it.
    public var lastMet: [UUID: CalendarDate]
    /// Organisations that count for coverage gaps (current ones).
    public var organizations: [UUID]
    public var commitments: [Commitment]
    /// The follow-ups' figures as the database counted them (for a `top` at least that of the
    /// summary): when set, `commitments` is not read, and stays the model they are checked against.
    public var commitmentTotals: Summary.Commitments?

    public init(
        from: CalendarDate, to: CalendarDate, gapDays: Int = 30, sector: String? = nil, region: String? = nil,
        issues: [(id: UUID, title: String)], stakeholders: [Stakeholder], baseline: [Position] = [], changes: [Position] = [],
        meetings: [Meeting] = [], firstMet: [UUID: CalendarDate] = [:], lastMet: [UUID: CalendarDate] = [:], organizations: [UUID]? = nil,
        commitments: [Commitment] = []
    ) {
        (self.from, self.to, self.gapDays, self.sector, self.region) = (from, to, gapDays, sector, region)
        self.issues = issues
        self.stakeholders = Dictionary(stakeholders.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        (self.baseline, self.changes, self.meetings) = (baseline, changes, meetings)
        (self.firstMet, self.lastMet, self.commitments) = (firstMet, lastMet, commitments)
        self.organizations = organizations ?? stakeholders.filter { $0.kind == .organization }.map(\.id)
    }
}

/// The summary, as the API returns it.
public struct Summary: Sendable, Equatable, Codable {
    public struct SectorStances: Sendable, Equatable, Codable {
        public var sector: String
        /// How many stakeholders hold each stance: index 0 is -2 (strongly opposes), 4 is +2.
        public var counts: [Int]
        public var total: Int
        public var mean: Double?
    }

    public struct Movement: Sendable, Equatable, Codable {
        public var stakeholderID: UUID
        public var name: String
        public var sector: String?
        public var from: Int
        public var to: Int
        public var change: Int

        enum CodingKeys: String, CodingKey { case stakeholderID = "stakeholderId", name, sector, from, to, change }
    }

    public struct MapPoint: Sendable, Equatable, Codable {
        public var stakeholderID: UUID
        public var name: String
        public var sector: String
        public var influence: Int?
        public var stance: Int

        enum CodingKeys: String, CodingKey { case stakeholderID = "stakeholderId", name, sector, influence, stance }
    }

    public struct ConvergencePoint: Sendable, Equatable, Codable {
        public var date: CalendarDate
        public var convergence: Double?
    }

    public struct IssueSummary: Sendable, Equatable, Codable {
        public var issueID: UUID
        public var title: String
        /// Organisation-level stances as of the period's end, by sector.
        public var sectors: [SectorStances]
        /// 0 (government, parties and civil society at opposite ends) to 1 (all agree); nil with fewer than two of them.
        public var convergence: Double?
        public var convergenceAtStart: Double?
        public var convergenceChange: Double?
        /// Weekly from the start, and the end.
        public var series: [ConvergencePoint]
        public var movements: [Movement]
        /// How many moved: `movements` holds the first `top` of them.
        public var movementsTotal: Int
        public var map: [MapPoint]
        /// How many hold a stance: `map` holds the `top` most influential.
        public var mapTotal: Int

        enum CodingKeys: String, CodingKey {
            case issueID = "issueId", title, sectors, convergence, convergenceAtStart, convergenceChange, series, movements, movementsTotal
            case map, mapTotal
        }
    }

    public struct Breadth: Sendable, Equatable, Codable {
        public var key: String
        public var met: Int
        public var firstTime: Int
    }

    public struct Week: Sendable, Equatable, Codable {
        public var start: CalendarDate
        /// Meetings that week with someone of each sector.
        public var bySector: [String: Int]
        public var meetings: Int
    }

    public struct Engagement: Sendable, Equatable, Codable {
        public var meetings: Int
        public var stakeholders: Int
        public var firstTime: Int
        public var bySector: [Breadth]
        public var byRegion: [Breadth]
        public var weeks: [Week]
    }

    public struct Gap: Sendable, Equatable, Codable {
        public var stakeholderID: UUID
        public var name: String
        public var sector: String
        public var region: String?
        public var lastMet: CalendarDate?
        public var daysSince: Int?

        enum CodingKeys: String, CodingKey { case stakeholderID = "stakeholderId", name, sector, region, lastMet, daysSince }
    }

    public struct Commitments: Sendable, Equatable, Codable {
        public struct Item: Sendable, Equatable, Codable {
            public var id: UUID
            public var description: String
            public var dueOn: CalendarDate?
            public var owner: String?

            public init(id: UUID, description: String, dueOn: CalendarDate?, owner: String?) {
                (self.id, self.description, self.dueOn, self.owner) = (id, description, dueOn, owner)
            }
        }
        public var opened: Int
        public var done: Int
        public var open: Int
        /// How many are overdue: `overdueItems` holds the `top` longest overdue.
        public var overdue: Int
        public var overdueItems: [Item]

        public init(opened: Int, done: Int, open: Int, overdue: Int, overdueItems: [Item]) {
            (self.opened, self.done, self.open, self.overdue, self.overdueItems) = (opened, done, open, overdue, overdueItems)
        }
    }

    public struct Quote: Sendable, Equatable, Codable {
        public var stakeholderID: UUID
        public var name: String
        public var issueTitle: String
        public var stance: Int
        public var quote: String
        public var date: CalendarDate
        public var meetingID: UUID

        enum CodingKeys: String, CodingKey {
            case stakeholderID = "stakeholderId", name, issueTitle, stance, quote, date, meetingID = "meetingId"
        }
    }

    public var from: CalendarDate
    public var to: CalendarDate
    public var gapDays: Int
    public var issues: [IssueSummary]
    public var engagement: Engagement
    /// The `top` longest unmet organisations.
    public var gaps: [Gap]
    /// How many organisations were not met.
    public var gapsTotal: Int
    public var commitments: Commitments
    public var quotes: [Quote]
}

extension SummaryFacts {
    /// Every figure of the summary. Each list (an issue's movements and map, the gaps, the
    /// overdue follow-ups) holds at most `top` entries, the first in its order; the counts beside
    /// them are whole.
    public func summarize(top: Int = 100) -> Summary {
        var sweep: StanceSweep?
        if held == nil {
            var swept = StanceSweep(self)
            for position in baseline { swept.add(position) }
            for position in changes { swept.add(position) }
            swept.sort()
            sweep = swept
        }
        var holderClasses: [UUID: Int8] = [:]
        func stances(_ issue: UUID) -> IssueStances {
            if let sweep { return issueStances(issue, sweep: sweep) }
            return issueStances(issue, held: held?[issue] ?? [], holderClasses: &holderClasses)
        }
        let gaps = gaps(top: top)
        var commitments = commitmentTotals ?? commitmentSummary(top: top)
        commitments.overdueItems = Array(commitments.overdueItems.prefix(top))
        return Summary(
            from: from, to: to, gapDays: gapDays,
            issues: issues.map { issue in issueSummary(issue.id, title: issue.title, stances: stances(issue.id), top: top) },
            engagement: engagement(), gaps: gaps.head, gapsTotal: gaps.total, commitments: commitments, quotes: quotes())
    }

    // MARK: Stances

    /// The organisations a stated position counts for (a person: those they represented, still in the register).
    func holders(of position: Position) -> [UUID] { Self.holders(of: position, among: stakeholders) }

    static func holders(of position: Position, among stakeholders: [UUID: Stakeholder]) -> [UUID] {
        let represented = position.representing.filter { stakeholders[$0] != nil }.withoutRepeats()
        return stakeholders[position.stakeholderID]?.kind == .person && !represented.isEmpty ? represented : [position.stakeholderID]
    }

    /// The sector a stance holder is counted in.
    func sector(of holder: UUID) -> String {
        guard let stakeholder = stakeholders[holder] else { return "other" }
        return stakeholder.kind == .person ? "unaffiliated" : stakeholder.sector ?? "other"
    }

    /// Whether the sector and region filters let this holder count.
    func counts(_ holder: UUID) -> Bool {
        if let sector, self.sector(of: holder) != sector { return false }
        if let region, stakeholders[holder]?.region != region { return false }
        return true
    }

    /// Convergence of organisation-level stances (see docs/summary.md): for every pair of the core
    /// sectors that both hold stances, the mean distance between a stance of one and a stance of
    /// the other; their mean D (0 to 4) gives 1 − D/4.
    public static func convergence(_ stancesBySector: [String: [Int]]) -> Double? {
        convergence(tallies: coreSectors.map { sector in
            var tally = [0, 0, 0, 0, 0]
            for stance in stancesBySector[sector] ?? [] { tally[stance + 2] += 1 }
            return tally
        })
    }

    /// The same from how many of each core sector (in `coreSectors` order) hold each stance.
    static func convergence(tallies: [[Int]]) -> Double? {
        let present = tallies.filter { $0.contains { $0 > 0 } }
        guard present.count >= 2 else { return nil }
        var distances: [Double] = []
        for (index, a) in present.enumerated() {
            for b in present[(index + 1)...] {
                var total = 0
                for x in 0..<5 where a[x] > 0 { for y in 0..<5 where b[y] > 0 { total += a[x] * b[y] * abs(x - y) } }
                distances.append(Double(total) / Double(a.reduce(0, +) * b.reduce(0, +)))
            }
        }
        return 1 - distances.reduce(0, +) / Double(distances.count) / 4
    }

    /// The dates an issue's stances are worked out for: the day before the period (index 0),
    /// its first day, every seven days after, and its last.
    var stanceDates: [CalendarDate] {
        var points: [CalendarDate] = stride(from: from.dayNumber, through: to.dayNumber, by: 7).map(CalendarDate.init(dayNumber:))
        if points.last != to { points.append(to) }
        return [from.adding(days: -1)] + points
    }

    /// An issue's stances, however worked out: convergence at each of `stanceDates`, each holder's
    /// stance at the last, and who moved.
    struct IssueStances {
        var convergence: [Double?] = []
        var stances: [(holder: UUID, stance: Int)] = []
        var movements: [Summary.Movement] = []
    }

    /// A stakeholder's move from `then` to `now`, shown with the sector of the first holder its
    /// latest position counts for; nil when none of them counts under the filters.
    func movement(of stakeholder: UUID, then: Int, now: Int, holders: some Sequence<UUID>) -> Summary.Movement? {
        guard let holder = holders.first(where: counts) else { return nil }
        let sector = sector(of: holder)
        return .init(stakeholderID: stakeholder, name: stakeholders[stakeholder]?.name ?? "", sector: sector == "unaffiliated" ? nil : sector,
                     from: then, to: now, change: now - then)
    }

    /// Each issue's stances as of every date the summary needs, in one pass over its positions
    /// in date order: each stakeholder's latest position so far is kept as the pass goes, and at
    /// each date the organisation-level stances are worked out from them (see `StanceSweep`).
    func issueStances(_ issue: UUID, sweep: StanceSweep) -> IssueStances {
        let pass = sweep.run(issue: issue, at: stanceDates)
        return IssueStances(
            convergence: pass.convergence, stances: pass.stances.map { (sweep.ids[$0.holder], $0.stance) },
            movements: pass.moved.compactMap { stakeholder, then, now in
                movement(of: sweep.ids[stakeholder], then: then, now: Int(now.stance), holders: sweep.holders(of: now).map { sweep.ids[Int($0)] })
            })
    }

    /// The same from the stances the database keeps: at each date, the holders whose stance
    /// holds then; movement from each speaker's stance the day before the period and their
    /// latest position in it (only those who took a position in the period can have moved).
    ///
    /// `holderClasses` remembers, across issues, whether each holder counts under the filters and in
    /// which core sector (-1: it does not count; 0 to 2: the core sector; 3: another sector):
    /// each holder holds stances on many issues.
    func issueStances(_ issue: UUID, held: [HeldStance], holderClasses: inout [UUID: Int8]) -> IssueStances {
        let dates = stanceDates
        var tallies = [[[Int]]](repeating: [[Int]](repeating: [0, 0, 0, 0, 0], count: coreSectors.count), count: dates.count)
        var result = IssueStances()
        for span in held {
            let holder: Int8
            if let known = holderClasses[span.holderID] {
                holder = known
            } else {
                holder = stakeholders[span.holderID] == nil || !counts(span.holderID)
                    ? -1 : Int8(coreSectors.firstIndex(of: sector(of: span.holderID)) ?? coreSectors.count)
                holderClasses[span.holderID] = holder
            }
            guard holder >= 0 else { continue }
            for (index, date) in dates.enumerated() where span.holds(on: date) {
                if holder < coreSectors.count { tallies[index][Int(holder)][span.stance + 2] += 1 }
                if index == dates.count - 1 { result.stances.append((span.holderID, span.stance)) }
            }
        }
        result.convergence = tallies.map(Self.convergence(tallies:))

        // Positions that count at all, as the sweep takes them.
        func counted(_ position: Position) -> Bool {
            position.issueID == issue && stakeholders[position.stakeholderID] != nil
                && (position.representing.isEmpty || position.representing.contains { stakeholders[$0] != nil })
        }
        let then = stanceBefore[issue] ?? [:]
        var now: [UUID: Position] = [:]
        for position in changes where then[position.stakeholderID] != nil && counted(position) && position.date <= to {
            if let held = now[position.stakeholderID], (held.statedAt, held.meetingID.orderKey) > (position.statedAt, position.meetingID.orderKey) {
                continue
            }
            now[position.stakeholderID] = position
        }
        result.movements = now.compactMap { stakeholder, position in
            guard let then = then[stakeholder], then != position.stance else { return nil }
            return movement(of: stakeholder, then: then, now: position.stance, holders: holders(of: position))
        }
        return result
    }

    func issueSummary(_ issue: UUID, title: String, stances worked: IssueStances, top: Int) -> Summary.IssueSummary {
        let points = Array(stanceDates.dropFirst())
        let order = coreSectors + ["international", "religious", "media", "other", "unaffiliated"]
        var tallies: [String: [Int]] = [:]
        for (holder, stance) in worked.stances { tallies[sector(of: holder), default: [0, 0, 0, 0, 0]][stance + 2] += 1 }
        let sectors = tallies.keys.sorted { (order.firstIndex(of: $0) ?? order.count, $0) < (order.firstIndex(of: $1) ?? order.count, $1) }
            .map { sector -> Summary.SectorStances in
                let tally = tallies[sector]!
                let total = tally.reduce(0, +)
                let sum = tally.enumerated().reduce(0) { $0 + ($1.offset - 2) * $1.element }
                return .init(sector: sector, counts: tally, total: total, mean: Double(sum) / Double(total))
            }
        let series = zip(points, worked.convergence.dropFirst()).map { Summary.ConvergencePoint(date: $0, convergence: $1) }
        let atStart = worked.convergence[0], atEnd = worked.convergence.last!

        // Movement: each stakeholder's own stance before the period against its stance at the end.
        let movements = worked.movements.firstInOrder(top) {
            (-abs($0.change), $0.name, $0.stakeholderID.orderKey) < (-abs($1.change), $1.name, $1.stakeholderID.orderKey)
        }

        // The most influential first: a holder's name is looked up only when it may be among them.
        typealias Point = (holder: UUID, stance: Int, influence: Int)
        func first(_ a: Point, _ b: Point) -> Bool {
            if a.influence != b.influence { return a.influence > b.influence }
            if a.stance != b.stance { return a.stance < b.stance }
            let (nameA, nameB) = (stakeholders[a.holder]?.name ?? "", stakeholders[b.holder]?.name ?? "")
            return (nameA, a.holder.orderKey) < (nameB, b.holder.orderKey)
        }
        let map = worked.stances.lazy.map { holder, stance -> Point in (holder, stance, stakeholders[holder]?.influence ?? 0) }
            .firstInOrder(top, by: first)

        return .init(
            issueID: issue, title: title, sectors: sectors, convergence: atEnd, convergenceAtStart: atStart,
            convergenceChange: atEnd.flatMap { end in atStart.map { end - $0 } }, series: series, movements: movements.head,
            movementsTotal: movements.total,
            map: map.head.map { point in
                Summary.MapPoint(stakeholderID: point.holder, name: stakeholders[point.holder]?.name ?? "", sector: sector(of: point.holder),
                                 influence: stakeholders[point.holder]?.influence, stance: point.stance)
            },
            mapTotal: map.total)
    }

    // MARK: Engagement

    /// The organisations a participant stands for at a meeting (a person: those they represented; else themself).
    func holders(of participant: Meeting.Participant) -> [UUID] {
        guard let who = stakeholders[participant.stakeholderID] else { return [] }  // archived since
        let represented = participant.representing.filter { stakeholders[$0] != nil }
        if who.kind == .person && !participant.representing.isEmpty && represented.isEmpty { return [] }  // spoke for the archived
        return who.kind == .person && !represented.isEmpty ? represented : [participant.stakeholderID]
    }

    func engagement() -> Summary.Engagement {
        var sectorsMet: [String: Set<UUID>] = [:]
        var regionsMet: [String: Set<UUID>] = [:]
        var met = Set<UUID>()
        var weeks: [CalendarDate: (meetings: Int, bySector: [String: Int])] = [:]
        var meetingCount = 0
        for meeting in meetings where meeting.date >= from && meeting.date <= to {
            var sectorsHere = Set<String>()
            var counted = false
            for participant in meeting.participants {
                let holders = holders(of: participant).filter(counts)
                guard !holders.isEmpty else { continue }
                counted = true
                met.insert(participant.stakeholderID)
                for holder in holders {
                    let sector = sector(of: holder)
                    sectorsHere.insert(sector)
                    sectorsMet[sector, default: []].insert(participant.stakeholderID)
                    let region = stakeholders[holder]?.region ?? meeting.region ?? "unknown"
                    regionsMet[region, default: []].insert(participant.stakeholderID)
                }
            }
            guard counted else { continue }
            meetingCount += 1
            var week = weeks[meeting.date.weekStart] ?? (0, [:])
            week.meetings += 1
            for sector in sectorsHere { week.bySector[sector, default: 0] += 1 }
            weeks[meeting.date.weekStart] = week
        }
        func isFirst(_ id: UUID) -> Bool { firstMet[id].map { $0 >= from && $0 <= to } ?? false }
        func breadth(_ groups: [String: Set<UUID>]) -> [Summary.Breadth] {
            groups.map { .init(key: $0.key, met: $0.value.count, firstTime: $0.value.filter(isFirst).count) }
                .sorted { (-$0.met, $0.key) < (-$1.met, $1.key) }
        }
        var allWeeks: [Summary.Week] = []
        var week = from.weekStart
        while week <= to {
            let found = weeks[week]
            allWeeks.append(.init(start: week, bySector: found?.bySector ?? [:], meetings: found?.meetings ?? 0))
            week = week.adding(days: 7)
        }
        return .init(
            meetings: meetingCount, stakeholders: met.count, firstTime: met.filter(isFirst).count, bySector: breadth(sectorsMet),
            byRegion: breadth(regionsMet), weeks: allWeeks)
    }

    /// Organisations not met (themselves or through a representative) in the `gapDays` days up to
    /// `to`: the first `top` (longest unmet first), and how many.
    func gaps(top: Int) -> (head: [Summary.Gap], total: Int) {
        let since = to.adding(days: -gapDays)
        return organizations.lazy.filter(counts).compactMap { id -> Summary.Gap? in
            guard let organization = stakeholders[id] else { return nil }
            let last = lastMet[id]
            if let last, last > since { return nil }
            return .init(stakeholderID: id, name: organization.name, sector: organization.sector ?? "other", region: organization.region,
                         lastMet: last, daysSince: last.map { to.dayNumber - $0.dayNumber })
        }.firstInOrder(top) {
            ($0.lastMet?.dayNumber ?? Int.min, $0.name, $0.stakeholderID.orderKey)
                < ($1.lastMet?.dayNumber ?? Int.min, $1.name, $1.stakeholderID.orderKey)
        }
    }

    // MARK: Commitments and quotes

    /// The follow-ups' counts, and the first `top` overdue ones (earliest due first). Counted in
    /// one pass, and the overdue ones ordered by their place in `commitments` rather than copied:
    /// at scale a summary sees a hundred thousand open follow-ups.
    func commitmentSummary(top: Int = .max) -> Summary.Commitments {
        var (opened, done, open) = (0, 0, 0)
        var overdue: [Int32] = []
        for (index, commitment) in commitments.enumerated() where commitment.openedOn <= to {
            if commitment.openedOn >= from { opened += 1 }
            switch commitment.status {
            case .open:
                open += 1
                if let due = commitment.dueOn, due < to { overdue.append(Int32(index)) }
            case .done:
                if let closed = commitment.closedOn, closed >= from && closed <= to { done += 1 }
            default:
                break
            }
        }
        overdue.sort {
            let (a, b) = (commitments[Int($0)], commitments[Int($1)])
            return (a.dueOn!, a.description, a.id.orderKey) < (b.dueOn!, b.description, b.id.orderKey)
        }
        return .init(
            opened: opened, done: done, open: open, overdue: overdue.count,
            overdueItems: overdue.prefix(top).map {
                let item = commitments[Int($0)]
                return .init(id: item.id, description: item.description, dueOn: item.dueOn, owner: item.owner)
            })
    }

    /// Quotes stated in the period: the strongest stances first, then the latest; at most ten.
    func quotes() -> [Summary.Quote] {
        let titles = Dictionary(issues.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        return changes.filter {
            !$0.quote.isEmpty && $0.date >= from && $0.date <= to && titles[$0.issueID] != nil && stakeholders[$0.stakeholderID] != nil
        }
            .filter { position in
                (position.representing.isEmpty || position.representing.contains { stakeholders[$0] != nil })
                    && holders(of: position).contains(where: counts)
            }
            // Whole: one speaker's quotes on several issues at one meeting come in the issues' order,
            // whatever order the facts list them in.
            .sorted {
                (-abs($0.stance), -$0.statedAt.timeIntervalSince1970, $0.meetingID.orderKey, $0.stakeholderID.orderKey, $0.issueID.orderKey)
                    < (-abs($1.stance), -$1.statedAt.timeIntervalSince1970, $1.meetingID.orderKey, $1.stakeholderID.orderKey, $1.issueID.orderKey)
            }
            .prefix(10)
            .map { .init(stakeholderID: $0.stakeholderID, name: stakeholders[$0.stakeholderID]?.name ?? "", issueTitle: titles[$0.issueID]!,
                         stance: $0.stance, quote: $0.quote, date: $0.date, meetingID: $0.meetingID) }
    }
}
