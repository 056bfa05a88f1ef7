import Testing

@testable import PlainLanguage

/// Words and sentences, counted by hand.
@Suite struct TextAnalysisTests {
    init() { _ = LintTesting.installData }

    @Test func wordsKeepTheirJoiners() {
        let text = LintTesting.analyse("Mum's grown-up friend didn't come at 3.30 or 3:30, e.g. on 1,000 days to A&E.")
        let words = text.words.map { $0.text(in: text.file) }
        #expect(
            words == [
                "Mum's", "grown-up", "friend", "didn't", "come", "at", "3.30", "or", "3:30", "e.g.", "on", "1,000", "days", "to", "A&E",
            ])
    }

    @Test func wordsInOtherAlphabetsAndWithAccents() {
        let text = LintTesting.analyse("Zoë and Chloé met Amira (أميرة) at the café.")
        #expect(text.words.map { $0.text(in: text.file) } == ["Zoë", "and", "Chloé", "met", "Amira", "أميرة", "at", "the", "café"])
        #expect(text.words[0].letters == 3)
    }

    @Test func lettersCountLettersOnly() {
        let text = LintTesting.analyse("Mum's 3 grown-up kids.")
        #expect(text.words.map(\.letters) == [4, 0, 7, 4])
    }

    /// Each passage's sentences were counted by hand.
    @Test(arguments: [
        ("Dr. Shah saw Mia. Mr. and Mrs. Jones came too.", 2),
        ("Her temperature was 41.5 degrees. The visit was at 3.30 and lasted an hour.", 2),
        ("We met at 9 a.m. on Monday. It rained.", 2),
        ("Bring toys, books, etc. to the centre. Then we will start.", 2),
        ("Some words need explaining, e.g. threshold, i.e. the line we use. She nodded.", 2),
        ("Mr J. Smith and Mrs K. L. Patel came. They stayed.", 2),
        ("She lives at No. 5 Green Lane. St. Mary's is near.", 2),
        ("Mum said, \"Stop it.\" Then she left.", 2),
        ("\"Where is Dad?\" asked Mia. Nobody knew.", 2),
        ("I waited... Then he came! Was he late? Yes.", 4),
        ("I waited ... and waited.", 1),
        ("Stop. Go. No.", 3),
        ("Mia (who is seven) said yes. (She smiled.) We left.", 3),
        ("The meeting is at 10.00 a.m. The room is upstairs.", 2),
        ("Background\nThe family moved here in 2019. They like it.", 3),
        ("Actions agreed:\n- Gran helps every day\n- Dad drives Mia to school\n\nWe will meet again.", 4),
        ("The worker visited the\nfamily on Tuesday and\nsaw the children.", 1),
        ("", 0),
        ("----", 0),
    ])
    func sentencesCountedByHand(passage: String, count: Int) {
        #expect(LintTesting.sentences(passage).count == count, "\(LintTesting.sentences(passage))")
    }

    @Test func sentencesEndWhereExpected() {
        let passage =
            "Dr. Shah saw Mia at 3.30 p.m. on Monday. Her temperature was 41.5 degrees, e.g. very high. \"Where is Dad?\" asked Mia. I waited... Then he came!"
        #expect(
            LintTesting.sentences(passage) == [
                "Dr. Shah saw Mia at 3.30 p.m. on Monday.",
                "Her temperature was 41.5 degrees, e.g. very high.",
                "\"Where is Dad?\" asked Mia.",
                "I waited...",
                "Then he came!",
            ])
    }

    @Test func aLongerPassageCountedByHand() {
        // 1 Background (a heading), 2 Mia is 7., 3 She lives … school., 4 On 3 May … reach Mum.,
        // 5 Mum said, "I was asleep.", 6 The GP … next day., 7 What we agreed: (a lead-in), 8–10 the list items.
        let passage = """
            Background

            Mia is 7. She lives with Mum at No. 12 Park Road, near St. Anne's school. On 3 May at 4.15 p.m. \
            the school could not reach Mum. Mum said, "I was asleep." The GP, Dr. Okafor, saw Mia the next day.

            What we agreed:
            - Gran picks Mia up on Fridays
            - Mum sets an alarm
            - Sam visits every two weeks
            """
        #expect(LintTesting.sentences(passage).count == 10, "\(LintTesting.sentences(passage))")
    }

    @Test func casingOfWords() {
        let text = LintTesting.analyse("Mum saw CAMHS and iPad staff about 14 things.")
        #expect(text.words.map(\.casing) == [.capitalised, .lower, .allCaps, .lower, .mixed, .lower, .lower, .uncased, .lower])
    }

    @Test func sentenceStarts() {
        let text = LintTesting.analyse("Mia ran. Gran came.")
        #expect(text.words.map(\.isSentenceStart) == [true, false, true, false])
    }
}
