import BookletLayout

/// The PDF structure elements a booklet is tagged with (cairo 1.16 refuses `Artifact`,
/// so decorations simply stay untagged).
enum StructureTag: String {
    case document = "Document"
    case title = "H1"
    case heading = "H2"
    case paragraph = "P"
    case figure = "Figure"

    /// The element a box is tagged with; nil for decorations such as panels.
    init?(role: BoxRole) {
        switch role {
        case .title: self = .title
        case .heading, .subheading: self = .heading
        case .body, .quote, .caption: self = .paragraph
        case .picture: self = .figure
        case .panel, .drawing: return nil
        }
    }
}
