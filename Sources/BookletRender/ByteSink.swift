internal import CPangoCairo

/// Collects the bytes cairo writes to a stream (PDF or PNG) in memory.
final class ByteSink {
    private(set) var bytes: [UInt8] = []

    /// The pointer cairo hands back to `writeToByteSink`. It does not retain
    /// the sink: whoever passes it to cairo keeps the sink alive.
    var closure: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
    }
}

/// The cairo write callback for a `ByteSink`, whose `closure` is the context pointer.
let writeToByteSink: cairo_write_func_t = { closure, data, length in
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    guard let data, length > 0 else { return CAIRO_STATUS_SUCCESS }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.append(UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}
