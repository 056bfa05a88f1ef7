#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads files that are regular files only, with a bound on how much is read.
///
/// The file is opened without blocking and checked with `fstat` on the open
/// descriptor, so a FIFO, a device or a socket named like a plan or a picture
/// is refused at once instead of waiting for ever, and a file swapped for a
/// link between the check and the read cannot slip through.
public enum RegularFile {
    /// Why a file was not read.
    public enum Failure: Error, Sendable, Hashable {
        case missing
        case directory
        /// A FIFO, device, socket or anything else that is not a regular file.
        case notRegular
        case unreadable
        /// Larger than the bound; `size` is the size the file reported.
        case tooLarge(size: Int)
    }

    /// The file's bytes, at most `limit` of them; a larger file is `.tooLarge`.
    public static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        withOpened(path) { descriptor in readAll(descriptor, limit: limit) }
    }

    private static func readAll(_ descriptor: Int32, limit: Int) -> Result<[UInt8], Failure> {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable) }
        let size = Int(status.st_size)
        guard size <= limit else { return .failure(.tooLarge(size: size)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(size, limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        // A file may grow while it is read: read one byte past the limit to notice.
        while bytes.count <= limit {
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, wanted) }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable)
            }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[..<got])
        }
        guard bytes.count <= limit else { return .failure(.tooLarge(size: bytes.count)) }
        return .success(bytes)
    }

    /// The first `count` bytes of the file (fewer when it is shorter).
    public static func head(_ path: String, count: Int) -> Result<[UInt8], Failure> {
        withOpened(path) { descriptor in readHead(descriptor, count: count) }
    }

    private static func readHead(_ descriptor: Int32, count: Int) -> Result<[UInt8], Failure> {
        var bytes = [UInt8](repeating: 0, count: count)
        var got = 0
        while got < count {
            let step = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + got, count - got) }
            if step < 0, errno == EINTR { continue }
            if step <= 0 { break }
            got += step
        }
        return .success(Array(bytes[..<got]))
    }

    /// Runs `body` on the file opened by `open(_:)`, closing it afterwards.
    private static func withOpened(_ path: String, _ body: (Int32) -> Result<[UInt8], Failure>) -> Result<[UInt8], Failure> {
        switch open(path) {
        case .success(let descriptor):
            defer { close(descriptor) }
            return body(descriptor)
        case .failure(let failure):
            return .failure(failure)
        }
    }

    /// Whether `path` names a regular file (following links), without opening it.
    public static func check(_ path: String) -> Failure? {
        var status = stat()
        guard stat(path, &status) == 0 else { return errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable }
        return kind(of: status)
    }

    /// Opens `path` for reading when it is a regular file: non-blocking, so a
    /// FIFO does not wait for a writer, then checked on the descriptor.
    public static func open(_ path: String) -> Result<Int32, Failure> {
        let descriptor = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return .failure(.missing)
            case EISDIR: return .failure(.directory)
            case ENXIO: return .failure(.notRegular)
            default: return .failure(.unreadable)
            }
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            close(descriptor)
            return .failure(.unreadable)
        }
        if let failure = kind(of: status) {
            close(descriptor)
            return .failure(failure)
        }
        // Reads of a regular file never block; clear the flag for the libraries that get the descriptor.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return .success(descriptor)
    }

    private static func kind(of status: stat) -> Failure? {
        switch status.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: .directory
        default: .notRegular
        }
    }
}
