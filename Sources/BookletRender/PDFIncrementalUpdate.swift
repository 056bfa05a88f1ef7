/// New versions of some of a PDF file's objects, appended to its bytes as an
/// incremental update: the objects, a cross-reference section listing only
/// them, and a trailer pointing back to the file's own (`/Prev`). Readers take
/// the last version of each object, so nothing before the update is rewritten.
struct PDFIncrementalUpdate {
    let file: PDFFile
    /// Each replaced object's generation and new value, as PDF text.
    private var objects: [Int: (generation: Int, value: String)] = [:]

    init(file: PDFFile) {
        self.file = file
    }

    /// Replaces object `number`, a dictionary, with a copy in which each of
    /// `entries` (key, value written as PDF) is set; its other entries are
    /// copied byte for byte.
    mutating func replace(_ number: Int, setting entries: [(key: String, value: String)]) throws {
        let kept: [String]
        if let replaced = objects[number] {
            // Set again: start from the version already made.
            var reader = PDFReader(bytes: Array(replaced.value.utf8), position: 0)
            guard case .dictionary(let dictionary) = try reader.value() else { return }
            kept = Self.entries(of: dictionary, in: reader.bytes, except: entries.map(\.key))
        } else {
            guard case .dictionary(let dictionary) = try file.object(number) else {
                throw PDFFile.unreadable("object \(number) is not a dictionary")
            }
            kept = Self.entries(of: dictionary, in: file.bytes, except: entries.map(\.key))
        }
        let all = kept + entries.map { "\($0.key) \($0.value)" }
        try replace(number, withValue: "<< " + all.joined(separator: "\n   ") + " >>")
    }

    /// Replaces object `number` (not a stream) with `value`, written as PDF.
    mutating func replace(_ number: Int, withValue value: String) throws {
        guard let generation = try objects[number]?.generation ?? file.objectWithRange(number)?.generation else {
            throw PDFFile.unreadable("it has no object \(number)")
        }
        objects[number] = (generation, value)
    }

    /// The file's bytes with the update appended.
    func write() throws -> [UInt8] {
        var bytes = file.bytes
        if bytes.last != 0x0A { bytes.append(0x0A) }
        var offsets: [(number: Int, generation: Int, offset: Int)] = []
        for (number, object) in objects.sorted(by: { $0.key < $1.key }) {
            offsets.append((number, object.generation, bytes.count))
            bytes += Array("\(number) \(object.generation) obj\n\(object.value)\nendobj\n".utf8)
        }
        let xrefOffset = bytes.count
        var xref = "xref\n"
        var index = 0
        while index < offsets.count {
            // One subsection for each run of consecutive object numbers.
            var end = index + 1
            while end < offsets.count, offsets[end].number == offsets[end - 1].number + 1 { end += 1 }
            xref += "\(offsets[index].number) \(end - index)\n"
            for entry in offsets[index..<end] {
                xref += Self.padded(entry.offset, to: 10) + " " + Self.padded(entry.generation, to: 5) + " n \n"
            }
            index = end
        }
        bytes += Array(xref.utf8)
        // The update's bytes decide its /ID, so the same booklet keeps the same one.
        let id = Self.hexDigest(of: bytes)
        let kept = Self.entries(of: file.trailer, in: file.bytes, except: ["/Prev", "/ID"])
        let trailer = (kept + ["/Prev \(file.lastXrefOffset)", "/ID [<\(id)> <\(id)>]"]).joined(separator: "\n   ")
        bytes += Array("trailer\n<< \(trailer) >>\nstartxref\n\(xrefOffset)\n%%EOF\n".utf8)
        return bytes
    }

    /// `text` as a PDF text string: literal when it is printable ASCII, UTF-16 otherwise.
    static func textString(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            var literal = "("
            for character in text {
                if character == "(" || character == ")" || character == "\\" { literal.append("\\") }
                literal.append(character)
            }
            return literal + ")"
        }
        return "<FEFF" + text.utf16.map { padded($0, to: 4, radix: 16) }.joined() + ">"
    }

    /// The PDF text of `dictionary`'s entries other than `keys`, as written in `bytes`.
    private static func entries(of dictionary: PDFDictionary, in bytes: [UInt8], except keys: [String]) -> [String] {
        dictionary.entries.filter { !keys.contains($0.key) }.map { String(decoding: bytes[$0.bytes], as: UTF8.self) }
    }

    private static func padded<Number: BinaryInteger>(_ number: Number, to width: Int, radix: Int = 10) -> String {
        let digits = String(number, radix: radix, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// A 128-bit FNV-1a digest of `bytes` in hexadecimal: an identifier, not a secret.
    static func hexDigest(of bytes: [UInt8]) -> String {
        var hash: UInt128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d
        for byte in bytes {
            hash ^= UInt128(byte)
            // × the FNV prime 2^88 + 0x13B
            hash = (hash &<< 88) &+ hash &* 0x13B
        }
        return padded(hash, to: 32, radix: 16)
    }
}
