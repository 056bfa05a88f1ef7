import PlanDiagnostics

/// What lowering needs to know from outside the file: which library pictures
/// and layouts exist, and where the plan lives so picture paths can be checked.
public struct LoweringContext: Sendable {
    /// Names of the built-in pictures.
    public var pictureNames: Set<String>
    /// Names of the layouts a plan may ask for; empty means any name is accepted.
    public var layoutNames: [String]
    /// The folder the plan is in, which picture paths are relative to and the
    /// only way lowering learns about files. Nil for text that has no folder
    /// (such as standard input): picture files are then refused.
    public var pictureFolder: (any PictureFolder)?
    /// The limits picture files are checked against.
    public var limits: InputLimits

    public init(pictureNames: Set<String>, layoutNames: [String] = [], pictureFolder: (any PictureFolder)?, limits: InputLimits = .standard)
    {
        self.limits = limits
        self.pictureNames = pictureNames
        self.layoutNames = layoutNames
        self.pictureFolder = pictureFolder
    }
}
