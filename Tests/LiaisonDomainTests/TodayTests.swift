import Foundation
import LiaisonDomain
import Testing

/// The day boundary at fixed instants, so that no result depends on the hour the suite runs.
@Suite("Today")
struct TodayTests {
    static func instant(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
    static let dushanbe = TimeZone(identifier: "Asia/Dushanbe")!
    /// 19:30 UTC: already tomorrow in Dushanbe (+05:00), still today in UTC.
    static let evening = instant("2026-12-06T19:30:00Z")

    static func organization(influenceOn asOf: String?, today: Today) throws(DomainError) -> Influence? {
        try OrganizationDetails.validated(
            name: "Ministry of Justice", aliases: nil, sector: "government", kind: nil, region: nil, parentID: nil,
            notes: nil, influence: (4, asOf), today: today
        ).1
    }

    @Test func todayDependsOnTheZoneAndTheLatestDateIsTheOneFurthestAhead() {
        #expect(Today(at: Self.evening, in: Self.dushanbe).date.description == "2026-12-07")
        #expect(Today(at: Self.evening).date.description == "2026-12-06")
        #expect(Today(at: Self.evening).latest.description == "2026-12-07")
        #expect(Today(at: Self.instant("2026-12-06T09:59:59Z")).latest.description == "2026-12-06")
        #expect(Today(at: Self.instant("2026-12-06T10:00:00Z")).latest.description == "2026-12-07")
    }

    @Test func aDateThatIsTodayForTheUserIsNotInTheFutureForTheServerAtAnyHour() throws {
        // The import from Dushanbe in the evening: the user's today is the server's (UTC) tomorrow.
        let usersToday = Today(at: Self.evening, in: Self.dushanbe).date.description
        let server = Today(at: Self.evening)
        #expect(try Self.organization(influenceOn: usersToday, today: server)?.asOf.description == "2026-12-07")
        // Every hour of the UTC day, every zone's today passes.
        for hour in 0..<24 {
            let at = Self.evening.addingTimeInterval(Double(hour - 19) * 3600)
            for offset in stride(from: -12, through: 14, by: 1) {
                let local = Today(at: at, in: TimeZone(secondsFromGMT: offset * 3600)!).date.description
                #expect(throws: Never.self) { try Self.organization(influenceOn: local, today: Today(at: at)) }
            }
        }
    }

    @Test func aDateNotYetBegunAnywhereIsRefused() {
        #expect {
            try Self.organization(influenceOn: "2026-12-08", today: Today(at: Self.evening))
        } throws: { error in
            guard case .invalid(let problems) = error as? DomainError else { return false }
            return problems == [FieldProblem(field: "influence/asOf", reason: "must not be in the future")]
        }
        // In the UTC morning even the zone furthest ahead is still on the 6th.
        #expect(throws: DomainError.self) {
            try Self.organization(influenceOn: "2026-12-07", today: Today(at: Self.instant("2026-12-06T09:00:00Z")))
        }
    }

    @Test func aRatingWithoutADateIsAsOfTheServersToday() throws {
        #expect(try Self.organization(influenceOn: nil, today: Today(at: Self.evening))?.asOf.description == "2026-12-06")
    }
}
