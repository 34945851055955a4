import Foundation
import Subprocess
import Testing

/// `liaison import`: records from CSV files, row by row, through the real binaries.
@Suite("Importing CSV files", .timeLimit(.minutes(5)))
struct ImportTests {
    static func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func names(_ cli: CLI, _ noun: String) async throws -> [String] {
        try await cli.list([noun, "list"]).compactMap { ($0["name"] ?? $0["subject"]) as? String }.sorted()
    }

    @Test func rowsAreAddedWholeOrReportedWithTheirLineAndASecondRunAddsNothingTwice() async throws {
        try await withCommandLine("liaison-import") { cli in
            let orgs = cli.directory + "/orgs.csv"
            // Line 3's notes run over two lines, so the rows after it start a line later.
            try Self.write("""
                Name,Sector,Region,Parent,Aliases,Influence,Notes
                Khujand Farmers Union,civil-society,sughd,,Союзи деҳқонони Хуҷанд|Khujand Farmers,3,
                Isfara Farmers,civil-society,sughd,Khujand Farmers Union,,,"Founded 1998;
                meets monthly"
                Bad Sector Org,gov,,,,,
                "Union of Teachers, Sughd",civil-society,,,,9,
                Orphan Branch,civil-society,,No Such Organisation,,,
                ,civil-society,,,,,

                """, to: orgs)

            // A dry run reports what it would do and changes nothing.
            let dry = try await cli.run(["import", "organizations", orgs, "--dry-run"])
            #expect(dry.status == .exited(2), "\(dry.error)")
            #expect(dry.output.contains("2 would be added, 4 rejected. Nothing was changed"), "\(dry.output)")
            for expected in ["line 5: sector 'gov' is not one of", "line 6: influence '9'", "line 7: no organisation called 'No Such Organisation'", "line 8: name is empty"] {
                #expect(dry.error.contains(expected), "\(expected) in \(dry.error)")
            }
            #expect(try await Self.names(cli, "org").isEmpty)

            // The real run adds the good rows (the second names the first) and keeps the bad ones aside.
            let rejected = cli.directory + "/rejected.csv"
            let real = try await cli.run(["import", "orgs", orgs, "--errors", rejected])
            #expect(real.status == .exited(2))
            #expect(real.output.contains("2 added, 4 rejected"), "\(real.output)")
            #expect(try await Self.names(cli, "org") == ["Isfara Farmers", "Khujand Farmers Union"])
            let isfara = try await cli.object(["org", "show", "Isfara Farmers"])
            let union = try await cli.object(["org", "show", "Khujand Farmers"])
            #expect(isfara["parentId"] as? String == union["id"] as? String)
            #expect(isfara["notes"] as? String == "Founded 1998;\nmeets monthly")
            let report = try String(contentsOfFile: rejected, encoding: .utf8)
            #expect(report.hasPrefix("name,sector,region,parent,aliases,influence,notes,line,error\n"), "\(report)")
            #expect(report.contains("\"Union of Teachers, Sughd\",civil-society,,,,9,,6,influence '9' is not a whole number from 1 to 5"), "\(report)")
            #expect(report.split(separator: "\n").count == 5)

            // Again: recognised, not repeated.
            let again = try await cli.run(["import", "orgs", orgs])
            #expect(again.output.contains("0 added, 2 already recorded, 4 rejected"), "\(again.output)")
            #expect(try await Self.names(cli, "org").count == 2)

            let people = cli.directory + "/people.csv"
            try Self.write("""
                name,alternate names,title,organization,role,email
                Dilshod Rahimov,Дилшод Раҳимов,Chairman,Khujand Farmers Union,Chair,d.rahimov@example.org
                Malika Saidova,,,Nowhere Society,Member,
                Gulnora Karimova,,,,Treasurer,

                """, to: people)
            let added = try await cli.run(["import", "people", people])
            #expect(added.output.contains("1 added, 2 rejected"), "\(added.output) \(added.error)")
            #expect(added.error.contains("line 3: no organisation called 'Nowhere Society'"), "\(added.error)")
            #expect(added.error.contains("line 4: role is given without an organization"), "\(added.error)")
            #expect(try await Self.names(cli, "person") == ["Dilshod Rahimov"])

            let affiliations = cli.directory + "/affiliations.csv"
            try Self.write("""
                person,organization,role,from,to
                Дилшод Раҳимов,Isfara Farmers,Adviser,2000-01-01,
                Dilshod Rahimov,Isfara Farmers,Auditor,2000-13-01,

                """, to: affiliations)
            let affiliated = try await cli.run(["import", "affiliations", affiliations])
            #expect(affiliated.output.contains("1 added, 1 rejected"), "\(affiliated.output) \(affiliated.error)")
            #expect(affiliated.error.contains("line 3: from '2000-13-01' is not a date"), "\(affiliated.error)")

            #expect(try await cli.run(["issue", "add", "Land reform"]).status == .exited(0))
            let meetings = cli.directory + "/meetings.csv"
            try Self.write("""
                subject,participants,starts_at,place,issues,stances,followups,kind
                Water rights in Isfara,Khujand Farmers Union|Dilshod Rahimov,2000-07-03 10:00,Khujand,Land reform=+1,Dilshod Rahimov:Land reform=+2,Send the draft code;due=2000-07-20;owner=Dilshod Rahimov,meeting
                Call with nobody,Khujand Farmers Union|Nobody Known,2000-07-04 09:00,,Land reform=-1,,,call
                Bad time,Khujand Farmers Union,July 5th,,,,,
                Bad kind,Khujand Farmers Union,2000-07-05 09:00,,,,,picnic

                """, to: meetings)
            let run = try await cli.run(["import", "meetings", meetings, "--time-zone", "Asia/Dushanbe", "--json"])
            #expect(run.status == .exited(2))
            let logged = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
            #expect(logged?["added"] as? Int == 1)
            let reasons = ((logged?["rejected"] as? [[String: Any]]) ?? []).map { "\($0["line"] ?? ""): \($0["reason"] ?? "")" }
            #expect(reasons.count == 3, "\(reasons)")
            #expect(reasons.first?.hasPrefix("3: no person or organisation called 'Nobody Known'") == true, "\(reasons)")
            #expect(reasons.dropFirst().first?.hasPrefix("4: starts_at 'July 5th'") == true, "\(reasons)")
            #expect(reasons.last?.hasPrefix("5: kind 'picnic'") == true, "\(reasons)")
            // The meeting arrived whole: participants, stances and the follow-up; the refused one not at all.
            let listed = try await cli.list(["meeting", "list"])
            #expect(listed.compactMap { $0["subject"] as? String } == ["Water rights in Isfara"])
            let meeting = try await cli.object(["meeting", "show", try #require(listed.first?["id"] as? String)])
            #expect((meeting["participants"] as? [Any])?.count == 2)
            #expect((meeting["positions"] as? [Any])?.count == 2)
            #expect((meeting["commitments"] as? [Any])?.count == 1)
            #expect((meeting["startsAt"] as? String)?.hasPrefix("2000-07-03T05:00:00") == true, "\(meeting["startsAt"] ?? "")")
            // A second run replays the meeting rather than logging it twice.
            let replay = try await cli.run(["import", "meetings", meetings, "--time-zone", "Asia/Dushanbe"])
            #expect(replay.status == .exited(2))
            #expect(try await cli.list(["meeting", "list"]).count == 1)
        }
    }

    @Test func aWrongHeaderIsRefusedBeforeAnythingAndATerminalShowsProgress() async throws {
        try await withCommandLine("liaison-import-header") { cli in
            let wrong = cli.directory + "/wrong.csv"
            try Self.write("name,sectr,colour\nKhujand Farmers Union,civil-society,green\n", to: wrong)
            let refused = try await cli.run(["import", "organizations", wrong])
            #expect(refused.status == .exited(2))
            #expect(refused.error.contains("lacks the column(s) sector"), "\(refused.error)")
            #expect(refused.error.contains("do not take: sectr, colour"), "\(refused.error)")
            #expect(try await Self.names(cli, "org").isEmpty)

            let orgs = cli.directory + "/orgs.csv"
            try Self.write("name,sector\n" + (1...12).map { "Village council \($0),government" }.joined(separator: "\n") + "\n", to: orgs)
            let piped = try await cli.run(["import", "organizations", orgs])
            #expect(piped.status == .exited(0), "\(piped.error)")
            #expect(!piped.error.contains("█"), "no bar in a pipe: \(piped.error)")
            try Self.write("name,sector\n" + (13...20).map { "Village council \($0),government" }.joined(separator: "\n") + "\n", to: orgs)
            let shown = try await cli.atTerminal(["import", "organizations", orgs])
            #expect(shown.status == .exited(0), "\(shown.output)")
            #expect(shown.output.contains("Importing organizations ██████████████████████████████ 100% 8/8"), "\(shown.output)")
            #expect(try await Self.names(cli, "org").count == 20)
        }
    }

    @Test func spreadsheetExportsWithCRLFAndABOMRepeatedNamesStrayCommasAndTheRejectedRowsGoBackIn() async throws {
        try await withCommandLine("liaison-import-messy") { cli in
            // As a spreadsheet saves it: a byte-order mark and CR LF line ends, a quoted cell over two lines.
            let orgs = cli.directory + "/orgs.csv"
            let text = "\u{FEFF}name,sector,notes\r\n"
                + "Rasht Valley Council,government,\"Two\r\nlines\"\r\n"
                + "Rasht Valley Council,government,\r\n"
                + "Garm Women's Group,civil-society,founded 1999, in Garm\r\n"
                + "Tavildara Elders,civil-sector,\r\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: orgs))
            let rejected = cli.directory + "/rejected.csv"
            let first = try await cli.run(["import", "organizations", orgs, "--errors", rejected])
            #expect(first.status == .exited(2))
            #expect(first.output.contains("1 added, 1 already recorded, 2 rejected"), "\(first.output) \(first.error)")
            #expect(first.error.contains("line 5: the row has 4 cells but the header names 3 columns"), "\(first.error)")
            #expect(first.error.contains("line 6: sector"), "\(first.error)")
            #expect(try await Self.names(cli, "org") == ["Rasht Valley Council"])
            #expect(try await cli.object(["org", "show", "Rasht Valley Council"])["notes"] as? String == "Two\r\nlines")

            // The rejected rows, corrected in place, go back in with their line and error columns.
            var report = try String(contentsOfFile: rejected, encoding: .utf8)
            report = report.replacingOccurrences(of: "founded 1999, in Garm", with: "founded 1999 in Garm")
                .replacingOccurrences(of: "civil-sector", with: "civil-society")
            try Self.write(report, to: rejected)
            let again = try await cli.run(["import", "organizations", rejected])
            #expect(again.status == .exited(0), "\(again.output) \(again.error)")
            #expect(again.output.contains("2 added, 0 rejected"), "\(again.output)")
            #expect(try await Self.names(cli, "org") == ["Garm Women's Group", "Rasht Valley Council", "Tavildara Elders"])
        }
    }
}
