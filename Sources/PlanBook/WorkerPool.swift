import Dispatch
import PlainLanguage

/// The one pool of threads: runs work over many items on a few threads. Each
/// thread first makes its own state (a pipeline with its own C handles, never
/// shared) and then takes the next item until none is left, or until `stop`
/// turns true: then no item starts any more, and those not started are
/// `skipped(index)`.
enum WorkerPool {
    /// The outputs of `work` for items `0..<count`, in item order. `finished` is
    /// called after each item, one call at a time, with how many are done.
    static func map<State, Output: Sendable>(
        count: Int, workers: Int,
        stop: Locked<Bool>? = nil,
        skipped: @Sendable (Int) -> Output = { _ in fatalError("a pool that can be stopped needs skipped:") },
        makeState: @Sendable () -> State,
        work: @Sendable (inout State, Int) -> Output,
        finished: @Sendable (Output, _ done: Int) -> Void = { _, _ in }
    ) -> [Output] {
        let next = Locked(0)
        let outputs = Locked([Output?](repeating: nil, count: count))
        let done = Locked(0)
        DispatchQueue.concurrentPerform(iterations: min(max(1, workers), max(1, count))) { _ in
            var state: State?
            while let index = next.withLock({ value -> Int? in
                guard value < count, stop?.withLock({ $0 }) != true else { return nil }
                value += 1
                return value - 1
            }) {
                if state == nil { state = makeState() }
                let output = work(&state!, index)
                outputs.withLock { $0[index] = output }
                done.withLock { finishedCount in
                    finishedCount += 1
                    finished(output, finishedCount)
                }
            }
        }
        return outputs.withLock { $0 }.enumerated().map { index, output in output ?? skipped(index) }
    }
}

/// The pool as the linter's way to run a long text's rules side by side.
struct PooledWork: ParallelWork {
    let workers: Int

    func map<Value: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> Value) -> [Value] {
        WorkerPool.map(count: count, workers: workers, makeState: { () }, work: { _, index in body(index) })
    }
}
