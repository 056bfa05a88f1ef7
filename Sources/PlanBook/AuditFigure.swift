import Foundation

/// One percentage of an audit with what it rests on: how many plans said yes,
/// of how many that could answer, and its 95% interval.
public struct AuditFigure: Codable, Hashable, Sendable {
    /// Plans that have the element.
    public var yes: Int?
    /// Plans that could answer: the percentage's denominator.
    public var of: Int?
    /// From 0 to 100, to one decimal place.
    public var percent: Double
    /// The 95% interval in percent, to one decimal place; nil when nothing could answer.
    public var ci95: [Double]?

    public init(yes: Int, of: Int, population: Int? = nil) {
        self.yes = yes
        self.of = of
        percent = of == 0 ? 0 : Self.rounded(Double(yes) * 100 / Double(of))
        ci95 = Self.wilson(yes: yes, of: of, population: population).map { [Self.rounded($0.low * 100), Self.rounded($0.high * 100)] }
    }

    /// A figure from an audit written before figures had counts: a bare percentage.
    public init(percent: Double) {
        self.percent = percent
    }

    public init(from decoder: any Decoder) throws {
        if let percent = try? decoder.singleValueContainer().decode(Double.self) {
            self.init(percent: percent)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(percent: try container.decode(Double.self, forKey: .percent))
        yes = try container.decodeIfPresent(Int.self, forKey: .yes)
        of = try container.decodeIfPresent(Int.self, forKey: .of)
        ci95 = try container.decodeIfPresent([Double].self, forKey: .ci95)
    }

    enum CodingKeys: String, CodingKey { case yes, of, percent, ci95 }

    /// `62% (50 of 80)`, or `62%` for an old audit without counts.
    public var text: String {
        guard let yes, let of else { return Self.percentText(percent) }
        return "\(Self.percentText(percent)) (\(yes) of \(of))"
    }

    /// `± 9%`-style range: `52–71%`; nil without an interval.
    public var intervalText: String? {
        guard let ci95, ci95.count == 2 else { return nil }
        return "\(Self.number(ci95[0]))–\(Self.percentText(ci95[1]))"
    }

    /// Whether this figure and another differ by more than their intervals: the intervals do not overlap.
    public func differsClearly(from other: AuditFigure) -> Bool {
        guard let mine = ci95, let theirs = other.ci95, mine.count == 2, theirs.count == 2 else { return false }
        return mine[0] > theirs[1] || mine[1] < theirs[0]
    }

    /// The Wilson score interval for `yes` of `of` at 95% (z = 1.96). With the
    /// caseload size `population` known, the finite-population correction is
    /// made by using the effective sample size n·(N−1)/(N−n); a census (n = N)
    /// has no sampling error. Nil when `of` is 0.
    public static func wilson(yes: Int, of n: Int, population: Int? = nil) -> (low: Double, high: Double)? {
        guard n > 0, yes >= 0, yes <= n else { return nil }
        let p = Double(yes) / Double(n)
        var effective = Double(n)
        if let population, population > 1, population >= n {
            if population == n { return (p, p) }
            effective = Double(n) * Double(population - 1) / Double(population - n)
        }
        let z = 1.959963984540054
        let z2 = z * z
        let denominator = 1 + z2 / effective
        let centre = (p + z2 / (2 * effective)) / denominator
        let half = z / denominator * (p * (1 - p) / effective + z2 / (4 * effective * effective)).squareRoot()
        return (max(0, centre - half), min(1, centre + half))
    }

    static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// `62%`, or `62.5%` when there is a fraction.
    public static func percentText(_ value: Double) -> String { number(value) + "%" }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))" : String(format: "%.1f", value)
    }
}
