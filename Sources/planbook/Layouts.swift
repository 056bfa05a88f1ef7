import ArgumentParser
import PlanBook

/// `planbook layouts`
struct Layouts: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the layouts a booklet can be made in.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        let pipeline = try options.openPipeline()
        for name in pipeline.layouts.names {
            guard let template = pipeline.layouts.templates[name] else { continue }
            let size = "\(Int(template.page.width.rounded()))×\(Int(template.page.height.rounded())) pt"
            print(
                "\(name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(size.padding(toLength: 14, withPad: " ", startingAt: 0)) \(template.description)"
            )
        }
    }
}

/// `planbook pictures [-o catalogue.pdf]`
struct Pictures: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the picture library, or draw it into a PDF catalogue with -o.")

    @Option(name: .shortAndLong, help: ArgumentHelp("Write a PDF of every picture with its name.", valueName: "catalogue.pdf"))
    var output: String?

    @OptionGroup var options: CommonOptions

    func run() throws {
        let pipeline = try options.openPipeline()
        guard let output else {
            for entry in pipeline.pictures.entries {
                print("\(entry.label.padding(toLength: max(28, entry.label.count + 2), withPad: " ", startingAt: 0))\(entry.description)")
            }
            return
        }
        do {
            try AtomicFile.write(try pipeline.pictureCataloguePDF(), to: output)
            print("wrote \(output) (\(pipeline.pictures.entries.count) pictures)")
        } catch {
            printError(escaping: "planbook: \(error)")
            throw ExitCode(1)
        }
    }
}
