import Dispatch
import Foundation
import PlanBook

/// Shows a batch's progress: a bar with the rate and time left on a terminal,
/// a plain line for each plan otherwise.
final class BatchProgress: @unchecked Sendable {
    let total: Int
    /// Plans done before this process started (a batch drawn by several processes; see `BatchIsolation`).
    let offset: Int
    let terminal: Bool
    let colour: Bool
    private let started = Date()
    private var lastDraw = Date.distantPast
    /// Whether this process has drawn the bar (and so owes it a line end).
    private var hasDrawn = false

    init(total: Int, done offset: Int = 0, terminal: Bool, colour: Bool) {
        self.total = total
        self.offset = offset
        self.terminal = terminal
        self.colour = colour
    }

    /// Called for each finished plan, one call at a time, with how many this process has finished.
    func report(_ result: BatchRenderer.Result, done finished: Int) {
        show(Self.line(for: result), done: offset + finished, finished: finished)
    }

    /// A plan whose drawing ended the process drawing it (`BatchIsolation`): the
    /// supervisor gives it its line (or its step of the bar) like any other, so
    /// that every plan of the batch has one and the last says `[N/N]`.
    func reportCrashed(_ plan: String, done: Int) {
        show("failed \(plan)", done: done, finished: done - offset)
    }

    /// What a plain line says of a finished plan.
    private static func line(for result: BatchRenderer.Result) -> String {
        switch result.outcome {
        case .rendered(let pages): "rendered \(result.job.output) (\(pages) page\(pages == 1 ? "" : "s"))"
        case .upToDate: "up to date \(result.job.output)"
        case .failed: "failed \(result.job.plan)"
        case .skipped: "not started \(result.job.plan)"
        }
    }

    /// The bar at `done` of `total` (`finished` of them by this process, for the
    /// rate), or the plain line `[done/total] what`.
    private func show(_ what: String, done: Int, finished: Int) {
        if terminal {
            let now = Date()
            guard done == total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = now
            hasDrawn = true
            let elapsed = now.timeIntervalSince(started)
            let rate = elapsed > 0 ? Double(finished) / elapsed : 0
            let left = rate > 0 ? Double(total - done) / rate : 0
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            printError(
                "\r\u{1B}[2K\(bar) \(done)/\(total)  \(String(format: "%.1f", rate)) plans/s  \(Self.duration(left)) left", terminator: "")
        } else {
            // Written straight away, not buffered: a log being followed shows each plan as it finishes.
            FileHandle.standardOutput.write(Data("[\(done)/\(total)] \(TerminalEscaping.escape(what))\n".utf8))
        }
    }

    func finish() {
        if terminal, hasDrawn { printError("") }
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 60 ? "\(whole / 60)m \(whole % 60)s" : "\(whole)s"
    }
}

/// Counts a batch's outcomes for its closing line.
struct BatchSummary {
    var rendered = 0
    var upToDate = 0
    var failed = 0
    var skipped = 0

    mutating func count(_ outcome: BatchRenderer.Outcome) {
        switch outcome {
        case .rendered: rendered += 1
        case .upToDate: upToDate += 1
        case .failed: failed += 1
        case .skipped: skipped += 1
        }
    }

    var line: String {
        var parts = ["\(rendered) rendered", "\(upToDate) up to date", "\(failed) failed"]
        if skipped > 0 { parts.append("\(skipped) not started (stopped)") }
        return parts.joined(separator: ", ")
    }
}

/// Turns Ctrl-C and SIGTERM into a request to stop after the plans being
/// drawn. A batch always ends within seconds: a second signal, or a plan
/// still drawing `patience` seconds after the first, ends the process at once
/// (its unfinished booklet was never given a name, so nothing is left).
final class StopSignals: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "planbook.signals")
    private var received = 0
    /// Seconds the plans being drawn get to finish after the first signal.
    static let patience = 10.0

    init(stop: Locked<Bool>) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [unowned self] in
                stop.withLock { $0 = true }
                received += 1
                if received > 1 {
                    printError("\nplanbook: stopped")
                    exit(130)
                }
                printError("\nplanbook: stopping after the plans being drawn…")
                queue.asyncAfter(deadline: .now() + Self.patience) {
                    printError("planbook: stopped; the plans being drawn did not finish within \(Int(Self.patience)) seconds")
                    exit(130)
                }
            }
            source.resume()
            sources.append(source)
        }
    }
}
