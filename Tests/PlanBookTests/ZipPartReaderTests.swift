import Foundation
import Testing
import ZIPFoundation

@testable import PlanBook

/// The zip reader under Word files trusts no header (issue 14): zips made
/// byte by byte here, each broken in one way, must come back as a located
/// error in well under a second, and sound ones (stored, deflated, zip64)
/// must read whole.
struct ZipPartReaderTests {
    /// One part of a hand-made zip: its name, method (0 stored, 8 deflated) and the bytes stored for it.
    struct Entry {
        var name: String
        var method: UInt16
        var stored: [UInt8]
    }

    static func deflated(_ text: String) throws -> [UInt8] {
        let data = Data(text.utf8)
        var out = [UInt8]()
        _ = try Data.compress(size: Int64(data.count), bufferSize: 1 << 16) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        } consumer: {
            out += $0
        }
        return out
    }

    static func littleEndian(_ value: UInt64, _ width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    /// A zip of `entries`; `zip64` writes the directory's offset and each local header's through zip64 records.
    static func zip(_ entries: [Entry], zip64: Bool = false) -> [UInt8] {
        func le(_ value: Int, _ width: Int) -> [UInt8] { littleEndian(UInt64(value), width) }
        var bytes = [UInt8]()
        var directory = [UInt8]()
        for entry in entries {
            let offset = bytes.count
            let name = Array(entry.name.utf8)
            bytes += le(0x0403_4b50, 4) + le(20, 2) + le(0, 2) + le(Int(entry.method), 2) + le(0, 4) + le(0, 4)
            bytes += le(entry.stored.count, 4) + le(0, 4) + le(name.count, 2) + le(0, 2) + name + entry.stored
            let extra = zip64 ? le(1, 2) + le(8, 2) + le(offset, 8) : []
            directory += le(0x0201_4b50, 4) + le(20, 2) + le(20, 2) + le(0, 2) + le(Int(entry.method), 2) + le(0, 4) + le(0, 4)
            directory += le(entry.stored.count, 4) + le(0, 4) + le(name.count, 2) + le(extra.count, 2) + le(0, 2)
            directory += le(0, 2) + le(0, 2) + le(0, 4) + (zip64 ? le(0xFFFF_FFFF, 4) : le(offset, 4)) + name + extra
        }
        let directoryOffset = bytes.count
        bytes += directory
        if zip64 {
            let record = bytes.count
            bytes += le(0x0606_4b50, 4) + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 4) + le(0, 4)
            bytes += le(entries.count, 8) + le(entries.count, 8) + le(directory.count, 8) + le(directoryOffset, 8)
            bytes += le(0x0706_4b50, 4) + le(0, 4) + le(record, 8) + le(1, 4)
        }
        bytes += le(0x0605_4b50, 4) + le(0, 2) + le(0, 2) + le(entries.count, 2) + le(entries.count, 2)
        bytes += le(directory.count, 4) + (zip64 ? le(0xFFFF_FFFF, 4) : le(directoryOffset, 4)) + le(0, 2)
        return bytes
    }

    static let document = #"<w:document><w:body><w:p><w:r><w:t>Gran walks Mia to school.</w:t></w:r></w:p></w:body></w:document>"#

    static func write(_ bytes: [UInt8]) throws -> URL {
        let url = try TestSupport.temporaryFolder().appendingPathComponent("made.docx")
        try Data(bytes).write(to: url)
        return url
    }

    static func paragraphs(_ bytes: [UInt8]) throws -> [String] {
        try WordDocumentReader.paragraphs(of: write(bytes), limit: 1 << 20)
    }

    @Test func storedDeflatedAndZip64PartsAreReadWhole() throws {
        let deflated = try Self.deflated(Self.document)
        #expect(
            try Self.paragraphs(Self.zip([Entry(name: "word/document.xml", method: 0, stored: Array(Self.document.utf8))])) == [
                "Gran walks Mia to school."
            ])
        #expect(
            try Self.paragraphs(Self.zip([Entry(name: "word/document.xml", method: 8, stored: deflated)])) == ["Gran walks Mia to school."])
        let parts = [
            Entry(name: "[Content_Types].xml", method: 0, stored: Array("<Types/>".utf8)),
            Entry(name: "word/document.xml", method: 8, stored: deflated),
        ]
        #expect(try Self.paragraphs(Self.zip(parts, zip64: true)) == ["Gran walks Mia to school."])
    }

    /// The fuzz finding's cause: a deflate stream with no end mark kept ZIPFoundation's
    /// extract reading past the end of the file for ever. This one opens a stored block
    /// of 65,535 bytes and holds far fewer, so the directory after it reads as more of the
    /// block and nothing in it is an error (planbook 0.1.0 hung on it); a deflated stream
    /// cut in half must fail too.
    @Test func aDeflateStreamThatNeverEndsIsDamagedNotAHang() throws {
        let openBlock: [UInt8] = [0x00, 0xFF, 0xFF, 0x00, 0x00] + Array(Self.document.utf8)
        let halfStream = try Self.deflated(String(repeating: Self.document, count: 50))
        for (stream, expected) in [
            (openBlock, "compressed data ends before its end mark"),
            (Array(halfStream.prefix(halfStream.count / 2)), "compressed data is broken"),
        ] {
            let started = Date()
            #expect {
                try Self.paragraphs(Self.zip([Entry(name: "word/document.xml", method: 8, stored: stream)]))
            } throws: { error in
                "\(error)".contains(expected)
            }
            #expect(Date().timeIntervalSince(started) < 5)
        }
    }

    /// One way a zip's headers can lie, with the words its error must hold.
    enum Damage: String, CaseIterable, Sendable {
        case directoryPastTheEnd, localHeaderPastTheEnd, compressedSizePastTheEnd, unknownMethod, encrypted, noEndRecord

        var expected: String {
            switch self {
            case .directoryPastTheEnd: "central directory is outside the file"
            case .localHeaderPastTheEnd, .compressedSizePastTheEnd: "runs past the end of the file"
            case .unknownMethod: "method 14"
            case .encrypted: "encrypted"
            case .noEndRecord: "not a .docx file"
            }
        }

        /// Damages a zip of one part called `word/document.xml`.
        func apply(to bytes: inout [UInt8]) {
            let entry = bytes.count - 22 - 46 - "word/document.xml".utf8.count
            switch self {
            case .directoryPastTheEnd: bytes.replaceSubrange(bytes.count - 6..<bytes.count - 2, with: [0xFF, 0xFF, 0, 0])
            case .localHeaderPastTheEnd: bytes.replaceSubrange(entry + 42..<entry + 46, with: [0xFF, 0xFF, 0xFF, 0x0F])
            case .compressedSizePastTheEnd: bytes.replaceSubrange(entry + 20..<entry + 24, with: [0xFF, 0xFF, 0xFF, 0x7F])
            case .unknownMethod: bytes.replaceSubrange(entry + 10..<entry + 12, with: [14, 0])
            case .encrypted: bytes[entry + 8] |= 1
            case .noEndRecord: bytes.removeLast(22)
            }
        }
    }

    @Test(arguments: Damage.allCases)
    func aLyingHeaderIsALocatedErrorInStoredOrDeflatedParts(damage: Damage) throws {
        for method: UInt16 in [0, 8] {
            let stored = method == 0 ? Array(Self.document.utf8) : try Self.deflated(Self.document)
            var bytes = Self.zip([Entry(name: "word/document.xml", method: method, stored: stored)])
            damage.apply(to: &bytes)
            let started = Date()
            let message: String
            do {
                message = "read \(try Self.paragraphs(bytes))"
            } catch {
                message = "\(error)"
            }
            #expect(message.contains(damage.expected), "\(damage), method \(method): \(message)")
            #expect(Date().timeIntervalSince(started) < 5)
        }
    }

    @Test func theFuzzFindingsDocxIsRefusedQuickly() throws {
        let finding = TestSupport.repositoryRoot.appendingPathComponent("Tests/PlanBookTests/Fixtures/fuzz/docx/docx-timeout-3c2979dc")
        let bytes = [UInt8](try Data(contentsOf: finding).dropFirst())
        let started = Date()
        let document = FileLinter.document(path: try Self.write(bytes).path)
        #expect(document.problems.map(\.code) == ["PL001"])
        #expect(document.problems.first?.message.contains("damaged") == true)
        #expect(Date().timeIntervalSince(started) < 5)
    }
}
