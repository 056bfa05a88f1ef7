#!/usr/bin/env python3
"""Draws planbook's built-in picture library.

Run from anywhere:  python3 Pictures/tools/draw.py
It (re)writes Pictures/NAME.svg for every picture below and Pictures/library.json.
The output is deterministic: same script, same bytes.

Style rules (keep them when adding pictures):
  * viewBox 0 0 200 200, width/height 200, transparent background
  * dark outline OUT, stroke width SW (4) on everything big, ~3 on small details
  * soft pastel / primary fills, rounded joins and caps
  * only path, circle, ellipse, rect, polygon, line, g (+ transform); no text,
    fonts, filters, gradients, scripts or external references
  * nothing frightening; people of several ages and skin tones
"""
import json
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.dirname(HERE)

OUT = "#33293d"   # outline colour
SW = 4            # outline width

# skin tones, deliberately varied across the people pictures
SKIN = {
    "vlight": "#fde2cf",
    "light": "#f3c9a5",
    "mlight": "#e0a77c",
    "medium": "#c68352",
    "brown": "#8f5a3a",
    "deep": "#5e3b27",
}
HAIR = {
    "black": "#3a3038",
    "dbrown": "#5a3a26",
    "brown": "#8a5a32",
    "blonde": "#f3cf6b",
    "ginger": "#dd7a3c",
    "grey": "#cfcfd6",
    "white": "#f1f1f4",
}
C = {
    "blue": "#7fb8e6",
    "lblue": "#bfe3f5",
    "red": "#ef7b73",
    "pink": "#f7a6c4",
    "green": "#8fd19e",
    "dgreen": "#5fae6e",
    "yellow": "#ffd66b",
    "purple": "#b9a3e3",
    "orange": "#f9a862",
    "teal": "#6cc5b9",
    "navy": "#3f5a8a",
    "denim": "#5b7fb5",
    "grey": "#b7b7c2",
    "lgrey": "#e4e4ec",
    "white": "#ffffff",
    "cream": "#fff4d6",
    "brown": "#b0825a",
    "dbrown": "#7d5536",
    "mouth": "#d9546a",
    "cheek": "#f59a9a",
    "gold": "#ffc83d",
    "sky": "#a8d8f0",
}


# ---------------------------------------------------------------- helpers
def num(v):
    if isinstance(v, float):
        s = f"{v:.2f}".rstrip("0").rstrip(".")
        return "0" if s in ("-0", "") else s
    return str(v)


def D(*items):
    """Build path data: D('M', 1, 2, 'L', 3, 4)."""
    return " ".join(num(i) if isinstance(i, (int, float)) else i for i in items)


def _attrs(a):
    out = []
    for k, v in a.items():
        if v is None:
            continue
        k = k.rstrip("_").replace("_", "-")
        out.append(f'{k}="{num(v) if isinstance(v, (int, float)) else v}"')
    return " ".join(out)


def el(tag, **a):
    return f"<{tag} {_attrs(a)}/>"


def circle(cx, cy, r, fill, sw=SW, stroke=OUT, **a):
    return el("circle", cx=cx, cy=cy, r=r, fill=fill,
              stroke=stroke if sw else None, stroke_width=sw or None, **a)


def ellipse(cx, cy, rx, ry, fill, sw=SW, stroke=OUT, **a):
    return el("ellipse", cx=cx, cy=cy, rx=rx, ry=ry, fill=fill,
              stroke=stroke if sw else None, stroke_width=sw or None, **a)


def rect(x, y, w, h, fill, rx=0, sw=SW, stroke=OUT, **a):
    return el("rect", x=x, y=y, width=w, height=h, rx=rx or None, fill=fill,
              stroke=stroke if sw else None, stroke_width=sw or None, **a)


def path(d, fill="none", sw=SW, stroke=OUT, **a):
    return el("path", d=d, fill=fill, stroke=stroke if sw else None,
              stroke_width=sw or None, **a)


def poly(points, fill, sw=SW, stroke=OUT, **a):
    pts = " ".join(f"{num(float(x))},{num(float(y))}" for x, y in points)
    return el("polygon", points=pts, fill=fill, stroke=stroke if sw else None,
              stroke_width=sw or None, **a)


def line(x1, y1, x2, y2, color=OUT, w=SW):
    return el("line", x1=x1, y1=y1, x2=x2, y2=y2, stroke=color, stroke_width=w)


def g(*content, transform=None):
    t = f' transform="{transform}"' if transform else ""
    return f"<g{t}>" + "".join(content) + "</g>"


def limb(points, width, color, sw=SW, curve=True):
    """A thick outlined stroke through points (outline drawn as a wider dark stroke)."""
    if len(points) == 2 or not curve:
        d = D("M", *points[0], *sum((["L", *p] for p in points[1:]), []))
    else:
        # quadratic through the middle point used as control
        d = D("M", *points[0], "Q", *points[1], *points[2])
    return (path(d, sw=width + 2 * sw, stroke=OUT) +
            path(d, sw=width, stroke=color))


def star_points(cx, cy, ro, ri, n=5, rot=-90):
    pts = []
    for i in range(2 * n):
        r = ro if i % 2 == 0 else ri
        a = math.radians(rot + i * 180 / n)
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def heart_d(cx, cy, s):
    """Heart of width ~2s centred at cx, cy."""
    return D("M", cx, cy + 0.9 * s,
             "C", cx - 0.25 * s, cy + 0.7 * s, cx - s, cy + 0.25 * s, cx - s, cy - 0.25 * s,
             "C", cx - s, cy - 0.75 * s, cx - 0.35 * s, cy - 0.95 * s, cx, cy - 0.5 * s,
             "C", cx + 0.35 * s, cy - 0.95 * s, cx + s, cy - 0.75 * s, cx + s, cy - 0.25 * s,
             "C", cx + s, cy + 0.25 * s, cx + 0.25 * s, cy + 0.7 * s, cx, cy + 0.9 * s, "Z")


def cloud_d(cx, cy, w, h):
    """Fluffy cloud, bottom flat, centred on cx, bottom at cy + h/2."""
    x0, x1 = cx - w / 2, cx + w / 2
    yb = cy + h / 2
    return D("M", x0 + 0.12 * w, yb,
             "C", x0 - 0.06 * w, yb, x0 - 0.05 * w, cy - 0.05 * h, x0 + 0.15 * w, cy - 0.02 * h,
             "C", x0 + 0.12 * w, cy - 0.5 * h, x0 + 0.42 * w, cy - 0.62 * h, x0 + 0.5 * w, cy - 0.35 * h,
             "C", x0 + 0.55 * w, cy - 0.85 * h, x0 + 0.9 * w, cy - 0.75 * h, x0 + 0.82 * w, cy - 0.12 * h,
             "C", x1 + 0.06 * w, cy - 0.15 * h, x1 + 0.08 * w, yb, x1 - 0.1 * w, yb,
             "Z")


def zed(x, y, s, w=SW):
    """A 'Z' sleep mark drawn as a path (not text)."""
    return path(D("M", x, y, "L", x + s, y, "L", x, y + s, "L", x + s, y + s),
                sw=w, stroke=OUT)


# ---------------------------------------------------------------- heads & people
def cheek_colour(skin):
    return "#c86a6a" if skin in (SKIN["brown"], SKIN["deep"]) else C["cheek"]


def eyes(r, sw, kind="dot"):
    out = []
    ex, ey = 0.36 * r, -0.02 * r
    for sx in (-1, 1):
        x = sx * ex
        if kind == "dot":
            out.append(circle(x, ey, 0.13 * r, OUT, sw=0))
            out.append(circle(x + 0.04 * r, ey - 0.05 * r, 0.04 * r, "#ffffff", sw=0))
        elif kind == "happy":      # ^ ^
            out.append(path(D("M", x - 0.13 * r, ey + 0.04 * r, "Q", x, ey - 0.18 * r,
                              x + 0.13 * r, ey + 0.04 * r), sw=sw * 0.8))
        elif kind == "closed":     # u u
            out.append(path(D("M", x - 0.13 * r, ey, "Q", x, ey + 0.14 * r,
                              x + 0.13 * r, ey), sw=sw * 0.8))
        elif kind == "wide":
            out.append(circle(x, ey, 0.2 * r, "#ffffff", sw=sw * 0.6))
            out.append(circle(x, ey + 0.02 * r, 0.1 * r, OUT, sw=0))
    return "".join(out)


def face(r, skin, sw, kind="smile"):
    out = []
    ck = cheek_colour(skin)
    fs = sw * 0.75
    if kind in ("smile", "happy"):
        out.append(eyes(r, sw, "happy" if kind == "happy" else "dot"))
        out.append(circle(-0.6 * r, 0.28 * r, 0.15 * r, ck, sw=0))
        out.append(circle(0.6 * r, 0.28 * r, 0.15 * r, ck, sw=0))
        if kind == "happy":
            out.append(path(D("M", -0.4 * r, 0.25 * r, "Q", 0, 0.32 * r, 0.4 * r, 0.25 * r,
                              "Q", 0.3 * r, 0.72 * r, 0, 0.72 * r,
                              "Q", -0.3 * r, 0.72 * r, -0.4 * r, 0.25 * r, "Z"),
                            fill=C["mouth"], sw=fs))
        else:
            out.append(path(D("M", -0.3 * r, 0.3 * r, "Q", 0, 0.36 * r, 0.3 * r, 0.3 * r,
                              "Q", 0.22 * r, 0.62 * r, 0, 0.62 * r,
                              "Q", -0.22 * r, 0.62 * r, -0.3 * r, 0.3 * r, "Z"),
                            fill=C["mouth"], sw=fs))
    elif kind == "calm":
        out.append(eyes(r, sw))
        out.append(circle(-0.6 * r, 0.28 * r, 0.15 * r, ck, sw=0))
        out.append(circle(0.6 * r, 0.28 * r, 0.15 * r, ck, sw=0))
        out.append(path(D("M", -0.25 * r, 0.36 * r, "Q", 0, 0.58 * r, 0.25 * r, 0.36 * r), sw=fs))
    elif kind == "sad":
        out.append(eyes(r, sw))
        for sx in (-1, 1):
            out.append(path(D("M", sx * 0.2 * r, -0.3 * r, "L", sx * 0.52 * r, -0.2 * r), sw=fs))
        out.append(path(D("M", -0.28 * r, 0.55 * r, "Q", 0, 0.3 * r, 0.28 * r, 0.55 * r), sw=fs))
        # one tear
        tx, ty = 0.5 * r, 0.36 * r
        out.append(path(D("M", tx, ty - 0.14 * r, "Q", tx + 0.1 * r, ty + 0.02 * r, tx + 0.08 * r,
                          ty + 0.08 * r, "A", 0.08 * r, 0.08 * r, 0, 0, 1, tx - 0.08 * r, ty + 0.08 * r,
                          "Q", tx - 0.1 * r, ty + 0.02 * r, tx, ty - 0.14 * r, "Z"),
                        fill="#8ecdf2", sw=sw * 0.6))
    elif kind == "scared":
        out.append(eyes(r, sw, "wide"))
        for sx in (-1, 1):
            out.append(path(D("M", sx * 0.22 * r, -0.36 * r, "Q", sx * 0.38 * r, -0.48 * r,
                              sx * 0.55 * r, -0.4 * r), sw=fs))
        out.append(ellipse(0, 0.45 * r, 0.14 * r, 0.19 * r, C["mouth"], sw=fs))
    elif kind == "angry":
        out.append(eyes(r, sw))
        for sx in (-1, 1):
            out.append(path(D("M", sx * 0.16 * r, -0.2 * r, "L", sx * 0.52 * r, -0.34 * r), sw=sw))
        out.append(circle(-0.6 * r, 0.28 * r, 0.16 * r, "#ee7d7d", sw=0))
        out.append(circle(0.6 * r, 0.28 * r, 0.16 * r, "#ee7d7d", sw=0))
        out.append(path(D("M", -0.3 * r, 0.52 * r, "Q", 0, 0.32 * r, 0.3 * r, 0.52 * r), sw=fs))
    elif kind == "sleep":
        out.append(eyes(r, sw, "closed"))
        out.append(circle(-0.6 * r, 0.28 * r, 0.15 * r, ck, sw=0))
        out.append(circle(0.6 * r, 0.28 * r, 0.15 * r, ck, sw=0))
        out.append(ellipse(0, 0.45 * r, 0.08 * r, 0.06 * r, C["mouth"], sw=fs * 0.8))
    return "".join(out)


def hair_cap(r, hc, sw, part="left", low=0.0):
    """Front hair: covers the top of the head with a fringe."""
    R = r + 0.06 * r
    k = 1.36 * R
    y0 = low * r
    d = D("M", -R, y0, "C", -R, -k, R, -k, R, y0)
    if part == "left":
        d += D("Q", 0.92 * r, -0.3 * r, 0.72 * r, -0.42 * r,
               "Q", 0.1 * r, -0.38 * r, -0.42 * r, -0.72 * r,
               "Q", -0.72 * r, -0.38 * r, -R, y0, "Z")
    elif part == "straight":
        d += D("Q", 0.95 * r, -0.35 * r, 0.7 * r, -0.45 * r,
               "Q", 0, -0.38 * r, -0.7 * r, -0.45 * r,
               "Q", -0.95 * r, -0.35 * r, -R, y0, "Z")
    elif part == "high":      # receding / short neat
        d += D("Q", 0.9 * r, -0.45 * r, 0.65 * r, -0.6 * r,
               "Q", 0, -0.75 * r, -0.65 * r, -0.6 * r,
               "Q", -0.9 * r, -0.45 * r, -R, y0, "Z")
    return path(d, fill=hc, sw=sw)


def head(r, skin, hair="short", hc=HAIR["brown"], expr="smile", sw=SW,
         glasses=False, beard=False, moustache=False, ears=True, extra_hair=None):
    """Returns (back, front) SVG strings for a head centred at (0, 0)."""
    back, front = [], []
    if hair == "long":
        back.append(path(D("M", -r - 5, -0.3 * r, "C", -r - 5, -1.5 * r, r + 5, -1.5 * r, r + 5, -0.3 * r,
                           "L", r + 9, 1.75 * r, "Q", 0, 1.95 * r, -r - 9, 1.75 * r, "Z"), fill=hc, sw=sw))
    elif hair == "bob":
        back.append(path(D("M", -r - 6, -0.3 * r, "C", -r - 6, -1.5 * r, r + 6, -1.5 * r, r + 6, -0.3 * r,
                           "L", r + 7, 0.75 * r, "Q", 0, 0.95 * r, -r - 7, 0.75 * r, "Z"), fill=hc, sw=sw))
    elif hair == "bun":
        back.append(circle(0, -1.05 * r, 0.42 * r, hc, sw=sw))
    elif hair == "pigtails":
        for sx in (-1, 1):
            back.append(ellipse(sx * (r + 0.3 * r), 0.15 * r, 0.34 * r, 0.48 * r, hc, sw=sw,
                                transform=f"rotate({num(sx * -20.0)} {num(sx * 1.3 * r)} {num(0.15 * r)})"))
    elif hair == "afro":
        pts = []
        n = 14
        for i in range(n + 1):
            a = math.radians(-200 + i * 220 / n)
            rr = 1.28 * r
            pts.append((rr * math.cos(a), -0.12 * r + rr * math.sin(a)))
        d = D("M", *pts[0])
        for i in range(1, len(pts)):
            mx = (pts[i - 1][0] + pts[i][0]) / 2 * 1.12
            my = (-0.12 * r + ((pts[i - 1][1] + 0.12 * r) + (pts[i][1] + 0.12 * r)) / 2 * 1.12)
            d += " " + D("Q", mx, my, *pts[i])
        d += " " + D("Q", 0, 0.4 * r, *pts[0], "Z")
        back.append(path(d, fill=hc, sw=sw))
    elif hair == "puff":   # hair pulled up into a round puff
        back.append(circle(0, -1.1 * r, 0.62 * r, hc, sw=sw))
    elif hair == "scarf":
        back.append(path(D("M", -r - 8, 0, "C", -r - 8, -1.55 * r, r + 8, -1.55 * r, r + 8, 0,
                           "C", r + 8, 0.9 * r, 1.45 * r, 1.4 * r, 1.5 * r, 1.9 * r,
                           "L", -1.5 * r, 1.9 * r,
                           "C", -1.45 * r, 1.4 * r, -r - 8, 0.9 * r, -r - 8, 0, "Z"), fill=hc, sw=sw))
    elif hair == "locs":
        back.append(path(D("M", -r - 5, -0.3 * r, "C", -r - 5, -1.5 * r, r + 5, -1.5 * r, r + 5, -0.3 * r,
                           "L", r + 8, 1.6 * r, "Q", 0, 1.8 * r, -r - 8, 1.6 * r, "Z"), fill=hc, sw=sw))
        for i in range(-3, 4):
            x = i * 0.33 * r
            if abs(x) > 0.75 * r:
                back.append(path(D("M", x * 1.25, 0.1 * r, "L", x * 1.28, 1.55 * r), sw=sw * 0.6))

    if ears and hair not in ("scarf",):
        for sx in (-1, 1):
            front.append(circle(sx * r, 0.05 * r, 0.2 * r, skin, sw=sw))
    front.append(circle(0, 0, r, skin, sw=sw))

    if hair in ("short", "bun", "pigtails"):
        front.append(hair_cap(r, hc, sw, "left" if hair == "short" else "straight"))
    elif hair == "neat":
        front.append(hair_cap(r, hc, sw, "high"))
    elif hair in ("long", "bob", "locs"):
        front.append(path(D("M", -r - 3, 0.75 * r, "L", -r - 3, -0.1 * r,
                            "C", -r - 3, -1.45 * r, r + 3, -1.45 * r, r + 3, -0.1 * r,
                            "L", r + 3, 0.75 * r, "Q", 0.9 * r, 0.78 * r, 0.8 * r, 0.6 * r,
                            "Q", 0.86 * r, -0.3 * r, 0.55 * r, -0.55 * r,
                            "Q", 0, -0.35 * r, -0.55 * r, -0.55 * r,
                            "Q", -0.86 * r, -0.3 * r, -0.8 * r, 0.6 * r,
                            "Q", -0.9 * r, 0.78 * r, -r - 3, 0.75 * r, "Z"), fill=hc, sw=sw))
    elif hair == "afro":
        front.append(hair_cap(r, hc, sw, "high"))
    elif hair == "puff":
        front.append(hair_cap(r, hc, sw, "high"))
    elif hair == "scarf":
        front.append(path(D("M", -r - 1, 0.1 * r, "C", -r - 1, -1.38 * r, r + 1, -1.38 * r, r + 1, 0.1 * r,
                            "Q", 0.9 * r, -0.45 * r, 0, -0.55 * r,
                            "Q", -0.9 * r, -0.45 * r, -r - 1, 0.1 * r, "Z"), fill=hc, sw=sw))
    elif hair == "spiky":
        pts = [(-r - 2, 0.0)]
        spikes = [(-0.95, -0.75), (-0.7, -0.95), (-0.55, -1.3), (-0.3, -1.05), (-0.05, -1.42),
                  (0.2, -1.08), (0.45, -1.35), (0.62, -0.98), (0.92, -1.05), (0.95, -0.6)]
        pts += [(x * r, y * r) for x, y in spikes]
        pts += [(r + 2, 0.0), (0.78 * r, -0.42 * r), (0.3 * r, -0.55 * r), (-0.2 * r, -0.45 * r),
                (-0.6 * r, -0.62 * r), (-0.85 * r, -0.3 * r)]
        front.append(poly(pts, hc, sw=sw))
    elif hair == "bald":
        for sx in (-1, 1):
            front.append(path(D("M", sx * 0.78 * r, -0.62 * r, "Q", sx * 1.2 * r, -0.5 * r, sx * 1.08 * r,
                                0.25 * r, "Q", sx * 0.9 * r, 0.05 * r, sx * 0.82 * r, -0.2 * r, "Z"),
                              fill=hc, sw=sw))
    elif hair == "curl":   # baby
        front.append(path(D("M", -0.05 * r, -0.98 * r, "Q", -0.1 * r, -1.35 * r, 0.2 * r, -1.3 * r,
                            "Q", 0.4 * r, -1.2 * r, 0.2 * r, -1.05 * r), sw=sw * 0.9))
    if extra_hair:
        front.append(extra_hair)

    front.append(face(r, skin, sw, expr))

    if beard:
        front.append(path(D("M", -0.98 * r, -0.05 * r, "Q", -r, 0.9 * r, 0, 1.12 * r,
                            "Q", r, 0.9 * r, 0.98 * r, -0.05 * r,
                            "Q", 0.62 * r, 0.3 * r, 0.35 * r, 0.28 * r,
                            "Q", 0, 0.18 * r, -0.35 * r, 0.28 * r,
                            "Q", -0.62 * r, 0.3 * r, -0.98 * r, -0.05 * r, "Z"),
                          fill=beard if isinstance(beard, str) else hc, sw=sw))
        front.append(path(D("M", -0.22 * r, 0.45 * r, "Q", 0, 0.62 * r, 0.22 * r, 0.45 * r), sw=sw * 0.75))
    if moustache:
        mc = moustache if isinstance(moustache, str) else hc
        front.append(path(D("M", 0, 0.22 * r, "Q", 0.3 * r, 0.1 * r, 0.45 * r, 0.32 * r,
                            "Q", 0.2 * r, 0.38 * r, 0, 0.3 * r,
                            "Q", -0.2 * r, 0.38 * r, -0.45 * r, 0.32 * r,
                            "Q", -0.3 * r, 0.1 * r, 0, 0.22 * r, "Z"), fill=mc, sw=sw * 0.7))
    if glasses:
        gw = sw * 0.7
        for sx in (-1, 1):
            front.append(circle(sx * 0.36 * r, -0.02 * r, 0.24 * r, "none", sw=gw))
        front.append(path(D("M", -0.12 * r, -0.05 * r, "Q", 0, -0.12 * r, 0.12 * r, -0.05 * r), sw=gw))
    return "".join(back), "".join(front)


AGES = {
    "adult": dict(r=25, hy=-150, shy=-122, hipy=-62, shw=27, hipw=23, legw=13, armw=12, legx=11),
    "older": dict(r=25, hy=-146, shy=-118, hipy=-60, shw=27, hipw=24, legw=13, armw=12, legx=11),
    "teen": dict(r=24, hy=-146, shy=-119, hipy=-62, shw=23, hipw=20, legw=12, armw=11, legx=10),
    "child": dict(r=27, hy=-118, shy=-88, hipy=-46, shw=21, hipw=19, legw=12, armw=11, legx=9),
    "toddler": dict(r=27, hy=-96, shy=-66, hipy=-32, shw=19, hipw=19, legw=12, armw=11, legx=9),
}


def arm_points(P, side, pose):
    sx = -1 if side == "l" else 1
    shw, shy, hipy = P["shw"], P["shy"], P["hipy"]
    start = (sx * (shw - 6), shy + 9)
    if isinstance(pose, list):
        return [start] + [tuple(p) for p in pose]
    if pose == "down":
        return [start, (sx * (shw + 10), hipy + 2)]
    if pose == "wave":
        return [start, (sx * (shw + 17), shy + 6), (sx * (shw + 24), shy - 26)]
    if pose == "out":
        return [start, (sx * (shw + 26), hipy - 8)]
    if pose == "front":   # hand in front of tummy
        return [start, (sx * (shw + 6), shy + 38), (sx * 6, shy + 40)]
    raise ValueError(pose)


def person(x, y, s=1.0, age="adult", skin=SKIN["light"], hair="short", hc=HAIR["brown"],
           top="tshirt", tc=C["blue"], bottom="trousers", bc=C["denim"], shoes=OUT,
           arms=("down", "down"), expr="smile", sw=SW, arm_layer="back",
           glasses=False, beard=False, moustache=False, back_extra="", torso_extra="",
           front_extra="", hand_extra="", legs_colour=None, head_extra=None):
    P = dict(AGES[age])
    lsw = sw / s
    r, hy, shy, hipy, shw, hipw = P["r"], P["hy"], P["shy"], P["hipy"], P["shw"], P["hipw"]
    out = [back_extra]
    hback, hfront = head(r, skin, hair, hc, expr, lsw, glasses, beard, moustache,
                         extra_hair=head_extra)
    out.append(g(hback, transform=f"translate(0 {num(float(hy))})"))

    # legs
    skirted = top == "dress" or bottom in ("skirt", "longskirt")
    legcol = legs_colour or (skin if (skirted or bottom in ("shorts", "nappy")) else bc)
    for sx in (-1, 1):
        lx = sx * P["legx"]
        out.append(limb([(lx, hipy - 6), (lx, -9)], P["legw"], legcol, lsw))
    for sx in (-1, 1):
        out.append(ellipse(sx * (P["legx"] + 4), -6, 11, 6.5, shoes, sw=lsw))
    if bottom == "shorts":
        out.append(path(D("M", -hipw, hipy - 8, "L", hipw, hipy - 8, "L", hipw + 2, hipy + 14,
                          "L", 2, hipy + 14, "L", 0, hipy + 2, "L", -2, hipy + 14,
                          "L", -hipw - 2, hipy + 14, "Z"), fill=bc, sw=lsw))

    # arms behind body
    apts = {sd: arm_points(P, sd, arms[i]) for i, sd in enumerate(("l", "r"))}
    sleeve = tc if top in ("long", "hoodie", "coat", "cardigan", "uniform", "shirt") else None

    def draw_arm(sd):
        pts = apts[sd]
        res = []
        if sleeve:
            res.append(limb(pts, P["armw"], sleeve, lsw))
        else:
            res.append(limb(pts, P["armw"], skin, lsw))
            # short sleeve: first 35% of the arm
            (x0, y0), (x1, y1) = pts[0], pts[1]
            t = 0.45 if len(pts) == 2 else 0.7
            res.append(limb([(x0, y0), (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)],
                            P["armw"] + 3, tc, lsw))
        hx, hyy = pts[-1]
        res.append(circle(hx, hyy, 7.5, skin, sw=lsw))
        return "".join(res)

    layers = arm_layer if isinstance(arm_layer, (tuple, list)) else (arm_layer, arm_layer)
    for i, sd in enumerate(("l", "r")):
        if layers[i] == "back":
            out.append(draw_arm(sd))

    # torso
    c = 9
    d = D("M", -shw, shy + c, "Q", -shw, shy, -shw + c, shy, "L", shw - c, shy,
          "Q", shw, shy, shw, shy + c)
    if top == "dress":
        wy, bw, by = hipy - 14, hipw + 15, hipy + 20
        d += " " + D("L", hipw - 3, wy, "L", bw, by - 5, "Q", bw, by, bw - 6, by, "L", -bw + 6, by,
                     "Q", -bw, by, -bw, by - 5, "L", -hipw + 3, wy, "Z")
    elif top == "coat":
        by = hipy + 12
        d += " " + D("L", hipw + 4, by - 5, "Q", hipw + 4, by, hipw - 1, by, "L", -hipw + 1, by,
                     "Q", -hipw - 4, by, -hipw - 4, by - 5, "Z")
    else:
        d += " " + D("L", hipw, hipy - 5, "Q", hipw, hipy, hipw - 5, hipy, "L", -hipw + 5, hipy,
                     "Q", -hipw, hipy, -hipw, hipy - 5, "Z")
    if bottom in ("skirt", "longskirt"):
        by = hipy + (22 if bottom == "skirt" else 38)
        bw = hipw + (10 if bottom == "skirt" else 8)
        out.append(path(D("M", -hipw + 1, hipy - 10, "L", hipw - 1, hipy - 10, "L", bw, by - 4,
                          "Q", bw, by, bw - 5, by, "L", -bw + 5, by, "Q", -bw, by, -bw, by - 4, "Z"),
                        fill=bc, sw=lsw))
    if bottom == "nappy":
        out.append(path(D("M", -hipw - 1, hipy - 8, "L", hipw + 1, hipy - 8, "Q", hipw + 4, hipy + 14,
                          0, hipy + 16, "Q", -hipw - 4, hipy + 14, -hipw - 1, hipy - 8, "Z"),
                        fill=C["white"], sw=lsw))
    out.append(path(d, fill=tc, sw=lsw))
    if top == "hoodie":
        out.append(path(D("M", -12, shy + 1, "Q", 0, shy + 14, 12, shy + 1), sw=lsw * 0.8))
        out.append(path(D("M", -13, hipy - 22, "L", 13, hipy - 22, "L", 11, hipy - 8, "L", -11, hipy - 8, "Z"),
                        fill=tc, sw=lsw * 0.8))
    if top == "cardigan":
        out.append(path(D("M", -9, shy + 1, "L", 0, shy + 22, "L", 9, shy + 1, "Z"),
                        fill=C["white"], sw=lsw * 0.8))
        out.append(line(0, shy + 22, 0, hipy - 1, OUT, lsw * 0.8))
        for yy in (shy + 32, shy + 46):
            out.append(circle(-5, yy, 2.4, OUT, sw=0))
    if top == "shirt":
        out.append(poly([(-12, shy + 1), (0, shy + 8), (12, shy + 1), (5, shy + 13), (0, shy + 8), (-5, shy + 13)],
                        C["white"], sw=lsw * 0.75))
    out.append(torso_extra)

    for i, sd in enumerate(("l", "r")):
        if layers[i] == "front":
            out.append(draw_arm(sd))
    out.append(hand_extra)

    out.append(g(hfront, transform=f"translate(0 {num(float(hy))})"))
    out.append(front_extra)
    return g(*out, transform=f"translate({num(float(x))} {num(float(y))}) scale({num(float(s))})")


def bust(x, y, s, skin, hair, hc, tc, expr="smile", sw=SW, **kw):
    """Head and shoulders; (x, y) = bottom centre of the shoulders."""
    lsw = sw / s
    r = 26
    hb, hf = head(r, skin, hair, hc, expr, lsw, **kw)
    sh = path(D("M", -42, 0, "L", -42, -30, "Q", -42, -52, -18, -52, "L", 18, -52,
                "Q", 42, -52, 42, -30, "L", 42, 0, "Z"), fill=tc, sw=lsw)
    return g(g(hb, transform="translate(0 -76)"), sh, g(hf, transform="translate(0 -76)"),
             transform=f"translate({num(float(x))} {num(float(y))}) scale({num(float(s))})")


# ---------------------------------------------------------------- pictures
PICS = {}


def pic(name, description, keywords):
    def deco(fn):
        PICS[name] = (fn, description, keywords)
        return fn
    return deco


# ---- people ----------------------------------------------------------------
@pic("people", "A group of four smiling people of different ages",
     ["people", "everyone", "group", "team", "adults", "grown-ups", "grown ups", "network",
      "safety network", "support network", "helpers"])
def p_people():
    return (bust(62, 118, 0.9, SKIN["brown"], "short", HAIR["black"], C["teal"]) +
            bust(138, 118, 0.9, SKIN["light"], "long", HAIR["ginger"], C["purple"]) +
            bust(50, 192, 0.9, SKIN["vlight"], "neat", HAIR["grey"], C["yellow"], glasses=True) +
            bust(100, 192, 0.85, SKIN["deep"], "puff", HAIR["black"], C["red"]) +
            bust(150, 192, 0.9, SKIN["mlight"], "bob", HAIR["black"], C["green"]))


@pic("family", "A family of two grown-ups and two children holding hands",
     ["family", "household", "parents", "brothers and sisters", "siblings", "my family",
      "live with", "lives with"])
def p_family():
    def loc(gx, gy, x, y, s):
        return ((gx - x) / s, (gy - y) / s)
    h1 = (58, 146)    # dad and the older child hold hands
    h2 = (143, 154)   # mum and the little one hold hands
    return (person(34, 192, 0.76, "adult", SKIN["medium"], "short", HAIR["black"], "shirt", C["blue"],
                   "trousers", C["navy"], arms=("down", [loc(*h1, 34, 192, 0.76)])) +
            person(166, 192, 0.76, "adult", SKIN["medium"], "long", HAIR["dbrown"], "dress", C["pink"],
                   arms=([loc(*h2, 166, 192, 0.76)], "down"), shoes=C["red"]) +
            person(82, 192, 0.8, "child", SKIN["medium"], "short", HAIR["black"], "tshirt", C["yellow"],
                   "shorts", C["green"], arms=([loc(*h1, 82, 192, 0.8)], "down"), shoes=C["blue"]) +
            person(120, 192, 0.78, "toddler", SKIN["medium"], "pigtails", HAIR["dbrown"], "dress",
                   C["teal"], arms=("down", [loc(*h2, 120, 192, 0.78)]), shoes=C["purple"])
            + path(heart_d(100, 40, 16), fill=C["red"]))


@pic("friends", "Two smiling children holding hands",
     ["friends", "friend", "best friend", "mates", "playmate", "play with", "buddy", "pals",
      "classmates"])
def p_friends():
    return (person(60, 192, 1.15, "child", SKIN["mlight"], "bob", HAIR["black"], "tshirt", C["orange"],
                   "shorts", C["denim"], arms=("wave", [(26, -48)])) +
            person(140, 192, 1.15, "child", SKIN["vlight"], "short", HAIR["blonde"], "tshirt", C["green"],
                   "trousers", C["navy"], arms=([(-26, -48)], "down")))


@pic("child", "A smiling child waving",
     ["child", "children", "kid", "kids", "young person", "little one"])
def p_child():
    return person(100, 194, 1.2, "child", SKIN["brown"], "afro", HAIR["black"], "tshirt", C["yellow"],
                  "shorts", C["blue"], arms=("down", "wave"), shoes=C["red"],
                  torso_extra=poly(star_points(0, -66, 9, 4), C["white"], sw=2.2 / 1.2))


@pic("girl", "A smiling girl with bunches in a pink dress",
     ["girl", "daughter", "sister", "niece", "granddaughter"])
def p_girl():
    return person(100, 194, 1.25, "child", SKIN["light"], "pigtails", HAIR["ginger"], "dress", C["pink"],
                  arms=("down", "wave"), shoes=C["purple"],
                  torso_extra=circle(-8, -60, 3, C["white"], sw=0) + circle(8, -52, 3, C["white"], sw=0))


@pic("boy", "A smiling boy in a T-shirt and shorts",
     ["boy", "son", "brother", "nephew", "grandson"])
def p_boy():
    return person(100, 194, 1.25, "child", SKIN["medium"], "short", HAIR["black"], "tshirt", C["blue"],
                  "shorts", C["dgreen"], arms=("wave", "down"), shoes=C["orange"])


@pic("teenager", "A teenager in a hoodie with headphones round their neck",
     ["teenager", "teen", "teenage", "older brother", "older sister", "young people", "big brother",
      "big sister", "adolescent"])
def p_teen():
    r = AGES["teen"]["r"]
    phones = (path(D("M", -r - 2, 0, "C", -r - 2, -1.75 * r, r + 2, -1.75 * r, r + 2, 0), sw=10) +
              path(D("M", -r - 2, 0, "C", -r - 2, -1.75 * r, r + 2, -1.75 * r, r + 2, 0), sw=4,
                   stroke=C["red"]) +
              rect(-r - 9, -9, 13, 22, C["red"], rx=6, sw=SW) + rect(r - 4, -9, 13, 22, C["red"], rx=6, sw=SW))
    return person(100, 194, 1.05, "teen", SKIN["mlight"], "spiky", HAIR["dbrown"], "hoodie", C["green"],
                  "trousers", C["denim"], arms=("down", "down"), shoes=C["white"], expr="calm",
                  head_extra=phones)


@pic("baby", "A happy baby sitting up and holding a rattle",
     ["baby", "babies", "newborn", "infant", "little brother", "little sister", "toddler", "nappy"])
def p_baby():
    skin = SKIN["vlight"]
    hb, hf = head(40, skin, "curl", HAIR["blonde"], "happy", SW)
    body = (
        # legs stretched forward, sitting
        ellipse(66, 170, 26, 15, C["lblue"], transform="rotate(25 66 170)") +
        ellipse(134, 170, 26, 15, C["lblue"], transform="rotate(-25 134 170)") +
        circle(48, 180, 12, skin) + circle(152, 180, 12, skin) +
        # body in a baby-grow
        ellipse(100, 140, 40, 38, C["lblue"]) +
        circle(100, 140, 4, C["white"], sw=0) + circle(100, 156, 4, C["white"], sw=0) +
        # arms up
        limb([(68, 122), (48, 104)], 18, C["lblue"]) + circle(45, 100, 11, skin) +
        limb([(132, 122), (152, 104)], 18, C["lblue"]) + circle(155, 100, 11, skin)
    )
    rattle = (line(158, 96, 172, 70, OUT, 8) + line(158, 96, 172, 70, C["yellow"], 3) +
              circle(175, 62, 13, C["pink"]) + circle(175, 62, 4, C["white"], sw=0))
    return body + rattle + circle(155, 100, 11, skin) + g(hb, hf, transform="translate(100 70)")


@pic("mum", "A smiling woman with her hair in a puff, wearing a purple dress",
     ["mum", "mummy", "mom", "mommy", "mother", "mam", "ma", "stepmum", "step-mum", "birth mum"])
def p_mum():
    return person(100, 196, 0.97, "adult", SKIN["deep"], "puff", HAIR["black"], "dress", C["purple"],
                  arms=("down", "down"), shoes=C["red"],
                  torso_extra=path(D("M", -14, -121, "Q", 0, -106, 14, -121), sw=3) +
                  circle(0, -107, 3.5, C["gold"], sw=1.5))


@pic("dad", "A smiling man with a beard, wearing a shirt and jeans",
     ["dad", "daddy", "father", "papa", "stepdad", "step-dad", "birth dad"])
def p_dad():
    return person(100, 194, 1.02, "adult", SKIN["light"], "short", HAIR["brown"], "shirt", C["blue"],
                  "trousers", C["denim"], beard=True, arms=("down", "down"), shoes=C["dbrown"])


@pic("gran", "An older woman with grey hair in a bun and glasses, smiling",
     ["gran", "granny", "grandma", "grandmother", "nan", "nana", "nanny", "grandparents",
      "great-gran", "great gran"])
def p_gran():
    return person(100, 194, 1.03, "older", SKIN["medium"], "bun", HAIR["grey"], "cardigan", C["pink"],
                  "skirt", C["purple"], glasses=True, arms=("down", "down"), shoes=C["dbrown"],
                  legs_colour=SKIN["medium"])


@pic("grandad", "An older man with glasses, a grey moustache and a walking stick, smiling",
     ["grandad", "granddad", "grandpa", "grandfather", "gramps", "grampa", "great-grandad"])
def p_grandad():
    stick = (path(D("M", 40, -6, "L", 40, -66, "Q", 40, -76, 30, -76), sw=12, stroke=OUT) +
             path(D("M", 40, -6, "L", 40, -66, "Q", 40, -76, 30, -76), sw=5, stroke=C["brown"]))
    return person(92, 194, 1.03, "older", SKIN["vlight"], "bald", HAIR["grey"], "cardigan", C["green"],
                  "trousers", C["grey"], glasses=True, moustache=HAIR["grey"],
                  arms=("down", [(36, -72)]), shoes=C["dbrown"], back_extra=stick)


@pic("aunt", "A smiling woman in a teal headscarf and long skirt",
     ["aunt", "auntie", "aunty", "great-aunt"])
def p_aunt():
    return person(100, 194, 1.02, "adult", SKIN["mlight"], "scarf", C["teal"], "long", C["yellow"],
                  "longskirt", C["orange"], arms=("down", "wave"), shoes=C["dbrown"],
                  legs_colour=C["orange"])


@pic("uncle", "A smiling man in a red cap and an orange T-shirt, waving",
     ["uncle", "great-uncle"])
def p_uncle():
    cap = (path(D("M", -27, -13, "C", -27, -46, 27, -46, 27, -13, "Z"), fill=C["red"], sw=SW) +
           path(D("M", 20, -15, "Q", 38, -17, 44, -9, "L", 22, -9, "Z"), fill=C["red"], sw=SW))
    return person(100, 194, 1.02, "adult", SKIN["brown"], "neat", HAIR["black"], "tshirt", C["orange"],
                  "trousers", C["navy"], arms=("wave", "down"), shoes=OUT,
                  head_extra=cap)


@pic("carer", "A grown-up holding a small child's hand and smiling",
     ["carer", "foster carer", "foster", "foster mum", "foster dad", "kinship carer", "guardian",
      "looks after me", "look after", "childminder", "babysitter", "key worker"])
def p_carer():
    return (person(72, 192, 1.0, "adult", SKIN["light"], "long", HAIR["blonde"], "long", C["teal"],
                   "trousers", C["navy"], arms=("wave", [(44, -68)]), shoes=C["dbrown"]) +
            person(148, 192, 1.0, "child", SKIN["deep"], "puff", HAIR["black"], "dress", C["yellow"],
                   arms=([(-30, -54)], "down"), shoes=C["red"]) +
            path(heart_d(114, 26, 11), fill=C["red"]))


def chalkboard(x, y, w, h):
    return (rect(x, y, w, h, C["dbrown"], rx=6) + rect(x + 8, y + 8, w - 16, h - 16, "#4f8a6b", rx=3, sw=0) +
            poly([(x + 22, y + 48), (x + 36, y + 22), (x + 50, y + 48)], "none", sw=3, stroke="#ffffff") +
            circle(x + 72, y + 34, 12, "none", sw=3, stroke="#ffffff") +
            path(D("M", x + 22, y + 62, "Q", x + 40, y + 54, x + 56, y + 64, "T", x + 90, y + 62),
                 sw=3, stroke="#ffffff"))


@pic("teacher", "A smiling teacher pointing at a chalkboard",
     ["teacher", "teachers", "teaching assistant", "head teacher", "headteacher", "class teacher",
      "tutor"])
def p_teacher():
    pointer = line(-64, -150, -38, -118, OUT, 8) + line(-64, -150, -38, -118, C["yellow"], 3)
    return (chalkboard(6, 14, 112, 84) +
            person(138, 194, 0.98, "adult", SKIN["mlight"], "bob", HAIR["black"], "cardigan", C["red"],
                   "trousers", C["navy"], glasses=False,
                   arms=([(-44, -118), (-38, -116)], "down"), arm_layer=("front", "back"),
                   shoes=OUT, back_extra=pointer))


@pic("doctor", "A smiling doctor in a white coat with a stethoscope",
     ["doctor", "doctors", "gp", "dr", "check-up", "check up", "surgery", "paediatrician",
      "health visitor"])
def p_doctor():
    steth = (path(D("M", -13, -121, "C", -18, -95, 14, -95, 13, -121), sw=3.5) +
             path(D("M", 0, -101, "L", 0, -88), sw=3.5) +
             circle(0, -84, 6, C["grey"], sw=3))
    inner = poly([(-11, -121), (11, -121), (0, -98)], C["lblue"], sw=3)
    lines = line(0, -98, 0, -52, OUT, 3) + rect(9, -86, 12, 10, "none", sw=2.5)
    return person(100, 194, 1.02, "adult", SKIN["deep"], "neat", HAIR["black"], "coat", C["white"],
                  "trousers", C["navy"], arms=("down", "down"), shoes=OUT,
                  torso_extra=inner + lines + steth)


@pic("nurse", "A smiling nurse in a blue uniform and a little white cap",
     ["nurse", "nurses", "midwife", "school nurse", "district nurse"])
def p_nurse():
    cap = (path(D("M", -16, -24, "L", 16, -24, "L", 12, -38, "L", -12, -38, "Z"), fill=C["white"], sw=3.5) +
           rect(-3, -36, 6, 11, C["red"], sw=0) + rect(-6.5, -33, 13, 5, C["red"], sw=0))
    badge = rect(8, -108, 14, 10, C["white"], rx=2, sw=2.5) + \
        rect(13.5, -106.5, 3, 7, C["red"], sw=0) + rect(11.5, -104.5, 7, 3, C["red"], sw=0)
    return person(100, 194, 1.02, "adult", SKIN["vlight"], "bun", HAIR["blonde"], "tshirt", C["teal"],
                  "trousers", C["teal"], arms=("down", "wave"), shoes=C["white"],
                  head_extra=cap, torso_extra=badge +
                  path(D("M", -12, -121, "L", 0, -108, "L", 12, -121), sw=3, stroke=C["white"]))


@pic("police", "A friendly police officer in a uniform and cap, smiling",
     ["police", "police officer", "policeman", "policewoman", "officer", "cop", "cops", "pc",
      "999", "emergency"])
def p_police():
    hat = (path(D("M", -27, -14, "L", -30, -36, "Q", 0, -48, 30, -36, "L", 27, -14, "Z"), fill=C["navy"], sw=SW)
           + rect(-27, -22, 54, 9, "#ffffff", sw=3)
           + "".join(rect(-27 + i * 9, -22, 9, 9, OUT, sw=0) for i in range(0, 6, 2))
           + path(D("M", -28, -12, "Q", 0, -2, 28, -12), fill="none", sw=SW)
           + poly(star_points(0, -32, 7, 3.2), C["gold"], sw=2))
    vest = (rect(-12, -110, 10, 7, C["gold"], rx=1, sw=2) +
            rect(14, -112, 8, 14, OUT, rx=2, sw=2) + line(18, -112, 18, -120, OUT, 3))
    return person(100, 196, 0.95, "adult", SKIN["medium"], "neat", HAIR["dbrown"], "uniform", C["navy"],
                  "trousers", "#2f3f63", arms=("down", "wave"), shoes=OUT, expr="smile",
                  head_extra=hat, torso_extra=vest + line(-23, -88, 23, -88, "#ffffff", 3))


@pic("social-worker", "A friendly social worker with an ID badge on a lanyard, holding a folder",
     ["social worker", "social workers", "social-worker", "worker", "support worker",
      "family support worker", "children's services", "childrens services", "caseworker",
      "case worker", "home visit"])
def p_social_worker():
    lanyard = (path(D("M", -13, -121, "L", 0, -94, "L", 13, -121), sw=3, stroke=C["red"])
               + rect(-9, -98, 18, 22, C["white"], rx=2, sw=2.5)
               + circle(0, -90, 4, C["blue"], sw=0) + line(-4, -81, 4, -81, OUT, 2))
    folder = (rect(0, 0, 34, 44, C["yellow"], rx=3, sw=SW) + line(6, 0, 6, 44, OUT, 3))
    return person(96, 194, 1.02, "adult", SKIN["brown"], "locs", HAIR["black"], "long", C["purple"],
                  "trousers", C["denim"], arms=("wave", "down"), shoes=C["red"], torso_extra=lanyard,
                  hand_extra=g(folder, transform="translate(26 -86) rotate(-6)") +
                  circle(36, -62, 7.5, SKIN["brown"], sw=SW))


# ---- places and things -----------------------------------------------------
def window(x, y, w, h, fill=C["sky"], sw=SW):
    return (rect(x, y, w, h, fill, rx=3, sw=sw) + line(x + w / 2, y, x + w / 2, y + h, OUT, sw * 0.75) +
            line(x, y + h / 2, x + w, y + h / 2, OUT, sw * 0.75))


@pic("house", "A little house with a red roof, a door and windows",
     ["house", "home", "flat", "where i live", "address", "at home", "move house", "moving house"])
def p_house():
    return (rect(124, 40, 18, 40, C["brown"], rx=2) +
            rect(44, 92, 112, 92, C["yellow"], rx=4) +
            poly([(28, 100), (100, 34), (172, 100)], C["red"]) +
            window(56, 110, 28, 26) + window(116, 110, 28, 26) +
            path(D("M", 86, 184, "L", 86, 150, "Q", 86, 138, 100, 138, "Q", 114, 138, 114, 150, "L", 114, 184),
                 fill=C["blue"]) +
            circle(107, 163, 3, OUT, sw=0) +
            line(20, 184, 180, 184, OUT, SW))


@pic("school", "A school building with a bell, a flag and lots of windows",
     ["school", "class", "classroom", "nursery", "lessons", "college", "homework", "pupil",
      "school day"])
def p_school():
    return (line(150, 36, 150, 88, OUT, SW) + poly([(150, 36), (178, 46), (150, 56)], C["red"]) +
            rect(16, 92, 168, 92, C["orange"], rx=4) +
            poly([(62, 94), (100, 50), (138, 94)], C["red"]) +
            rect(88, 28, 24, 28, C["yellow"], rx=3) +
            path(D("M", 92, 50, "Q", 92, 36, 100, 36, "Q", 108, 36, 108, 50, "Z"), fill=C["gold"], sw=3) +
            circle(100, 78, 9, C["white"], sw=3) + line(100, 78, 100, 72, OUT, 2.5) + line(100, 78, 104, 80, OUT, 2.5) +
            window(28, 104, 24, 22) + window(148, 104, 24, 22) +
            window(28, 142, 24, 22) + window(148, 142, 24, 22) +
            window(62, 104, 18, 22) + window(120, 104, 18, 22) +
            rect(80, 136, 40, 48, C["blue"], rx=3) + line(100, 136, 100, 184, OUT, 3) +
            circle(95, 162, 2.5, OUT, sw=0) + circle(105, 162, 2.5, OUT, sw=0) +
            line(8, 184, 192, 184, OUT, SW))


@pic("hospital", "A hospital building with a big red cross sign",
     ["hospital", "a&e", "accident and emergency", "ward", "ambulance", "injured", "injury"])
def p_hospital():
    out = [rect(30, 52, 140, 132, C["lgrey"], rx=4)]
    out.append(rect(70, 16, 60, 50, C["white"], rx=8))
    out.append(rect(92, 22, 16, 38, C["red"], rx=2, sw=0))
    out.append(rect(81, 33, 38, 16, C["red"], rx=2, sw=0))
    for row in range(2):
        for col in range(4):
            if col in (1, 2) and row == 1:
                continue
            out.append(rect(42 + col * 32, 80 + row * 34, 20, 20, C["sky"], rx=3))
    out.append(rect(78, 134, 44, 50, C["sky"], rx=3))
    out.append(line(100, 134, 100, 184, OUT, 3))
    out.append(path(D("M", 70, 136, "L", 130, 136, "L", 124, 122, "L", 76, 122, "Z"), fill=C["red"]))
    out.append(line(12, 184, 188, 184, OUT, SW))
    return "".join(out)


@pic("bed", "A cosy bed with a pillow and a blue blanket",
     ["bed", "bedroom", "bedtime", "my room", "own room", "stay over", "sleepover", "overnight"])
def p_bed():
    return (rect(18, 62, 26, 120, C["brown"], rx=8) +
            rect(156, 104, 26, 78, C["brown"], rx=8) +
            rect(30, 150, 140, 16, C["dbrown"], rx=3) +
            rect(30, 122, 140, 30, C["white"], rx=6) +
            ellipse(66, 112, 26, 15, C["white"]) +
            rect(92, 104, 80, 58, C["blue"], rx=6) +
            rect(92, 104, 16, 58, C["lblue"], rx=6) +
            circle(126, 122, 4, C["white"], sw=0) + circle(150, 120, 4, C["white"], sw=0) +
            circle(138, 140, 4, C["white"], sw=0) + circle(160, 144, 4, C["white"], sw=0) +
            circle(120, 146, 4, C["white"], sw=0))


@pic("kitchen", "A cooker with a pan of food steaming on top",
     ["kitchen", "cook", "cooking", "cooker", "oven", "stove", "hob", "make dinner", "meals"])
def p_kitchen():
    return (rect(40, 84, 120, 100, C["white"], rx=6) +
            rect(40, 84, 120, 22, C["lgrey"], rx=6) +
            circle(60, 95, 5, C["red"], sw=3) + circle(78, 95, 5, C["red"], sw=3) +
            circle(122, 95, 5, C["red"], sw=3) + circle(140, 95, 5, C["red"], sw=3) +
            rect(56, 116, 88, 56, C["grey"], rx=6) + rect(66, 128, 68, 34, "#ffc98a", rx=4) +
            line(66, 121, 134, 121, OUT, 4) +
            line(118, 70, 158, 62, OUT, 11) + line(118, 70, 158, 62, C["dbrown"], 4) +
            path(D("M", 58, 56, "L", 122, 56, "L", 118, 80, "Q", 117, 84, 112, 84, "L", 68, 84,
                   "Q", 63, 84, 62, 80, "Z"), fill=C["red"]) +
            rect(52, 50, 76, 9, C["red"], rx=4) +
            path(D("M", 76, 42, "Q", 68, 34, 76, 26, "Q", 84, 18, 76, 10), sw=3.5) +
            path(D("M", 100, 42, "Q", 92, 34, 100, 26, "Q", 108, 18, 100, 10), sw=3.5))


@pic("food", "A plate of food with a knife and fork",
     ["food", "eat", "eating", "dinner", "breakfast", "lunch", "tea", "meal", "hungry", "snack",
      "fed", "feed"])
def p_food():
    return (
        # fork
        rect(27, 92, 10, 84, C["grey"], rx=5) +
        path(D("M", 20, 58, "L", 20, 84, "Q", 20, 96, 32, 96, "Q", 44, 96, 44, 84, "L", 44, 58),
             fill=C["grey"]) +
        line(28, 60, 28, 80, OUT, 3) + line(36, 60, 36, 80, OUT, 3) +
        # knife
        rect(163, 110, 10, 66, C["grey"], rx=5) +
        path(D("M", 164, 112, "L", 164, 60, "Q", 180, 66, 178, 112, "Z"), fill=C["grey"]) +
        # plate
        circle(100, 118, 56, C["white"]) + circle(100, 118, 42, C["cream"], sw=2.5) +
        # food: mash, peas, carrots, sausage
        path(D("M", 72, 118, "Q", 70, 96, 90, 98, "Q", 96, 86, 106, 98, "Q", 116, 104, 110, 120,
               "Q", 92, 130, 72, 118, "Z"), fill=C["yellow"], sw=3) +
        "".join(circle(x, y, 5.5, C["green"], sw=2.5) for x, y in
                ((84, 136), (96, 140), (108, 136), (90, 148), (102, 150))) +
        limb([(118, 104), (130, 130)], 8, C["orange"], 2.5) +
        limb([(130, 100), (138, 124)], 8, C["orange"], 2.5))


@pic("bottle", "A bottle and a glass of wine",
     ["alcohol", "drink", "drinking", "drunk", "beer", "wine", "bottle", "bottles", "cans",
      "lager", "vodka", "pub"])
def p_bottle():
    return (path(D("M", 70, 186, "L", 70, 100, "Q", 70, 78, 84, 68, "L", 84, 34, "L", 104, 34, "L", 104, 68,
                   "Q", 118, 78, 118, 100, "L", 118, 186, "Z"), fill="#7cc38a") +
            rect(81, 20, 26, 16, C["red"], rx=3) +
            rect(70, 116, 48, 40, C["cream"]) +
            circle(94, 136, 10, C["red"], sw=3) +
            line(78, 96, 78, 108, "#ffffff", 4) +
            # glass
            path(D("M", 130, 104, "L", 180, 104, "Q", 182, 146, 155, 148, "Q", 128, 146, 130, 104, "Z"),
                 fill="#ffffff") +
            path(D("M", 131, 120, "L", 179, 120, "Q", 176, 144, 155, 146, "Q", 134, 144, 131, 120, "Z"),
                 fill="#b43c5a", sw=0) +
            path(D("M", 130, 104, "L", 180, 104, "Q", 182, 146, 155, 148, "Q", 128, 146, 130, 104, "Z")) +
            line(155, 148, 155, 180, OUT, SW) +
            path(D("M", 138, 184, "Q", 155, 176, 172, 184, "Z"), fill="#ffffff") +
            line(20, 186, 186, 186, OUT, SW))


@pic("phone", "A mobile phone ringing with a green call button",
     ["phone", "call", "ring", "text", "number", "mobile", "telephone", "message", "ring me",
      "phone number"])
def p_phone():
    # a telephone handset, drawn in a 24 x 24 box
    handset = D("M", 5, 2.5, "L", 8.5, 2.5, "Q", 9.5, 2.5, 9.8, 3.5, "L", 11, 7.2, "Q", 11.3, 8.2, 10.5, 8.9,
                "L", 8.6, 10.5, "Q", 10.4, 14.2, 13.5, 15.6, "L", 15.1, 13.6, "Q", 15.8, 12.8, 16.8, 13.1,
                "L", 20.5, 14.3, "Q", 21.5, 14.6, 21.5, 15.6, "L", 21.5, 19, "Q", 21.5, 21.5, 19, 21.5,
                "Q", 3, 21, 2.5, 5, "Q", 2.5, 2.5, 5, 2.5, "Z")
    return (rect(58, 18, 84, 164, C["navy"], rx=16) +
            rect(68, 36, 64, 120, C["sky"], rx=6) +
            circle(100, 167, 6, C["lgrey"], sw=2.5) +
            line(90, 27, 110, 27, C["lgrey"], 4) +
            circle(100, 98, 26, "#5cc16f") +
            g(path(handset, fill="#ffffff", sw=0), transform="translate(83.2 81.2) scale(1.4)") +
            path(D("M", 156, 70, "Q", 166, 84, 156, 98), sw=SW) +
            path(D("M", 168, 60, "Q", 184, 84, 168, 108), sw=SW) +
            path(D("M", 44, 70, "Q", 34, 84, 44, 98), sw=SW) +
            path(D("M", 32, 60, "Q", 16, 84, 32, 108), sw=SW))


@pic("calendar", "A calendar page with one day circled",
     ["calendar", "date", "day", "days", "week", "weekend", "month", "every week", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "appointment",
      "contact day"])
def p_calendar():
    out = [rect(26, 34, 148, 146, C["white"], rx=10),
           path(D("M", 26, 72, "L", 26, 44, "Q", 26, 34, 36, 34, "L", 164, 34, "Q", 174, 34, 174, 44,
                  "L", 174, 72, "Z"), fill=C["red"])]
    for x in (62, 138):
        out.append(rect(x - 6, 20, 12, 28, C["grey"], rx=6))
    for row in range(3):
        for col in range(4):
            cx, cy = 46 + col * 36, 94 + row * 30
            if (row, col) == (1, 2):
                out.append(rect(cx - 12, cy - 10, 24, 20, C["yellow"], rx=4, sw=3))
            else:
                out.append(rect(cx - 12, cy - 10, 24, 20, C["lgrey"], rx=4, sw=0))
    out.append(path(heart_d(118, 124, 9), fill=C["red"], sw=2.5))
    out.append(circle(118, 124, 21, "none", sw=SW, stroke=C["red"]))
    return "".join(out)


@pic("clock", "A round clock",
     ["clock", "o'clock", "what time", "on time", "hour", "hours", "minutes", "how long"])
def p_clock():
    out = [circle(100, 104, 78, C["blue"]), circle(100, 104, 64, C["cream"], sw=3)]
    for i in range(12):
        a = math.radians(i * 30)
        r1, r2 = (50, 58) if i % 3 else (44, 58)
        out.append(line(100 + r1 * math.sin(a), 104 - r1 * math.cos(a),
                        100 + r2 * math.sin(a), 104 - r2 * math.cos(a), OUT, 4 if i % 3 == 0 else 3))
    out.append(line(100, 104, 100, 62, OUT, 6))
    out.append(line(100, 104, 128, 116, OUT, 7))
    out.append(circle(100, 104, 6, C["red"], sw=3))
    return "".join(out)


@pic("heart", "A big red heart",
     ["love", "loved", "loves", "heart", "kindness", "feelings", "special"])
def p_heart():
    return (path(heart_d(100, 108, 80), fill=C["red"]) +
            path(D("M", 50, 78, "Q", 56, 58, 76, 56), sw=7, stroke="#ffffff"))


@pic("sun", "A smiling yellow sun",
     ["sun", "sunny", "daytime", "morning", "summer", "nice weather"])
def p_sun():
    out = []
    for i in range(10):
        a = math.radians(i * 36)
        out.append(limb([(100 + 62 * math.cos(a), 100 + 62 * math.sin(a)),
                         (100 + 88 * math.cos(a), 100 + 88 * math.sin(a))], 10, C["orange"], 3.5))
    out.append(circle(100, 100, 54, C["yellow"]))
    hb, hf = "", face(54, SKIN["vlight"], SW, "smile")
    out.append(g(hf, transform="translate(100 100)"))
    return "".join(out)


@pic("storm", "A dark cloud with a lightning bolt",
     ["fight", "fighting", "fights", "shouting", "shout", "shouts", "yelling", "scream",
      "screaming", "argue", "arguing", "argument", "arguments", "hit", "hitting", "violence",
      "violent", "storm", "thunder", "lightning"])
def p_storm():
    return (poly([(104, 110), (84, 150), (102, 150), (88, 192), (132, 136), (112, 136), (124, 110)],
                 C["gold"]) +
            path(cloud_d(100, 78, 160, 96), fill="#8d8ea3") +
            limb([(52, 140), (46, 156)], 5, C["blue"], 3) +
            limb([(152, 140), (146, 156)], 5, C["blue"], 3) +
            limb([(68, 160), (62, 176)], 5, C["blue"], 3) +
            limb([(140, 166), (134, 182)], 5, C["blue"], 3))


@pic("cloud", "A soft white cloud",
     ["cloud", "cloudy", "worry", "worried", "worries", "worrying", "confused", "not sure"])
def p_cloud():
    return path(cloud_d(100, 110, 168, 100), fill="#f3f7fc") + \
        path(D("M", 58, 122, "Q", 54, 108, 66, 104), sw=4, stroke=C["lblue"])


@pic("rain", "A cloud with raindrops falling",
     ["rain", "raining", "rainy", "wet", "weather", "umbrella"])
def p_rain():
    out = [path(cloud_d(100, 70, 160, 90), fill=C["lgrey"])]
    for x, y in ((54, 138), (86, 150), (118, 138), (150, 150), (70, 176), (134, 178)):
        out.append(path(D("M", x, y - 16, "Q", x + 10, y - 2, x + 9, y + 4,
                          "A", 9, 9, 0, 0, 1, x - 9, y + 4, "Q", x - 10, y - 2, x, y - 16, "Z"),
                        fill="#7fc4f0", sw=3.5))
    return "".join(out)


@pic("moon", "A yellow crescent moon with little stars",
     ["moon", "night", "night-time", "nighttime", "evening", "dark", "late at night", "overnight stay"])
def p_moon():
    return (path(D("M", 122, 28, "A", 76, 76, 0, 1, 0, 172, 150, "A", 62, 62, 0, 0, 1, 122, 28, "Z"),
                 fill=C["yellow"]) +
            poly(star_points(150, 50, 14, 6), C["yellow"], sw=3) +
            poly(star_points(172, 92, 9, 4), C["yellow"], sw=2.5))


@pic("star", "A shining yellow star",
     ["star", "stars", "well done", "proud", "brave", "strengths", "good at", "reward", "sticker",
      "good things"])
def p_star():
    return (poly(star_points(100, 108, 84, 38), C["yellow"], sw=SW + 1) +
            circle(84, 104, 6, OUT, sw=0) + circle(116, 104, 6, OUT, sw=0) +
            path(D("M", 88, 120, "Q", 100, 130, 112, 120), sw=3.5))


@pic("football", "A black and white football",
     ["football", "soccer", "ball", "sport", "sports", "match", "kick", "team practice",
      "training"])
def p_football():
    cx, cy, R = 100, 100, 80
    out = [circle(cx, cy, R, C["white"])]
    # centre pentagon
    pent = [(cx + 24 * math.cos(math.radians(-90 + i * 72)), cy + 24 * math.sin(math.radians(-90 + i * 72)))
            for i in range(5)]
    for i, (px, py) in enumerate(pent):
        a = math.radians(-90 + i * 72)
        ex, ey = cx + 60 * math.cos(a), cy + 60 * math.sin(a)
        out.append(line(px, py, ex, ey, OUT, 3.5))
        # outer patch: a pentagon centred at radius 80, clipped to the circle
        ocx, ocy = cx + 84 * math.cos(a), cy + 84 * math.sin(a)
        pts = []
        for j in range(5):
            b = a + math.radians(180 + j * 72)
            qx, qy = ocx + 26 * math.cos(b), ocy + 26 * math.sin(b)
            dx, dy = qx - cx, qy - cy
            dist = math.hypot(dx, dy)
            if dist > R:
                qx, qy = cx + dx * R / dist, cy + dy * R / dist
            pts.append((qx, qy))
        out.append(poly(pts, OUT, sw=2))
    out.append(poly(pent, OUT, sw=2))
    out.append(circle(cx, cy, R, "none"))
    return "".join(out)


@pic("dog", "A friendly brown dog",
     ["dog", "dogs", "puppy", "pet", "pets", "walk the dog", "walking the dog"])
def p_dog():
    col, dark = "#e0b27c", "#a8713e"
    return (path(D("M", 44, 120, "Q", 22, 100, 28, 78), sw=12) + path(D("M", 44, 120, "Q", 22, 100, 28, 78),
                                                                     sw=5, stroke=col) +
            limb([(62, 150), (60, 182)], 16, col) + limb([(82, 152), (82, 182)], 16, col) +
            limb([(112, 152), (112, 182)], 16, col) + limb([(132, 150), (136, 182)], 16, col) +
            ellipse(92, 134, 56, 32, col) +
            ellipse(76, 128, 16, 12, dark, sw=0) +
            g(
                path(D("M", -30, -18, "Q", -50, -14, -44, 18, "Q", -30, 24, -22, 2, "Z"), fill=dark) +
                path(D("M", 30, -18, "Q", 50, -14, 44, 18, "Q", 30, 24, 22, 2, "Z"), fill=dark) +
                circle(0, 0, 34, col) +
                ellipse(0, 17, 17, 13, "#f6dcb8", sw=3) +
                path(D("M", -4, 28, "L", 4, 28, "Q", 5, 40, 0, 40, "Q", -5, 40, -4, 28, "Z"), fill=C["pink"],
                     sw=2.5) +
                path(D("M", -9, 24, "Q", 0, 31, 9, 24), sw=3) +
                ellipse(0, 10, 7, 5, OUT, sw=0) +
                circle(-12, -6, 4.5, OUT, sw=0) + circle(12, -6, 4.5, OUT, sw=0) +
                circle(-11, -7.5, 1.5, "#ffffff", sw=0) + circle(13, -7.5, 1.5, "#ffffff", sw=0),
                transform="translate(140 82)") +
            ellipse(96, 144, 26, 12, "none", sw=0))


@pic("cat", "A friendly grey cat sitting",
     ["cat", "cats", "kitten", "kitty"])
def p_cat():
    col, dark = "#c3c3d4", "#8f8fa6"
    return (path(D("M", 134, 176, "Q", 184, 170, 170, 120, "Q", 166, 108, 158, 112), sw=14) +
            path(D("M", 134, 176, "Q", 184, 170, 170, 120, "Q", 166, 108, 158, 112), sw=6, stroke=col) +
            path(D("M", 62, 182, "Q", 52, 120, 100, 104, "Q", 148, 120, 138, 182, "Z"), fill=col) +
            ellipse(82, 182, 13, 8, col) + ellipse(118, 182, 13, 8, col) +
            path(D("M", 84, 140, "Q", 100, 150, 116, 140), sw=3, stroke=dark) +
            path(D("M", 80, 156, "Q", 100, 166, 120, 156), sw=3, stroke=dark) +
            poly([(60, 54), (62, 18), (90, 40)], col) + poly([(140, 54), (138, 18), (110, 40)], col) +
            poly([(66, 46), (67, 28), (81, 40)], C["pink"], sw=0) +
            poly([(134, 46), (133, 28), (119, 40)], C["pink"], sw=0) +
            ellipse(100, 72, 46, 40, col) +
            path(D("M", 92, 36, "L", 94, 46), sw=3, stroke=dark) +
            path(D("M", 108, 36, "L", 106, 46), sw=3, stroke=dark) +
            path(D("M", 100, 34, "L", 100, 46), sw=3, stroke=dark) +
            circle(84, 68, 5, OUT, sw=0) + circle(116, 68, 5, OUT, sw=0) +
            circle(85.5, 66.5, 1.6, "#ffffff", sw=0) + circle(117.5, 66.5, 1.6, "#ffffff", sw=0) +
            path(D("M", 95, 80, "L", 105, 80, "L", 100, 86, "Z"), fill=C["pink"], sw=2.5) +
            path(D("M", 92, 90, "Q", 96, 95, 100, 88, "Q", 104, 95, 108, 90), sw=3) +
            line(42, 80, 74, 84, OUT, 2.5) + line(44, 94, 74, 88, OUT, 2.5) +
            line(158, 80, 126, 84, OUT, 2.5) + line(156, 94, 126, 88, OUT, 2.5))


@pic("car", "A little red car",
     ["car", "drive", "driving", "lift", "travel", "journey", "pick up", "picked up", "taxi"])
def p_car():
    return (path(D("M", 56, 92, "L", 70, 56, "Q", 74, 48, 84, 48, "L", 124, 48, "Q", 134, 48, 140, 56,
                   "L", 160, 92, "Z"), fill=C["red"]) +
            path(D("M", 74, 90, "L", 84, 62, "L", 104, 62, "L", 104, 90, "Z"), fill=C["sky"], sw=3) +
            path(D("M", 114, 90, "L", 114, 62, "L", 130, 62, "L", 144, 90, "Z"), fill=C["sky"], sw=3) +
            path(D("M", 22, 142, "L", 22, 104, "Q", 22, 90, 38, 90, "L", 168, 90, "Q", 182, 90, 182, 104,
                   "L", 182, 142, "Z"), fill=C["red"]) +
            ellipse(174, 106, 6, 8, C["yellow"], sw=3) +
            rect(14, 124, 20, 12, C["grey"], rx=5, sw=3) + rect(170, 124, 20, 12, C["grey"], rx=5, sw=3) +
            line(96, 108, 110, 108, OUT, 4) +
            circle(58, 144, 22, OUT, sw=0) + circle(58, 144, 10, C["lgrey"], sw=3) +
            circle(146, 144, 22, OUT, sw=0) + circle(146, 144, 10, C["lgrey"], sw=3) +
            line(10, 168, 190, 168, OUT, SW))


@pic("bus", "A yellow bus with lots of windows",
     ["bus", "coach", "school bus", "public transport", "bus stop"])
def p_bus():
    out = [rect(14, 54, 172, 98, C["yellow"], rx=14)]
    for i in range(4):
        out.append(rect(26 + i * 30, 66, 24, 30, C["sky"], rx=4, sw=3))
    out.append(rect(150, 66, 26, 70, C["sky"], rx=4, sw=3))
    out.append(line(163, 66, 163, 136, OUT, 3))
    out.append(line(14, 112, 142, 112, C["orange"], 8))
    out.append(rect(176, 120, 12, 14, C["white"], rx=3, sw=3))
    out.append(rect(10, 136, 14, 10, C["grey"], rx=4, sw=3))
    out.append(circle(52, 154, 19, OUT, sw=0))
    out.append(circle(52, 154, 8, C["lgrey"], sw=3))
    out.append(circle(136, 154, 19, OUT, sw=0))
    out.append(circle(136, 154, 8, C["lgrey"], sw=3))
    out.append(line(8, 174, 192, 174, OUT, SW))
    return "".join(out)


@pic("park", "A park with a tree, grass and a swing",
     ["park", "playground", "outside", "outdoors", "swing", "swings", "slide", "garden", "play out",
      "playing out", "fresh air"])
def p_park():
    return (path(D("M", 6, 182, "Q", 60, 150, 110, 166, "Q", 160, 150, 194, 170, "L", 194, 182, "Z"),
                 fill=C["green"]) +
            rect(48, 110, 20, 62, C["brown"], rx=4) +
            path(cloud_d(58, 80, 104, 100), fill=C["dgreen"]) +
            circle(44, 70, 5, C["red"], sw=2.5) + circle(74, 60, 5, C["red"], sw=2.5) +
            circle(66, 92, 5, C["red"], sw=2.5) +
            line(112, 64, 186, 64, OUT, SW) +
            limb([(120, 64), (108, 172)], 6, C["red"], 3) +
            limb([(178, 64), (190, 172)], 6, C["red"], 3) +
            line(136, 66, 136, 134, OUT, 3) + line(162, 66, 162, 134, OUT, 3) +
            rect(128, 132, 42, 9, C["yellow"], rx=3, sw=3) +
            line(6, 182, 194, 182, OUT, SW))


@pic("toys", "A teddy bear with toy blocks and a ball",
     ["toys", "toy", "teddy", "teddy bear", "play", "playing", "lego", "dolls"])
def p_toys():
    bear, light = "#c98f5a", "#f0cfa4"
    teddy = (circle(70, 44, 13, bear) + circle(130, 44, 13, bear) +
             circle(70, 44, 6, light, sw=0) + circle(130, 44, 6, light, sw=0) +
             ellipse(100, 132, 42, 44, bear) + ellipse(100, 138, 24, 26, light, sw=0) +
             ellipse(62, 116, 13, 22, bear, transform="rotate(30 62 116)") +
             ellipse(138, 116, 13, 22, bear, transform="rotate(-30 138 116)") +
             ellipse(74, 170, 18, 14, bear) + ellipse(126, 170, 18, 14, bear) +
             ellipse(74, 172, 9, 7, light, sw=0) + ellipse(126, 172, 9, 7, light, sw=0) +
             circle(100, 72, 36, bear) + ellipse(100, 84, 15, 11, light, sw=2.5) +
             ellipse(100, 79, 6, 4.5, OUT, sw=0) + path(D("M", 93, 88, "Q", 100, 94, 107, 88), sw=3) +
             circle(87, 64, 4.5, OUT, sw=0) + circle(113, 64, 4.5, OUT, sw=0) +
             path(D("M", 86, 104, "L", 100, 112, "L", 114, 104, "L", 114, 120, "L", 100, 112, "L", 86, 120, "Z"),
                  fill=C["red"], sw=3))
    blocks = (rect(150, 152, 32, 32, C["blue"], rx=4) + rect(158, 120, 32, 32, C["yellow"], rx=4) +
              circle(166, 168, 6, C["white"], sw=2.5) +
              poly([(174, 128), (182, 144), (166, 144)], C["white"], sw=2.5))
    ball = (circle(30, 166, 20, C["red"]) + path(D("M", 12, 160, "Q", 30, 174, 48, 160), sw=3) +
            path(D("M", 24, 147, "Q", 32, 166, 24, 185), sw=3))
    return teddy + blocks + ball


@pic("book", "An open book",
     ["book", "books", "read", "reading", "story", "stories", "library", "bedtime story",
      "words and pictures"])
def p_book():
    out = [path(D("M", 14, 60, "L", 14, 164, "Q", 60, 154, 100, 172, "Q", 140, 154, 186, 164, "L", 186, 60,
                  "Z"), fill=C["blue"]),
           path(D("M", 22, 48, "L", 22, 150, "Q", 64, 144, 100, 160, "L", 100, 58, "Q", 64, 40, 22, 48, "Z"),
                fill=C["white"]),
           path(D("M", 178, 48, "L", 178, 150, "Q", 136, 144, 100, 160, "L", 100, 58, "Q", 136, 40, 178, 48, "Z"),
                fill=C["white"])]
    for i in range(5):
        y = 70 + i * 16
        out.append(path(D("M", 36, y - 2, "Q", 60, y - 6, 86, y + 4), sw=3, stroke=C["grey"]))
    out.append(circle(140, 86, 18, C["yellow"], sw=3))
    out.append(path(D("M", 114, 136, "L", 134, 112, "L", 148, 126, "L", 156, 118, "L", 166, 134, "Q", 140, 128, 114, 136, "Z"),
                    fill=C["green"], sw=3))
    return "".join(out)


@pic("medicine", "A medicine bottle and some pills",
     ["medicine", "medication", "tablets", "pills", "prescription", "inhaler", "poorly", "ill",
      "take my medicine"])
def p_medicine():
    caps = []
    for cx, cy, rot, c1 in ((150, 160, -30, C["red"]), (172, 128, 20, C["blue"])):
        caps.append(g(rect(-22, -10, 44, 20, C["white"], rx=10) +
                      path(D("M", 0, -10, "L", -12, -10, "A", 10, 10, 0, 0, 0, -12, 10, "L", 0, 10, "Z"),
                           fill=c1, sw=0) +
                      rect(-22, -10, 44, 20, "none", rx=10) + line(0, -10, 0, 10, OUT, 3),
                      transform=f"translate({cx} {cy}) rotate({rot})"))
    return (rect(34, 52, 92, 130, C["orange"], rx=12) +
            rect(28, 22, 104, 34, C["white"], rx=8) +
            line(40, 30, 40, 48, OUT, 2.5) + line(56, 30, 56, 48, OUT, 2.5) +
            line(72, 30, 72, 48, OUT, 2.5) + line(88, 30, 88, 48, OUT, 2.5) +
            line(104, 30, 104, 48, OUT, 2.5) + line(120, 30, 120, 48, OUT, 2.5) +
            rect(44, 86, 72, 64, C["white"], rx=6) +
            rect(73, 98, 14, 40, C["red"], sw=0) + rect(60, 111, 40, 14, C["red"], sw=0) +
            "".join(caps))


@pic("tv", "A television with a sunny picture on the screen",
     ["tv", "television", "telly", "watch tv", "watching tv", "cartoons", "film", "films", "movie"])
def p_tv():
    return (line(84, 40, 60, 12, OUT, SW) + line(116, 40, 140, 12, OUT, SW) +
            circle(60, 12, 6, C["red"], sw=3) + circle(140, 12, 6, C["red"], sw=3) +
            rect(16, 40, 168, 124, C["purple"], rx=14) +
            rect(30, 54, 112, 96, C["sky"], rx=8) +
            path(D("M", 31, 150, "L", 31, 128, "Q", 60, 104, 92, 124, "Q", 118, 108, 141, 124, "L", 141, 150),
                 fill=C["green"], sw=3) +
            circle(114, 78, 12, C["yellow"], sw=3) +
            circle(162, 74, 8, C["yellow"], sw=3) + circle(162, 98, 8, C["yellow"], sw=3) +
            line(156, 122, 168, 122, OUT, 3) + line(156, 132, 168, 132, OUT, 3) +
            rect(50, 164, 16, 16, C["purple"], rx=2) + rect(134, 164, 16, 16, C["purple"], rx=2))


@pic("bath", "A bath full of bubbles with a rubber duck",
     ["bath", "bathtime", "bath time", "wash", "washing", "shower", "clean", "bathroom",
      "brush teeth", "brushing teeth", "hygiene"])
def p_bath():
    bubbles = "".join(circle(x, y, r, "#ffffff", sw=3) for x, y, r in
                      ((42, 92, 14), (64, 82, 17), (90, 88, 14), (150, 86, 15), (172, 94, 12),
                       (120, 98, 10)))
    duck = (ellipse(126, 90, 20, 14, C["yellow"], sw=3) + circle(112, 74, 12, C["yellow"], sw=3) +
            path(D("M", 100, 74, "L", 90, 78, "L", 100, 81, "Z"), fill=C["orange"], sw=2.5) +
            circle(110, 71, 2.5, OUT, sw=0))
    return (path(D("M", 176, 100, "L", 176, 38, "Q", 176, 22, 160, 22, "Q", 146, 22, 146, 36), sw=12) +
            path(D("M", 176, 100, "L", 176, 38, "Q", 176, 22, 160, 22, "Q", 146, 22, 146, 36), sw=4,
                 stroke=C["grey"]) +
            path(D("M", 144, 44, "Q", 140, 52, 144, 56, "Q", 148, 52, 144, 44, "Z"), fill="#8ecdf2", sw=2.5) +
            bubbles + duck +
            path(D("M", 16, 100, "L", 184, 100, "L", 178, 146, "Q", 174, 164, 154, 164, "L", 46, 164,
                   "Q", 26, 164, 22, 146, "Z"), fill=C["lblue"]) +
            rect(10, 94, 180, 14, C["white"], rx=7) +
            limb([(46, 164), (40, 184)], 8, C["gold"], 3) + limb([(154, 164), (160, 184)], 8, C["gold"], 3))


@pic("money", "Coins and a banknote",
     ["money", "pocket money", "cash", "pay", "paying", "coins", "buy", "shopping", "bills",
      "benefits", "spend"])
def p_money():
    note = (rect(20, 40, 130, 74, "#9fdca5", rx=6) + rect(30, 50, 110, 54, "none", rx=4, sw=2.5) +
            circle(85, 77, 17, "#d6f1d6", sw=3) + circle(48, 77, 6, "#d6f1d6", sw=2.5) +
            circle(122, 77, 6, "#d6f1d6", sw=2.5))
    coins = ""
    for i in range(4):
        y = 168 - i * 14
        coins += ellipse(132, y, 36, 13, C["gold"])
    coins += ellipse(132, 126, 36, 13, C["gold"]) + ellipse(132, 126, 22, 7, "none", sw=2.5)
    coins += circle(64, 160, 26, C["gold"]) + circle(64, 160, 16, "none", sw=2.5)
    return g(note, transform="rotate(-8 85 77)") + coins


@pic("hug", "A grown-up and a child giving each other a hug",
     ["hug", "hugs", "cuddle", "cuddles", "comfort", "affection", "hold me"])
def p_hug():
    return (person(84, 194, 1.0, "adult", SKIN["deep"], "short", HAIR["black"], "long", C["orange"],
                   "trousers", C["navy"], arms=("down", [(40, -116), (62, -96)]),
                   arm_layer=("back", "back"), shoes=OUT) +
            person(136, 194, 1.0, "child", SKIN["mlight"], "long", HAIR["brown"], "long", C["pink"],
                   "trousers", C["purple"], arms=([(-36, -56)], "down"),
                   arm_layer=("front", "back"), shoes=C["red"]) +
            # the grown-up's hand on the child's back, in front
            circle(150, 110, 7.5, SKIN["deep"]) +
            path(heart_d(112, 24, 13), fill=C["red"]))


@pic("talk", "A child and a grown-up talking, with speech bubbles",
     ["talk", "talking", "tell", "telling", "speak", "speaking", "chat", "listen", "listening",
      "ask", "share", "words"])
def p_talk():
    def bubble(x, y, w, h, tail_x, tail_dir):
        tx = tail_x
        return (path(D("M", tx - 8, y + h - 2, "L", tx + tail_dir * 4, y + h + 18, "L", tx + 10, y + h - 2, "Z"),
                     fill=C["white"]) +
                rect(x, y, w, h, C["white"], rx=h / 2) +
                rect(tx - 6, y + h - 6, 14, 6, C["white"], sw=0))
    return (bubble(12, 16, 82, 42, 44, -1) +
            circle(34, 37, 5, OUT, sw=0) + circle(53, 37, 5, OUT, sw=0) + circle(72, 37, 5, OUT, sw=0) +
            bubble(106, 34, 82, 42, 154, 1) +
            path(heart_d(147, 56, 12), fill=C["red"], sw=3) +
            bust(56, 196, 0.95, SKIN["vlight"], "pigtails", HAIR["brown"], C["yellow"]) +
            bust(148, 196, 1.05, SKIN["brown"], "neat", HAIR["black"], C["teal"], beard=HAIR["black"]))


@pic("meeting", "People sitting round a table at a meeting",
     ["meeting", "meetings", "conference", "case conference", "review", "core group",
      "professionals", "child protection conference"])
def p_meeting():
    return (bust(44, 140, 0.78, SKIN["light"], "bob", HAIR["blonde"], C["purple"]) +
            bust(100, 132, 0.78, SKIN["deep"], "neat", HAIR["black"], C["blue"], glasses=True) +
            bust(156, 140, 0.78, SKIN["mlight"], "long", HAIR["dbrown"], C["red"]) +
            rect(6, 134, 188, 24, C["brown"], rx=6) +
            rect(22, 158, 10, 30, C["dbrown"], rx=3) + rect(168, 158, 10, 30, C["dbrown"], rx=3) +
            g(rect(-14, -10, 28, 20, C["white"], rx=2, sw=3), line(-7, -3, 7, -3, OUT, 2.5),
              line(-7, 3, 4, 3, OUT, 2.5), transform="translate(64 128) rotate(-6)") +
            rect(120, 116, 16, 18, C["white"], rx=3, sw=3) +
            path(D("M", 136, 120, "Q", 144, 122, 136, 130), sw=3))


# ---- feelings (big faces) --------------------------------------------------
def big_face(skin, hair, hc, expr, **kw):
    hb, hf = head(70, skin, hair, hc, expr, SW, **kw)
    return g(hb, hf, transform="translate(100 110)")


@pic("happy", "A happy smiling face",
     ["happy", "glad", "pleased", "smile", "smiling", "fun", "enjoy", "excited", "laugh",
      "laughing", "cheerful"])
def p_happy():
    return big_face(SKIN["deep"], "afro", HAIR["black"], "happy")


@pic("sad", "A sad face with a tear",
     ["sad", "upset", "unhappy", "lonely", "crying", "cry", "cries", "tears", "miss you",
      "hurt feelings"])
def p_sad():
    return big_face(SKIN["medium"], "short", HAIR["black"], "sad")


@pic("scared", "A scared, worried face",
     ["scared", "afraid", "frightened", "fear", "nervous", "anxious", "unsafe", "panic",
      "nightmare", "nightmares"])
def p_scared():
    return big_face(SKIN["light"], "bob", HAIR["blonde"], "scared")


@pic("angry", "A cross, angry face",
     ["angry", "cross", "mad", "anger", "temper", "furious", "annoyed", "frustrated", "grumpy"])
def p_angry():
    return big_face(SKIN["vlight"], "spiky", HAIR["ginger"], "angry")


@pic("sleep", "A child fast asleep on a pillow",
     ["sleep", "asleep", "sleeping", "nap", "tired", "rest", "go to sleep", "wake up", "dreams"])
def p_sleep():
    hb, hf = head(38, SKIN["brown"], "short", HAIR["black"], "sleep", SW)
    return (ellipse(92, 110, 74, 36, C["white"]) +
            g(hb, hf, transform="translate(92 96) rotate(-12)") +
            path(D("M", 14, 184, "L", 14, 140, "Q", 14, 126, 34, 126, "L", 170, 126, "Q", 188, 126, 188, 140,
                   "L", 188, 184, "Z"), fill=C["purple"]) +
            path(D("M", 14, 142, "Q", 100, 152, 188, 142), sw=3) +
            circle(60, 164, 5, C["white"], sw=0) + circle(100, 172, 5, C["white"], sw=0) +
            circle(140, 162, 5, C["white"], sw=0) + circle(168, 176, 5, C["white"], sw=0) +
            zed(140, 54, 16) + zed(164, 28, 12, 3.5) + zed(182, 10, 8, 3))


# ---- other things ----------------------------------------------------------
@pic("shield", "A blue shield with a heart on it, meaning safe",
     ["safe", "safety", "protect", "protected", "protection", "keep safe", "keeping safe",
      "secure", "shield", "safe place"])
def p_shield():
    d = D("M", 100, 16, "Q", 140, 36, 176, 34, "L", 176, 92, "Q", 174, 154, 100, 188,
          "Q", 26, 154, 24, 92, "L", 24, 34, "Q", 60, 36, 100, 16, "Z")
    inner = D("M", 100, 34, "Q", 132, 50, 160, 50, "L", 160, 94, "Q", 158, 142, 100, 170,
              "Q", 42, 142, 40, 94, "L", 40, 50, "Q", 68, 50, 100, 34, "Z")
    return (path(d, fill=C["blue"]) + path(inner, fill=C["lblue"], sw=3) +
            path(heart_d(100, 100, 36), fill=C["red"]))


@pic("key", "A golden key",
     ["key", "keys", "lock", "locked", "unlock", "let in", "let them in", "answer the door"])
def p_key():
    return g(path(D("M", 30, -9, "L", 120, -9, "L", 120, 9, "L", 110, 9, "L", 110, 30, "L", 94, 30, "L", 94, 9,
                    "L", 84, 9, "L", 84, 24, "L", 70, 24, "L", 70, 9, "L", 30, 9, "Z"), fill=C["gold"]) +
             circle(0, 0, 42, C["gold"]) + circle(0, 0, 16, "#ffffff") +
             path(D("M", -22, -22, "Q", -12, -32, 2, -32), sw=5, stroke="#fff3c4"),
             transform="translate(46 110) rotate(-30)")


@pic("door", "A front door with a window and a handle",
     ["door", "front door", "doorbell", "knock", "knocking", "come round", "visitor", "visitors",
      "stranger", "strangers", "open the door"])
def p_door():
    return (rect(36, 10, 128, 180, C["lgrey"], rx=6) +
            path(D("M", 52, 190, "L", 52, 46, "Q", 52, 24, 74, 24, "L", 126, 24, "Q", 148, 24, 148, 46,
                   "L", 148, 190), fill=C["green"]) +
            path(D("M", 76, 66, "Q", 76, 42, 100, 42, "Q", 124, 42, 124, 66, "Z"), fill=C["sky"], sw=3) +
            rect(70, 86, 60, 38, "none", rx=4, sw=3) + rect(70, 136, 60, 38, "none", rx=4, sw=3) +
            circle(134, 128, 7, C["gold"], sw=3) +
            rect(88, 100, 24, 8, C["gold"], rx=2, sw=3) +
            rect(26, 184, 148, 10, C["grey"], rx=3))


@pic("letter", "An envelope with a heart seal",
     ["letter", "letters", "post", "card", "cards", "write", "writing", "envelope", "letterbox",
      "letter box"])
def p_letter():
    return (rect(18, 46, 164, 112, C["cream"], rx=8) +
            path(D("M", 22, 154, "L", 84, 102), sw=3.5) + path(D("M", 178, 154, "L", 116, 102), sw=3.5) +
            path(D("M", 20, 50, "L", 100, 112, "L", 180, 50), fill=C["cream"], sw=SW) +
            circle(100, 108, 16, C["red"]) + path(heart_d(100, 108, 8), fill="#ffffff", sw=0))


@pic("computer", "A laptop computer",
     ["computer", "laptop", "internet", "online", "tablet", "ipad", "email", "website",
      "social media", "screen time"])
def p_computer():
    return (rect(34, 36, 132, 96, C["grey"], rx=8) +
            rect(44, 46, 112, 76, C["sky"], rx=4, sw=3) +
            rect(54, 56, 40, 28, C["white"], rx=3, sw=2.5) +
            line(104, 60, 144, 60, OUT, 3) + line(104, 72, 138, 72, OUT, 3) + line(104, 84, 144, 84, OUT, 3) +
            line(54, 98, 144, 98, OUT, 3) + line(54, 110, 120, 110, OUT, 3) +
            path(D("M", 10, 150, "L", 30, 132, "L", 170, 132, "L", 190, 150, "Q", 190, 160, 180, 160,
                   "L", 20, 160, "Q", 10, 160, 10, 150, "Z"), fill=C["lgrey"]) +
            rect(84, 140, 32, 8, C["grey"], rx=3, sw=2.5))


@pic("game", "A video game controller",
     ["game", "games", "video games", "gaming", "computer games", "playstation", "xbox", "switch",
      "console", "controller", "fortnite", "minecraft"])
def p_game():
    body = D("M", 60, 60, "L", 140, 60, "Q", 176, 60, 186, 104, "Q", 196, 150, 172, 156,
             "Q", 156, 160, 140, 132, "L", 60, 132, "Q", 44, 160, 28, 156,
             "Q", 4, 150, 14, 104, "Q", 24, 60, 60, 60, "Z")
    return (path(body, fill=C["purple"]) +
            rect(44, 80, 12, 38, OUT, rx=3, sw=0) + rect(31, 93, 38, 12, OUT, rx=3, sw=0) +
            circle(148, 82, 8, C["red"], sw=3) + circle(148, 114, 8, C["blue"], sw=3) +
            circle(132, 98, 8, C["yellow"], sw=3) + circle(164, 98, 8, C["green"], sw=3) +
            rect(84, 90, 12, 7, C["lgrey"], rx=3, sw=2.5) + rect(104, 90, 12, 7, C["lgrey"], rx=3, sw=2.5))


@pic("bike", "A bicycle",
     ["bike", "bicycle", "cycle", "cycling", "ride", "riding", "scooter"])
def p_bike():
    return (circle(50, 136, 36, "none", sw=7) + circle(50, 136, 36, "none", sw=2, stroke=C["grey"]) +
            circle(150, 136, 36, "none", sw=7) + circle(150, 136, 36, "none", sw=2, stroke=C["grey"]) +
            circle(50, 136, 5, OUT, sw=0) + circle(150, 136, 5, OUT, sw=0) +
            limb([(50, 136), (92, 136), (136, 86)], 6, C["red"], 3, curve=False) +
            limb([(50, 136), (80, 86), (136, 86)], 6, C["red"], 3, curve=False) +
            limb([(92, 136), (76, 74)], 6, C["red"], 3) +
            limb([(150, 136), (132, 66)], 6, C["red"], 3) +
            path(D("M", 62, 70, "Q", 64, 62, 80, 64, "Q", 92, 66, 90, 72, "Q", 76, 76, 62, 70, "Z"),
                 fill=OUT, sw=2) +
            path(D("M", 118, 62, "L", 132, 64, "Q", 146, 62, 150, 52), sw=6) +
            circle(92, 136, 10, C["grey"], sw=3) + line(92, 136, 100, 150, OUT, 4))


@pic("swimming", "A child swimming in the water",
     ["swimming", "swim", "swimming pool", "pool", "beach", "seaside", "sea", "water"])
def p_swimming():
    r = 30
    skin = SKIN["mlight"]
    hb, hf = head(r, skin, "none", None, "smile", SW)
    cap = hair_cap(r, C["red"], SW, "high")
    goggles = (line(-r, -0.25 * r, r, -0.25 * r, OUT, 3) +
               circle(-0.36 * r, -0.05 * r, 0.26 * r, "none", sw=3, stroke=C["blue"]) +
               circle(0.36 * r, -0.05 * r, 0.26 * r, "none", sw=3, stroke=C["blue"]))
    arm = (limb([(124, 124), (146, 78), (166, 62)], 13, skin, curve=False) + circle(168, 60, 9, skin))
    def wave(y, fill):
        d = D("M", 4, y)
        for i in range(6):
            x = 4 + i * 32
            d += " " + D("Q", x + 8, y - 12, x + 16, y, "Q", x + 24, y + 12, x + 32, y)
        d += " " + D("L", 196, 196, "L", 4, 196, "Z")
        return path(d, fill=fill)
    return (arm + g(hb, hf, cap, goggles, transform="translate(92 100)") +
            wave(124, "#8ecdf2") + wave(158, "#5fa8dd") +
            circle(40, 72, 6, "#ffffff", sw=3) + circle(28, 52, 4, "#ffffff", sw=2.5))


@pic("cake", "A cupcake with pink icing and a cherry",
     ["cake", "cupcake", "treat", "treats", "sweets", "pudding", "dessert", "biscuit", "biscuits",
      "chocolate"])
def p_cake():
    return (path(D("M", 46, 108, "L", 62, 182, "L", 138, 182, "L", 154, 108, "Z"), fill=C["lblue"]) +
            line(72, 112, 80, 180, OUT, 3) + line(100, 112, 100, 180, OUT, 3) + line(128, 112, 120, 180, OUT, 3) +
            path(D("M", 40, 110, "Q", 28, 86, 56, 80, "Q", 52, 52, 84, 52, "Q", 96, 32, 116, 48,
                   "Q", 146, 50, 144, 80, "Q", 172, 86, 160, 110, "Q", 100, 122, 40, 110, "Z"), fill=C["pink"]) +
            path(D("M", 60, 94, "Q", 100, 104, 140, 94), sw=3) +
            circle(80, 70, 3, C["yellow"], sw=0) + circle(118, 64, 3, C["blue"], sw=0) +
            circle(128, 84, 3, C["green"], sw=0) + circle(72, 92, 3, C["blue"], sw=0) + circle(98, 84, 3, C["yellow"], sw=0) +
            path(D("M", 104, 32, "Q", 108, 16, 122, 12), sw=3.5) +
            circle(102, 36, 13, C["red"]) + circle(97, 31, 3.5, "#ffffff", sw=0))


@pic("present", "A wrapped present with a bow",
     ["present", "presents", "gift", "gifts", "christmas", "eid", "diwali", "surprise"])
def p_present():
    return (rect(30, 90, 140, 94, C["purple"], rx=6) +
            rect(22, 66, 156, 30, C["purple"], rx=6) +
            rect(88, 66, 24, 118, C["yellow"]) +
            path(D("M", 100, 66, "Q", 60, 20, 52, 48, "Q", 50, 68, 100, 66, "Z"), fill=C["yellow"]) +
            path(D("M", 100, 66, "Q", 140, 20, 148, 48, "Q", 150, 68, 100, 66, "Z"), fill=C["yellow"]) +
            circle(100, 64, 10, C["gold"]))


@pic("birthday", "A birthday cake with candles and a balloon",
     ["birthday", "birthdays", "party", "parties", "celebrate", "celebration", "candles",
      "birthday party"])
def p_birthday():
    out = [path(D("M", 162, 80, "Q", 150, 120, 166, 150, "Q", 176, 170, 160, 186), sw=3),
           ellipse(162, 52, 26, 32, C["blue"]), poly([(156, 86), (162, 78), (168, 86)], C["blue"], sw=3),
           path(D("M", 150, 36, "Q", 154, 28, 162, 28), sw=4, stroke="#ffffff")]
    out.append(rect(16, 120, 128, 62, C["pink"], rx=8))
    out.append(rect(28, 84, 104, 40, C["cream"], rx=8))
    out.append(path(D("M", 16, 134, "Q", 26, 148, 36, 134, "Q", 46, 148, 56, 134, "Q", 66, 148, 76, 134,
                      "Q", 86, 148, 96, 134, "Q", 106, 148, 116, 134, "Q", 126, 148, 136, 134, "L", 144, 134,
                      "L", 144, 128, "Q", 144, 120, 136, 120, "L", 24, 120, "Q", 16, 120, 16, 128, "Z"),
                    fill=C["white"], sw=3))
    for x, c in ((50, C["blue"]), (80, C["yellow"]), (110, C["green"])):
        out.append(rect(x - 5, 54, 10, 32, c, rx=3, sw=3))
        out.append(path(D("M", x, 28, "Q", x + 9, 42, x, 48, "Q", x - 9, 42, x, 28, "Z"), fill=C["orange"], sw=3))
    out.append(circle(48, 160, 5, C["red"], sw=0))
    out.append(circle(80, 164, 5, C["blue"], sw=0))
    out.append(circle(112, 160, 5, C["yellow"], sw=0))
    out.append(line(8, 182, 192, 182, OUT, SW))
    return "".join(out)


# ---------------------------------------------------------------- output
HEADER = ('<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="200" height="200" '
          'viewBox="0 0 200 200">')


def render(name):
    fn = PICS[name][0]
    body = fn()
    return (HEADER + '<g stroke-linecap="round" stroke-linejoin="round">' + body + "</g></svg>\n")


def main():
    entries = []
    for name in sorted(PICS):
        fn, desc, kws = PICS[name]
        svg = render(name)
        with open(os.path.join(OUTDIR, f"{name}.svg"), "w", encoding="utf-8") as fh:
            fh.write(svg)
        entries.append({"name": name, "file": f"{name}.svg", "description": desc,
                        "keywords": [k.lower() for k in kws]})
    lines = ['{', '  "pictures": [']
    for i, e in enumerate(entries):
        comma = "," if i < len(entries) - 1 else ""
        lines.append("    " + json.dumps(e, ensure_ascii=False) + comma)
    lines += ["  ]", "}"]
    with open(os.path.join(OUTDIR, "library.json"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(entries)} pictures")


if __name__ == "__main__":
    main()
