import Dispatch

/// Runs work over many items on a few threads. Each thread first makes its own
/// state (a pipeline with its own C handles, never shared) and then takes the
/// next item until none is left.
enum WorkerPool {
    /// The outputs of `work` for items `0..<count`, in item order. `finished` is
    /// called after each item, one call at a time, with how many are done.
    static func map<State, Output: Sendable>(
        count: Int, workers: Int,
        makeState: @Sendable () -> State,
        work: @Sendable (inout State, Int) -> Output,
        finished: @Sendable (Output, _ done: Int) -> Void = { _, _ in }
    ) -> [Output] {
        let next = Locked(0)
        let outputs = Locked([Output?](repeating: nil, count: count))
        let done = Locked(0)
        DispatchQueue.concurrentPerform(iterations: min(max(1, workers), max(1, count))) { _ in
            var state = makeState()
            while let index = next.withLock({ value -> Int? in
                guard value < count else { return nil }
                value += 1
                return value - 1
            }) {
                let output = work(&state, index)
                outputs.withLock { $0[index] = output }
                done.withLock { finishedCount in
                    finishedCount += 1
                    finished(output, finishedCount)
                }
            }
        }
        return outputs.withLock { $0.compactMap { $0 } }
    }
}
