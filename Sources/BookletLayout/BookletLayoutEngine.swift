import PlanModel

/// Lays a plan out as pages of positioned boxes, following a layout template.
/// It measures text through `TextMeasurer` and never touches the parser or C.
public struct BookletLayoutEngine {
    public let template: LayoutTemplate
    public let words: FixedWords
    public let measurer: any TextMeasurer
    /// The file of a picture, or nil when there is none to show.
    public let picturePath: (Picture) -> String?

    public init(template: LayoutTemplate, words: FixedWords, measurer: any TextMeasurer, picturePath: @escaping (Picture) -> String?) {
        self.template = template
        self.words = words
        self.measurer = measurer
        self.picturePath = picturePath
    }

    /// The date the PDF records when a plan has none, so output never depends on the clock.
    public static let fallbackDate = "2000-01-01T00:00:00Z"

    public func layout(_ plan: SafetyPlan) -> Booklet {
        let composer = BookletComposer(plan: plan, template: template, words: words, picturePath: picturePath)
        var paginator = Paginator(template: template, age: plan.age, language: plan.language, measurer: measurer)
        paginator.place(composer.blocks())
        let metadata = DocumentMetadata(
            title: plan.title.text,
            author: plan.writtenBy?.name,
            subject: words.fill(words.coverLine, child: plan.child.text),
            keywords: "safety plan, words and pictures",
            date: plan.date.map { "\($0)T00:00:00Z" } ?? Self.fallbackDate
        )
        return Booklet(
            metadata: metadata, language: plan.language, direction: paginator.direction,
            pages: paginator.pages, outline: paginator.outline
        )
    }
}
