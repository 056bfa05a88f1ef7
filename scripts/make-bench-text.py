#!/usr/bin/env python3
"""Writes a deterministic English text of social-work prose for scripts/bench-lint.

    scripts/make-bench-text.py WORDS OUT.txt

The text reads like assessments and case notes: headings, paragraphs, lists,
dates and times, abbreviations (Dr., Mrs., e.g.), quotations, jargon,
acronyms and plain sentences, built from templates with a fixed seed, so the
same command always writes the same bytes. Every name in it is made up.
"""

import random
import sys

CHILDREN = ["Mia", "Jayden", "Keira", "Kacper", "Amira", "Ellie", "Noah", "Poppy", "Leo", "Ava", "Oscar", "Ruby"]
ADULTS = ["Mum", "Dad", "Gran", "Nan", "Grandad", "Auntie Jade", "Uncle Sam", "Mrs Hale", "Dr. Shah", "Mr. Dunne", "Mrs. Okafor", "Ms Patel"]
WORKERS = ["the social worker", "Priya", "Grace", "the health visitor", "the family support worker", "the school nurse", "Sam"]
PLACES = ["the family home", "school", "Gran's flat", "the family centre", "the GP surgery", "St. Mary's Hospital", "the contact centre", "the park"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
HEADINGS = ["Background", "Reason for referral", "What we are worried about", "What is working well", "What needs to happen",
            "Views of the child", "Views of the parents", "Analysis", "Recommendations", "Summary of concerns", "Next steps"]

PLAIN = [
    "{child} told me that {adult} makes breakfast every morning.",
    "{adult} takes {child} to {place} on time every day.",
    "{child} said, \"I like it when {adult} reads to me.\"",
    "On {day} {month} {adult} phoned {worker} and asked for help.",
    "{child} has a best friend at school and plays football on Saturdays.",
    "{adult} has not had a drink for {n} weeks.",
    "We met at {place} at {time} and talked for about an hour.",
    "{child} was smiling and chatty when I visited.",
    "{adult} cleaned the kitchen and the children had clean clothes.",
    "{child} sleeps in a room of their own and has a night light.",
    "{adult} agreed to come to the next meeting on {day} {month}.",
    "Where is {adult}? {child} asked this twice during the visit.",
]
PROFESSIONAL = [
    "Following the strategy discussion on {day} {month}, it was agreed that a section 47 enquiry would be undertaken by {worker}.",
    "{adult} has been non-compliant with the child protection plan and has failed to engage with the core group.",
    "The ICPC recommended that {child} should be made subject to a CPP under the category of neglect.",
    "In order to facilitate supervised contact, {worker} will liaise with the contact centre prior to the next review.",
    "It is recommended that a referral to CAMHS is made in relation to {child}'s emotional dysregulation.",
    "There are ongoing concerns regarding the home conditions, which were observed to be chaotic on a number of occasions.",
    "{child} was accommodated under section 20 and the placement was subsequently stepped down to a kinship carer.",
    "The multi-agency core group meeting was attended by {worker}, the SENCO, the health visitor and {adult}.",
    "{adult} presented as hostile and evasive when the allegations were discussed, i.e. the bruising noted by the school.",
    "Parenting capacity is assessed as insufficient to meet {child}'s needs, e.g. regarding routines, supervision and hygiene.",
    "The threshold for significant harm is met and the matter will be considered at the legal planning meeting.",
    "{child}'s siblings were placed in foster care, and sibling contact takes place on a fortnightly basis.",
    "It is anticipated that the PLO process will commence in {month} should insufficient progress be demonstrated.",
    "The chronology evidences a pattern of disguised compliance and minimisation by {adult}.",
    "{worker} will ensure that the EHCP is reviewed and that the PEP is updated at the earliest opportunity.",
    "{child} has been observed to display attention seeking and challenging behaviour in the classroom.",
    "A viability assessment of {adult} as a connected person is to be completed within statutory timescales.",
    "The IRO raised concerns that the pathway plan had not been updated since {month}.",
    "{child}'s weight was recorded at {decimal} kg, which is below the 2nd centile.",
    "The appointment at {time} was not attended and the family were subsequently uncontactable.",
]


def fill(template, rng):
    return template.format(
        child=rng.choice(CHILDREN), adult=rng.choice(ADULTS), worker=rng.choice(WORKERS), place=rng.choice(PLACES),
        month=rng.choice(MONTHS), day=rng.randint(1, 28), n=rng.randint(2, 12),
        time=f"{rng.randint(1, 11)}.{rng.choice(['00', '15', '30', '45'])} {rng.choice(['a.m.', 'p.m.'])}",
        decimal=f"{rng.randint(10, 40)}.{rng.randint(0, 9)}",
    )


def main():
    words = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    out = sys.argv[2] if len(sys.argv) > 2 else "bench.txt"
    rng = random.Random(2026)
    parts = []
    count = 0
    while count < words:
        heading = rng.choice(HEADINGS)
        block = [heading, ""]
        for _ in range(rng.randint(2, 5)):
            sentences = [fill(rng.choice(PROFESSIONAL if rng.random() < 0.55 else PLAIN), rng) for _ in range(rng.randint(2, 6))]
            block.append(" ".join(sentences))
            block.append("")
        if rng.random() < 0.4:
            for _ in range(rng.randint(2, 4)):
                block.append("- " + fill(rng.choice(PLAIN), rng).rstrip("."))
            block.append("")
        text = "\n".join(block)
        parts.append(text)
        count += len(text.split())
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("\n".join(parts))
    print(f"{out}: {count} words")


if __name__ == "__main__":
    main()
