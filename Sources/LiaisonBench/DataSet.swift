import Foundation
import LiaisonPostgres

/// A realistic register at a chosen scale: organisations of every sector, people with Tajik
/// names (namesakes included, as in life), sixty issues, and ten years of meetings (2000–2009),
/// each with three participants, two stated positions and, for one in four, a follow-up.
///
/// Ids are derived from each record's number (`prefix-0000-4000-8000-NNNNNNNNNNNN`), so the load
/// drivers and the pgbench script can pick records at random without asking the database.
struct DataSet: Sendable {
    var organizations: Int
    var people: Int
    var issues: Int
    var meetings: Int

    enum Kind: String {
        case organization = "20000000", person = "30000000", meeting = "40000000", issue = "50000000"
    }

    static func id(_ kind: Kind, _ number: Int) -> String {
        kind.rawValue + "-0000-4000-8000-" + String(format: "%012x", number)
    }

    static let sectors = ["government", "political-party", "civil-society", "international", "religious", "media", "other"]
    static let regions = ["dushanbe", "khatlon", "sughd", "gbao", "rrs"]
    static let firstNames = [
        "Farhod", "Dilshod", "Rustam", "Jamshed", "Bahrom", "Anvar", "Zafar", "Sherali", "Nurali", "Davlat", "Saidmurod", "Rahmatullo",
        "Abdullo", "Khurshed", "Firdavs", "Parviz", "Faridun", "Mahmadali", "Sadullo", "Ismoil", "Malika", "Zarina", "Nigina",
        "Gulnora", "Dilorom", "Mehrangez", "Sitora", "Tahmina", "Firuza", "Shahnoza", "Munira", "Zebo", "Nodira", "Madina",
        "Saodat", "Mavluda", "Gulchehra", "Dilbar", "Rukhshona", "Manija",
    ]
    static let surnames = [
        "Nurmatov", "Rahimov", "Karimov", "Saidov", "Yusupov", "Qodirov", "Alimov", "Sharipov", "Nazarov", "Rakhmonov", "Juraev",
        "Safarov", "Mirzoev", "Odinaev", "Boboev", "Khudoyorov", "Sattorov", "Ismoilov", "Davlatov", "Hakimov", "Latipov",
        "Sangov", "Zoirov", "Mahmudov", "Kurbonov", "Tursunov", "Ibrohimov", "Abdulloev", "Gafurov", "Hasanov", "Sultonov",
        "Azizov", "Vohidov", "Shukurov", "Umarov", "Fayzulloev", "Nabiev", "Rajabov", "Sodikov", "Valiev",
    ]
    static let organizationWords = [
        "Union", "Council", "Association", "Committee", "Movement", "Party", "Foundation", "Centre", "Society", "Forum", "Ministry",
        "Agency", "Network", "League", "Alliance",
    ]
    static let topics = [
        "Farmers", "Teachers", "Women", "Refugees", "Water Users", "Youth", "Journalists", "Lawyers", "Elders", "Veterans",
        "Traders", "Doctors", "Returnees", "Entrepreneurs", "Students", "Engineers", "Artisans", "Herders", "Miners", "Weavers",
    ]

    static func personName(_ number: Int) -> String {
        let first = firstNames[number % firstNames.count]
        var surname = surnames[(number / firstNames.count) % surnames.count]
        if first.hasSuffix("a") || ["Malika", "Zarina", "Nigina", "Gulnora", "Dilorom", "Mehrangez", "Sitora", "Tahmina", "Firuza",
            "Shahnoza", "Munira", "Zebo", "Nodira", "Madina", "Saodat", "Mavluda", "Gulchehra", "Dilbar", "Rukhshona", "Manija"].contains(first)
        {
            surname += "a"
        }
        return "\(first) \(surname)"
    }

    static func organizationName(_ number: Int) -> String {
        let region = ["Dushanbe", "Khatlon", "Sughd", "Rasht", "Khorog", "Kulob", "Khujand", "Isfara", "Panj", "Vahdat"][number % 10]
        return "\(region) \(topics[(number / 10) % topics.count]) \(organizationWords[(number / 200) % organizationWords.count]) No. \(number)"
    }

    /// COPYs `rows` lines made by `line` into `target` (a table and its columns), a megabyte at a time.
    static func copy(_ target: String, rows: Int, on connection: PostgresConnection, line: @escaping @Sendable (Int) -> String) async throws {
        try await connection.copyIn("COPY \(target) FROM STDIN") { write in
            var chunk = ""
            for n in 0..<rows {
                chunk += line(n)
                if chunk.utf8.count > 1 << 20 { try write(chunk); chunk = "" }
            }
            try write(chunk)
        }
    }

    /// Loads the set through `connection` (the tables' owner) with COPY, the tables' own
    /// triggers held off and what they would fill in (follow-ups' closing dates) set afterwards in
    /// bulk. What the triggers keep for the summary is built afterwards (`Bench.prepare`).
    func load(on connection: PostgresConnection, progress: @escaping @Sendable (String) -> Void) async throws {
        let tables = ["organizations", "people", "affiliations", "issues", "meetings", "meeting_participants", "positions", "commitments"]
        try await connection.withTransaction { connection in
            for table in tables { try await connection.query("ALTER TABLE \(table) DISABLE TRIGGER USER") }
            let data = self
            progress("organisations: \(organizations)")
            try await Self.copy("organizations (id, name, sector, region, notes)", rows: data.organizations, on: connection) { n in
                "\(Self.id(.organization, n))\t\(Self.organizationName(n))\t\(Self.sectors[n % Self.sectors.count])\t\(Self.regions[n % Self.regions.count])\tGenerated for the benchmark.\n"
            }
            progress("people: \(people)")
            try await Self.copy("people (id, name, title, notes)", rows: data.people, on: connection) { n in
                "\(Self.id(.person, n))\t\(Self.personName(n))\t\(["Chairman", "Deputy Minister", "Director", "Member", "Adviser"][n % 5])\t\n"
            }
            try await Self.copy("affiliations (person_id, organization_id, role, valid_from)", rows: data.people, on: connection) { n in
                "\(Self.id(.person, n))\t\(Self.id(.organization, n % data.organizations))\tMember\t2000-01-01\n"
            }
            try await connection.copyIn("COPY issues (id, title, description) FROM STDIN") { write in
                try write((0..<data.issues).map { "\(Self.id(.issue, $0))\tIssue \($0 + 1): \(Self.topics[$0 % Self.topics.count]) and the peace agreement\t\n" }.joined())
            }
            // Ten years of meetings, spread evenly, with their participants, positions and follow-ups.
            let start = 946_684_800  // 2000-01-01T00:00:00Z
            let span = 3_652 * 86_400
            @Sendable func when(_ n: Int) -> (String, String) {
                let seconds = start + Int((Double(n) + 0.5) / Double(data.meetings) * Double(span)) / 60 * 60
                let date = Date(timeIntervalSince1970: TimeInterval(seconds))
                let text = date.formatted(.iso8601)
                return (text, String(text.prefix(10)))
            }
            for (table, columns) in [
                ("meetings", "id, starts_at, time_zone, place, region, subject, notes"),
                ("meeting_participants", "meeting_id, person_id, organization_id, listing_order, starts_at"),
                ("positions", "meeting_id, issue_id, person_id, organization_id, stance, stated_at"),
                ("commitments", "description, meeting_id, issue_id, owed_by_person_id, due_on, status"),
            ] {
                progress("\(table) for \(meetings) meetings")
                try await connection.copyIn("COPY \(table) (\(columns)) FROM STDIN") { write in
                    var chunk = ""
                    // The same sequence for every table: a meeting's positions are its participants'.
                    var random = SplitMix(seed: 2000)
                    for n in 0..<data.meetings {
                        let meeting = Self.id(.meeting, n)
                        let (startsAt, day) = when(n)
                        let first = random.next(data.organizations), second = random.next(data.organizations), person = random.next(data.people)
                        let other = second == first ? (second + 1) % data.organizations : second
                        let issue = (n * 7 + random.next(5)) % data.issues
                        let stances = (random.next(5) - 2, random.next(5) - 2)
                        switch table {
                        case "meetings":
                            chunk += "\(meeting)\t\(startsAt)\tAsia/Dushanbe\t\(["Dushanbe", "Khujand", "Kurgan-Tyube", "Garm", "Khorog"][n % 5])\t\(Self.regions[n % 5])\tTalks on \(Self.topics[issue % Self.topics.count].lowercased()) \(n)\tGenerated for the benchmark.\n"
                        case "meeting_participants":
                            chunk += "\(meeting)\t\\N\t\(Self.id(.organization, first))\t0\t\(startsAt)\n"
                            chunk += "\(meeting)\t\(Self.id(.person, person))\t\\N\t1\t\(startsAt)\n"
                            chunk += "\(meeting)\t\\N\t\(Self.id(.organization, other))\t2\t\(startsAt)\n"
                        case "positions":
                            chunk += "\(meeting)\t\(Self.id(.issue, issue))\t\\N\t\(Self.id(.organization, first))\t\(stances.0)\t\(startsAt)\n"
                            chunk += "\(meeting)\t\(Self.id(.issue, issue))\t\(Self.id(.person, person))\t\\N\t\(stances.1)\t\(startsAt)\n"
                        default:
                            if n % 4 == 0 {
                                chunk += "Send the minutes of meeting \(n)\t\(meeting)\t\(Self.id(.issue, issue))\t\(Self.id(.person, person))\t\(day)\t\(n % 8 == 0 ? "done" : "open")\n"
                            }
                        }
                        if chunk.utf8.count > 1 << 20 { try write(chunk); chunk = "" }
                    }
                    try write(chunk)
                }
            }
            try await connection.query("UPDATE commitments SET closed_at = due_on WHERE status = 'done'")
            for table in tables { try await connection.query("ALTER TABLE \(table) ENABLE TRIGGER USER") }
        }
        progress("analyse")
        try await connection.query("ANALYZE")
    }
}

/// A small, fast, seeded generator, so that every run builds the same data set.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
