#!/usr/bin/env python3
"""Write the Stills app icon: assets/icons/stills.svg and hicolor PNG renders of the same design.

    /tmp/venv/bin/python assets/render_icons.py

The design lives here once (in a 256x256 box) and is emitted both as SVG and,
drawn with Pillow at 4x and downsampled, as PNGs at 16..256 px.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent / "icons"
SIZES = (16, 32, 48, 64, 128, 256)

# The design, in a 256x256 view box
BG = (16, 16, 224, 224, 50)  # x, y, w, h, corner radius
BG_TOP, BG_BOTTOM = "#33457a", "#121830"
FRAME = (44, 66, 168, 124, 16)  # the still: x, y, w, h, corner radius
FRAME_FILL_TOP, FRAME_FILL_BOTTOM = "#0a0e1f", "#1d1836"
FRAME_STROKE, FRAME_WIDTH = "#f6f1e4", 11
PLANET = (116, 134, 33)  # cx, cy, r
PLANET_LIGHT, PLANET_DARK = "#ffc27a", "#b84a36"
RING = (116, 134, 58, 15, -18, "#7ef2be", 6)  # cx, cy, rx, ry, rotation (SVG degrees), colour, width
STAR = (176, 100, 15, "#fff6d8")  # cx, cy, radius, colour
DOTS = ((70, 92, 3, "#cfe0ff"), (186, 160, 2.6, "#cfe0ff"), (94, 170, 2.2, "#ffffff"), (150, 84, 2, "#ffffff"))


def rgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i : i + 2], 16) for i in (0, 2, 4))


def star_points(cx, cy, r, inner=0.28):
    pts = []
    for k in range(8):
        rr = r if k % 2 == 0 else r * inner
        a = k * math.pi / 4 - math.pi / 2
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def svg():
    bx, by, bw, bh, br = BG
    fx, fy, fw, fh, fr = FRAME
    pcx, pcy, pr = PLANET
    rcx, rcy, rrx, rry, rrot, rcol, rw = RING
    scx, scy, sr, scol = STAR
    star = " ".join(f"{x:.2f},{y:.2f}" for x, y in star_points(scx, scy, sr))
    ring = f'fill="none" stroke="{rcol}" stroke-width="{rw}" transform="rotate({rrot} {rcx} {rcy})"'
    frame = f'fill="none" stroke="{FRAME_STROKE}" stroke-width="{FRAME_WIDTH}"'
    dots = "\n".join(f'    <circle cx="{x}" cy="{y}" r="{r}" fill="{c}"/>' for x, y, r, c in DOTS)
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Stills</title>
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="{BG_TOP}"/>
      <stop offset="1" stop-color="{BG_BOTTOM}"/>
    </linearGradient>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="{FRAME_FILL_TOP}"/>
      <stop offset="1" stop-color="{FRAME_FILL_BOTTOM}"/>
    </linearGradient>
    <radialGradient id="planet" cx="0.5" cy="0.5" r="0.5" fx="0.32" fy="0.3">
      <stop offset="0" stop-color="{PLANET_LIGHT}"/>
      <stop offset="1" stop-color="{PLANET_DARK}"/>
    </radialGradient>
    <clipPath id="still">
      <rect x="{fx}" y="{fy}" width="{fw}" height="{fh}" rx="{fr}"/>
    </clipPath>
  </defs>
  <rect x="{bx}" y="{by}" width="{bw}" height="{bh}" rx="{br}" fill="url(#bg)"/>
  <rect x="{fx}" y="{fy}" width="{fw}" height="{fh}" rx="{fr}" fill="url(#sky)"/>
  <g clip-path="url(#still)">
{dots}
    <polygon points="{star}" fill="{scol}"/>
    <ellipse cx="{rcx}" cy="{rcy}" rx="{rrx}" ry="{rry}" {ring}/>
    <circle cx="{pcx}" cy="{pcy}" r="{pr}" fill="url(#planet)"/>
    <path d="M {rcx - rrx} {rcy} A {rrx} {rry} 0 0 0 {rcx + rrx} {rcy}" {ring} stroke-linecap="round"/>
  </g>
  <rect x="{fx}" y="{fy}" width="{fw}" height="{fh}" rx="{fr}" {frame}/>
</svg>
"""


def vgrad(w, h, top, bottom):
    g = Image.linear_gradient("L").resize((w, h))
    a, b = Image.new("RGB", (w, h), rgb(top)), Image.new("RGB", (w, h), rgb(bottom))
    return Image.composite(b, a, g)


def render(size=1024):
    """Draw the design at ``size`` px (a multiple of 256 works best)."""
    s = size / 256
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))

    def box(x, y, w, h):
        return (x * s, y * s, (x + w) * s, (y + h) * s)

    bx, by, bw, bh, br = BG
    m = Image.new("L", im.size)
    ImageDraw.Draw(m).rounded_rectangle(box(bx, by, bw, bh), br * s, fill=255)
    im.paste(vgrad(size, size, BG_TOP, BG_BOTTOM), (0, 0), m)
    fx, fy, fw, fh, fr = FRAME
    # the still: sky, stars, ringed planet
    clip = Image.new("L", im.size)
    ImageDraw.Draw(clip).rounded_rectangle(box(fx, fy, fw, fh), fr * s, fill=255)
    pic = vgrad(size, size, FRAME_FILL_TOP, FRAME_FILL_BOTTOM).convert("RGBA")
    d = ImageDraw.Draw(pic)
    for x, y, r, c in DOTS:
        d.ellipse(((x - r) * s, (y - r) * s, (x + r) * s, (y + r) * s), fill=rgb(c))
    scx, scy, sr, scol = STAR
    d.polygon([(x * s, y * s) for x, y in star_points(scx, scy, sr)], fill=rgb(scol))
    rcx, rcy, rrx, rry, rrot, rcol, rw = RING

    def ring(start, end):
        layer = Image.new("RGBA", im.size, (0, 0, 0, 0))
        ImageDraw.Draw(layer).arc(
            ((rcx - rrx) * s, (rcy - rry) * s, (rcx + rrx) * s, (rcy + rry) * s),
            start,
            end,
            fill=rgb(rcol),
            width=round(rw * s),
        )
        return layer.rotate(-rrot, Image.BICUBIC, center=(rcx * s, rcy * s))

    pic.alpha_composite(ring(0, 360))
    pcx, pcy, pr = PLANET
    # radial gradient with its focus up and to the left, as in the SVG
    light, dark = rgb(PLANET_LIGHT), rgb(PLANET_DARK)
    n = 48
    for k in range(n + 1):
        t = k / n  # 0 = outer edge, 1 = focus
        r = pr * (1 - t)
        cx = pcx + (0.32 - 0.5) * 2 * pr * t
        cy = pcy + (0.30 - 0.5) * 2 * pr * t
        col = tuple(round(dark[i] + (light[i] - dark[i]) * t) for i in range(3))
        d.ellipse(((cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s), fill=col)
    pic.alpha_composite(ring(0, 180))  # the front half passes in front of the planet
    im.paste(pic, (0, 0), clip)
    ImageDraw.Draw(im).rounded_rectangle(
        box(fx, fy, fw, fh), fr * s, outline=rgb(FRAME_STROKE), width=round(FRAME_WIDTH * s)
    )
    return im


def main():
    (HERE / "stills.svg").write_text(svg(), encoding="utf-8")
    big = render(1024)
    for n in SIZES:
        out = HERE / "hicolor" / f"{n}x{n}" / "apps" / "stills.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        im = big.resize((n, n), Image.LANCZOS)
        im.save(out, optimize=True)
        print(out.relative_to(HERE))
    print("stills.svg")


if __name__ == "__main__":
    main()
