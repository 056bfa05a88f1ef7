extension String {
    /// Whether the string holds an ASCII character, without Foundation's string search.
    @inline(__always)
    func containsASCII(_ character: Unicode.Scalar) -> Bool {
        utf8.contains(UInt8(character.value))
    }
}
