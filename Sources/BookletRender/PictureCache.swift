/// Pictures already loaded, by path, so each file is decoded once per renderer.
final class PictureCache {
    private var pictures: [String: Picture] = [:]

    func picture(at path: String) throws -> Picture {
        if let picture = pictures[path] { return picture }
        let picture = try Picture(path: path)
        pictures[path] = picture
        return picture
    }
}
