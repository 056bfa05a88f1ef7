import ArgumentParser
import Dispatch
import Foundation
import PlanBook

/// A batch render drawn in a child process, so that a C library's assertion
/// (cairo, pango, librsvg, gdk-pixbuf call `abort()`) ends only that child:
/// the supervisor then records the plan being drawn as failed and starts a
/// new child for the plans left. One child serves the whole batch while
/// nothing crashes, so this costs one process start a batch.
///
/// The child is planbook itself, with the same arguments and
/// `PLANBOOK_BATCH_CHILD` set. It reads from descriptor 3 the plans it is to
/// draw (their numbers in the supervisor's list and their paths) and reports
/// on descriptor 4 each plan it starts and finishes, one line each. The
/// supervisor keeps descriptor 3 open while the child runs: when the
/// supervisor is killed, the child sees the end of it and stops at once.
enum BatchIsolation {
    static let variable = "PLANBOOK_BATCH_CHILD"
    static let jobsDescriptor: CInt = 3
    static let reportDescriptor: CInt = 4
}

/// What the supervisor learnt of each plan.
struct IsolatedOutcome {
    enum Kind: Character {
        case rendered = "R"
        case upToDate = "U"
        case failed = "F"
        case skipped = "K"
    }
    var kind: Kind
    /// The signal that ended the child drawing it, for a plan that crashed.
    var signal: CInt?
}

/// The parent side: runs the batch in children until every plan has an outcome.
struct BatchSupervisor {
    let jobs: [BatchRenderer.Job]
    /// Where the plans that crash get their progress line; the children report the others.
    let progress: BatchProgress

    /// Each job's outcome, and whether the batch was asked to stop.
    func run() throws -> (outcomes: [IsolatedOutcome?], stopped: Bool) {
        var outcomes = [IsolatedOutcome?](repeating: nil, count: jobs.count)
        let batchStart = Date()
        signal(SIGPIPE, SIG_IGN)
        let forwarder = SignalForwarder()
        while true {
            let left = outcomes.indices.filter { outcomes[$0] == nil }
            if left.isEmpty { return (outcomes, false) }
            let child = try runChild(left, done: jobs.count - left.count, forwarder: forwarder)
            for (index, kind) in child.finished { outcomes[index] = IsolatedOutcome(kind: kind) }
            guard let crash = child.signal else {
                // Ended by itself: every plan it was given has an outcome, unless it was stopped.
                if child.status == 130 {
                    for index in left where outcomes[index] == nil { outcomes[index] = IsolatedOutcome(kind: .skipped) }
                    return (outcomes, true)
                }
                if child.status != 0 && child.status != 1 { throw ExitCode(child.status) }
                for index in left where outcomes[index] == nil { outcomes[index] = IsolatedOutcome(kind: .skipped) }
                return (outcomes, false)
            }
            let suspects = child.started.filter { outcomes[$0] == nil }
            if suspects.isEmpty {
                // It crashed before drawing anything: another child would too.
                for index in left where outcomes[index] == nil { crashed(index, signal: crash, in: &outcomes) }
                return (outcomes, false)
            }
            if suspects.count == 1 {
                crashed(suspects[0], signal: crash, in: &outcomes)
                continue
            }
            // Several were being drawn: each alone tells which one it was.
            for index in suspects {
                // The progress goes on from the plans with an outcome now, not from when the crashed child began.
                let alone = try runChild([index], done: outcomes.count { $0 != nil }, forwarder: forwarder)
                if let signal = alone.signal {
                    crashed(index, signal: signal, in: &outcomes)
                } else if alone.status == 130 {
                    return (outcomes, true)
                } else {
                    let kind = alone.finished.first(where: { $0.0 == index })?.1 ?? .skipped
                    outcomes[index] = IsolatedOutcome(
                        kind: kind == .upToDate && wasWritten(jobs[index], since: batchStart) ? .rendered : kind)
                }
            }
        }
    }

    /// Records that drawing the job ended its child with `signal`, and shows it in the progress.
    private func crashed(_ index: Int, signal: CInt, in outcomes: inout [IsolatedOutcome?]) {
        outcomes[index] = IsolatedOutcome(kind: .failed, signal: signal)
        progress.reportCrashed(jobs[index].plan, done: outcomes.count { $0 != nil })
    }

    /// Whether the job's booklet was written since `start`: a plan drawn whole by a
    /// child that another plan's crash ended before it could report it is up to date
    /// when drawn again alone, but this batch rendered it.
    private func wasWritten(_ job: BatchRenderer.Job, since start: Date) -> Bool {
        guard let written = (try? FileManager.default.attributesOfItem(atPath: job.output))?[.modificationDate] as? Date else {
            return false
        }
        return written >= start
    }

    struct ChildRun {
        var started: [Int] = []
        var finished: [(Int, IsolatedOutcome.Kind)] = []
        var status: CInt = 0
        var signal: CInt?
    }

    /// A pipe whose two ends are close-on-exec and numbered 10 or more.
    private static func pipeAboveTen() throws -> [CInt] {
        var ends: [CInt] = [0, 0]
        guard pipe(&ends) == 0 else { throw ExitCode(1) }
        let moved = ends.map { fcntl($0, F_DUPFD_CLOEXEC, 10) }
        ends.forEach { close($0) }
        guard moved.allSatisfy({ $0 >= 10 }) else { throw ExitCode(1) }
        return moved
    }

    /// Starts one child for these jobs (numbers in `jobs`) and waits for it.
    private func runChild(_ indices: [Int], done: Int, forwarder: SignalForwarder) throws -> ChildRun {
        let toChild = try Self.pipeAboveTen()
        let fromChild = try Self.pipeAboveTen()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The pipes are close-on-exec and numbered above 10, so only these two reach the child.
        posix_spawn_file_actions_adddup2(&actions, toChild[0], BatchIsolation.jobsDescriptor)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], BatchIsolation.reportDescriptor)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group, so a Ctrl-C reaches it once, through the supervisor.
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGPIPE] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let arguments = [executable] + CommandLine.arguments.dropFirst()
        var environment = ProcessInfo.processInfo.environment
        environment[BatchIsolation.variable] = "1"
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        close(toChild[0])
        close(fromChild[1])
        guard spawned == 0 else {
            close(toChild[1])
            close(fromChild[0])
            printError(escaping: "planbook: could not start a process to draw the plans in: \(String(cString: strerror(spawned)))")
            throw ExitCode(1)
        }
        forwarder.child = pid

        // The plans to draw, then the descriptor stays open until the child ends.
        var message = "\(done)\t\(jobs.count)\0"
        for index in indices { message += "\(index)\t\(jobs[index].plan)\0" }
        message += "\0"
        let bytes = Array(message.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(toChild[1], $0.baseAddress, $0.count) }
            if count <= 0 { break }
            written += count
        }

        var run = ChildRun()
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fromChild[0], &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            pending += buffer[0..<count]
            while let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<end], as: UTF8.self)
                pending.removeSubrange(...end)
                guard let tag = line.first, let index = Int(line.dropFirst(2)), jobs.indices.contains(index) else { continue }
                if tag == "S" {
                    run.started.append(index)
                } else if let kind = IsolatedOutcome.Kind(rawValue: tag) {
                    run.finished.append((index, kind))
                }
            }
        }
        close(fromChild[0])
        var status: CInt = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        forwarder.child = nil
        close(toChild[1])
        let signalled = status & 0x7F
        if signalled != 0 && signalled != 0x7F {
            run.signal = signalled
        } else {
            run.status = (status >> 8) & 0xFF
        }
        return run
    }
}

/// Passes Ctrl-C and SIGTERM on to the child drawing the plans (its own
/// process group does not hear the terminal's Ctrl-C), whose own handling
/// stops the batch.
final class SignalForwarder: @unchecked Sendable {
    private let lock = NSLock()
    private var pid: pid_t?
    private var sources: [DispatchSourceSignal] = []

    var child: pid_t? {
        get { lock.withLock { pid } }
        set { lock.withLock { pid = newValue } }
    }

    init() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [unowned self] in
                if let pid = child { kill(pid, number) }
            }
            source.resume()
            sources.append(source)
        }
    }
}

/// The child side: which plans to draw, and the report of each.
final class BatchChild: @unchecked Sendable {
    /// Plans' paths to their numbers in the supervisor's list.
    let wanted: [String: Int]
    /// Plans the supervisor already has outcomes for, and how many plans the batch holds.
    let done: Int
    let total: Int
    private let lock = NSLock()

    /// The child's instructions, when planbook runs as one.
    static func fromEnvironment() -> BatchChild? {
        guard ProcessInfo.processInfo.environment[BatchIsolation.variable] != nil else { return nil }
        unsetenv(BatchIsolation.variable)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        // Records end in NUL; an empty record ends the list.
        while !(bytes.count >= 2 && bytes.suffix(2) == [0, 0]) {
            let count = read(BatchIsolation.jobsDescriptor, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { exit(130) }
            bytes += buffer[0..<count]
        }
        let records = bytes.split(separator: 0, omittingEmptySubsequences: true).map { String(decoding: $0, as: UTF8.self) }
        guard let header = records.first?.split(separator: "\t"), header.count == 2, let done = Int(header[0]),
            let total = Int(header[1])
        else { exit(2) }
        var wanted: [String: Int] = [:]
        for record in records.dropFirst() {
            guard let tab = record.firstIndex(of: "\t"), let index = Int(record[..<tab]) else { continue }
            wanted[String(record[record.index(after: tab)...])] = index
        }
        // The supervisor holds the other end open while it lives: when it goes, so does this process.
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while true {
                let count = read(BatchIsolation.jobsDescriptor, &byte, 1)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { _exit(130) }
            }
        }
        return BatchChild(wanted: wanted, done: done, total: total)
    }

    private init(wanted: [String: Int], done: Int, total: Int) {
        self.wanted = wanted
        self.done = done
        self.total = total
    }

    func started(_ plan: String) { report("S", plan) }

    func finished(_ plan: String, _ outcome: BatchRenderer.Outcome) {
        let kind: IsolatedOutcome.Kind
        switch outcome {
        case .rendered: kind = .rendered
        case .upToDate: kind = .upToDate
        case .failed: kind = .failed
        case .skipped: kind = .skipped
        }
        report(kind.rawValue, plan)
    }

    /// One line, written whole before the next: the supervisor reads it even if this process dies next.
    private func report(_ tag: Character, _ plan: String) {
        guard let index = wanted[plan] else { return }
        let line = Array("\(tag) \(index)\n".utf8)
        lock.withLock { _ = line.withUnsafeBytes { write(BatchIsolation.reportDescriptor, $0.baseAddress, $0.count) } }
    }
}
