/// Syllables of figures as they are read aloud, as Flesch asked ("count the
/// syllables in symbols and figures according to the way they are normally
/// read aloud"): `14` is "four-teen" (2), `1998` "nine-teen nine-ty eight" (5),
/// `41.5` "for-ty one point five" (5), `3.30` "three thir-ty" (3), `07700` is
/// read digit by digit, `14th` "four-teenth" (2), `3pm` "three p m" (3).
enum SpokenNumbers {
    private static let units = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1] // zero … nine
    private static let teens = [1, 3, 1, 2, 2, 2, 2, 3, 2, 2] // ten … nineteen
    private static let tens = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2] // -, -, twenty … ninety

    /// The syllables of a token holding digits, or nil when it holds none.
    static func syllables(of token: String, lettersCount: (Substring) -> Int) -> Int? {
        guard token.contains(where: \.isASCIIDigit) else { return nil }
        var total = 0
        var rest = Substring(token)
        while !rest.isEmpty {
            if rest.first!.isASCIIDigit {
                let number = rest.prefix { $0.isASCIIDigit || $0 == "," || $0 == "." || $0 == ":" }
                rest = rest.dropFirst(number.count)
                let trimmed = number.trimmingTrailing { $0 == "," || $0 == "." || $0 == ":" }
                let ordinal = ["st", "nd", "rd", "th"].first { rest.lowercased().hasPrefix($0) }
                if let ordinal {
                    rest = rest.dropFirst(ordinal.count)
                    total += ordinalSyllables(Substring(trimmed))
                } else {
                    total += figureSyllables(Substring(trimmed))
                }
            } else {
                let letters = rest.prefix { !$0.isASCIIDigit }
                rest = rest.dropFirst(letters.count)
                let word = letters.filter(\.isLetter)
                if word.isEmpty { continue }
                let lower = word.lowercased()
                total += lower == "am" || lower == "pm" ? 2 : lettersCount(Substring(word))
            }
        }
        return max(1, total)
    }

    /// A figure: an integer, a year, a decimal, a time, or a string of digits.
    static func figureSyllables(_ figure: Substring) -> Int {
        let parts = figure.split(omittingEmptySubsequences: false) { $0 == "." || $0 == ":" }
        if parts.count == 2, let hours = Int(parts[0]), hours <= 24, parts[1].count == 2, let minutes = Int(parts[1]),
            minutes < 60, !parts[0].contains(",")
        {
            // A time: 3.30 is "three thirty", 9.05 "nine oh five", 10.00 "ten".
            let minuteSyllables = minutes == 0 ? 0 : minutes < 10 ? 1 + integerSyllables(minutes) : integerSyllables(minutes)
            return integerSyllables(hours) + minuteSyllables
        }
        if parts.count == 2 {
            // A decimal: 41.5 is "forty-one point five".
            return digitsOrInteger(parts[0]) + 1 + parts[1].reduce(0) { $0 + digitSyllables($1) }
        }
        if parts.count > 2 {
            return parts.reduce(0) { $0 + digitsOrInteger($1) }
        }
        return digitsOrInteger(figure)
    }

    private static func digitsOrInteger(_ text: Substring) -> Int {
        let digits = text.filter(\.isASCIIDigit)
        if digits.isEmpty { return 0 }
        if digits.count > 1 && digits.first == "0" || digits.count > 9 {
            return digits.reduce(0) { $0 + digitSyllables($1) }
        }
        guard let value = Int(digits) else { return digits.count }
        if !text.contains(","), digits.count == 4, (1100...1999).contains(value) || (2010...2099).contains(value), value % 100 != 0 {
            // A year: 1998 is "nineteen ninety-eight"; 1905 "nineteen oh five".
            let low = value % 100
            return integerSyllables(value / 100) + (low < 10 ? 1 + integerSyllables(low) : integerSyllables(low))
        }
        return integerSyllables(value)
    }

    /// A digit read on its own: 0 is "oh", as in phone numbers.
    private static func digitSyllables(_ digit: Character) -> Int {
        digit.wholeNumberValue.map { $0 == 0 ? 1 : units[$0] } ?? 0
    }

    /// British English: 105 is "one hundred and five".
    static func integerSyllables(_ value: Int) -> Int {
        if value < 10 { return units[value] }
        if value < 20 { return teens[value - 10] }
        if value < 100 { return tens[value / 10] + (value % 10 == 0 ? 0 : units[value % 10]) }
        if value < 1000 {
            let rest = value % 100
            return units[value / 100] + 2 + (rest == 0 ? 0 : 1 + integerSyllables(rest))
        }
        for (size, word) in [(1_000_000_000, 2), (1_000_000, 2), (1000, 2)] where value >= size {
            let rest = value % size
            let joiner = rest > 0 && rest < 100 ? 1 : 0 // "two thousand and five"
            return integerSyllables(value / size) + word + joiner + (rest == 0 ? 0 : integerSyllables(rest))
        }
        return 1
    }

    /// 1st is "first", 2nd "second", 20th "twentieth".
    private static func ordinalSyllables(_ figure: Substring) -> Int {
        guard let value = Int(figure.filter(\.isASCIIDigit)) else { return figureSyllables(figure) }
        let cardinal = integerSyllables(value)
        let last = value % 100
        if last == 2 || (last > 19 && last % 10 == 2) { return cardinal + 1 } // second
        if last >= 20 && last % 10 == 0 { return cardinal + 1 } // twentieth
        return cardinal
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

private extension Substring {
    func trimmingTrailing(while predicate: (Character) -> Bool) -> Substring {
        var result = self
        while let last = result.last, predicate(last) { result = result.dropLast() }
        return result
    }
}
