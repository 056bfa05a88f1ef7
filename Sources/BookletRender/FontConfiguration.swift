internal import CPangoCairo
internal import Glibc

/// Owns a private fontconfig configuration (`FcConfig`) built from one file.
///
/// Only the directories and fonts that file names are visible: nothing from
/// `/etc/fonts` or the user's fonts is loaded.
final class FontConfiguration {
    let raw: OpaquePointer

    /// Parses `path` and builds the font list from the caches (or the font files).
    init(path: String) throws {
        guard access(path, R_OK) == 0, let config = FcConfigCreate() else {
            throw RenderError.fontConfigurationUnreadable(path: path)
        }
        raw = config
        guard FcConfigParseAndLoad(config, path, FcTrue) == FcTrue,
            FcConfigBuildFonts(config) == FcTrue
        else {
            throw RenderError.fontConfigurationUnreadable(path: path)
        }
    }

    deinit {
        FcConfigDestroy(raw)
    }

    /// The family names of every font the configuration holds.
    var familyNames: Set<String> {
        guard let fontSet = FcConfigGetFonts(raw, FcSetSystem), let fonts = fontSet.pointee.fonts else {
            return []
        }
        var names: Set<String> = []
        for index in 0..<Int(fontSet.pointee.nfont) {
            guard let pattern = fonts[index] else { continue }
            var family: UnsafeMutablePointer<FcChar8>?
            var position: Int32 = 0
            while FcPatternGetString(pattern, FC_FAMILY, position, &family) == FcResultMatch, let family {
                names.insert(String(cString: family))
                position += 1
            }
        }
        return names
    }
}
