import PlanDiagnostics

/// Pictures already loaded, by path, so each file is decoded once per renderer.
final class PictureCache {
    private var pictures: [String: Picture] = [:]
    /// What a picture file may hold.
    let limits: InputLimits

    init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    func picture(at path: String) throws -> Picture {
        if let picture = pictures[path] { return picture }
        let picture = try Picture(path: path, limits: limits)
        pictures[path] = picture
        return picture
    }
}
