/// planbook's version, the one place it is written. `planbook --version`
/// prints it and CHANGELOG.md's newest release heading must match it (a test
/// checks). CONTRIBUTING.md says when to bump which part.
public enum PlanBookVersion {
    /// Semantic version: MAJOR.MINOR.PATCH.
    public static let current = "0.1.0"
}
