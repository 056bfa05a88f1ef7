import Foundation
import PlanDiagnostics
import PlanModel

/// Renders many plans on several threads, each with its own pipeline (C
/// handles are never shared). A plan whose booklet is newer than the plan, its
/// pictures and its layout is skipped unless forced; a bad plan is reported
/// and the rest still render; a stop request lets running plans finish and
/// starts no more.
public struct BatchRenderer: Sendable {
    /// One plan to render and where its output goes.
    public struct Job: Sendable {
        public var plan: String
        public var output: String

        public init(plan: String, output: String) {
            self.plan = plan
            self.output = output
        }
    }

    public enum Outcome: Sendable {
        case rendered(pages: Int)
        case upToDate
        case failed(FileDiagnostics, PlanBookError?)
        /// Not started: the batch was asked to stop.
        case skipped
    }

    public struct Result: Sendable {
        public var job: Job
        public var outcome: Outcome
        /// The plan's errors and warnings; nil when it was not read.
        public var diagnostics: FileDiagnostics?
    }

    public let resources: Resources
    public let extraLayouts: [String]
    public let options: RenderOptions
    public let force: Bool
    public let workers: Int
    public let limits: InputLimits
    /// The picture library and layouts when already read (each worker's pipeline shares them); nil: each worker reads them.
    public let read: (pictures: PictureLibrary, layouts: LayoutCatalogue)?

    public init(
        resources: Resources, extraLayouts: [String] = [], options: RenderOptions = RenderOptions(), force: Bool = false, workers: Int,
        limits: InputLimits = .standard, read: (pictures: PictureLibrary, layouts: LayoutCatalogue)? = nil
    ) {
        self.read = read
        self.limits = limits
        self.resources = resources
        self.extraLayouts = extraLayouts
        self.options = options
        self.force = force
        self.workers = max(1, workers)
    }

    /// Renders every job; `started` is called (from a worker) as each
    /// starts, `progress` (from a worker, one call at a time) after each.
    /// Once `stop` turns true no new job starts.
    public func run(
        _ jobs: [Job], stop: Locked<Bool>, started: @escaping @Sendable (Job) -> Void = { _ in },
        progress: @escaping @Sendable (Result, _ done: Int, _ total: Int) -> Void
    ) -> [Result] {
        for folder in Set(jobs.map { URL(fileURLWithPath: $0.output).deletingLastPathComponent().path }) {
            AtomicFile.removeLeftovers(in: folder)
        }
        return WorkerPool.map(
            count: jobs.count, workers: workers,
            stop: stop, skipped: { Result(job: jobs[$0], outcome: .skipped) },
            makeState: { () -> PlanPipeline? in
                if let read { return PlanPipeline(resources: resources, pictures: read.pictures, layouts: read.layouts, limits: limits) }
                return try? PlanPipeline(resources: resources, extraLayouts: extraLayouts, limits: limits)
            },
            work: { pipeline, index in
                let job = jobs[index]
                started(job)
                guard let pipeline else {
                    return Result(
                        job: job,
                        outcome: .failed(
                            FileDiagnostics(file: SourceFile(path: job.plan, text: ""), diagnostics: []),
                            .resourcesNotFound(searched: [resources.root])))
                }
                return render(job, with: pipeline)
            },
            finished: { result, done in progress(result, done, jobs.count) }
        )
    }

    private func render(_ job: Job, with pipeline: PlanPipeline) -> Result {
        let report = pipeline.check(path: job.plan)
        func result(_ outcome: Outcome) -> Result { Result(job: job, outcome: outcome, diagnostics: report.diagnostics) }
        guard let plan = report.plan else { return result(.failed(report.diagnostics, nil)) }
        if !force, isUpToDate(job, plan: plan, pipeline: pipeline) { return result(.upToDate) }
        // For the tests of a batch's isolation: a plan that aborts as a C library's failed assertion would.
        if let names = ProcessInfo.processInfo.environment["PLANBOOK_TEST_ABORT_ON"],
            names.split(separator: ",").contains(Substring((job.plan as NSString).lastPathComponent))
        {
            abort()
        }
        let rendered = pipeline.render(report, to: job.output, options: options)
        if rendered.succeeded { return result(.rendered(pages: rendered.pages)) }
        return result(.failed(report.diagnostics, rendered.error))
    }

    /// Whether the output is newer than the plan, each picture it names and its layout file.
    func isUpToDate(_ job: Job, plan: SafetyPlan, pipeline: PlanPipeline) -> Bool {
        let target = options.format == .png ? (job.output as NSString).deletingPathExtension + "-1.png" : job.output
        guard let built = Self.modified(target) else { return false }
        return pipeline.inputs(of: plan, layout: options.layout, at: job.plan).allSatisfy { (Self.modified($0) ?? .distantFuture) <= built }
    }

    static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
