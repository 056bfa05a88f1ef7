import Foundation
import Testing

/// The commands around the booklet: layouts, pictures, PNG previews, fonts and a team's own layouts.
@Suite(.serialized) struct BookletCommandTests {
    @Test func layoutsListsEveryLayout() throws {
        let run = try TestSupport.planbook(["layouts"])
        #expect(run.status == 0)
        for name in ["child-booklet", "family-plan", "three-houses", "safe-contacts"] {
            #expect(run.stdout.contains(name))
        }
    }

    @Test func pngPreviewsAreOnePerPage() throws {
        let folder = try TestSupport.temporaryFolder()
        let run = try TestSupport.planbook([
            "render", TestSupport.samples.appendingPathComponent("ellie.plan").path,
            "--format", "png", "--dpi", "30", "-o", folder.appendingPathComponent("ellie.pdf").path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let pngs = TestSupport.files(in: folder).filter { $0.hasSuffix(".png") }
        #expect(pngs.count > 5)
        #expect(pngs.contains("ellie-1.png"))
        let data = try Data(contentsOf: folder.appendingPathComponent("ellie-1.png"))
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // A5 at 30 dpi is about 175 × 248 pixels.
        let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect((170...180).contains(width))
    }

    @Test func picturesCatalogueNamesEveryPicture() throws {
        let folder = try TestSupport.temporaryFolder()
        let pdf = folder.appendingPathComponent("catalogue.pdf")
        let run = try TestSupport.planbook(["pictures", "-o", pdf.path])
        #expect(run.status == 0, "\(run.stderr)")
        // Long names wrap under their picture: compare without the line breaks.
        let text = try TestSupport.run("pdftotext", [pdf.path, "-"]).stdout.filter { !$0.isWhitespace }
        let list = try TestSupport.planbook(["pictures"]).stdout
        let names = list.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names.count >= 120)
        for name in names { #expect(text.contains(name), "\(name) is in the catalogue") }
    }

    @Test func fontOptionChangesTheEmbeddedFont() throws {
        let folder = try TestSupport.temporaryFolder()
        let pdf = folder.appendingPathComponent("mia.pdf")
        let run = try TestSupport.planbook([
            "render", TestSupport.samples.appendingPathComponent("mia.plan").path, "--font", "OpenDyslexic", "-o", pdf.path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let fonts = try TestSupport.run("pdffonts", [pdf.path]).stdout
        #expect(fonts.contains("OpenDyslexic"))
        #expect(!fonts.contains("Andika"))
    }

    @Test func layoutOptionAndThePlansOwnLayout() throws {
        let folder = try TestSupport.temporaryFolder()
        let plan = folder.appendingPathComponent("card.plan")
        let source = try String(contentsOf: TestSupport.samples.appendingPathComponent("mia.plan"), encoding: .utf8)
        try source.replacingOccurrences(of: "age: 7", with: "age: 7\nlayout: safe-contacts").write(
            to: plan, atomically: true, encoding: .utf8)
        #expect(try TestSupport.planbook(["render", plan.path]).status == 0)
        let info = try TestSupport.run("pdfinfo", [folder.appendingPathComponent("card.pdf").path]).stdout
        #expect(info.contains("209.76 x 297.64"), "the plan's layout: an A7 card")
        let run = try TestSupport.planbook([
            "render", plan.path, "--layout", "family-plan", "-o", folder.appendingPathComponent("family.pdf").path,
        ])
        #expect(run.status == 0)
        let family = try TestSupport.run("pdfinfo", [folder.appendingPathComponent("family.pdf").path]).stdout
        #expect(family.contains("595.28 x 841.89"), "--layout wins over the plan's own")
        #expect(try TestSupport.planbook(["render", plan.path, "--layout", "no-such"]).status == 2)
    }

    @Test func aTeamsOwnLayoutsFolderAddsLayouts() throws {
        let folder = try TestSupport.temporaryFolder()
        var json = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Layouts/child-booklet.json"), encoding: .utf8)
        json = json.replacingOccurrences(of: "\"child-booklet\"", with: "\"big-print\"")
            .replacingOccurrences(of: "\"body\": 18", with: "\"body\": 22")
        try json.write(to: folder.appendingPathComponent("big-print.json"), atomically: true, encoding: .utf8)
        let list = try TestSupport.planbook(["layouts", "--layouts", folder.path])
        #expect(list.stdout.contains("big-print"))
        let out = folder.appendingPathComponent("mia.pdf")
        let run = try TestSupport.planbook([
            "render", TestSupport.samples.appendingPathComponent("mia.plan").path, "--layouts", folder.path, "--layout", "big-print", "-o",
            out.path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        // A broken team layout is named with its problem, not a crash.
        try "{ \"name\": \"bad\" }".write(to: folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let bad = try TestSupport.planbook(["layouts", "--layouts", folder.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("bad.json"))
    }
}
