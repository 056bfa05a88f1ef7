import Foundation
import PlanDiagnostics

/// Checks a picture name from the plan: a library name, or the path of a
/// PNG, JPEG or SVG file inside the plan's folder.
struct PictureResolver {
    let context: LoweringContext

    /// File endings taken as picture paths rather than library names.
    static let fileExtensions: Set<String> = ["png", "jpg", "jpeg", "svg"]

    func resolve(_ name: String, at range: SourceRange, diagnostics: inout [Diagnostic]) -> Picture? {
        let name = name.trimmingCharacters(in: .whitespaces)
        if name.isEmpty {
            diagnostics.append(ModelDiagnostics.emptyPicture(at: range))
            return nil
        }
        let ext = (name as NSString).pathExtension.lowercased()
        let looksLikePath =
            name.contains("/") || name.contains("\\") || Self.fileExtensions.contains(ext)
            || ["gif", "bmp", "tif", "tiff", "webp", "heic", "pdf", "doc", "docx"].contains(ext)
        if !looksLikePath {
            let key = name.lowercased()
            if context.pictureNames.contains(key) { return .library(key) }
            let suggestion = Suggestion.closest(to: key, in: context.pictureNames.sorted())
            diagnostics.append(ModelDiagnostics.unknownPicture(name, suggestion: suggestion, at: range))
            return nil
        }
        return resolveFile(name, extension: ext, at: range, diagnostics: &diagnostics)
    }

    private func resolveFile(_ path: String, extension ext: String, at range: SourceRange, diagnostics: inout [Diagnostic]) -> Picture? {
        let components = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        guard let directory = context.planDirectory, !path.hasPrefix("/"), !path.hasPrefix("~"), !path.hasPrefix("\\"),
            !components.contains("..")
        else {
            diagnostics.append(ModelDiagnostics.pictureOutsideFolder(path, at: range))
            return nil
        }
        guard Self.fileExtensions.contains(ext) else {
            diagnostics.append(ModelDiagnostics.unsupportedPicture(path, at: range))
            return nil
        }
        let folder = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath()
        let candidate = folder.appendingPathComponent(components.joined(separator: "/"))
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            diagnostics.append(ModelDiagnostics.missingPictureFile(path, at: range))
            return nil
        }
        let real = candidate.resolvingSymlinksInPath().path
        guard real.hasPrefix(folder.path + "/") else {
            diagnostics.append(ModelDiagnostics.pictureOutsideFolder(path, at: range))
            return nil
        }
        if RegularFile.check(real) == .notRegular {
            diagnostics.append(ModelDiagnostics.pictureNotAFile(path, at: range))
            return nil
        }
        guard Self.hasPictureSignature(atPath: real, extension: ext) else {
            diagnostics.append(ModelDiagnostics.unsupportedPicture(path, at: range))
            return nil
        }
        if let problem = PictureInspection.inspect(path: real, limits: context.limits) {
            diagnostics.append(ModelDiagnostics.pictureTooLarge(path, problem, at: range))
            return nil
        }
        return .file(relativePath: path, absolutePath: real)
    }

    /// Whether the file's first bytes are those of the picture type its name claims.
    static func hasPictureSignature(atPath path: String, extension ext: String) -> Bool {
        guard case .success(let head) = RegularFile.head(path, count: 4096) else { return false }
        switch ext {
        case "png":
            return head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case "jpg", "jpeg":
            return head.starts(with: [0xFF, 0xD8, 0xFF])
        default:
            let text = String(decoding: head, as: UTF8.self).lowercased()
            return text.contains("<svg")
        }
    }
}
