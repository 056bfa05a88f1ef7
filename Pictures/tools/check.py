#!/usr/bin/env python3
"""Checks the picture library: python3 Pictures/tools/check.py

* every SVG is well-formed XML, uses viewBox 0 0 200 200 and width/height 200,
  and only plain shapes (no text, fonts, scripts, filters, images or links)
* rsvg-convert renders it (exit code 0), if rsvg-convert is installed
* library.json lists every SVG and every entry has its file; names sorted and unique;
  keywords lower case and not shared between pictures
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PICS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = "{http://www.w3.org/2000/svg}"
ALLOWED = {"svg", "g", "path", "circle", "ellipse", "rect", "polygon", "line"}
problems = []


def bad(msg):
    problems.append(msg)


files = sorted(f for f in os.listdir(PICS) if f.endswith(".svg"))
rsvg = shutil.which("rsvg-convert")
tmp = tempfile.mkdtemp()
for f in files:
    p = os.path.join(PICS, f)
    try:
        root = ET.parse(p).getroot()
    except ET.ParseError as e:
        bad(f"{f}: not well-formed: {e}")
        continue
    if root.tag != NS + "svg":
        bad(f"{f}: root is {root.tag}")
    for k, v in (("viewBox", "0 0 200 200"), ("width", "200"), ("height", "200")):
        if root.get(k) != v:
            bad(f"{f}: {k}={root.get(k)!r}")
    for el in root.iter():
        tag = el.tag.replace(NS, "")
        if tag not in ALLOWED:
            bad(f"{f}: element <{tag}> not allowed")
        for a in el.attrib:
            if "href" in a or a.startswith("on") or a in ("filter", "font-family", "style"):
                bad(f"{f}: attribute {a} not allowed")
        if (el.text or "").strip():
            bad(f"{f}: text content in <{tag}>")
    if rsvg:
        r = subprocess.run([rsvg, "-o", os.path.join(tmp, "x.png"), p], capture_output=True)
        if r.returncode != 0:
            bad(f"{f}: rsvg-convert exit {r.returncode}: {r.stderr.decode().strip()}")

lib = json.load(open(os.path.join(PICS, "library.json"), encoding="utf-8"))
entries = lib["pictures"]
names = [e["name"] for e in entries]
if names != sorted(names):
    bad("library.json: not sorted by name")
if len(set(names)) != len(names):
    bad("library.json: duplicate names")
owner = {}
for e in entries:
    if set(e) != {"name", "file", "description", "keywords"}:
        bad(f"entry {e.get('name')}: keys {sorted(e)}")
    if e["file"] != e["name"] + ".svg":
        bad(f"entry {e['name']}: file {e['file']}")
    if not os.path.exists(os.path.join(PICS, e["file"])):
        bad(f"entry {e['name']}: missing file {e['file']}")
    if not e["description"].strip():
        bad(f"entry {e['name']}: empty description")
    if not e["keywords"]:
        bad(f"entry {e['name']}: no keywords")
    for k in e["keywords"]:
        if k != k.lower() or k != k.strip() or not k:
            bad(f"entry {e['name']}: keyword {k!r} not lower-case/trimmed")
        if k in owner and owner[k] != e["name"]:
            bad(f"keyword {k!r} in both {owner[k]} and {e['name']}")
        owner[k] = e["name"]
listed = {e["file"] for e in entries}
for f in files:
    if f not in listed:
        bad(f"{f}: no entry in library.json")

print(f"{len(files)} svg files, {len(entries)} entries, rsvg-convert {'used' if rsvg else 'NOT FOUND'}")
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems or not rsvg else 0)
