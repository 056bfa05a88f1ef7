/// Every diagnostic code of a plan, as data: its stable code and name, how
/// serious it is, when it is given, an example and the fix.
///
/// This table is the one place a code is defined. The stages make their
/// diagnostics from it (`Diagnostic(catalogued:message:range:)`), and
/// `docs/plan-language.md`'s table of every diagnostic is this table written
/// out (the documentation test compares them; `PLANBOOK_RECORD=1 swift test`
/// rewrites the document's table).
extension DiagnosticCode {
    /// The catalogue, in code order.
    public static let catalogue: [DiagnosticCode] = [
        DiagnosticCode(
            "PB001", "missing-file", .error,
            message: "There is no file at the path given.",
            example: "`planbook check mai.plan`",
            fix: "Check the path and its spelling."),
        DiagnosticCode(
            "PB002", "not-a-file", .error,
            message:
                "The path is a folder. (The command line searches a folder for `.plan` files instead, so this comes from programs using planbook's library.)",
            example: "a folder named `mia.plan`",
            fix: "Give the path of a `.plan` file."),
        DiagnosticCode(
            "PB003", "unreadable-file", .error,
            message: "The file exists but cannot be read, usually for lack of permission.",
            example: "a plan only its owner may read",
            fix: "Check that you may read the file."),
        DiagnosticCode(
            "PB004", "file-too-large", .error,
            message:
                "The file is larger than the text limit, 1 MiB (1,048,576 bytes) unless raised with `--max-text-bytes N` or `\"textBytes\"` in the [limits](reliability.md#limits).",
            example: "a PDF or a log file renamed `.plan`",
            fix: "Check that this is the right file."),
        DiagnosticCode(
            "PB005", "not-text", .error,
            message: "The file holds a NUL byte, or is neither UTF-8 nor Windows-1252; it points at the first bad byte.",
            example: "a picture renamed `.plan`",
            fix: "Save the plan as UTF-8 text (Save As, encoding UTF-8)."),
        DiagnosticCode(
            "PB006", "empty-file", .error,
            message: "The file holds nothing but spaces, line breaks or a BOM.",
            example: "a new, empty file",
            fix: "Start with `# Mia's safety plan`, then `child:` and `age:`."),
        DiagnosticCode(
            "PB007", "windows-1252", .warning,
            message: "The file is not UTF-8, so it was read as Windows-1252; it points at the first byte that is not UTF-8.",
            example: "a plan saved as Windows-1252 with `café` in it",
            fix: "Save the plan as UTF-8 text (Save As, encoding UTF-8), and check that its accents and quotes look right."),
        DiagnosticCode(
            "PB008", "not-a-regular-file", .error,
            message: "The path names a pipe (FIFO), a device or a socket, not a file. It is refused at once, without waiting for a writer.",
            example: "`mkfifo mia.plan`",
            fix: "Give the path of a `.plan` file saved on disk."),
        DiagnosticCode(
            "PB101", "missing-title", .error,
            message: "The first line that is not blank or a comment is not a `# ` title, or there is no such line.",
            example: "`child: Mia` on the first line",
            fix: "Put `# Mia's safety plan` at the top."),
        DiagnosticCode(
            "PB102", "misplaced-title", .error,
            message: "A `# ` line stands after the title or after other lines.",
            example: "`# Worries` under a section",
            fix: "Use `## ` for a section, or move the title to the top."),
        DiagnosticCode(
            "PB103", "space-after-marker", .error,
            message: "`#`, `##` or `###` is followed directly by a word.",
            example: "`##Worries`",
            fix: "`## Worries`"),
        DiagnosticCode(
            "PB104", "empty-heading", .error,
            message: "`#`, `##` or `###` has nothing after it.",
            example: "`###`",
            fix: "Write the name: `### What happened`."),
        DiagnosticCode(
            "PB105", "deep-heading", .error,
            message: "A heading has four or more `#`.",
            example: "`#### Notes`",
            fix: "`#` title, `##` section, `###` story page."),
        DiagnosticCode(
            "PB106", "page-outside-section", .error,
            message: "A `### ` page stands before any `## ` section.",
            example: "`### What happened` among the details",
            fix: "Put `## Words and pictures` above it."),
        DiagnosticCode(
            "PB107", "expected-detail", .error,
            message: "A line between the title and the first section is not `key: value`.",
            example: "`Mia lives with Dad.` or `age:7`",
            fix: "Write `key: value` with a space after the colon, or start a section above the line."),
        DiagnosticCode(
            "PB108", "wrong-bullet", .error,
            message: "An item starts with `* `, `+ ` or `•`. The line is still read as an item.",
            example: "`* Gran helps`",
            fix: "`- Gran helps`"),
        DiagnosticCode(
            "PB201", "unknown-detail", .error,
            message: "A detail key is not one of the keys of the details table; says \"did you mean\" when one is close.",
            example: "`chld: Mia`",
            fix: "`child: Mia`"),
        DiagnosticCode(
            "PB202", "repeated-detail", .error,
            message: "A detail is given twice; the first counts.",
            example: "a second `date:` line",
            fix: "Keep one and delete the other."),
        DiagnosticCode(
            "PB203", "missing-child", .error,
            message: "There is no `child:` line. Points at the title.",
            example: "a plan with no `child:` line",
            fix: "Add `child: Mia Thompson` under the title."),
        DiagnosticCode(
            "PB204", "empty-detail", .error,
            message: "A detail has no value.",
            example: "`written by:`",
            fix: "`written by: Sam Patel, social worker`"),
        DiagnosticCode(
            "PB205", "invalid-age", .error,
            message: "The age is not a whole number from 0 to 18.",
            example: "`age: 7 and a half`",
            fix: "`age: 7`"),
        DiagnosticCode(
            "PB206", "invalid-date", .error,
            message: "A date (in `date:`, `shared with child:` or a date-like `by:`) is not written `YYYY-MM-DD`, or is not a real day.",
            example: "`date: 2026-02-30`, `by: 2026-3-1`",
            fix: "`date: 2026-03-02`"),
        DiagnosticCode(
            "PB207", "invalid-language", .error,
            message: "`language:` is not a language tag.",
            example: "`language: English`",
            fix: "`language: en-GB` (or `pl`, `ar`, `ur`, `ro`, `pa`)"),
        DiagnosticCode(
            "PB208", "invalid-reading-age", .error,
            message: "The reading age is not a whole number from 5 to 21.",
            example: "`reading age: 4`",
            fix: "`reading age: 9`"),
        DiagnosticCode(
            "PB209", "unknown-layout", .error,
            message: "No layout in `Layouts/` has that name.",
            example: "`layout: big-print`",
            fix: "`layout: child-booklet`, or leave the line out."),
        DiagnosticCode(
            "PB210", "missing-age", .error,
            message: "There is no `age:` line. Points at the title.",
            example: "a plan with no `age:` line",
            fix: "Add `age: 7` under the title."),
        DiagnosticCode(
            "PB211", "child-and-children", .error,
            message: "The plan gives both `child:` and `children:`. Points at the second.",
            example: "`child: Ruby` and `children: Ruby, Leo`",
            fix: "Keep one: `children:` for brothers and sisters."),
        DiagnosticCode(
            "PB212", "age-count-mismatch", .error,
            message: "`age:` does not give one age per child.",
            example: "`children: Ruby, Leo` with `age: 5`",
            fix: "`age: 5, 8`"),
        DiagnosticCode(
            "PB220", "unknown-plan-type", .error,
            message: "`plan type:` is not one of the five plan types or their aliases; says \"did you mean\" when one is close.",
            example: "`plan type: child protecton`",
            fix: "`plan type: child protection` (or `CP`)"),
        DiagnosticCode(
            "PB301", "unknown-section", .error,
            message: "A `## ` name is not a section or an alias; says \"did you mean\" when one is close.",
            example: "`## Worrys`",
            fix: "`## Worries`"),
        DiagnosticCode(
            "PB302", "repeated-section", .error,
            message: "A section appears a second time, under any of its names.",
            example: "`## Strengths` after `## Working well`",
            fix: "Put everything under the first heading."),
        DiagnosticCode(
            "PB303", "no-core-section", .error,
            message: "The plan has none of Worries, Working well and Next steps. Points at the title.",
            example: "a plan with only Who is worried",
            fix: "Add `## Worries`, `## Working well` or `## Next steps`."),
        DiagnosticCode(
            "PB304", "unexpected-line", .error,
            message:
                "A line does not fit its section: text without `- `, a `key:` line in a section of items or people, a `###` page outside Words and pictures, an attribute that is not indented.",
            example: "`Dad drinks.` under `## Worries`; `who: Gran` not indented",
            fix: "`- Dad drinks.`; indent `  who: Gran` under its item."),
        DiagnosticCode(
            "PB305", "unknown-attribute", .error,
            message: "An indented `word:` under an item is one or two letters away from `impact`, `who`, `by`, `picture` or `phone`.",
            example: "`  impcat: Mia was scared.`",
            fix: "`  impact: Mia was scared.`"),
        DiagnosticCode(
            "PB306", "misplaced-attribute", .error,
            message: "An attribute stands under an item of a section that does not take it.",
            example: "`  who: Dad` under a Worries item",
            fix: "Move it to an item of Next steps (`who`, `by`) or What happened (`impact`), or make it part of the words."),
        DiagnosticCode(
            "PB307", "repeated-attribute", .error,
            message: "An item has the same attribute twice; the first counts.",
            example: "two `impact:` lines under one item",
            fix: "Keep one."),
        DiagnosticCode(
            "PB308", "empty-attribute", .error,
            message: "An attribute has no value.",
            example: "`  who:`",
            fix: "`  who: Mum, Dad`"),
        DiagnosticCode(
            "PB309", "empty-item", .error,
            message: "An item or quote has no words.",
            example: "`-`, `- [picture: sun]`, `>`",
            fix: "Write the words after `- ` (or `> `), or delete the line."),
        DiagnosticCode(
            "PB310", "empty-safety-house", .error,
            message: "A Safety house has none of `inside:`, `roof:` and `outside:`. Points at the heading.",
            example: "`## Safety house` with only `path: 4`",
            fix: "Add a list, such as `inside:` with `- Mum: makes my tea`."),
        DiagnosticCode(
            "PB401", "invalid-rating", .error,
            message: "A rating is not a whole number from 0 to 10.",
            example: "`- Mum: 11`",
            fix: "`- Mum: 8`"),
        DiagnosticCode(
            "PB402", "malformed-rating", .error,
            message: "A rating lacks a colon, a name or a number.",
            example: "`- Sam thinks six`",
            fix: "`- Sam: 6`"),
        DiagnosticCode(
            "PB403", "unknown-scale-field", .error,
            message: "The safety scale has a `key:` line other than `question:`, `0:` and `10:`.",
            example: "`5: half way`",
            fix: "Use `question:`, `0:`, `10:` and ratings `- Name: N`."),
        DiagnosticCode(
            "PB404", "unknown-house", .error,
            message: "A `key:` line in Three houses is not a house; says \"did you mean\" when one is close.",
            example: "`dreems:`",
            fix: "`dreams:`"),
        DiagnosticCode(
            "PB405", "item-outside-house", .error,
            message: "An item in Three houses comes before any house, or after an unknown one.",
            example: "`- Dad shouting` right under `## Three houses`",
            fix: "Put `worries:`, `good things:` or `dreams:` above it."),
        DiagnosticCode(
            "PB406", "text-outside-page", .error,
            message: "A line in Words and pictures comes before the first `###` page.",
            example: "a sentence right under `## Words and pictures`",
            fix: "Put a page title such as `### Who is worried about Mia?` above it."),
        DiagnosticCode(
            "PB407", "repeated-field", .error,
            message: "`question:`, `0:`, `10:` or a house is given twice in its section.",
            example: "two `question:` lines",
            fix: "Keep one."),
        DiagnosticCode(
            "PB408", "invalid-phone", .error,
            message: "A person's `phone:` holds something other than digits, spaces, `+`, `(`, `)` and `-`, or no digit.",
            example: "`  phone: call her at home`",
            fix: "`  phone: 07700 900123`"),
        DiagnosticCode(
            "PB409", "invalid-path", .error,
            message: "The Safety house's `path:` place is not a whole number from 0 to 10.",
            example: "`path: 11, at the door`",
            fix: "`path: 10, at the door`"),
        DiagnosticCode(
            "PB410", "unknown-safety-house-part", .error,
            message:
                "A `key:` line in the Safety house is not `inside`, `roof`, `outside` or `path`; says \"did you mean\" when one is close.",
            example: "`rofo:`",
            fix: "`roof:`"),
        DiagnosticCode(
            "PB411", "item-outside-safety-house-list", .error,
            message: "An item in the Safety house comes before any list, after an unknown part, or after `path:`.",
            example: "`- Gran comes round` right under `## Safety house`",
            fix: "Put `inside:`, `roof:` or `outside:` above it."),
        DiagnosticCode(
            "PB501", "unknown-picture", .error,
            message: "A library picture name is not in the library; says \"did you mean\" when one is close.",
            example: "`[picture: grann]`",
            fix: "`[picture: gran]`"),
        DiagnosticCode(
            "PB502", "missing-picture-file", .error,
            message: "A picture path points to no file (or to a folder).",
            example: "`[picture: drawings/house.png]` with no such file",
            fix: "Check the spelling; the path is relative to the plan's folder."),
        DiagnosticCode(
            "PB503", "picture-outside-folder", .error,
            message: "A picture path leaves the plan's folder: `..`, an absolute path, `~`, or a link that points out.",
            example: "`[picture: ../photos/mia.png]`",
            fix: "Copy the picture into the plan's folder (or a folder inside it)."),
        DiagnosticCode(
            "PB504", "unsupported-picture", .error,
            message: "A picture file is not PNG, JPEG or SVG, by its ending or by its content.",
            example: "`[picture: drawing.gif]`; a text file named `.png`",
            fix: "Save the picture as PNG, JPEG or SVG."),
        DiagnosticCode(
            "PB505", "empty-picture", .error,
            message: "A `[picture: ]` tag has no name.",
            example: "`- Gran helps. [picture: ]`",
            fix: "`[picture: gran]`, or delete the tag."),
        DiagnosticCode(
            "PB506", "picture-too-many-pixels", .error,
            message:
                "A PNG or JPEG picture's header says it has more pixels (width × height) than the limit, 25,000,000 unless raised with `--max-picture-pixels N` or `\"picturePixels\"` in the [limits](reliability.md#limits). Checked before decoding.",
            example: "a 30,000 × 30,000 photo",
            fix: "Make the picture smaller: a booklet page needs no more than about 2,000 × 2,000 pixels."),
        DiagnosticCode(
            "PB507", "picture-file-too-large", .error,
            message:
                "A picture file is larger than the limit, 32 MiB unless raised with `--max-picture-bytes N` or `\"pictureFileBytes\"`.",
            example: "a 100 MB scan",
            fix: "Save the picture smaller."),
        DiagnosticCode(
            "PB508", "svg-too-large", .error,
            message:
                "An SVG picture's `width`, `height` or `viewBox` is more than the limit, 16,384 units a side unless raised with `--max-svg-side N` or `\"svgSide\"`.",
            example: "`<svg width=\"40000\" height=\"40000\">`",
            fix: "Give the SVG a smaller width, height and view box."),
        DiagnosticCode(
            "PB509", "svg-too-many-elements", .error,
            message:
                "An SVG picture has more elements than the limit, 50,000 unless raised with `--max-svg-elements N` or `\"svgElements\"`.",
            example: "a traced photo with 200,000 paths",
            fix: "Simplify the drawing, or save it as a PNG."),
        DiagnosticCode(
            "PB510", "picture-not-a-file", .error,
            message: "A picture path names a pipe, a device or a socket, not a file.",
            example: "`mkfifo gran.png`",
            fix: "Give the path of a PNG, JPEG or SVG file."),
        DiagnosticCode(
            "PB601", "not-shared-with-child", .warning,
            message: "The plan has no `shared with child:` line. Points at the title.",
            example: "a plan without it",
            fix: "After reading the plan together: `shared with child: 2026-05-18, read together at home`."),
        DiagnosticCode(
            "PB602", "missing-impact", .warning,
            message: "A What happened item has no `impact:`.",
            example: "`- Dad hit Mum.` alone",
            fix: "Add `  impact: Mia heard it and hid under her bed.`"),
        DiagnosticCode(
            "PB603", "next-step-without-who", .warning,
            message: "A Next steps item has no `who:` (or no names in it).",
            example: "`- Gran will phone Sam.` alone",
            fix: "Add `  who: Gran`."),
        DiagnosticCode(
            "PB604", "no-childs-voice", .warning,
            message: "The plan has no quote, no item in Three houses and no rating by the child. Points at the title.",
            example: "a plan with none of these",
            fix: "Add `> \"…\" (Mia)`, the Three houses, or `- Mia: 6` on the safety scale."),
    ]
}
