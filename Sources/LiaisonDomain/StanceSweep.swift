import Foundation

/// A UUID's place in the order of its `uuidString`, without making the string: the string is
/// the bytes in order as hexadecimal digits, so comparing the bytes compares the strings.
struct UUIDOrder: Comparable {
    var high: UInt64
    var low: UInt64

    init(_ id: UUID) {
        // Big-endian, so that comparing the numbers compares the bytes in order.
        (high, low) = withUnsafeBytes(of: id.uuid) { bytes in
            (UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
             UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        }
    }

    static func < (a: UUIDOrder, b: UUIDOrder) -> Bool { (a.high, a.low) < (b.high, b.low) }
}

extension UUID {
    var orderKey: UUIDOrder { UUIDOrder(self) }
}

/// The summary's positions made ready for passes over each issue in date order: stakeholders
/// numbered, each position's holders (the organisations it counts for) worked out once, and
/// each issue's positions sorted by date.
///
/// A pass keeps each stakeholder's latest position so far and, at each date asked, works out
/// the organisation-level stances from them (docs/summary.md, "Stances"); the work grows with
/// the positions and the dates, not with their product as it would asking afresh for each date.
///
/// Positions are added one at a time (`add`), so that a store can stream a million of them in
/// without first holding each as a `SummaryFacts.Position`; an entry takes 40 bytes.
struct StanceSweep: Sendable {
    struct Entry: Sendable {
        var statedAt: Double
        var meeting: UUIDOrder
        var stakeholder: Int32
        var day: Int32
        var firstHolder: Int32
        /// The number of holders times 8, plus the stance + 2 (0 to 4): one word for both keeps
        /// an entry at 40 bytes without capping how many organisations a person speaks for.
        private var holdersAndStance: UInt32

        init(statedAt: Double, meeting: UUIDOrder, stakeholder: Int32, day: Int32, firstHolder: Int32, holderCount: Int, stance: Int) {
            precondition((-2...2).contains(stance), "a stance is between -2 and +2")
            (self.statedAt, self.meeting, self.stakeholder, self.day, self.firstHolder) = (statedAt, meeting, stakeholder, day, firstHolder)
            holdersAndStance = UInt32(holderCount) << 3 | UInt32(stance + 2)
        }

        var holderCount: Int { Int(holdersAndStance >> 3) }
        var stance: Int8 { Int8(holdersAndStance & 7) - 2 }
    }

    /// By stakeholder number.
    private(set) var ids: [UUID] = []
    /// Whether the sector and region filters let the stakeholder count as a holder.
    private(set) var counts: [Bool] = []
    /// The index in `coreSectors` of the stakeholder's sector, or -1.
    private var core: [Int] = []
    private var holderList: [Int32] = []
    /// Each issue's entries, and where each issue's are. Kept in an array rather than as a
    /// dictionary's values, whose element is not changed in place but copied and written back.
    private var lists: [ChunkedList<Entry>] = []
    private var listOfIssue: [UUID: Int] = [:]
    /// Each list's entries in date order, as their places in it (4 bytes each): sorting the
    /// entries themselves would copy each list whole, twice over, while it sorted.
    private var orders: [[Int32]] = []
    private var number: [UUID: Int32] = [:]
    private let stakeholders: [UUID: SummaryFacts.Stakeholder]
    /// Whether each issue's entries have their date order, as `run` needs.
    private(set) var isSorted = true

    /// Numbers the facts' stakeholders; their positions are added with `add`.
    init(_ facts: SummaryFacts) {
        stakeholders = facts.stakeholders
        for (id, stakeholder) in facts.stakeholders {
            number[id] = Int32(ids.count)
            ids.append(id)
            counts.append(facts.counts(id))
            core.append(coreSectors.firstIndex(of: facts.sector(of: id)) ?? -1)
        }
    }

    /// Takes in a position. Positions of stakeholders no longer in the register do not count,
    /// nor those of a person who spoke only for organisations since archived.
    mutating func add(_ position: SummaryFacts.Position) {
        guard let stakeholder = number[position.stakeholderID],
            position.representing.isEmpty || position.representing.contains(where: { number[$0] != nil })
        else { return }
        let holders = SummaryFacts.holders(of: position, among: stakeholders)
        let start = Int32(holderList.count)
        holderList += holders.map { number[$0]! }
        let list = listOfIssue[position.issueID] ?? {
            lists.append(ChunkedList())
            listOfIssue[position.issueID] = lists.count - 1
            return lists.count - 1
        }()
        lists[list].append(Entry(
            statedAt: position.statedAt.timeIntervalSinceReferenceDate, meeting: position.meetingID.orderKey, stakeholder: stakeholder,
            day: Int32(position.date.dayNumber), firstHolder: start, holderCount: holders.count, stance: position.stance))
        isSorted = false
    }

    /// Works out each issue's date order, once all positions are in. Entries of one day keep the
    /// order they were added in.
    mutating func sort() {
        guard !isSorted else { return }
        orders = lists.map { list in
            var order = Array(0..<Int32(list.count))
            order.sort { (list[Int($0)].day, $0) < (list[Int($1)].day, $1) }
            return order
        }
        isSorted = true
    }

    func holders(of entry: Entry) -> ArraySlice<Int32> {
        holderList[Int(entry.firstHolder)..<Int(entry.firstHolder) + entry.holderCount]
    }

    struct Pass {
        /// Convergence at each date asked.
        var convergence: [Double?] = []
        /// Holder and stance at the last date asked.
        var stances: [(holder: Int, stance: Int)] = []
        /// Stakeholders whose own latest stance differs between the first date and the last:
        /// the stance then, and the position now.
        var moved: [(stakeholder: Int, then: Int, now: Entry)] = []
    }

    /// One pass over `issue`'s positions, stopping at each of `dates` (in ascending order).
    func run(issue: UUID, at dates: [CalendarDate]) -> Pass {
        precondition(isSorted, "a stance sweep runs once its positions are sorted")
        let entries = listOfIssue[issue].map { lists[$0] } ?? ChunkedList()
        let order = listOfIssue[issue].map { orders[$0] } ?? []
        let count = ids.count
        var latest = [Int32](repeating: -1, count: count)  // entry per stakeholder
        var started = [Int8](repeating: .min, count: count)  // own stance at the first date
        var stated: [Int32] = []  // stakeholders with a latest position
        // Per holder, at the date being worked out: the latest time a position counting for it
        // was stated, whether its own is among those stated then, and the others' sum and count.
        var seenAt = [Int](repeating: -1, count: count)
        var latestAt = [Double](repeating: 0, count: count)
        var hasOwn = [Bool](repeating: false, count: count)
        var own = [Int8](repeating: 0, count: count)
        var sum = [Int](repeating: 0, count: count)
        var tied = [Int](repeating: 0, count: count)
        var holding: [Int] = []
        var pass = Pass()
        var next = 0
        for (step, date) in dates.enumerated() {
            let day = Int32(date.dayNumber)
            while next < order.count && entries[Int(order[next])].day <= day {
                let place = order[next], entry = entries[Int(place)], stakeholder = Int(entry.stakeholder)
                let held = latest[stakeholder]
                if held < 0 {
                    stated.append(entry.stakeholder)
                    latest[stakeholder] = place
                } else if (entry.statedAt, entry.meeting) > (entries[Int(held)].statedAt, entries[Int(held)].meeting) {
                    latest[stakeholder] = place
                }
                next += 1
            }
            if step == 0 { for stakeholder in stated { started[Int(stakeholder)] = entries[Int(latest[Int(stakeholder)])].stance } }

            holding.removeAll(keepingCapacity: true)
            for stakeholder in stated {
                let entry = entries[Int(latest[Int(stakeholder)])]
                for holder32 in holders(of: entry) {
                    let holder = Int(holder32), isOwn = holder32 == stakeholder
                    if seenAt[holder] != step || entry.statedAt > latestAt[holder] {
                        if seenAt[holder] != step { holding.append(holder) }
                        seenAt[holder] = step
                        latestAt[holder] = entry.statedAt
                        (hasOwn[holder], own[holder], sum[holder], tied[holder]) = (isOwn, entry.stance, Int(entry.stance), 1)
                    } else if entry.statedAt == latestAt[holder] {
                        if isOwn { (hasOwn[holder], own[holder]) = (true, entry.stance) }
                        sum[holder] += Int(entry.stance)
                        tied[holder] += 1
                    }
                }
            }
            var tallies = [[Int]](repeating: [0, 0, 0, 0, 0], count: coreSectors.count)
            let last = step == dates.count - 1
            for holder in holding where counts[holder] {
                // The organisation's own wins a tie; failing that, the mean, rounded towards zero.
                let stance = hasOwn[holder] ? Int(own[holder]) : sum[holder] / tied[holder]
                if core[holder] >= 0 { tallies[core[holder]][stance + 2] += 1 }
                if last { pass.stances.append((holder, stance)) }
            }
            pass.convergence.append(SummaryFacts.convergence(tallies: tallies))
        }
        for stakeholder in stated {
            let now = entries[Int(latest[Int(stakeholder)])], then = started[Int(stakeholder)]
            if then != .min && then != now.stance { pass.moved.append((Int(stakeholder), Int(then), now)) }
        }
        return pass
    }
}
