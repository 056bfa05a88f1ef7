import Foundation
import PlanDiagnostics
import PlanModel
import PlanSyntax
import Testing

/// Mangled plans never crash the parser or the checks, the tree still gives
/// back the file exactly, and every diagnostic points inside the file.
@Suite struct RobustnessTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "#", "##", "###", "- ", "> ", ":", " ", "  ", "\t", "\r\n", "\n", "[picture: ", "]", "(", ")", "//", "lint: allow ", "é", "ع",
        "\u{FEFF}", "0", "10", "who", "by", "impact",
    ]

    static func mutate(_ text: String, using random: inout SplitMix) -> String {
        var lines = text.components(separatedBy: "\n")
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            guard !lines.isEmpty else { break }
            let index = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2:
                var line = Array(lines[index])
                let at = Int.random(in: 0...line.count, using: &random)
                line.insert(contentsOf: Self.pieces.randomElement(using: &random)!, at: at)
                lines[index] = String(line)
            default:
                lines[index] = String(lines[index].prefix(Int.random(in: 0...max(0, lines[index].count), using: &random)))
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test func mangledPlansNeverCrashAndStayLossless() throws {
        var random = SplitMix(state: 2026)
        let names = FixtureTests.fixtureNames
        var checked = 0
        for round in 0..<400 {
            let name = names[round % names.count]
            let original = try String(contentsOf: FixtureTests.folder.appendingPathComponent(name), encoding: .utf8)
            let text = Self.mutate(original, using: &random)
            let file = SourceFile(path: name, text: text)
            let tree = parse(file)
            #expect(tree.root.tokens.map { file.text(in: $0.range) }.joined() == file.text, "round \(round) of \(name)")
            let result = checkPlan(file, context: PlanModelTests.context)
            for diagnostic in result.diagnostics {
                #expect(diagnostic.range.start >= 0 && diagnostic.range.end <= file.utf8.count, "round \(round): \(diagnostic.message)")
            }
            if result.plan == nil { #expect(result.hasErrors, "round \(round): no plan but no error") }
            checked += 1
        }
        #expect(checked == 400)
    }
}
