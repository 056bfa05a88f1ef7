import PlanModel

/// Where the layout finds pictures: the files of named pictures, and a library
/// picture that suits some words when the plan names none.
public protocol PictureProvider {
    /// The file of a picture the plan names, or nil when there is none to show.
    func path(for picture: Picture) -> String?
    /// A library picture whose keywords match words in `text`, or nil.
    func suggestedPath(for text: String) -> String?
}
