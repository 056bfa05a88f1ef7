import Foundation
import PlanDiagnostics

/// Checks a picture name from the plan: a library name, or the path of a
/// PNG, JPEG or SVG file inside the plan's folder. It asks about files only
/// through the context's `PictureFolder`, never the disk itself.
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
        guard let folder = context.pictureFolder, !path.hasPrefix("/"), !path.hasPrefix("~"), !path.hasPrefix("\\"),
            !components.contains("..")
        else {
            diagnostics.append(ModelDiagnostics.pictureOutsideFolder(path, at: range))
            return nil
        }
        guard Self.fileExtensions.contains(ext) else {
            diagnostics.append(ModelDiagnostics.unsupportedPicture(path, at: range))
            return nil
        }
        let real: String
        switch folder.locate(components.joined(separator: "/")) {
        case .missing:
            diagnostics.append(ModelDiagnostics.missingPictureFile(path, at: range))
            return nil
        case .outsideFolder:
            diagnostics.append(ModelDiagnostics.pictureOutsideFolder(path, at: range))
            return nil
        case .notAFile:
            diagnostics.append(ModelDiagnostics.pictureNotAFile(path, at: range))
            return nil
        case .file(let path):
            real = path
        }
        guard let head = folder.head(of: real, count: 4096), Self.hasPictureSignature(head, extension: ext) else {
            diagnostics.append(ModelDiagnostics.unsupportedPicture(path, at: range))
            return nil
        }
        if let problem = PictureInspection.inspect(folder.read(real, limit: context.limits.pictureFileBytes), limits: context.limits) {
            diagnostics.append(ModelDiagnostics.pictureTooLarge(path, problem, at: range))
            return nil
        }
        return .file(relativePath: path, absolutePath: real)
    }

    /// Whether the file's first bytes are those of the picture type its name claims.
    static func hasPictureSignature(_ head: [UInt8], extension ext: String) -> Bool {
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
