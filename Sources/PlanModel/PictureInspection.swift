import Foundation
import PlanDiagnostics

/// Checks a picture file against the limits from its bytes alone, before any
/// decoder sees it: a PNG's or JPEG's size in pixels from its header, an
/// SVG's size and element count from its text. `check` and `render` both use
/// it, so a picture too large to draw is an error at check time too.
public enum PictureInspection {
    /// What makes a picture too much to draw.
    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        case fileTooLarge(size: Int, limit: Int)
        case tooManyPixels(width: Int, height: Int, limit: Int)
        case svgTooLarge(width: Double, height: Double, limit: Double)
        case svgTooManyElements(atLeast: Int, limit: Int)
        /// The header is missing or cut short, so the size cannot be known.
        case noSize
        /// A pipe, device or socket: never opened by a decoder, which would wait on it.
        case notAFile

        public var description: String {
            switch self {
            case .fileTooLarge(let size, let limit):
                "the file is \(size) bytes; pictures may be up to \(limit) bytes"
            case .tooManyPixels(let width, let height, let limit):
                "it is \(width) × \(height) pixels (\(width * height) pixels); pictures may have up to \(limit) pixels"
            case .svgTooLarge(let width, let height, let limit):
                "it is \(Self.number(width)) × \(Self.number(height)) units; SVG pictures may be up to \(Self.number(limit)) units a side"
            case .svgTooManyElements(let count, let limit):
                "it has more than \(count - 1) elements; SVG pictures may have up to \(limit)"
            case .noSize:
                "its header does not say how large it is"
            case .notAFile:
                "it is not a file (it may be a pipe or a device)"
            }
        }

        /// The limit to raise for this problem, if any.
        public var limit: InputLimits.Name? {
            switch self {
            case .fileTooLarge: .pictureFileBytes
            case .tooManyPixels: .picturePixels
            case .svgTooLarge: .svgSide
            case .svgTooManyElements: .svgElements
            case .noSize, .notAFile: nil
            }
        }

        private static func number(_ value: Double) -> String {
            value.isFinite && value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
    }

    /// Inspects what reading a picture file gave (`RegularFile.read` with the
    /// picture file limit, or a `PictureFolder`'s `read`).
    public static func inspect(_ read: Result<[UInt8], RegularFile.Failure>, limits: InputLimits) -> Problem? {
        switch read {
        case .success(let bytes): return inspect(bytes, limits: limits)
        case .failure(.tooLarge(let size)): return .fileTooLarge(size: size, limit: limits.pictureFileBytes)
        case .failure(.notRegular): return .notAFile
        // A missing or unreadable file is the decoder's to report, as it always was.
        case .failure: return nil
        }
    }

    /// Inspects a picture's bytes; the kind is told by the bytes, not the name.
    public static func inspect(_ bytes: [UInt8], limits: InputLimits) -> Problem? {
        if bytes.count > limits.pictureFileBytes { return .fileTooLarge(size: bytes.count, limit: limits.pictureFileBytes) }
        if bytes.starts(with: pngSignature) || bytes.starts(with: [0xFF, 0xD8]) {
            guard let (width, height) = pixelSize(of: bytes) else { return .noSize }
            let (pixels, overflow) = width.multipliedReportingOverflow(by: height)
            if overflow || pixels > limits.picturePixels || width <= 0 || height <= 0 {
                return width > 0 && height > 0 ? .tooManyPixels(width: width, height: height, limit: limits.picturePixels) : .noSize
            }
            return nil
        }
        return inspectSVG(bytes, limits: limits)
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Width and height in pixels from a PNG's IHDR or a JPEG's frame header.
    public static func pixelSize(of bytes: [UInt8]) -> (width: Int, height: Int)? {
        func bigEndian(_ offset: Int, _ length: Int) -> Int? {
            guard offset >= 0, offset + length <= bytes.count else { return nil }
            return bytes[offset..<offset + length].reduce(0) { $0 << 8 | Int($1) }
        }
        if bytes.starts(with: pngSignature) {
            // The first chunk must be IHDR: length, "IHDR", width, height.
            guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8),
                let width = bigEndian(16, 4), let height = bigEndian(20, 4)
            else { return nil }
            return (width, height)
        }
        guard bytes.starts(with: [0xFF, 0xD8]) else { return nil }
        var offset = 2
        while offset + 4 <= bytes.count {
            guard bytes[offset] == 0xFF else { return nil }
            let marker = bytes[offset + 1]
            if marker == 0xFF {
                offset += 1
                continue
            }
            // Markers without a length: start of image, restarts, temporary.
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) {
                offset += 2
                continue
            }
            if marker == 0xD9 || marker == 0xDA { return nil }
            guard let length = bigEndian(offset + 2, 2), length >= 2 else { return nil }
            // Every start-of-frame marker but DHT (C4), JPG (C8) and DAC (CC).
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard let height = bigEndian(offset + 5, 2), let width = bigEndian(offset + 7, 2) else { return nil }
                return (width, height)
            }
            offset += 2 + length
        }
        return nil
    }

    /// An SVG's size from its root element's `width`, `height` and `viewBox`,
    /// and its elements counted (every start tag, up to one past the limit).
    static func inspectSVG(_ bytes: [UInt8], limits: InputLimits) -> Problem? {
        if bytes.starts(with: [0x1F, 0x8B]) { return .noSize }
        var elements = 0
        var rootAttributes: [UInt8]?
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < count else {
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") || next == UInt8(ascii: "/") {
                index += 2
                continue
            }
            guard isNameStart(next) else {
                index += 1
                continue
            }
            elements += 1
            if elements > limits.svgElements { return .svgTooManyElements(atLeast: elements, limit: limits.svgElements) }
            if rootAttributes == nil {
                var end = index + 1
                while end < count, bytes[end] != UInt8(ascii: ">") { end += 1 }
                rootAttributes = Array(bytes[(index + 1)..<end])
                index = end
                continue
            }
            index += 2
        }
        guard let root = rootAttributes else { return nil }
        let text = String(decoding: root, as: UTF8.self)
        var width = attribute("width", in: text).flatMap(length(of:))
        var height = attribute("height", in: text).flatMap(length(of:))
        let box = attribute("viewBox", in: text).map { viewBox in
            viewBox.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }).compactMap { Double($0) }
        }
        if let box, box.count == 4 {
            width = width ?? box[2]
            height = height ?? box[3]
            // A view box larger than the limit is drawn through a recording of its size too.
            if !(abs(box[2]) <= limits.svgSide && abs(box[3]) <= limits.svgSide) {
                return .svgTooLarge(width: box[2], height: box[3], limit: limits.svgSide)
            }
        }
        let w = width ?? 0
        let h = height ?? 0
        if !(abs(w) <= limits.svgSide && abs(h) <= limits.svgSide) {
            return .svgTooLarge(width: w, height: h, limit: limits.svgSide)
        }
        return nil
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
            || byte >= 0x80
    }

    /// The value of `name="…"` (or `'…'`) among an element's attributes.
    static func attribute(_ name: String, in text: String) -> String? {
        var searchFrom = text.startIndex
        while let found = text.range(of: name, range: searchFrom..<text.endIndex) {
            searchFrom = found.upperBound
            // A whole attribute name: preceded by white space.
            guard found.lowerBound > text.startIndex, text[text.index(before: found.lowerBound)].isWhitespace else { continue }
            var rest = text[found.upperBound...].drop(while: \.isWhitespace)
            guard rest.first == "=" else { continue }
            rest = rest.dropFirst().drop(while: \.isWhitespace)
            guard let quote = rest.first, quote == "\"" || quote == "'" else { continue }
            let value = rest.dropFirst().prefix(while: { $0 != quote })
            return String(value)
        }
        return nil
    }

    /// A length in points at 72 dpi (as planbook has librsvg read them); nil for a percentage or nonsense.
    static func length(of value: String) -> Double? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let units: [(String, Double)] = [
            ("px", 1), ("pt", 1), ("pc", 12), ("mm", 72 / 25.4), ("cm", 72 / 2.54), ("in", 72), ("em", 12), ("ex", 6),
        ]
        for (unit, factor) in units where trimmed.hasSuffix(unit) {
            return Double(trimmed.dropLast(unit.count)).map { $0 * factor }
        }
        if trimmed.hasSuffix("%") { return nil }
        return Double(trimmed)
    }
}
