import Logging
import Metrics
import LiaisonPostgres
import LiaisonStore
import Synchronization

/// Works out the summary's kept state in the background (`KeptState`): shortly after a write a
/// request commits, and every few seconds for writes made elsewhere (another liaisond on the
/// same database, `liaisond import`). One refresh runs at a time in this process. It starts
/// `delay` after the write that calls for it, takes every note waiting then, in steps, and goes
/// again (after the same delay) while writes keep noting more: working out many writes' notes in
/// one call costs about half as much per write as one call each, and leaves the cores to the
/// requests in between. A summary does not wait for it: it works out what is left itself. A
/// refresh that fails (the database gone, a statement timeout) leaves its notes for the next one.
final class KeptStateRefresher: Sendable {
    private let pool: ConnectionPool
    private let logger: Logger
    /// Whether a write noted something since the running refresh began, and whether one runs.
    private let state = Mutex<(due: Bool, running: Bool, stopped: Bool)>((false, false, false))
    private let refreshed = Counter(label: "liaison_kept_state_notes_refreshed_total")

    /// How long after a write the refresh it calls for starts.
    let delay: Duration

    init(pool: ConnectionPool, logger: Logger, delay: Duration = .milliseconds(250)) {
        self.pool = pool
        self.logger = logger
        self.delay = delay
    }

    /// Something may have been noted: a refresh starts unless one runs, which then goes again.
    func note() {
        let start = state.withLock { state -> Bool in
            state.due = true
            guard !state.running, !state.stopped else { return false }
            state.running = true
            return true
        }
        // Detached: the refresh belongs to no request, and carries none's identity or cancellation.
        if start { Task.detached { await self.refreshWhileDue() } }
    }

    /// Notes every `interval` until cancelled (the writes this process does not see).
    func run(every interval: Duration) async {
        while !Task.isCancelled {
            note()
            try? await Task.sleep(for: interval)
        }
    }

    /// No refresh starts after this (the server is closing its database); one under way ends
    /// quietly if its connection goes.
    func stop() {
        state.withLock { $0.stopped = true }
    }

    private func refreshWhileDue() async {
        while true {
            // Writes that commit meanwhile join this refresh.
            try? await Task.sleep(for: delay)
            let go = state.withLock { state -> Bool in
                if !state.due || state.stopped { state.running = false }
                state.due = false
                return state.running
            }
            guard go else { return }
            do {
                var more = true
                while more {
                    guard let refresh = try await pool.withConnection({ try await KeptState.refresh(wait: false, on: $0) }) else {
                        // Another refresh (a summary's) holds the turn: it, or this one after
                        // it, takes what is noted.
                        if state.withLock({ $0.stopped }) { break }
                        try await Task.sleep(for: .milliseconds(20))
                        continue
                    }
                    if refresh.taken > 0 { refreshed.increment(by: refresh.taken) }
                    more = refresh.more
                }
            } catch {
                let stopped = state.withLock { state -> Bool in
                    state.running = false
                    return state.stopped
                }
                if !stopped {
                    logger.warning("could not work out the summary's kept state; trying again later", metadata: ["error": "\(error)"])
                }
                return
            }
        }
    }
}
