/// The plan a worker starts from: the three questions (what are we worried
/// about, what is working well, what needs to happen), a safety scale, the
/// three houses and a words-and-pictures page, each with a line saying what
/// to write. It has no errors, so its booklet shows at once.
enum PlanTemplate {
    /// The template with the child's first name and today's date put in.
    static func text(child: String, date: String) -> String {
        let child = child.isEmpty ? "the child" : child
        return """
            # \(child)'s safety plan

            child: \(child)
            age: 7
            written by: Your name, your job
            date: \(date)
            // When you have read this plan with \(child), write the date and where:
            // shared with child: \(date), read together at home

            ## Who is worried
            - Your name, \(child)'s social worker

            ## What happened
            - Write what happened, in the words you would use with \(child).
              impact: Write how it made \(child) feel.

            ## What are we worried about
            - Write what could happen to \(child) if nothing changes.

            ## What's working well
            - Write one thing that already keeps \(child) safe.
            > "Write what \(child) said, in \(child)'s own words." (\(child))

            ## What needs to happen
            - Write one thing that will happen next.
              who: Write who will do it
              by: \(date)

            ## Safety scale
            question: How safe is \(child) at home?
            0: Write what 0 means
            10: Write what 10 means
            - \(child): 5

            ## Three houses
            worries:
            - Write what \(child) worries about
            good things:
            - Write the good things \(child) told you
            dreams: Write \(child)'s dream

            ## Words and pictures
            ### Who is worried about \(child)?
            Write who is worried, in a short sentence. [picture: house]

            """
    }
}
