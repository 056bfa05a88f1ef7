import PlanDiagnostics

/// Prints a syntax tree one node a line, indented by depth, with line:column
/// ranges and the text of each token: `key "child" @3:1-3:6`. Trivia is left out.
public struct SyntaxTreeDumper {
    public let file: SourceFile

    public init(file: SourceFile) {
        self.file = file
    }

    public func dump(_ node: SyntaxNode) -> String {
        var out = ""
        write(node, depth: 0, into: &out)
        return out
    }

    private func write(_ node: SyntaxNode, depth: Int, into out: inout String) {
        guard node.kind != .trivia else { return }
        let start = file.location(of: node.range.start)
        let end = file.location(of: node.range.end)
        out += String(repeating: "  ", count: depth) + node.kind.rawValue
        if node.kind.isToken {
            out += " " + quoted(file.text(in: node.range))
        }
        out += " @\(start)-\(end)\n"
        for child in node.children {
            write(child, depth: depth + 1, into: &out)
        }
    }

    private func quoted(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\r": escaped += "\\r"
            case "\n": escaped += "\\n"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "\"" + escaped + "\""
    }
}
