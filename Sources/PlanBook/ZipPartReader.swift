import Foundation
import PlanDiagnostics
import ZIPFoundation

/// Reads named parts out of a zip archive (a Word file), trusting none of
/// its headers: every offset and size is checked against the file, a part's
/// compressed bytes are served only from within its own extent, and its
/// inflated size is counted as it comes. zlib (through ZIPFoundation's
/// `Data.decompress`) does the inflating.
///
/// ZIPFoundation's own `Archive.extract` keeps asking for input past the end
/// of the file when a part's deflate stream never ends, so a damaged file of
/// under a kilobyte kept it busy for ever (a fuzz finding, issue 14): here
/// the input runs out where the part does, and that is an error. (Its
/// `decode` also hands zlib a full buffer's length for a short last chunk,
/// so the provider pads that chunk to the length asked for.)
struct ZipPartReader {
    /// Why a part cannot be read.
    enum Failure: Error, Equatable {
        /// No end-of-central-directory record, or no file to read: not a zip archive.
        case notAZip
        /// A FIFO, a device or a socket, not a file.
        case notRegular
        /// The archive's structure points outside the file or contradicts itself.
        case damaged(String)
        /// The part is encrypted or compressed other than stored or deflated.
        case unsupported(String)
        /// The part inflates to more than the limit.
        case tooLarge
    }

    /// A part as the central directory lists it.
    struct Part {
        var name: String
        var method: UInt16
        var flags: UInt16
        var compressedSize: UInt64
        var localHeaderOffset: UInt64
    }

    private let file: FileHandle
    private let fileSize: UInt64
    /// The parts, in the central directory's order.
    let parts: [Part]

    /// The central directory is read whole, so it may hold at most this many bytes.
    static let centralDirectoryLimit: UInt64 = 16 << 20

    /// Opens the archive at `url`, a regular file only (a FIFO or a device is refused at once).
    init(url: URL) throws {
        switch RegularFile.open(url.path) {
        case .success(let descriptor): file = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        case .failure(.notRegular): throw Failure.notRegular
        case .failure: throw Failure.notAZip
        }
        fileSize = (try? file.seekToEnd()) ?? 0
        parts = try Self.centralDirectory(file: file, fileSize: fileSize)
    }

    /// The part called `name` (ASCII letters compared without case, as part names are in Office files).
    func part(named name: String) -> Part? {
        parts.first { $0.name.lowercased() == name.lowercased() }
    }

    /// Inflates `part`, handing its bytes to `consumer` as they come; throws
    /// `tooLarge` as soon as more than `limit` bytes have come.
    func inflate(_ part: Part, limit: Int, consumer: (Data) throws -> Void) throws {
        guard part.flags & 1 == 0 else { throw Failure.unsupported("\(part.name) is encrypted") }
        let header = try read(at: part.localHeaderOffset, count: 30, what: "the local header of \(part.name)")
        guard header.uint32(at: 0) == 0x0403_4b50 else {
            throw Failure.damaged("\(part.name) has no local header where the directory says")
        }
        let dataOffset = part.localHeaderOffset + 30 + UInt64(header.uint16(at: 26)) + UInt64(header.uint16(at: 28))
        guard dataOffset <= fileSize, part.compressedSize <= fileSize - dataOffset else {
            throw Failure.damaged("\(part.name) runs past the end of the file")
        }
        var inflated = 0
        func counted(_ chunk: Data) throws {
            inflated += chunk.count
            guard inflated <= limit else { throw Failure.tooLarge }
            try consumer(chunk)
        }
        let chunkSize = 1 << 16
        switch part.method {
        case 0:
            var offset: UInt64 = 0
            while offset < part.compressedSize {
                let count = Int(min(UInt64(chunkSize), part.compressedSize - offset))
                try counted(try read(at: dataOffset + offset, count: count, what: part.name))
                offset += UInt64(count)
            }
        case 8:
            var served: UInt64 = 0
            do {
                _ = try Data.decompress(
                    size: Int64(part.compressedSize), bufferSize: chunkSize, skipCRC32: true,
                    provider: { _, wanted in
                        guard served < part.compressedSize else {
                            throw Failure.damaged("\(part.name)'s compressed data ends before its end mark")
                        }
                        let count = Int(min(UInt64(wanted), part.compressedSize - served))
                        var chunk = try read(at: dataOffset + served, count: count, what: part.name)
                        served += UInt64(count)
                        // `decode` tells zlib every chunk is `wanted` bytes long, so a short last
                        // chunk is padded (with zeros, never read as data by a stream that ends).
                        if count < wanted { chunk.append(Data(count: wanted - count)) }
                        return chunk
                    },
                    consumer: counted)
            } catch let failure as Failure {
                throw failure
            } catch {
                throw Failure.damaged("\(part.name)'s compressed data is broken")
            }
        default:
            throw Failure.unsupported("\(part.name) is compressed in a way planbook cannot read (method \(part.method))")
        }
    }

    private func read(at offset: UInt64, count: Int, what: String) throws -> Data {
        guard offset <= fileSize, UInt64(count) <= fileSize - offset else { throw Failure.damaged("\(what) runs past the end of the file") }
        do {
            try file.seek(toOffset: offset)
            let data = try file.read(upToCount: count) ?? Data()
            guard data.count == count else { throw Failure.damaged("\(what) cannot be read whole") }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.damaged("\(what) cannot be read (\(error))")
        }
    }

    /// The parts listed by the central directory, found through the end record (zip64 included).
    private static func centralDirectory(file: FileHandle, fileSize: UInt64) throws -> [Part] {
        let tailSize = min(fileSize, 22 + 0xFFFF)
        let tail = try readTail(file: file, fileSize: fileSize, count: tailSize)
        guard tail.count >= 22,
            let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: { tail.uint32(at: $0) == 0x0605_4b50 })
        else { throw Failure.notAZip }
        var entries = UInt64(tail.uint16(at: end + 10))
        var directorySize = UInt64(tail.uint32(at: end + 12))
        var directoryOffset = UInt64(tail.uint32(at: end + 16))
        let endOffset = fileSize - tailSize + UInt64(end)
        if entries == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            guard end >= 20, tail.uint32(at: end - 20) == 0x0706_4b50 else { throw Failure.damaged("its zip64 locator is missing") }
            let recordOffset = tail.uint64(at: end - 12)
            guard recordOffset <= fileSize, fileSize - recordOffset >= 56 else {
                throw Failure.damaged("its zip64 end record is outside the file")
            }
            try file.seek(toOffset: recordOffset)
            let record = try file.read(upToCount: 56) ?? Data()
            guard record.count == 56, record.uint32(at: 0) == 0x0606_4b50 else { throw Failure.damaged("its zip64 end record is missing") }
            entries = record.uint64(at: 32)
            directorySize = record.uint64(at: 40)
            directoryOffset = record.uint64(at: 48)
        }
        guard directoryOffset <= endOffset, directorySize <= endOffset - directoryOffset else {
            throw Failure.damaged("its central directory is outside the file")
        }
        guard directorySize <= centralDirectoryLimit else { throw Failure.unsupported("its central directory is over 16 MiB") }
        try file.seek(toOffset: directoryOffset)
        let directory = try file.read(upToCount: Int(directorySize)) ?? Data()
        guard directory.count == Int(directorySize) else { throw Failure.damaged("its central directory cannot be read whole") }
        var parts: [Part] = []
        var at = 0
        while at + 46 <= directory.count, parts.count < entries {
            guard directory.uint32(at: at) == 0x0201_4b50 else {
                throw Failure.damaged("its central directory is broken at entry \(parts.count + 1)")
            }
            let nameLength = Int(directory.uint16(at: at + 28))
            let extraLength = Int(directory.uint16(at: at + 30))
            let commentLength = Int(directory.uint16(at: at + 32))
            let next = at + 46 + nameLength + extraLength + commentLength
            guard next <= directory.count else {
                throw Failure.damaged("its central directory's entry \(parts.count + 1) runs past its end")
            }
            let nameBytes = directory[directory.startIndex + at + 46..<directory.startIndex + at + 46 + nameLength]
            var part = Part(
                name: String(decoding: nameBytes, as: UTF8.self), method: directory.uint16(at: at + 10),
                flags: directory.uint16(at: at + 8),
                compressedSize: UInt64(directory.uint32(at: at + 20)), localHeaderOffset: UInt64(directory.uint32(at: at + 42)))
            let extra = directory.subdata(
                in: directory.startIndex + at + 46 + nameLength..<directory.startIndex + at + 46 + nameLength + extraLength)
            try applyZip64(extra, uncompressed: directory.uint32(at: at + 24), to: &part)
            parts.append(part)
            at = next
        }
        return parts
    }

    /// Takes the 64-bit sizes and offset from a zip64 extra field, for the fields whose 32-bit value is all ones.
    private static func applyZip64(_ extra: Data, uncompressed: UInt32, to part: inout Part) throws {
        let needsCompressed = part.compressedSize == 0xFFFF_FFFF
        let needsOffset = part.localHeaderOffset == 0xFFFF_FFFF
        guard needsCompressed || needsOffset else { return }
        var at = 0
        while at + 4 <= extra.count {
            let id = extra.uint16(at: at)
            let size = Int(extra.uint16(at: at + 2))
            guard at + 4 + size <= extra.count else { break }
            if id == 1 {
                var field = at + 4
                func next() throws -> UInt64 {
                    guard field + 8 <= at + 4 + size else { throw Failure.damaged("\(part.name)'s zip64 field is too short") }
                    defer { field += 8 }
                    return extra.uint64(at: field)
                }
                if uncompressed == 0xFFFF_FFFF { _ = try next() }
                if needsCompressed { part.compressedSize = try next() }
                if needsOffset { part.localHeaderOffset = try next() }
                return
            }
            at += 4 + size
        }
        throw Failure.damaged("\(part.name) has no zip64 field for its sizes")
    }

    private static func readTail(file: FileHandle, fileSize: UInt64, count: UInt64) throws -> Data {
        do {
            try file.seek(toOffset: fileSize - count)
            return try file.read(upToCount: Int(count)) ?? Data()
        } catch {
            throw Failure.notAZip
        }
    }
}

extension Data {
    /// The little-endian integer of `width` bytes at `offset` from the start.
    fileprivate func littleEndian(at offset: Int, width: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in (0..<width).reversed() { value = value << 8 | UInt64(self[startIndex + offset + index]) }
        return value
    }

    fileprivate func uint16(at offset: Int) -> UInt16 { UInt16(littleEndian(at: offset, width: 2)) }
    fileprivate func uint32(at offset: Int) -> UInt32 { UInt32(littleEndian(at: offset, width: 4)) }
    fileprivate func uint64(at offset: Int) -> UInt64 { littleEndian(at: offset, width: 8) }
}
