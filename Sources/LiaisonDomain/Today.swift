import FoundationEssentials

/// What "today" means at one instant: the one place where the day boundary is decided.
///
/// A person's today depends on where they are: at 20:00 UTC it is already tomorrow in Dushanbe
/// (+05:00). So `date` is today in a given zone (the user's, on the command line; UTC, the
/// server's own, for a default the server fills in), while a date counts as *in the future* only
/// when it is after `latest`, the newest date that has begun anywhere on Earth (UTC+14). A date
/// someone somewhere can honestly call today is never refused, whatever the hour.
public struct Today: Sendable, Hashable {
    /// Today in the zone this was made for.
    public let date: CalendarDate
    /// The latest date that has begun anywhere (today at UTC+14): every date after it is in the future.
    public let latest: CalendarDate

    /// The zone furthest ahead of UTC (the Line Islands, +14:00).
    public static let furthestAhead = TimeZone(secondsFromGMT: 14 * 3600)!

    public init(at instant: Date = Date(), in zone: TimeZone = TimeZone(identifier: "UTC")!) {
        date = CalendarDate(instant, in: zone)
        latest = CalendarDate(instant, in: Self.furthestAhead)
    }

    /// Whether `date` has not yet begun anywhere on Earth.
    public func isInTheFuture(_ date: CalendarDate) -> Bool { date > latest }
}

extension CalendarDate {
    /// The calendar date at `instant` as a clock in `zone` shows it.
    public init(_ instant: Date, in zone: TimeZone) {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: zone, from: instant)
        self.init(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// Today in UTC, the server's default for a date a request leaves out.
    public static var today: CalendarDate { Today().date }
}
