import Foundation
import LiaisonDomain
import Testing

/// A scenario worked out by hand (docs/summary.md walks through the same numbers).
///
/// Organisations: Ministry of Justice (government, Dushanbe, influence 5), Khatlon Hukumat
/// (government, Khatlon, 3), Democratic Party (party, Dushanbe, 2), Islamic Renaissance Party
/// (party, Rasht, 4), Women's Association (civil society, Khatlon, 1). Rustam represents the
/// Ministry until 15 July and the Democratic Party from 16 July; Zarina represents no one.
/// The period is July 2000.
struct Scenario {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }
    static let ministry = id(1), hukumat = id(2), democrats = id(3), renaissance = id(4), women = id(5)
    static let rustam = id(11), zarina = id(12)
    static let amnesty = id(21), returns = id(22)

    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text + "T10:00:00Z")! }

    static func position(_ who: UUID, _ stance: Int, _ date: String, issue: UUID = amnesty, quote: String = "", for represented: [UUID] = [],
                         meeting: Int) -> SummaryFacts.Position {
        .init(stakeholderID: who, issueID: issue, stance: stance, statedAt: at(date), date: day(date), meetingID: id(100 + meeting),
              quote: quote, representing: represented)
    }

    static let stakeholders: [SummaryFacts.Stakeholder] = [
        .init(id: ministry, kind: .organization, name: "Ministry of Justice", sector: "government", region: "dushanbe", influence: 5),
        .init(id: hukumat, kind: .organization, name: "Khatlon Hukumat", sector: "government", region: "khatlon", influence: 3),
        .init(id: democrats, kind: .organization, name: "Democratic Party", sector: "political-party", region: "dushanbe", influence: 2),
        .init(id: renaissance, kind: .organization, name: "Islamic Renaissance Party", sector: "political-party", region: "rasht", influence: 4),
        .init(id: women, kind: .organization, name: "Women's Association", sector: "civil-society", region: "khatlon", influence: 1),
        .init(id: rustam, kind: .person, name: "Rustam Karimov"),
        .init(id: zarina, kind: .person, name: "Zarina Qodirova"),
    ]

    static func facts(sector: String? = nil, region: String? = nil) -> SummaryFacts {
        SummaryFacts(
            from: day("2000-07-01"), to: day("2000-07-31"), gapDays: 30, sector: sector, region: region,
            issues: [(amnesty, "Amnesty"), (returns, "Refugee return")], stakeholders: stakeholders,
            baseline: [
                position(ministry, -1, "2000-06-10", meeting: 1),
                position(democrats, 2, "2000-06-12", meeting: 2),
                position(women, 1, "2000-06-20", meeting: 3),
                position(rustam, -2, "2000-06-25", for: [ministry], meeting: 5),
            ],
            changes: [
                position(renaissance, 1, "2000-07-05", meeting: 11),
                position(ministry, 1, "2000-07-10", quote: "We will extend the deadline.", meeting: 12),
                position(rustam, 0, "2000-07-20", for: [democrats], meeting: 13),
                position(zarina, -1, "2000-07-22", quote: "Too soon.", meeting: 14),
            ],
            meetings: [
                .init(id: id(111), date: day("2000-07-05"), region: "rasht", participants: [.init(renaissance)]),
                .init(id: id(112), date: day("2000-07-10"), region: "dushanbe",
                      participants: [.init(ministry), .init(rustam, representing: [ministry])]),
                .init(id: id(113), date: day("2000-07-20"), region: "dushanbe",
                      participants: [.init(rustam, representing: [democrats]), .init(democrats)]),
                .init(id: id(114), date: day("2000-07-22"), region: "khatlon", participants: [.init(zarina)]),
            ],
            firstMet: [ministry: day("2000-06-10"), democrats: day("2000-06-12"), women: day("2000-06-20"), rustam: day("2000-06-25"),
                       renaissance: day("2000-07-05"), zarina: day("2000-07-22")],
            lastMet: [ministry: day("2000-07-10"), democrats: day("2000-07-20"), renaissance: day("2000-07-05"), women: day("2000-06-20")],
            commitments: [
                .init(id: id(201), description: "Send the decree", openedOn: day("2000-06-20"), dueOn: day("2000-07-10"), status: .open,
                      closedOn: nil, owner: "Ministry of Justice"),
                .init(id: id(202), description: "List of returnees", openedOn: day("2000-07-05"), dueOn: day("2000-08-15"), status: .open,
                      closedOn: nil, owner: nil),
                .init(id: id(203), description: "Call back", openedOn: day("2000-07-10"), dueOn: nil, status: .done,
                      closedOn: day("2000-07-25"), owner: nil),
                .init(id: id(204), description: "Visit Kulob", openedOn: day("2000-07-20"), dueOn: day("2000-07-25"), status: .dropped,
                      closedOn: day("2000-07-24"), owner: nil),
                .init(id: id(205), description: "Later", openedOn: day("2000-08-05"), dueOn: day("2000-08-06"), status: .open,
                      closedOn: nil, owner: nil),
            ])
    }
}

@Suite("The consensus summary, worked by hand")
struct SummaryTests {
    let summary = Scenario.facts().summarize()
    var amnesty: Summary.IssueSummary { summary.issues[0] }

    @Test func calendarArithmetic() {
        #expect(CalendarDate("1970-01-01")!.dayNumber == 0)
        #expect(CalendarDate("2000-03-01")!.dayNumber - CalendarDate("2000-02-28")!.dayNumber == 2)
        #expect(CalendarDate("2000-07-31")!.adding(days: 1) == CalendarDate("2000-08-01"))
        #expect(CalendarDate("1969-12-31")!.dayNumber == -1)
        #expect(CalendarDate("2000-07-01")!.weekStart == CalendarDate("2000-06-26"))  // a Saturday; its Monday
        #expect(CalendarDate("2000-07-10")!.weekStart == CalendarDate("2000-07-10"))  // a Monday
    }

    @Test func stancesBySectorCountEachOrganisationsLatestIncludingItsRepresentatives() {
        #expect(amnesty.sectors.map(\.sector) == ["government", "political-party", "civil-society", "unaffiliated"])
        // The Ministry: its own +1 (10 July) is later than Rustam's -2 (25 June), and by the end
        // Rustam speaks for the Democratic Party, whose +2 (12 June) gives way to his 0 (20 July).
        #expect(amnesty.sectors[0].counts == [0, 0, 0, 1, 0])
        #expect(amnesty.sectors[1].counts == [0, 0, 1, 1, 0])
        #expect(amnesty.sectors[1].mean == 0.5)
        #expect(amnesty.sectors[2].counts == [0, 0, 0, 1, 0])
        #expect(amnesty.sectors[3].counts == [0, 1, 0, 0, 0])
        #expect(summary.issues[1].sectors.isEmpty)  // nothing said on refugee return
    }

    @Test func convergenceAtTheStartTheEndAndEachWeek() throws {
        // Start (30 June): government [-2], parties [+2], civil society [+1]:
        // distances 4, 3 and 1, mean 8/3, convergence 1 - (8/3)/4 = 1/3.
        #expect(abs(try #require(amnesty.convergenceAtStart) - 1.0 / 3) < 1e-9)
        // End: government [+1], parties [0, +1], civil society [+1]: 1/2, 0, 1/2; mean 1/3; 1 - 1/12.
        #expect(abs(try #require(amnesty.convergence) - 11.0 / 12) < 1e-9)
        let change: Double = try #require(amnesty.convergenceChange)
        let expectedChange: Double = 11.0 / 12 - 1.0 / 3
        #expect(abs(change - expectedChange) < 1e-9)
        let expected: [(String, Double)] = [
            ("2000-07-01", 1.0 / 3), ("2000-07-08", 1 - 7.0 / 12), ("2000-07-15", 11.0 / 12), ("2000-07-22", 11.0 / 12),
            ("2000-07-29", 11.0 / 12), ("2000-07-31", 11.0 / 12),
        ]
        #expect(amnesty.series.map(\.date.description) == expected.map(\.0))
        for (point, (_, value)) in zip(amnesty.series, expected) { #expect(abs((point.convergence ?? -1) - value) < 1e-9, "\(point.date)") }
        #expect(summary.issues[1].convergence == nil)
    }

    @Test func theConvergenceFormulaOnItsOwn() {
        #expect(SummaryFacts.convergence(["government": [2], "political-party": [2], "civil-society": [2]]) == 1)
        #expect(SummaryFacts.convergence(["government": [2], "civil-society": [-2]]) == 0)
        #expect(SummaryFacts.convergence(["government": [2, -2], "political-party": [2, -2]]) == 0.5)
        #expect(SummaryFacts.convergence(["government": [1], "media": [1]]) == nil)  // one core sector is not agreement
    }

    @Test func movementComparesEachStakeholdersOwnStanceBeforeAndAtTheEnd() {
        #expect(amnesty.movements.map(\.name) == ["Ministry of Justice", "Rustam Karimov"])
        #expect(amnesty.movements.map(\.from) == [-1, -2])
        #expect(amnesty.movements.map(\.to) == [1, 0])
        #expect(amnesty.movements.map(\.change) == [2, 2])
        #expect(amnesty.movements[1].sector == "political-party")  // whom he spoke for last
    }

    @Test func theMapPutsInfluenceAgainstCurrentStance() {
        #expect(amnesty.map.map(\.name) == ["Ministry of Justice", "Islamic Renaissance Party", "Democratic Party", "Women's Association",
                                            "Zarina Qodirova"])
        #expect(amnesty.map.map(\.influence) == [5, 4, 2, 1, nil])
        #expect(amnesty.map.map(\.stance) == [1, 1, 0, 1, -1])
    }

    @Test func engagementCountsWhoWasMetBySectorAndRegionAndWhoForTheFirstTime() {
        let engagement = summary.engagement
        #expect(engagement.meetings == 4)
        #expect(engagement.stakeholders == 5)
        #expect(engagement.firstTime == 2)  // the Renaissance Party and Zarina
        #expect(engagement.bySector.map { "\($0.key) \($0.met) \($0.firstTime)" }
            == ["political-party 3 1", "government 2 0", "unaffiliated 1 1"])
        #expect(engagement.byRegion.map { "\($0.key) \($0.met) \($0.firstTime)" } == ["dushanbe 3 0", "khatlon 1 1", "rasht 1 1"])
        #expect(engagement.weeks.map(\.start.description) == ["2000-06-26", "2000-07-03", "2000-07-10", "2000-07-17", "2000-07-24", "2000-07-31"])
        #expect(engagement.weeks.map(\.meetings) == [0, 1, 1, 2, 0, 0])
        #expect(engagement.weeks[3].bySector == ["political-party": 1, "unaffiliated": 1])
    }

    @Test func gapsListOrganisationsNotMetInTheLastDays() {
        #expect(summary.gaps.map(\.name) == ["Khatlon Hukumat", "Women's Association"])
        #expect(summary.gaps.map(\.daysSince) == [nil, 41])
    }

    @Test func commitmentsOpenedDoneOpenAndOverdue() {
        #expect(summary.commitments.opened == 3)
        #expect(summary.commitments.done == 1)
        #expect(summary.commitments.open == 2)
        #expect(summary.commitments.overdue == 1)
        #expect(summary.commitments.overdueItems.map(\.description) == ["Send the decree"])
    }

    @Test func quotesStrongestThenLatest() {
        #expect(summary.quotes.map(\.quote) == ["Too soon.", "We will extend the deadline."])
        #expect(summary.quotes.first?.issueTitle == "Amnesty")
    }

    @Test func oneSpeakersQuotesOnSeveralIssuesAtOneMeetingComeInTheIssuesOrderWhateverTheFactsOrder() {
        var facts = Scenario.facts()
        let amnesty = Scenario.position(Scenario.zarina, -1, "2000-07-22", quote: "On the amnesty.", meeting: 14)
        let returns = Scenario.position(Scenario.zarina, 1, "2000-07-22", issue: Scenario.returns, quote: "On returns.", meeting: 14)
        facts.changes.removeAll { $0.stakeholderID == Scenario.zarina }
        var orders: [[String]] = []
        for changes in [[amnesty, returns], [returns, amnesty]] {
            var reordered = facts
            reordered.changes += changes
            orders.append(reordered.summarize().quotes.map(\.quote))
        }
        #expect(orders[0] == orders[1])
        // Scenario.amnesty's id sorts before Scenario.returns'.
        #expect(orders[0].prefix(2) == ["On the amnesty.", "On returns."])
    }

    @Test func filtersBySectorAndRegion() throws {
        let government = Scenario.facts(sector: "government").summarize()
        #expect(government.issues[0].sectors.map(\.sector) == ["government"])
        #expect(government.issues[0].convergence == nil)
        #expect(government.engagement.stakeholders == 2)  // the Ministry and Rustam while he represented it
        #expect(government.gaps.map(\.name) == ["Khatlon Hukumat"])
        let khatlon = Scenario.facts(region: "khatlon").summarize()
        #expect(khatlon.issues[0].map.map(\.name) == ["Women's Association"])
        #expect(khatlon.gaps.map(\.name) == ["Khatlon Hukumat", "Women's Association"])
        #expect(khatlon.quotes.isEmpty)
    }
}

@Suite("Organisation stances when several speak at once")
struct TiedStatementTests {
    /// Two deputies of one ministry at one meeting: +2 and -1 average to +0.5, rounded towards
    /// zero: 0. Had the ministry itself stated a position there, it would win.
    @Test func representativesAtOneMeetingAverageAndTheOrganisationsOwnWins() {
        let ministry = Scenario.ministry, first = Scenario.id(31), second = Scenario.id(32)
        let people: [SummaryFacts.Stakeholder] = [
            .init(id: ministry, kind: .organization, name: "Ministry of Justice", sector: "government"),
            .init(id: first, kind: .person, name: "First deputy"), .init(id: second, kind: .person, name: "Second deputy"),
        ]
        func facts(_ positions: [SummaryFacts.Position]) -> SummaryFacts {
            SummaryFacts(from: Scenario.day("2000-07-01"), to: Scenario.day("2000-07-31"), issues: [(Scenario.amnesty, "Amnesty")],
                         stakeholders: people, changes: positions)
        }
        let deputies = [Scenario.position(first, 2, "2000-07-10", for: [ministry], meeting: 1),
                        Scenario.position(second, -1, "2000-07-10", for: [ministry], meeting: 1)]
        for _ in 0..<5 {  // the same answer whatever order the dictionaries come in
            #expect(facts(deputies).summarize().issues[0].sectors.first?.counts == [0, 0, 1, 0, 0])
        }
        let withOwn = deputies + [Scenario.position(ministry, -2, "2000-07-10", meeting: 1)]
        #expect(facts(withOwn).summarize().issues[0].sectors.first?.counts == [1, 0, 0, 0, 0])
        let negative = [Scenario.position(first, -2, "2000-07-10", for: [ministry], meeting: 1),
                        Scenario.position(second, -1, "2000-07-10", for: [ministry], meeting: 1)]
        #expect(facts(negative).summarize().issues[0].sectors.first?.counts == [0, 1, 0, 0, 0])  // -1.5 → -1
    }
}

@Suite("What does not count in the summary")
struct SummaryExclusionTests {
    @Test func aPersonWhoSpokeOnlyForAnArchivedOrganisationIsNotAnIndividual() {
        // The Democratic Party is archived: it is missing from the stakeholders read.
        var facts = Scenario.facts()
        facts.stakeholders[Scenario.democrats] = nil
        let amnesty = facts.summarize().issues[0]
        // Rustam's 0 (for the party) no longer counts, and he is not moved to "Individuals".
        #expect(amnesty.sectors.first { $0.sector == "unaffiliated" }?.counts == [0, 1, 0, 0, 0])  // Zarina only
        #expect(!amnesty.map.contains { $0.name == "Rustam Karimov" })
        #expect(!facts.summarize().engagement.bySector.contains { $0.key == "unaffiliated" && $0.met > 1 })
    }

    @Test func representingTheSameOrganisationTwiceCountsOnce() {
        let ministry = Scenario.ministry, first = Scenario.id(31), second = Scenario.id(32)
        let facts = SummaryFacts(
            from: Scenario.day("2000-07-01"), to: Scenario.day("2000-07-31"), issues: [(Scenario.amnesty, "Amnesty")],
            stakeholders: [.init(id: ministry, kind: .organization, name: "Ministry of Justice", sector: "government"),
                           .init(id: first, kind: .person, name: "First"), .init(id: second, kind: .person, name: "Second")],
            changes: [Scenario.position(first, 2, "2000-07-15", for: [ministry, ministry], meeting: 1),
                      Scenario.position(second, -1, "2000-07-15", for: [ministry], meeting: 1)])
        // (2 − 1) / 2 rounds to 0; counting the first twice would give (2 + 2 − 1) / 3 = 1.
        #expect(facts.summarize().issues[0].sectors.first?.counts == [0, 0, 1, 0, 0])
    }

    @Test func aMovementIsShownUnderTheSectorFilterItsOrganisationPasses() {
        let parties = Scenario.facts(sector: "political-party").summarize().issues[0]
        #expect(parties.movements.map(\.name) == ["Rustam Karimov"])
        #expect(parties.movements.first?.sector == "political-party")
    }
}
