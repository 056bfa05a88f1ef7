import PlanBookTestSupport
import PlanModel
import Testing

@testable import BookletLayout

@Suite struct BookletLayoutTests {
    static let smallPlan = """
        # Mia's safety plan
        child: Mia Thompson
        age: 7
        date: 2026-03-02
        written by: Sam Patel, social worker
        shared with child: 2026-03-09, read together at Gran's house

        ## Worries
        - Sam is worried that Mia could get hurt.

        ## Working well
        - Gran picks Mia up from school every day. [picture: gran]
        > "I like it when Gran picks me up." (Mia)

        ## Next steps
        - Gran will phone Sam if she is worried.
          who: Gran
          by: 2026-04-01
        """

    @Test func smallPlanLaysOutAsExpected() throws {
        let booklet = try LayoutTestSupport.layout(try LayoutTestSupport.plan(Self.smallPlan))
        let expected = """
            page 1 419.5x595.3 content 36,40 347.5x511.3
              title 36,40 347.5x41.6 32pt bold "Mia's safety plan"
              body 36,93.6 347.5x23.4 18pt "This book is for Mia Thompson"
              picture 119.8,129 180x180 child.svg
              panel 36,321 347.5x94.2 #FBE9C9
              body 48,333 323.5x70.2 18pt "Date: 2 March 2026\\nWritten by: Sam Patel, social worker"
            page 2 419.5x595.3 content 36,40 347.5x511.3
              heading 36,40 347.5x62.4 24pt bold "What are the grown-ups worried about?"
              body 36,114.4 347.5x46.8 18pt "Sam is worried that Mia could get hurt."
              heading 36,185.2 347.5x31.2 24pt bold "What is going well"
              picture 36,228.4 100.8x100.8 gran.svg
              body 148.8,228.4 234.7x46.8 18pt "Gran picks Mia up from school every day."
              drawing 118.5,341.2 265x94.5 13 elements fill #DCEFF9
              picture 36,341.2 70.5x70.5 child.svg
              quote 144.5,353.2 227x70.2 18pt "I like it when Gran picks me up.\\n— Mia"
              caption 179.8,565.1 60x16.4 12.6pt "2"
            page 3 419.5x595.3 content 36,40 347.5x511.3
              heading 36,40 347.5x31.2 24pt bold "What happens next?"
              picture 36,83.2 100.8x100.8 phone.svg
              body 148.8,83.2 234.7x46.8 18pt "Gran will phone Sam if she is worried."
              picture 36,196 50.4x50.4 calendar.svg
              body 98.4,196 146x46.8 18pt bold "Who: Gran\\nBy: 1 April 2026"
              picture 264.4,196 75.6x75.6 gran.svg
              caption 256.4,275.6 91.6x23.4 18pt "Gran"
              caption 179.8,565.1 60x16.4 12.6pt "3"
            page 4 419.5x595.3 content 36,40 347.5x511.3
              heading 36,40 347.5x31.2 24pt bold "Who has a copy of this book"
              body 36,83.2 347.5x23.4 18pt "These people have a copy:"
              drawing 36,118.6 347.5x175.5 10 elements
              panel 36,306.1 347.5x94.2 #FBE9C9
              body 48,318.1 323.5x70.2 18pt "We read this book with Mia on 9 March 2026\\nread together at Gran's house"
              body 36,412.3 347.5x23.4 18pt "Written by: Sam Patel, social worker"
              caption 36,447.7 347.5x28.6 11pt "Pictures: OpenMoji, the open-source emoji and icon project (openmoji.org), CC BY-SA 4.0"
              caption 179.8,565.1 60x16.4 12.6pt "4"
            page 5 419.5x595.3 content 36,40 347.5x511.3
              panel 36,40 347.5x511.3 #FBE9C9
              caption 48,52 323.5x46.8 18pt "This space is for Mia's own drawing."
              caption 179.8,565.1 60x16.4 12.6pt "5"

            """
        #expect(LayoutDump.dump(booklet) == expected)
        #expect(
            booklet.outline.map(\.title) == [
                "Mia's safety plan", "What are the grown-ups worried about?", "What is going well", "What happens next?",
                "Who has a copy of this book",
            ])
        #expect(booklet.outline.map(\.pageIndex) == [0, 1, 1, 2, 3], "Worries and Working well share a page")
        #expect(LayoutInspection.geometryProblems(booklet).isEmpty)
        #expect(booklet.metadata.date == "2026-03-02T00:00:00Z")
    }

    @Test func longPlanFlowsOntoMorePagesWithoutOverflowOrOverlap() throws {
        let plan = try LayoutTestSupport.plan(LayoutTestSupport.longPlanText())
        let booklet = try LayoutTestSupport.layout(plan)
        #expect(LayoutTestSupport.geometryProblems(booklet).isEmpty, "\(LayoutTestSupport.geometryProblems(booklet).prefix(5))")
        #expect(LayoutTestSupport.missingWords(plan, booklet).isEmpty, "\(LayoutTestSupport.missingWords(plan, booklet).prefix(10))")
        #expect(booklet.pages.count > 10)
        // The 400-word story is split across pages, never shrunk.
        let storyBoxes = booklet.pages.flatMap(\.boxes).filter {
            if case .text(let text, let style) = $0.content { return text.contains("walk") && style.size == 18 }
            return false
        }
        #expect(storyBoxes.count >= 2)
        let sizes = Set(
            booklet.pages.flatMap(\.boxes).compactMap { box -> Double? in
                if case .text(_, let style) = box.content, box.role == .body { return style.size }
                return nil
            })
        #expect(sizes == [18])
    }

    @Test func headingsAreNeverLeftAloneAtThePageFoot() throws {
        let plan = try LayoutTestSupport.plan(LayoutTestSupport.longPlanText())
        let booklet = try LayoutTestSupport.layout(plan)
        for page in booklet.pages {
            if let last = page.boxes.last {
                #expect(last.role != .heading && last.role != .subheading, "a heading ends a page: \(last)")
            }
        }
    }

    @Test func rightToLeftPagesAreMirrored() throws {
        let text = Self.smallPlan.replacingOccurrences(of: "date: 2026-03-02", with: "date: 2026-03-02\nlanguage: ar")
        let booklet = try LayoutTestSupport.layout(try LayoutTestSupport.plan(text))
        #expect(booklet.direction == .rightToLeft)
        let page = booklet.pages[2]
        let picture = try #require(page.boxes.first { $0.role == .picture })
        let body = try #require(page.boxes.first { $0.role == .body })
        #expect(picture.frame.minX > body.frame.maxX, "the picture stands on the right of its words")
        #expect(abs(picture.frame.maxX - page.contentArea.maxX) < 0.01)
        #expect(LayoutTestSupport.geometryProblems(booklet).isEmpty)
    }

    @Test func ageBandsSetTheTypeSize() throws {
        for (age, size) in [(4, 18.0), (7, 18), (8, 16), (11, 16), (12, 14), (17, 14)] {
            let text = Self.smallPlan.replacingOccurrences(of: "age: 7", with: "age: \(age)")
            let booklet = try LayoutTestSupport.layout(try LayoutTestSupport.plan(text))
            let body = try #require(booklet.pages[1].boxes.first { $0.role == .body })
            guard case .text(_, let style) = body.content else {
                Issue.record("not text")
                continue
            }
            #expect(style.size == size, "age \(age)")
            #expect(style.lineSpacing >= 1.2)
        }
    }

    @Test func wordsSplitAndRejoinExactly() {
        let text = "One two\nthree  four\n\nfive"
        let words = BreakableText(text)
        #expect(words.prefix(2) + " " + words.dropping(2).text == "One two three four\n\nfive")
        #expect(words.dropping(2).prefix(1) == "three")
        #expect(words.longestPrefix { $0.count <= 7 } == 2)
        #expect(words.longestPrefix { _ in false } == nil)
    }

    @Test func fixedAdvanceMeasurerWrapsAsDescribed() {
        let measurer = FixedAdvanceMeasurer()
        let style = TextStyle(fontFamily: "x", size: 10, lineSpacing: 1)
        #expect(measurer.lineCount("aaaa bbbb", style: style, width: 20) == 2)
        #expect(measurer.lineCount("aaaaaaaaaa", style: style, width: 20) == 3)
        #expect(measurer.lineCount("a\nb", style: style, width: 100) == 2)
    }

    @Test func shippedLayoutIsValid() throws {
        #expect(try LayoutTestSupport.template().problems().isEmpty)
        var bad = try LayoutTestSupport.template()
        bad.lineSpacing = 1.0
        bad.sections.append("wories")
        #expect(bad.problems().count == 2)
    }
}

@Suite struct FigureTests {
    static let plan = """
        # P
        child: Mia
        age: 7
        shared with child: 2026-01-01

        ## Safety network
        - Nana Rose (Mum's mum): lives next door
        - Auntie Jade: dance class
        - Mr Dunne, teacher: says hello

        ## Safety scale
        0: Mia cannot live at home
        10: Everyone knows Mia is safe
        - Mia: 7
        - Dad: 9
        - Nana Rose: 6
        - Grace: 5

        ## Three houses
        worries:
        - Dad shouting
        good things:
        - Swimming
        dreams:
        - A birthday party

        ## Working well
        > "My dad gives the best cuddles." (Mia)
        """

    @Test func networkDrawsTheChildAndEachPersonOnce() throws {
        let booklet = try LayoutTestSupport.layout(try LayoutTestSupport.plan(Self.plan))
        let page = try #require(
            booklet.pages.first {
                $0.boxes.contains { if case .text("Auntie Jade", _) = $0.content { return $0.role == .caption } else { return false } }
            })
        let captions = page.boxes.filter { $0.role == .caption }
        let names = captions.compactMap { box -> String? in if case .text(let text, _) = box.content { return text } else { return nil } }
        #expect(Set(names).isSuperset(of: ["Mia", "Nana Rose", "Auntie Jade", "Mr Dunne"]))
        let everywhere = booklet.pages.flatMap(\.boxes).compactMap { box -> String? in
            if case .text(let text, _) = box.content { return text } else { return nil }
        }
        #expect(everywhere.filter { $0.hasPrefix("Auntie Jade") }.count == 1, "drawn once, not listed again under the drawing")
        // Every line stays clear of every word.
        let lines = page.boxes.filter {
            if case .shape = $0.content { return $0.role == .drawing && $0.tag.person != nil } else { return false }
        }
        let words = page.boxes.filter { if case .text = $0.content { return true } else { return false } }
        for line in lines where line.frame.width != line.frame.height {
            #expect(!words.contains { $0.frame.intersects(line.frame) && $0.tag.person != line.tag.person })
        }
        #expect(LayoutInspection.geometryProblems(booklet).isEmpty, "\(LayoutInspection.geometryProblems(booklet))")
    }

    @Test func scaleShowsEveryRatingAndTheNumbers() throws {
        let booklet = try LayoutTestSupport.layout(try LayoutTestSupport.plan(Self.plan))
        let texts = booklet.pages.flatMap(\.boxes).compactMap { box -> String? in
            if case .text(let text, _) = box.content { return text } else { return nil }
        }
        for number in 0...10 { #expect(texts.contains(String(number))) }
        #expect(texts.contains("0 — Mia cannot live at home"))
        #expect(LayoutInspection.geometryProblems(booklet).isEmpty, "\(LayoutInspection.geometryProblems(booklet))")
    }

    @Test func housesAndBubblesAreDrawn() throws {
        let booklet = try LayoutTestSupport.layout(try LayoutTestSupport.plan(Self.plan))
        let drawings = booklet.pages.flatMap(\.boxes).filter { $0.role == .drawing }
        #expect(drawings.count >= 3 + 1 + 1, "three houses, a bubble and the ruler at least")
        let quote = try #require(booklet.pages.flatMap(\.boxes).first { $0.role == .quote })
        guard case .text(let text, _) = quote.content else {
            Issue.record("quote is not text")
            return
        }
        #expect(text == "My dad gives the best cuddles.\n— Mia")
    }
}
