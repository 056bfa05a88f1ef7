import PlanModel

/// Where the layout finds pictures: the files of named pictures, and what
/// the library's pictures mean, to choose one when the plan names none.
public protocol PictureProvider {
    /// The file of a picture the plan names, or nil when there is none to show.
    func path(for picture: Picture) -> String?
    /// The library's keywords, people's figures and cover pictures.
    var meanings: PictureMeanings { get }
}
