extension WordList {
    /// The list as the build made it from `word-list.json` (the WordListTable
    /// plugin), when `bytes` are the file it was made from; nil otherwise (an
    /// edited or installed copy that differs, or a file the table could not be
    /// made from), and the caller decodes the bytes.
    static func generatedTable(matching bytes: [UInt8]) -> WordList? {
        guard bytes.count == generatedTableSource.length, digest(of: bytes) == generatedTableSource.digest else { return nil }
        return generatedTable()
    }

    /// The 64-bit FNV-1a digest of `bytes`, as WordListTableGenerator computes it.
    static func digest(of bytes: [UInt8]) -> UInt64 {
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return digest
    }
}
