#!/usr/bin/env python3
"""Generate the bundled sample press kit "Space Sweepers (Netflix, 2021)".

Every picture is an original drawing made here with Pillow (no film frames,
no copyrighted artwork); the metadata is embedded with exiftool so that
exiftool, Bridge, digiKam and Stills all read the same fields.

    /tmp/venv/bin/python assets/generate_sample_kit.py            # everything
    /tmp/venv/bin/python assets/generate_sample_kit.py --only 1,5  # some stills
    /tmp/venv/bin/python assets/generate_sample_kit.py --no-metadata

The output (assets/space-sweepers/) is committed; exiftool is only needed to
regenerate it.  The drawing is deterministic: every still has its own
random.Random seeded from SEED and its number.
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from typing import NamedTuple

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

SEED = 20210205
ASSETS = Path(__file__).resolve().parent
KIT = ASSETS / "space-sweepers"
JPEG_QUALITY = 85
WEBP_QUALITY = 85

# ---------------------------------------------------------------------------
# Colour and field helpers (pure Pillow: no numpy)
# ---------------------------------------------------------------------------


def clamp(v, lo=0.0, hi=1.0):
    return lo if v < lo else hi if v > hi else v


def smoothstep(e0, e1, x):
    t = clamp((x - e0) / (e1 - e0))
    return t * t * (3 - 2 * t)


def mix(a, b, t):
    return tuple(int(round(x + (y - x) * t)) for x, y in zip(a, b, strict=True))


def scale_col(c, k):
    return tuple(int(clamp(v * k, 0, 255)) for v in c)


def ramp(stops):
    """A 768-entry lookup table mapping grey 0..255 along colour ``stops``."""
    stops = sorted(stops)
    tables = ([], [], [])
    for i in range(256):
        t = i / 255
        col = stops[-1][1]
        if t <= stops[0][0]:
            col = stops[0][1]
        else:
            for (p0, c0), (p1, c1) in zip(stops, stops[1:], strict=False):
                if t <= p1:
                    col = mix(c0, c1, 0 if p1 == p0 else (t - p0) / (p1 - p0))
                    break
        for k in range(3):
            tables[k].append(col[k])
    return tables[0] + tables[1] + tables[2]


def colorize(grey, stops):
    """Gradient-map an L image along colour stops [(pos, (r, g, b)), ...]."""
    return grey.convert("RGB").point(ramp(stops))


def curve(grey, fn):
    """Apply fn: 0..1 -> 0..1 to an L image."""
    return grey.point([int(clamp(fn(i / 255)) * 255 + 0.5) for i in range(256)])


def field(size, fn, step=8):
    """An L image sampled from fn(x, y) -> 0..255 on a coarse grid, smoothly upscaled."""
    w, h = size
    step = max(1, step)
    sw, sh = max(2, math.ceil(w / step)), max(2, math.ceil(h / step))
    data = []
    for j in range(sh):
        y = (j + 0.5) * h / sh
        for i in range(sw):
            v = fn((i + 0.5) * w / sw, y)
            data.append(0 if v < 0 else 255 if v > 255 else int(v))
    small = Image.new("L", (sw, sh))
    small.putdata(data)
    return small if (sw, sh) == (w, h) else small.resize((w, h), Image.BICUBIC)


def vgradient(size, stops):
    return colorize(Image.linear_gradient("L").resize(size, Image.BILINEAR), stops)


def hgradient(size, stops):
    g = Image.linear_gradient("L").rotate(90).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    return colorize(g.resize(size, Image.BILINEAR), stops)


def noise_image(size, rng):
    im = Image.new("L", size)
    im.putdata([rng.randrange(256) for _ in range(size[0] * size[1])])
    return im


def fbm(size, rng, base=(8, 5), octaves=5, gain=0.55, blur=2):
    """Fractal value noise (soft clouds) as an L image."""
    w, h = size
    acc, total, amp = None, 0.0, 1.0
    for o in range(octaves):
        cells = (base[0] * 2**o + 1, base[1] * 2**o + 1)
        layer = noise_image(cells, rng).resize((w, h), Image.BICUBIC)
        total += amp
        acc = layer if acc is None else Image.blend(acc, layer, amp / total)
        amp *= gain
    if blur:
        acc = acc.filter(ImageFilter.GaussianBlur(blur))
    return ImageOps.autocontrast(acc, cutoff=0.5)


def solid(size, col):
    return Image.new("RGB", size, col)


def tint(mask, col):
    """An RGB image: ``col`` scaled by the L ``mask``."""
    return ImageChops.multiply(Image.new("RGB", mask.size, col), mask.convert("RGB"))


def add_light(img, cx, cy, rx, col, strength=1.0, power=2.0, ry=None, mode="add"):
    """Additive (or screen) soft light falling off from (cx, cy) over radius rx (ry)."""
    ry = ry or rx
    w, h = img.size
    box = (max(0, int(cx - rx)), max(0, int(cy - ry)), min(w, int(cx + rx) + 1), min(h, int(cy + ry) + 1))
    if box[2] <= box[0] or box[3] <= box[1]:
        return img
    pw, ph = box[2] - box[0], box[3] - box[1]
    ox, oy = box[0], box[1]

    def f(x, y):
        d = math.hypot((x + ox - cx) / rx, (y + oy - cy) / ry)
        return 0 if d >= 1 else 255 * strength * (1 - d) ** power

    mask = field((pw, ph), f, step=int(clamp(min(rx, ry) / 14, 1, 8)))
    patch = img.crop(box)
    light = tint(mask, col)
    patch = ImageChops.add(patch, light) if mode == "add" else ImageChops.screen(patch, light)
    img.paste(patch, box)
    return img


def glow_layer(img, layer, radius, strength=1.0):
    """Add a blurred copy of an RGB ``layer`` (black = nothing) onto img."""
    g = layer.filter(ImageFilter.GaussianBlur(radius))
    if strength != 1.0:
        g = g.point(lambda v: int(clamp(v * strength, 0, 255)))
    return ImageChops.add(img, g)


def bloom(img, threshold=0.75, radius=18, strength=0.6):
    lum = img.convert("L")
    m = curve(lum, lambda t: smoothstep(threshold, 1.0, t))
    bright = ImageChops.multiply(img, m.convert("RGB"))
    return glow_layer(img, bright, radius, strength)


def vignette(img, amount=0.45, power=2.2):
    w, h = img.size
    cx, cy = w / 2, h / 2
    dmax = math.hypot(cx, cy)

    def f(x, y):
        d = math.hypot((x - cx) / cx * 0.9, (y - cy) / cy) / math.sqrt(1.81)
        return 255 * (1 - amount * clamp(d) ** power)

    m = field((w, h), f, step=12)
    del dmax
    return ImageChops.multiply(img, m.convert("RGB"))


_GRAIN = {}


def grain(img, amount=3):
    """Fine, deterministic film grain (a tiled noise patch)."""
    if amount not in _GRAIN:
        rng = random.Random(SEED + 999)
        tile = Image.new("L", (256, 256))
        tile.putdata([int(clamp(128 + rng.gauss(0, amount), 0, 255)) for _ in range(256 * 256)])
        _GRAIN[amount] = tile
    tile = _GRAIN[amount]
    w, h = img.size
    full = Image.new("L", (w, h))
    for y in range(0, h, 256):
        for x in range(0, w, 256):
            full.paste(tile, (x, y))
    g = full.convert("RGB")
    return ImageChops.add(img, g, 1.0, -128)


def grade(img, lift=(0, 0, 0), gain=(1, 1, 1)):
    """Simple lift/gain colour grade."""
    tables = []
    for k in range(3):
        tables += [int(clamp(lift[k] + v * gain[k] * (255 - lift[k]) / 255, 0, 255)) for v in range(256)]
    return img.point(tables)


def finish(img, *, bloom_amount=0.55, vig=0.45, grain_amount=2):
    img = bloom(img, strength=bloom_amount) if bloom_amount else img
    img = vignette(img, vig) if vig else img
    return grain(img, grain_amount) if grain_amount else img


# ---------------------------------------------------------------------------
# Space: stars, nebulae, planets, rings
# ---------------------------------------------------------------------------

STAR_COLOURS = [(255, 255, 255), (205, 222, 255), (255, 238, 214), (255, 214, 186), (186, 204, 255)]


def starfield(img, rng, n=1400, bright=40, spikes=4, region=None):
    w, h = img.size
    x0, y0, x1, y1 = region or (0, 0, w, h)
    layer = Image.new("RGB", img.size)
    d = ImageDraw.Draw(layer)
    glow = Image.new("RGB", img.size)
    g = ImageDraw.Draw(glow)
    spk = Image.new("RGB", img.size)
    s = ImageDraw.Draw(spk)
    for _ in range(n):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        v = 0.12 + 0.88 * rng.random() ** 3
        d.point((x, y), fill=scale_col(rng.choice(STAR_COLOURS), v))
    for i in range(bright):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        r = rng.uniform(0.8, 1.8)
        c = rng.choice(STAR_COLOURS)
        d.ellipse((x - r, y - r, x + r, y + r), fill=c)
        g.ellipse((x - 4 * r, y - 4 * r, x + 4 * r, y + 4 * r), fill=scale_col(c, 0.55))
        if i < spikes:
            ln = rng.uniform(25, 60)
            s.line((x - ln, y, x + ln, y), fill=scale_col(c, 0.8), width=1)
            s.line((x, y - ln, x, y + ln), fill=scale_col(c, 0.8), width=1)
            g.ellipse((x - 9 * r, y - 9 * r, x + 9 * r, y + 9 * r), fill=scale_col(c, 0.5))
    img = ImageChops.add(img, layer)
    img = ImageChops.add(img, glow.filter(ImageFilter.GaussianBlur(5)))
    return ImageChops.add(img, spk.filter(ImageFilter.GaussianBlur(0.8)))


def nebula(img, rng, stops, density=0.8, base=(5, 3), shape_base=(2, 2), power=1.6):
    size = img.size
    detail = fbm(size, rng, base=base, octaves=6, gain=0.58)
    shape = fbm(size, rng, base=shape_base, octaves=3, blur=8)
    m = ImageChops.multiply(detail, shape)
    m = ImageOps.autocontrast(m, cutoff=0.3)
    m = curve(m, lambda t: clamp(t**power * density * 1.4))
    col = colorize(detail, stops)
    return ImageChops.screen(img, ImageChops.multiply(col, m.convert("RGB")))


def dust_lanes(img, rng, amount=0.5, base=(4, 3)):
    d = fbm(img.size, rng, base=base, octaves=5)
    m = curve(d, lambda t: 1 - amount * smoothstep(0.45, 0.85, t))
    return ImageChops.multiply(img, m.convert("RGB"))


def space_background(size, rng, sky=((0, (2, 3, 10)), (1, (8, 10, 24))), neb=None, neb2=None, stars=1400, bright=40):
    img = vgradient(size, list(sky))
    if neb:
        img = nebula(img, rng, neb, density=0.8)
    if neb2:
        img = nebula(img, rng, neb2, density=0.55, base=(7, 4))
    img = dust_lanes(img, rng, 0.35)
    return starfield(img, rng, n=stars, bright=bright)


def norm3(x, y, z):
    n = math.sqrt(x * x + y * y + z * z)
    return x / n, y / n, z / n


def planet(
    img,
    rng,
    cx,
    cy,
    r,
    surface,
    *,
    atmo=(120, 170, 255),
    light=(-0.6, -0.5, 0.6),
    haze=None,
    haze_amount=0.0,
    clouds=0.0,
    bands=False,
    night_lights=0,
    atmo_width=0.08,
    atmo_strength=0.6,
    tex_base=(6, 4),
    ambient=0.03,
    cloud_col=(235, 228, 215),
):
    """Draw a lit sphere; returns img.  ``surface`` are colour stops for the texture."""
    w, h = img.size
    pad = r * (1 + atmo_width * 2.5)
    box = (max(0, int(cx - pad)), max(0, int(cy - pad)), min(w, int(cx + pad) + 1), min(h, int(cy + pad) + 1))
    if box[2] <= box[0] or box[3] <= box[1]:
        return img
    pw, ph = box[2] - box[0], box[3] - box[1]
    ox, oy = box[0], box[1]
    lx, ly, lz = norm3(*light)
    scale = max(1.0, r / 260)
    tsize = (max(8, int(pw / scale)), max(8, int(ph / scale)))
    tex = fbm(tsize, rng, base=tex_base, octaves=6, gain=0.6, blur=1)
    if bands:
        b = noise_image((1, 28), rng).resize((1, 300), Image.BICUBIC).resize(tsize, Image.BICUBIC)
        tex = Image.blend(tex, b, 0.55)
    surf = colorize(tex, surface).resize((pw, ph), Image.BICUBIC)
    if clouds:
        cl = fbm(tsize, rng, base=(tex_base[0] * 2, tex_base[1] * 2), octaves=5, blur=1)
        cl = curve(cl, lambda t: clouds * smoothstep(0.55, 0.85, t)).resize((pw, ph), Image.BICUBIC)
        surf = Image.composite(solid((pw, ph), cloud_col), surf, cl)
    if haze:
        surf = Image.blend(surf, solid((pw, ph), haze), haze_amount)
    step = int(clamp(r / 60, 1, 8))

    def shade(x, y):
        nx, ny = (x + ox - cx) / r, (y + oy - cy) / r
        q = min(nx * nx + ny * ny, 0.9999)  # continue smoothly past the limb; the disk mask cuts
        nz = math.sqrt(1 - q)
        lit = nx * lx + ny * ly + nz * lz
        return 255 * (ambient + (1 - ambient) * smoothstep(-0.12, 0.75, lit))

    shade_m = field((pw, ph), shade, step)
    body = ImageChops.multiply(surf, shade_m.convert("RGB"))

    def limb(x, y):
        nx, ny = (x + ox - cx) / r, (y + oy - cy) / r
        q = min(nx * nx + ny * ny, 0.9999)
        nz = math.sqrt(1 - q)
        lit = smoothstep(-0.25, 0.6, nx * lx + ny * ly + nz * lz * 0.3)
        return 255 * atmo_strength * (1 - nz) ** 2.5 * lit

    body = ImageChops.add(body, tint(field((pw, ph), limb, step), atmo))
    if night_lights:
        nl = Image.new("RGB", (pw, ph))
        nd = ImageDraw.Draw(nl)
        for _ in range(night_lights):
            a = rng.uniform(0, 2 * math.pi)
            rr = r * math.sqrt(rng.random())
            x, y = cx + rr * math.cos(a) - ox, cy + rr * math.sin(a) - oy
            cluster = rng.randint(1, 5)
            for _ in range(cluster):
                jx, jy = x + rng.gauss(0, r * 0.01), y + rng.gauss(0, r * 0.01)
                nd.point((jx, jy), fill=scale_col((255, 180, 90), rng.uniform(0.4, 1)))
        dark = curve(shade_m, lambda t: 1 - smoothstep(0.02, 0.25, t))
        nl = ImageChops.multiply(nl.filter(ImageFilter.GaussianBlur(0.6)), dark.convert("RGB"))
        body = ImageChops.add(body, nl.point(lambda v: min(255, v * 3)))
    disk = Image.new("L", (pw * 2, ph * 2))
    ImageDraw.Draw(disk).ellipse(((cx - r - ox) * 2, (cy - r - oy) * 2, (cx + r - ox) * 2, (cy + r - oy) * 2), fill=255)
    disk = disk.resize((pw, ph), Image.LANCZOS)
    patch = img.crop(box)
    patch = Image.composite(body, patch, disk)

    def halo(x, y):
        nx, ny = (x + ox - cx) / r, (y + oy - cy) / r
        d = math.sqrt(nx * nx + ny * ny)
        if d < 0.85:
            return 0
        k = math.exp(-(((d - 1) / atmo_width) ** 2)) if d >= 1 else ((d - 0.85) / 0.15) ** 3
        lit = smoothstep(-0.4, 0.7, (nx * lx + ny * ly) / max(d, 1e-6) + 0.25)
        return 255 * atmo_strength * k * lit

    patch = ImageChops.add(patch, tint(field((pw, ph), halo, step), atmo))
    img.paste(patch, box)
    return img


def sun_flare(img, x, y, strength=1.0, col=(255, 240, 215)):
    add_light(img, x, y, 900 * strength, scale_col(col, 0.35), 1.0, 3.0)
    add_light(img, x, y, 260 * strength, col, 1.0, 2.2)
    add_light(img, x, y, 60 * strength, (255, 255, 255), 1.0, 1.2)
    w, h = img.size
    streak = Image.new("RGB", img.size)
    ImageDraw.Draw(streak).line((x - 500 * strength, y, x + 500 * strength, y), fill=scale_col(col, 0.35), width=2)
    img = ImageChops.add(img, streak.filter(ImageFilter.GaussianBlur(3)))
    # a few ghosts along the axis through the image centre
    for k, rr, c in ((0.5, 30, (120, 200, 255)), (1.25, 60, (255, 180, 120)), (1.6, 18, (170, 255, 200))):
        gx, gy = x + (w / 2 - x) * 2 * k, y + (h / 2 - y) * 2 * k
        add_light(img, gx, gy, rr * strength, scale_col(c, 0.35), 1.0, 0.6)
    return img


# ---------------------------------------------------------------------------
# Sprites: supersampled RGBA drawings with rim lighting
# ---------------------------------------------------------------------------


class Sprite:
    """A supersampled RGBA canvas addressed in final-pixel coordinates."""

    def __init__(self, w, h, ss=3):
        self.w, self.h, self.ss = int(w), int(h), ss
        self.im = Image.new("RGBA", (self.w * ss, self.h * ss), (0, 0, 0, 0))
        self.d = ImageDraw.Draw(self.im)
        self.glows = []  # (x, y, r, colour, strength) in sprite pixels

    def P(self, pts):
        return [(x * self.ss, y * self.ss) for x, y in pts]

    def poly(self, pts, fill):
        self.d.polygon(self.P(pts), fill=fill)

    def ellipse(self, cx, cy, rx, ry, fill=None, outline=None, width=1):
        s = self.ss
        self.d.ellipse(
            ((cx - rx) * s, (cy - ry) * s, (cx + rx) * s, (cy + ry) * s),
            fill=fill,
            outline=outline,
            width=int(width * s) if outline else 0,
        )

    def rect(self, x0, y0, x1, y1, fill, radius=0):
        s = self.ss
        if radius:
            self.d.rounded_rectangle((x0 * s, y0 * s, x1 * s, y1 * s), radius * s, fill=fill)
        else:
            self.d.rectangle((x0 * s, y0 * s, x1 * s, y1 * s), fill=fill)

    def line(self, pts, fill, width, caps=True):
        s = self.ss
        self.d.line(self.P(pts), fill=fill, width=max(1, int(width * s)), joint="curve")
        if caps:
            r = width / 2
            for x, y in (pts[0], pts[-1]):
                self.ellipse(x, y, r, r, fill=fill)

    def arc(self, cx, cy, rx, ry, a0, a1, fill, width):
        s = self.ss
        self.d.arc(
            ((cx - rx) * s, (cy - ry) * s, (cx + rx) * s, (cy + ry) * s), a0, a1, fill=fill, width=int(width * s)
        )

    def gradient_fill(self, mask_draw_fn, stops, vertical=True):
        """Fill the shape drawn by mask_draw_fn(ImageDraw, ss) with a gradient (local to the sprite)."""
        m = Image.new("L", self.im.size)
        mask_draw_fn(ImageDraw.Draw(m), self.ss)
        bbox = m.getbbox()
        if not bbox:
            return
        bw, bh = bbox[2] - bbox[0], bbox[3] - bbox[1]
        g = vgradient((bw, bh), stops) if vertical else hgradient((bw, bh), stops)
        self.im.paste(g, bbox[:2], m.crop(bbox))

    def result(self):
        return self.im.resize((self.w, self.h), Image.LANCZOS)


def rim_light(sprite_im, direction, col, width=3, strength=0.9, blur=1.2):
    """Light the edges of an RGBA image that face ``direction`` (dx, dy)."""
    a = sprite_im.getchannel("A")
    dx, dy = direction
    n = math.hypot(dx, dy) or 1
    ox, oy = int(round(-dx / n * width)), int(round(-dy / n * width))
    band = ImageChops.subtract(a, ImageChops.offset(a, ox, oy))
    band = band.filter(ImageFilter.GaussianBlur(blur))
    band = ImageChops.multiply(band, a).point(lambda v: int(v * strength))
    rgb = sprite_im.convert("RGB")
    lit = ImageChops.screen(rgb, solid(rgb.size, col))
    rgb = Image.composite(lit, rgb, band)
    out = rgb.convert("RGBA")
    out.putalpha(a)
    return out


def shade_sprite(sprite_im, top=1.1, bottom=0.6):
    """Darken an RGBA image from top to bottom (cheap ambient occlusion)."""
    a = sprite_im.getchannel("A")
    g = vgradient(sprite_im.size, [(0, scale_col((255, 255, 255), top / 1.1)), (1, scale_col((255, 255, 255), bottom))])
    rgb = ImageChops.multiply(sprite_im.convert("RGB"), g)
    out = rgb.convert("RGBA")
    out.putalpha(a)
    return out


def place(img, sprite_im, x, y, anchor=(0.5, 1.0), glows=(), glow_scale=1.0, opacity=1.0):
    """Paste an RGBA image anchored at (x, y); glows are given in sprite pixels."""
    sx = int(round(x - sprite_im.width * anchor[0]))
    sy = int(round(y - sprite_im.height * anchor[1]))
    mask = sprite_im.getchannel("A")
    if opacity != 1.0:
        mask = mask.point(lambda v: int(v * opacity))
    img.paste(sprite_im.convert("RGB"), (sx, sy), mask)
    for gx, gy, r, c, s in glows:
        add_light(img, sx + gx, sy + gy, r * glow_scale, c, s)
    return img


class Fig(NamedTuple):
    """A drawn figure: RGBA image, glows [(x, y, r, colour, strength)] and anchor (fractions of the image)."""

    im: Image.Image
    glows: list
    anchor: tuple = (0.5, 0.5)


def put(img, fig, x, y, glow_scale=1.0, opacity=1.0):
    """Place a Fig with its anchor at (x, y)."""
    return place(img, fig.im, x, y, fig.anchor, fig.glows, glow_scale, opacity)


def rotate_fig(fig, deg):
    """Rotate a Fig counter-clockwise by ``deg`` degrees (image grows to fit)."""
    w, h = fig.im.size
    im = fig.im.rotate(deg, Image.BICUBIC, expand=True)
    a = math.radians(deg)
    ca, sa = math.cos(a), math.sin(a)

    def tr(x, y):
        dx, dy = x - w / 2, y - h / 2
        return im.width / 2 + dx * ca + dy * sa, im.height / 2 - dx * sa + dy * ca

    glows = [(*tr(x, y), r, c, s) for x, y, r, c, s in fig.glows]
    ax, ay = tr(fig.anchor[0] * w, fig.anchor[1] * h)
    return Fig(im, glows, (ax / im.width, ay / im.height))


def flip_fig(fig):
    w = fig.im.width
    return Fig(
        ImageOps.mirror(fig.im),
        [(w - x, y, r, c, s) for x, y, r, c, s in fig.glows],
        (1 - fig.anchor[0], fig.anchor[1]),
    )


# ---------------------------------------------------------------------------
# The Victory, space junk, the UTS ring
# ---------------------------------------------------------------------------


def victory(
    length, rng, *, hull_light=1.0, windows=True, face=1, engine=(150, 200, 255), light=(-0.6, -1), rim=(255, 236, 205)
):
    """The Victory, a chunky junk-collector, side-on, nose to the right. Returns (RGBA, glows)."""
    L = length
    sp = Sprite(L * 1.12, L * 0.66, ss=3)
    ox, oy = L * 0.08, L * 0.09

    def U(pts):
        return [(ox + x * L, oy + y * L) for x, y in pts]

    hull = [
        (0.08, 0.16),
        (0.55, 0.12),
        (0.72, 0.14),
        (0.90, 0.22),
        (1.00, 0.30),
        (0.98, 0.345),
        (0.86, 0.40),
        (0.60, 0.445),
        (0.15, 0.445),
        (0.05, 0.40),
        (0.03, 0.22),
    ]
    bridge = [(0.48, 0.135), (0.55, 0.05), (0.74, 0.05), (0.85, 0.17), (0.70, 0.155)]
    fin = [(0.22, 0.16), (0.27, 0.07), (0.36, 0.07), (0.41, 0.15)]
    pod = [(0.30, 0.44), (0.66, 0.44), (0.62, 0.525), (0.34, 0.525)]
    k = hull_light
    steel = [(0, scale_col((160, 158, 146), k)), (0.45, scale_col((104, 106, 100), k)), (1, scale_col((42, 43, 46), k))]
    dark = [(0, scale_col((96, 94, 92), k)), (1, scale_col((30, 30, 36), k))]
    # engines (behind hull)
    for y0 in (0.115, 0.375):
        sp.gradient_fill(
            lambda d, s, y0=y0: d.rounded_rectangle(
                [((ox - 0.06 * L) * s), ((oy + y0 * L) * s), ((ox + 0.24 * L) * s), ((oy + (y0 + 0.105) * L) * s)],
                radius=0.04 * L * s,
                fill=255,
            ),
            dark,
        )
        sp.rect(ox - 0.075 * L, oy + (y0 + 0.012) * L, ox - 0.045 * L, oy + (y0 + 0.093) * L, (40, 40, 46))
        for xx in (0.02, 0.08, 0.14):
            sp.rect(ox + xx * L, oy + y0 * L, ox + (xx + 0.008) * L, oy + (y0 + 0.105) * L, (25, 25, 30))
    sp.gradient_fill(lambda d, s: d.polygon([(x * s, y * s) for x, y in U(pod)], fill=255), dark)
    sp.gradient_fill(lambda d, s: d.polygon([(x * s, y * s) for x, y in U(fin)], fill=255), steel)
    sp.gradient_fill(lambda d, s: d.polygon([(x * s, y * s) for x, y in U(hull)], fill=255), steel)
    sp.gradient_fill(lambda d, s: d.polygon([(x * s, y * s) for x, y in U(bridge)], fill=255), steel)
    # rust and paint
    rust = [(150, 78, 40, 150), (120, 60, 35, 130), (170, 100, 50, 110)]
    for _ in range(9):
        x = rng.uniform(0.1, 0.85)
        y = rng.uniform(0.17, 0.40)
        pts = [(x + rng.uniform(-0.05, 0.05), y + rng.uniform(-0.025, 0.025)) for _ in range(5)]
        sp.d.polygon(sp.P(U(pts)), fill=rng.choice(rust))
    sp.poly(U([(0.05, 0.30), (0.985, 0.30), (0.975, 0.325), (0.05, 0.325)]), (150, 52, 38))
    sp.poly(U([(0.05, 0.335), (0.96, 0.335), (0.94, 0.345), (0.05, 0.345)]), (190, 150, 60))
    # panel lines and greebles
    for x in (0.16, 0.29, 0.43, 0.58, 0.71, 0.82):
        y0 = rng.choice([0.15, 0.24])
        sp.line(U([(x, y0), (x - 0.01, rng.choice([0.30, 0.44]))]), (40, 40, 44, 170), L * 0.0025, caps=False)
    for _ in range(14):
        x, y = rng.uniform(0.1, 0.8), rng.uniform(0.165, 0.23)
        sp.rect(
            ox + x * L,
            oy + y * L,
            ox + (x + rng.uniform(0.01, 0.04)) * L,
            oy + (y + rng.uniform(0.008, 0.02)) * L,
            rng.choice([(70, 70, 72), (130, 128, 120), (90, 84, 76)]),
        )
    for i in range(6):
        x = 0.06 + i * 0.012
        sp.rect(ox + x * L, oy + 0.36 * L, ox + (x + 0.006) * L, oy + 0.395 * L, (30, 30, 34))
    sp.line(U([(0.05, 0.24), (0.93, 0.24)]), (45, 45, 50, 180), L * 0.003, caps=False)
    sp.line(U([(0.06, 0.40), (0.86, 0.40)]), (35, 35, 40, 200), L * 0.004, caps=False)
    # cockpit glass
    sp.poly(U([(0.745, 0.065), (0.79, 0.065), (0.855, 0.16), (0.80, 0.155)]), (255, 205, 130))
    sp.poly(U([(0.70, 0.065), (0.735, 0.065), (0.785, 0.152), (0.74, 0.15)]), (230, 170, 95))
    # antenna, dish and grabber arm
    sp.line(U([(0.31, 0.07), (0.31, -0.04)]), (120, 120, 120), L * 0.005)
    sp.line(U([(0.62, 0.05), (0.64, -0.02)]), (120, 120, 120), L * 0.004)
    sp.ellipse(ox + 0.64 * L, oy - 0.025 * L, 0.025 * L, 0.012 * L, fill=(140, 138, 132))
    sp.line(U([(0.60, 0.47), (0.76, 0.575), (0.92, 0.545)]), (80, 80, 84), L * 0.02)
    sp.line(U([(0.92, 0.545), (0.975, 0.51)]), (90, 90, 94), L * 0.01)
    sp.line(U([(0.92, 0.545), (0.985, 0.575)]), (90, 90, 94), L * 0.01)
    sp.ellipse(ox + 0.76 * L, oy + 0.575 * L, 0.016 * L, 0.016 * L, fill=(100, 100, 104))
    glows = []
    if windows:
        for i in range(30):
            x = 0.14 + i * 0.024
            if rng.random() < 0.35:
                continue
            c = rng.choice([(255, 214, 140), (255, 190, 110), (200, 230, 255)])
            sp.rect(ox + x * L, oy + 0.265 * L, ox + (x + 0.009) * L, oy + 0.274 * L, c)
    red, green = U([(0.15, 0.445)])[0], U([(0.72, 0.05)])[0]
    sp.ellipse(red[0], red[1], L * 0.006, L * 0.006, fill=(255, 60, 50))
    sp.ellipse(green[0], green[1], L * 0.006, L * 0.006, fill=(80, 255, 120))
    im = sp.result()
    grime = curve(fbm(im.size, rng, base=(10, 6), octaves=5, blur=0), lambda t: 0.62 + 0.45 * t)
    a = im.getchannel("A")
    im = ImageChops.multiply(im.convert("RGB"), grime.convert("RGB")).convert("RGBA")
    im.putalpha(a)
    im = shade_sprite(im, 1.1, 0.5)
    im = rim_light(im, (light[0] * face, light[1]), rim, width=max(2, int(L * 0.006)), strength=0.8)
    for x, y, r, c, s in (
        (red[0], red[1], L * 0.03, (255, 60, 50), 0.9),
        (green[0], green[1], L * 0.03, (80, 255, 120), 0.9),
        (ox + 0.80 * L, oy + 0.11 * L, L * 0.09, (255, 190, 110), 0.35),
    ):
        glows.append((x, y, r, c, s))
    for y0 in (0.115, 0.375):
        ex, ey = ox - 0.07 * L, oy + (y0 + 0.052) * L
        glows += [(ex, ey, L * 0.16, scale_col(engine, 0.7), 0.8), (ex, ey, L * 0.05, (255, 255, 255), 1.0)]
    fig = Fig(im, glows, (0.5, 0.5))
    return flip_fig(fig) if face < 0 else fig


def junk_piece(rng, size, light=(-0.7, -0.7), brightness=1.0):
    """One random piece of orbital debris as an RGBA image."""
    s = int(size)
    pad = int(s * 0.25) + 4
    sp = Sprite(s + 2 * pad, s + 2 * pad, ss=2)
    c0 = pad + s / 2
    kind = rng.choices(["shard", "panel", "canister", "dish", "truss"], [4, 2, 2, 1, 1])[0]
    metal = rng.choice(
        [(150, 150, 150), (120, 112, 100), (160, 130, 90), (100, 104, 112), (140, 96, 60), (190, 160, 70)]
    )
    metal = scale_col(metal, brightness)
    if kind == "shard":
        n = rng.randint(5, 8)
        pts = []
        for i in range(n):
            a = 2 * math.pi * i / n + rng.uniform(-0.3, 0.3)
            rr = s / 2 * rng.uniform(0.45, 1.0)
            pts.append((c0 + rr * math.cos(a), c0 + rr * math.sin(a) * rng.uniform(0.5, 1)))
        sp.poly(pts, metal)
        sp.line(pts[:3], scale_col(metal, 0.6), max(1, s * 0.03), caps=False)
    elif kind == "panel":
        pw, ph = s * 0.95, s * rng.uniform(0.3, 0.5)
        x0, y0 = c0 - pw / 2, c0 - ph / 2
        sp.rect(x0, y0, x0 + pw, y0 + ph, scale_col((40, 60, 120), brightness))
        for i in range(1, 6):
            sp.line(
                [(x0 + pw * i / 6, y0), (x0 + pw * i / 6, y0 + ph)],
                scale_col((150, 130, 70), brightness),
                max(0.7, s * 0.012),
                caps=False,
            )
        sp.line([(x0, c0), (x0 + pw, c0)], scale_col((150, 130, 70), brightness), max(0.7, s * 0.012), caps=False)
    elif kind == "canister":
        cw, ch = s * 0.45, s * 0.95
        sp.rect(c0 - cw / 2, c0 - ch / 2, c0 + cw / 2, c0 + ch / 2, metal, radius=cw * 0.3)
        for k in (0.25, 0.5, 0.75):
            y = c0 - ch / 2 + ch * k
            sp.line([(c0 - cw / 2, y), (c0 + cw / 2, y)], scale_col(metal, 0.55), max(1, s * 0.03), caps=False)
    elif kind == "dish":
        sp.ellipse(c0, c0, s * 0.45, s * 0.2, fill=scale_col((200, 198, 190), brightness))
        sp.ellipse(c0, c0 - s * 0.03, s * 0.35, s * 0.12, fill=scale_col((150, 148, 140), brightness))
        sp.line([(c0, c0), (c0, c0 + s * 0.4)], metal, max(1, s * 0.04))
    else:
        for k in range(4):
            y = c0 - s * 0.4 + k * s * 0.27
            sp.line([(c0 - s * 0.45, y), (c0 + s * 0.45, y + s * 0.05)], metal, max(1, s * 0.035))
        for k in range(4):
            x = c0 - s * 0.45 + k * s * 0.3
            sp.line([(x, c0 - s * 0.4), (x + s * 0.05, c0 + s * 0.45)], metal, max(1, s * 0.035))
    im = sp.result().rotate(rng.uniform(0, 360), Image.BICUBIC)
    im = shade_sprite(im, 1.1, 0.45)
    return rim_light(im, light, (255, 240, 220), width=max(1, int(s * 0.05)), strength=0.85, blur=0.8)


def junk_field(
    img, rng, n_far=90, n_mid=26, n_near=4, light=(-0.7, -0.7), region=None, near_blur=5, mid_range=(26, 90)
):
    w, h = img.size
    x0, y0, x1, y1 = region or (0, 0, w, h)
    for _ in range(n_far):
        p = junk_piece(rng, rng.uniform(6, 20), light, brightness=0.55)
        place(img, p, rng.uniform(x0, x1), rng.uniform(y0, y1), (0.5, 0.5))
    for _ in range(n_mid):
        p = junk_piece(rng, rng.uniform(*mid_range), light, brightness=0.85)
        place(img, p, rng.uniform(x0, x1), rng.uniform(y0, y1), (0.5, 0.5))
    for _ in range(n_near):
        p = junk_piece(rng, rng.uniform(160, 300), light, brightness=0.6)
        p = p.filter(ImageFilter.GaussianBlur(near_blur))
        edge = rng.choice(
            [
                (rng.uniform(-0.05, 0.2), rng.uniform(0, 1)),
                (rng.uniform(0.8, 1.05), rng.uniform(0, 1)),
                (rng.uniform(0, 1), rng.uniform(0.85, 1.05)),
            ]
        )
        place(img, p, x0 + edge[0] * (x1 - x0), y0 + edge[1] * (y1 - y0), (0.5, 0.5))
    return img


def uts_ring(size, rng, rx, ry, thickness, *, glow=True):
    """The UTS orbital ring, a green paradise torus, as an RGBA image (centred)."""
    W, H = int(rx * 2 + thickness * 3), int(ry * 2 + thickness * 3)
    cx, cy = W / 2, H / 2
    t = thickness
    band = Image.new("L", (W * 2, H * 2))
    bd = ImageDraw.Draw(band)
    bd.ellipse(((cx - rx) * 2, (cy - ry) * 2, (cx + rx) * 2, (cy + ry) * 2), fill=255)
    bd.ellipse(((cx - rx + t) * 2, (cy - ry + t * 0.55) * 2, (cx + rx - t) * 2, (cy + ry - t * 0.55) * 2), fill=0)
    band = band.resize((W, H), Image.LANCZOS)
    land = fbm((W, H), rng, base=(24, 8), octaves=5, blur=1)
    green = colorize(
        land,
        [
            (0, (24, 70, 40)),
            (0.35, (46, 120, 56)),
            (0.55, (98, 170, 72)),
            (0.7, (150, 200, 110)),
            (0.78, (60, 140, 150)),
            (1, (120, 190, 200)),
        ],
    )
    cl = curve(fbm((W, H), rng, base=(30, 10), octaves=4, blur=1), lambda v: 0.9 * smoothstep(0.6, 0.9, v))
    green = Image.composite(solid((W, H), (240, 248, 245)), green, cl)
    # the near half shows the white outer hull with lights
    hull = vgradient((W, H), [(0, (235, 240, 236)), (0.5, (200, 210, 206)), (1, (120, 130, 130))])
    near = field((W, H), lambda x, y: 150 * smoothstep(cy + ry * 0.15, cy + ry * 0.55, y), step=8)
    surf = Image.composite(hull, green, near)
    # bright rims
    rim = Image.new("L", (W * 2, H * 2))
    rd = ImageDraw.Draw(rim)
    rd.ellipse(
        ((cx - rx) * 2, (cy - ry) * 2, (cx + rx) * 2, (cy + ry) * 2), outline=255, width=int(max(2, t * 0.07) * 2)
    )
    rd.ellipse(
        ((cx - rx + t) * 2, (cy - ry + t * 0.55) * 2, (cx + rx - t) * 2, (cy + ry - t * 0.55) * 2),
        outline=200,
        width=int(max(2, t * 0.05) * 2),
    )
    rim = rim.resize((W, H), Image.LANCZOS)
    surf = Image.composite(solid((W, H), (250, 255, 245)), surf, rim)
    lights = Image.new("RGB", (W, H))
    ld = ImageDraw.Draw(lights)
    for _ in range(420):
        a = rng.uniform(0, math.pi)
        f = rng.uniform(0.1, 0.9)
        x = cx + (rx - t * f) * math.cos(a)
        y = cy + (ry - t * 0.55 * f) * math.sin(a)
        ld.point((x, y), fill=rng.choice([(255, 250, 220), (255, 230, 160), (200, 255, 230)]))
    surf = ImageChops.add(surf, lights)
    # spokes and hub
    out = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    spokes = Sprite(W, H, ss=2)
    for k in range(6):
        a = k * math.pi / 3 + 0.3
        ex, ey = cx + (rx - t) * math.cos(a), cy + (ry - t * 0.55) * math.sin(a)
        spokes.line([(cx, cy), (ex, ey)], (190, 205, 200, 255), max(2, t * 0.06), caps=False)
    spokes.ellipse(cx, cy, t * 0.9, t * 0.55, fill=(225, 235, 230, 255))
    spokes.ellipse(cx, cy - t * 0.12, t * 0.5, t * 0.22, fill=(160, 255, 200, 255))
    sim = spokes.result()
    out.alpha_composite(sim)
    ring = surf.convert("RGBA")
    ring.putalpha(band)
    out.alpha_composite(ring)
    # back half of the spokes must be behind the far half of the ring: redraw the near half over it
    return out, (cx, cy)


# ---------------------------------------------------------------------------
# People: simple stylised silhouettes
# ---------------------------------------------------------------------------

POSES = {
    # named joints in units of height, x to the right (facing right), y up from the feet
    "stand": dict(
        sh=0.80,
        hip=0.50,
        elb=((-0.15, 0.63), (0.15, 0.63)),
        hand=((-0.16, 0.45), (0.16, 0.45)),
        knee=((-0.05, 0.26), (0.05, 0.26)),
        foot=((-0.07, 0.0), (0.07, 0.0)),
    ),
    "point": dict(
        sh=0.80,
        hip=0.50,
        elb=((-0.15, 0.63), (0.24, 0.76)),
        hand=((-0.16, 0.45), (0.42, 0.84)),
        knee=((-0.05, 0.26), (0.06, 0.26)),
        foot=((-0.08, 0.0), (0.09, 0.0)),
    ),
    "hips": dict(
        sh=0.80,
        hip=0.50,
        elb=((-0.22, 0.62), (0.22, 0.62)),
        hand=((-0.10, 0.52), (0.10, 0.52)),
        knee=((-0.06, 0.26), (0.06, 0.26)),
        foot=((-0.10, 0.0), (0.10, 0.0)),
    ),
    "reach": dict(
        sh=0.80,
        hip=0.50,
        elb=((-0.15, 0.63), (0.22, 0.70)),
        hand=((-0.16, 0.45), (0.38, 0.66)),
        knee=((-0.05, 0.26), (0.07, 0.26)),
        foot=((-0.08, 0.0), (0.10, 0.0)),
    ),
    "float": dict(
        sh=0.80,
        hip=0.50,
        elb=((-0.26, 0.74), (0.24, 0.70)),
        hand=((-0.36, 0.86), (0.40, 0.62)),
        knee=((-0.06, 0.27), (0.16, 0.30)),
        foot=((-0.16, 0.04), (0.14, 0.04)),
    ),
    "sit": dict(
        sh=0.80,
        hip=0.48,
        elb=((-0.10, 0.60), (0.16, 0.60)),
        hand=((0.0, 0.52), (0.28, 0.56)),
        knee=((0.22, 0.50), (0.24, 0.48)),
        foot=((0.20, 0.18), (0.25, 0.16)),
    ),
    "wave": dict(
        sh=0.80,
        hip=0.50,
        elb=((-0.15, 0.63), (0.22, 0.86)),
        hand=((-0.16, 0.45), (0.24, 1.04)),
        knee=((-0.05, 0.26), (0.05, 0.26)),
        foot=((-0.07, 0.0), (0.07, 0.0)),
    ),
    "hold": dict(
        sh=0.80,
        hip=0.50,
        elb=((-0.17, 0.62), (0.17, 0.62)),
        hand=((-0.05, 0.58), (0.08, 0.56)),
        knee=((-0.05, 0.26), (0.05, 0.26)),
        foot=((-0.07, 0.0), (0.07, 0.0)),
    ),
}

BUILDS = {
    "taeho": dict(shoulder=0.25, hipw=0.17, head=0.066, hair="messy", limb=0.062, leg=0.074),
    "jang": dict(shoulder=0.22, hipw=0.16, head=0.064, hair="bob", coat=0.20, limb=0.055, leg=0.066, goggles=True),
    "tiger": dict(shoulder=0.34, hipw=0.23, head=0.068, hair="bald", beard=True, limb=0.085, leg=0.09),
    "sullivan": dict(shoulder=0.23, hipw=0.16, head=0.062, hair="slick", coat=0.28, limb=0.055, leg=0.066),
    "dorothy": dict(shoulder=0.22, hipw=0.20, head=0.105, hair="bangs", dress=True, limb=0.07, leg=0.08),
}


def person(
    kind,
    H,
    pose="stand",
    *,
    fill=(16, 18, 26),
    rim=(140, 210, 255),
    light=(-1, -0.3),
    helmet=False,
    visor=(110, 220, 255),
    face=1,
    hair_col=None,
    rim_strength=0.9,
    suit=None,
    backpack=False,
):
    """A stylised figure of height H (feet at the bottom centre). Returns (RGBA, glows)."""
    b = BUILDS[kind]
    p = POSES[pose]
    W = H * 1.1
    top_pad = H * 0.25
    sp = Sprite(W, H + top_pad + H * 0.03, ss=3)
    fx, fy = W / 2, H + top_pad

    def pt(x, y):
        return (fx + x * H, fy - y * H)

    body = suit or fill
    shade = scale_col(body, 0.7)
    # back arm and leg first (darker)
    sh_y, hip_y = p["sh"], p["hip"]
    shx = b["shoulder"] / 2 - 0.03
    hipx = b["hipw"] / 2 - 0.035
    if backpack:
        sp.rect(
            *pt(-b["shoulder"] * 0.55, sh_y + 0.02),
            *pt(-b["shoulder"] * 0.1, hip_y + 0.06),
            fill=scale_col(body, 0.8),
            radius=H * 0.02,
        )
    for side, col in ((0, shade), (1, body)):
        hip = pt((-hipx, hipx)[side], hip_y)
        knee = pt(*p["knee"][side])
        foot = pt(*p["foot"][side])
        sp.line([hip, knee], col, H * b["leg"])
        sp.line([knee, (foot[0], foot[1] - H * 0.02)], col, H * b["leg"] * 0.78)
        sp.ellipse(foot[0] + H * 0.022, foot[1] - H * 0.014, H * 0.042, H * 0.02, fill=col)

    def arm(side, col):
        s = pt((-shx, shx)[side], sh_y - 0.025)
        e = pt(*p["elb"][side])
        hnd = pt(*p["hand"][side])
        sp.line([s, e], col, H * b["limb"])
        sp.line([e, hnd], col, H * b["limb"] * 0.82)
        sp.ellipse(hnd[0], hnd[1], H * b["limb"] * 0.5, H * b["limb"] * 0.55, fill=col)

    arm(0, shade)  # the far arm goes behind the torso
    hs, hh = b["shoulder"] / 2, b["hipw"] / 2
    torso = [
        pt(-hs + 0.035, sh_y + 0.012),
        pt(hs - 0.035, sh_y + 0.012),
        pt(hs, sh_y - 0.03),
        pt(hs - 0.025, sh_y - 0.14),
        pt(hh, hip_y),
        pt(-hh, hip_y),
        pt(-hs + 0.025, sh_y - 0.14),
        pt(-hs, sh_y - 0.03),
    ]
    if b.get("dress"):
        torso = [
            pt(-0.085, sh_y + 0.01),
            pt(0.085, sh_y + 0.01),
            pt(0.11, sh_y - 0.04),
            pt(0.2, hip_y - 0.16),
            pt(-0.2, hip_y - 0.16),
            pt(-0.11, sh_y - 0.04),
        ]
    sp.poly(torso, body)
    if b.get("coat"):
        cw = b["coat"]
        sp.poly(
            [
                pt(-b["hipw"] / 2 - 0.005, hip_y + 0.02),
                pt(b["hipw"] / 2 + 0.005, hip_y + 0.02),
                pt(cw / 2 + 0.02, hip_y - cw),
                pt(-cw / 2 - 0.01, hip_y - cw),
            ],
            body,
        )
    neck = pt(0, sh_y + 0.03)
    sp.ellipse(neck[0], neck[1], H * 0.03, H * 0.04, fill=body)
    hr = b["head"]
    head = pt(0.01, sh_y + 0.035 + hr * 1.05)
    hc = hair_col or scale_col(fill, 0.8)
    glows = []
    if helmet:
        R = hr * 1.55 * H
        sp.ellipse(head[0], head[1], R, R, fill=scale_col(body, 1.15))
        sp.ellipse(head[0] + R * 0.28, head[1] + R * 0.02, R * 0.62, R * 0.5, fill=visor)
        glows.append((head[0] + R * 0.28, head[1], R * 1.6, visor, 0.35))
    else:
        if b["hair"] == "bob":
            sp.ellipse(head[0] - hr * H * 0.1, head[1] - hr * H * 0.05, hr * H * 1.18, hr * H * 1.12, fill=hc)
            sp.rect(
                head[0] - hr * H * 1.25,
                head[1] - hr * H * 0.1,
                head[0] + hr * H * 0.4,
                head[1] + hr * H * 1.05,
                fill=hc,
                radius=hr * H * 0.3,
            )
        elif b["hair"] == "bangs":
            sp.ellipse(head[0] - hr * H * 0.08, head[1] - hr * H * 0.05, hr * H * 1.2, hr * H * 1.15, fill=hc)
            sp.rect(
                head[0] - hr * H * 1.25,
                head[1] - hr * H * 0.2,
                head[0] + hr * H * 1.05,
                head[1] + hr * H * 0.85,
                fill=hc,
                radius=hr * H * 0.35,
            )
        sp.ellipse(head[0], head[1], hr * H * 0.92, hr * H, fill=fill)
        if b["hair"] == "bangs":
            sp.d.chord(
                (
                    (head[0] - hr * H * 1.05) * 3,
                    (head[1] - hr * H * 1.12) * 3,
                    (head[0] + hr * H * 1.05) * 3,
                    (head[1] + hr * H * 0.55) * 3,
                ),
                180,
                360,
                fill=hc,
            )
        if b["hair"] == "messy":
            for k in range(7):
                a = math.pi * (1.05 + k * 0.13)
                x, y = head[0] + hr * H * 0.9 * math.cos(a), head[1] + hr * H * 0.9 * math.sin(a)
                sp.poly(
                    [
                        (x - hr * H * 0.25, y + hr * H * 0.1),
                        (x + hr * H * 0.25, y + hr * H * 0.1),
                        (x + hr * H * 0.45 * math.cos(a) - hr * H * 0.15, y + hr * H * 0.5 * math.sin(a)),
                    ],
                    hc,
                )
            sp.d.chord(
                (
                    (head[0] - hr * H * 0.98) * 3,
                    (head[1] - hr * H * 1.08) * 3,
                    (head[0] + hr * H * 0.98) * 3,
                    (head[1] + hr * H * 0.35) * 3,
                ),
                180,
                360,
                fill=hc,
            )
        elif b["hair"] == "slick":
            sp.d.chord(
                (
                    (head[0] - hr * H * 0.98) * 3,
                    (head[1] - hr * H * 1.1) * 3,
                    (head[0] + hr * H * 0.98) * 3,
                    (head[1] + hr * H * 0.2) * 3,
                ),
                170,
                360,
                fill=hair_col or (200, 200, 196),
            )
        if b.get("beard"):
            sp.d.chord(
                (
                    (head[0] - hr * H * 0.85) * 3,
                    (head[1] - hr * H * 0.2) * 3,
                    (head[0] + hr * H * 0.95) * 3,
                    (head[1] + hr * H * 1.15) * 3,
                ),
                0,
                180,
                fill=scale_col(fill, 0.7),
            )
        if b.get("goggles"):
            sp.rect(
                head[0] - hr * H * 0.9,
                head[1] - hr * H * 0.75,
                head[0] + hr * H * 0.95,
                head[1] - hr * H * 0.45,
                fill=(70, 60, 50),
                radius=hr * H * 0.12,
            )
            sp.ellipse(
                head[0] + hr * H * 0.45, head[1] - hr * H * 0.6, hr * H * 0.24, hr * H * 0.17, fill=(210, 160, 90)
            )
    arm(1, body)  # the arm on the near side is drawn last
    im = sp.result()
    im = rim_light(im, (light[0] * face, light[1]), rim, width=max(2, int(H * 0.012)), strength=rim_strength)
    fig = Fig(im, glows, (0.5, fy / sp.h))
    return flip_fig(fig) if face < 0 else fig


def bubs(
    H,
    *,
    paint=(168, 150, 92),
    rim=(140, 210, 255),
    light=(-1, -0.3),
    eyes=(120, 230, 255),
    face=1,
    pose="stand",
    rim_strength=0.9,
):
    """Bubs, a boxy robot. Returns (RGBA, glows)."""
    W = H * 1.0
    sp = Sprite(W, H * 1.08, ss=3)
    fx, fy = W / 2, H * 1.05

    def pt(x, y):
        return (fx + x * H, fy - y * H)

    dark = scale_col(paint, 0.55)
    mid = scale_col(paint, 0.8)
    # legs
    for sx in (-0.07, 0.07):
        sp.rect(*pt(sx - 0.045, 0.42), *pt(sx + 0.045, 0.05), fill=dark, radius=H * 0.01)
        sp.rect(*pt(sx - 0.065, 0.06), *pt(sx + 0.075, 0.0), fill=mid, radius=H * 0.01)
        sp.rect(*pt(sx - 0.05, 0.26), *pt(sx + 0.05, 0.21), fill=mid, radius=H * 0.01)
    # torso box and chest plate
    sp.rect(*pt(-0.17, 0.78), *pt(0.17, 0.40), fill=paint, radius=H * 0.03)
    sp.rect(*pt(-0.12, 0.72), *pt(0.12, 0.52), fill=mid, radius=H * 0.02)
    for k in range(3):
        sp.rect(
            *pt(-0.09 + k * 0.065, 0.66),
            *pt(-0.05 + k * 0.065, 0.62),
            fill=[(255, 90, 70), (255, 200, 90), (110, 255, 160)][k],
        )
    sp.rect(*pt(-0.13, 0.43), *pt(0.13, 0.36), fill=dark, radius=H * 0.01)
    # neck and big boxy head
    sp.rect(*pt(-0.03, 0.84), *pt(0.03, 0.77), fill=dark)
    sp.rect(*pt(-0.15, 1.02), *pt(0.15, 0.83), fill=paint, radius=H * 0.035)
    sp.rect(*pt(-0.12, 0.97), *pt(0.12, 0.88), fill=(26, 28, 34), radius=H * 0.02)
    eye_pts = [pt(-0.055 + 0.02 * face, 0.925), pt(0.055 + 0.02 * face, 0.925)]
    for ex, ey in eye_pts:
        sp.ellipse(ex, ey, H * 0.028, H * 0.028, fill=eyes)
    sp.line([pt(0.09, 1.02), pt(0.11, 1.07)], dark, H * 0.012)
    sp.ellipse(*pt(0.11, 1.07), H * 0.014, H * 0.014, fill=(255, 90, 70))
    sp.rect(*pt(-0.17, 0.96), *pt(-0.15, 0.88), fill=dark)
    sp.rect(*pt(0.15, 0.96), *pt(0.17, 0.88), fill=dark)
    # arms
    arms = {
        "stand": (((-0.2, 0.74), (-0.24, 0.58), (-0.22, 0.44)), ((0.2, 0.74), (0.24, 0.58), (0.22, 0.44))),
        "wave": (((-0.2, 0.74), (-0.24, 0.58), (-0.22, 0.44)), ((0.2, 0.74), (0.30, 0.86), (0.30, 1.02))),
        "hold": (((-0.2, 0.74), (-0.25, 0.60), (-0.12, 0.52)), ((0.2, 0.74), (0.28, 0.62), (0.36, 0.62))),
    }[pose]
    for arm in arms:
        pts = [pt(*q) for q in arm]
        sp.line(pts, dark, H * 0.05)
        sp.ellipse(*pts[1], H * 0.032, H * 0.032, fill=mid)
        hx, hy = pts[-1]
        sp.ellipse(hx, hy, H * 0.038, H * 0.038, fill=mid)
    im = sp.result()
    im = rim_light(im, (light[0] * face, light[1]), rim, width=max(2, int(H * 0.012)), strength=rim_strength)
    glows = [(ex, ey, H * 0.08, eyes, 0.6) for ex, ey in eye_pts]
    fig = Fig(im, glows, (0.5, fy / sp.h))
    return flip_fig(fig) if face < 0 else fig


# ---------------------------------------------------------------------------
# Interiors
# ---------------------------------------------------------------------------


def poly_mask(size, pts, blur=0.0):
    m = Image.new("L", (size[0] * 2, size[1] * 2))
    ImageDraw.Draw(m).polygon([(x * 2, y * 2) for x, y in pts], fill=255)
    m = m.resize(size, Image.LANCZOS)
    return m.filter(ImageFilter.GaussianBlur(blur)) if blur else m


def fill_poly(img, pts, stops, vertical=True, blur=0.0):
    """Fill a polygon with a gradient spanning the polygon's bounding box."""
    m = poly_mask(img.size, pts, blur)
    bbox = m.getbbox()
    if not bbox:
        return img
    bw, bh = bbox[2] - bbox[0], bbox[3] - bbox[1]
    g = vgradient((bw, bh), stops) if vertical else hgradient((bw, bh), stops)
    img.paste(g, bbox[:2], m.crop(bbox))
    return img


def window(img, pts, view, *, frame=(14, 15, 20), width=14, mullions=(), reflect=0.08):
    """Show ``view`` (full-size RGB) through the polygon ``pts`` with a frame and mullions."""
    m = poly_mask(img.size, pts)
    if reflect:
        w, h = img.size
        streak = field(
            img.size, lambda x, y: 255 * reflect * math.exp(-((((x - y * 0.7) - w * 0.35) / (w * 0.08)) ** 2))
        )
        view = ImageChops.add(view, streak.convert("RGB"))
    img.paste(view, (0, 0), m)
    d = ImageDraw.Draw(img)
    d.line(list(pts) + [pts[0]], fill=frame, width=width, joint="curve")
    for a, b in mullions:
        d.line((a, b), fill=frame, width=max(4, width * 2 // 3))
    return img


def screen(img, rng, box, col, *, glow=0.5, ui=True):
    """A glowing display with a little abstract UI."""
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(img)
    d.rectangle(box, fill=scale_col(col, 0.22))
    if ui:
        w, h = x1 - x0, y1 - y0
        for _ in range(rng.randint(3, 6)):
            y = y0 + h * (0.15 + 0.7 * rng.random())
            d.line(
                (x0 + w * 0.08, y, x0 + w * rng.uniform(0.3, 0.92), y),
                fill=scale_col(col, 0.9),
                width=max(1, int(h * 0.03)),
            )
        if rng.random() < 0.6:
            r = min(w, h) * 0.22
            cx, cy = x0 + w * 0.72, y0 + h * 0.45
            d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=col, width=max(1, int(r * 0.12)))
        pts = [(x0 + w * (0.08 + 0.84 * i / 11), y1 - h * (0.15 + 0.3 * rng.random())) for i in range(12)]
        d.line(pts, fill=mix(col, (255, 255, 255), 0.4), width=max(1, int(h * 0.025)))
    if glow:
        add_light(
            img, (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) * 1.3, scale_col(col, glow), 1.0, 2.2, ry=(y1 - y0) * 2.2
        )
    return img


def indicator_lights(img, rng, region, n, colours=((255, 80, 60), (255, 190, 80), (90, 255, 150), (90, 200, 255))):
    x0, y0, x1, y1 = region
    d = ImageDraw.Draw(img)
    for _ in range(n):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        c = rng.choice(colours)
        d.ellipse((x - 2.5, y - 2.5, x + 2.5, y + 2.5), fill=c)
        add_light(img, x, y, 18, c, 0.5)
    return img


def panels(img, rng, region, col, n=14):
    """Faint wall panel seams."""
    x0, y0, x1, y1 = region
    d = ImageDraw.Draw(img)
    for _ in range(n):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        w, h = rng.uniform(60, 260), rng.uniform(40, 180)
        d.rectangle((x, y, x + w, y + h), outline=col, width=2)
    return img


def console(
    img,
    rng,
    top,
    bottom_y,
    *,
    body=((0, (38, 40, 46)), (1, (8, 9, 12))),
    screens=3,
    colours=((80, 220, 255),),
    lip=(90, 96, 104),
):
    """A console: polygon from the top edge points ``top`` down to ``bottom_y`` with screens along its top."""
    pts = list(top) + [(top[-1][0], bottom_y), (top[0][0], bottom_y)]
    fill_poly(img, pts, list(body))
    d = ImageDraw.Draw(img)
    d.line(top, fill=lip, width=4)
    xs = [p[0] for p in top]
    x0, x1 = min(xs), max(xs)
    ytop = max(p[1] for p in top)
    for i in range(screens):
        sw = (x1 - x0) / screens * 0.62
        sx = x0 + (x1 - x0) * (i + 0.5) / screens - sw / 2
        sh = sw * rng.uniform(0.38, 0.55)
        screen(img, rng, (sx, ytop + 18, sx + sw, ytop + 18 + sh), rng.choice(colours), glow=0.35)
    indicator_lights(img, rng, (x0 + 20, ytop + 10, x1 - 20, min(bottom_y, ytop + 160)), 10)
    return img


def beam(img, apex, far_a, far_b, col, strength=0.45, blur=28):
    """A soft volumetric light cone from ``apex`` spreading between two far points."""
    m = poly_mask(img.size, [apex, far_a, far_b], 0)
    ax, ay = apex
    fade = field(
        img.size,
        lambda x, y: (
            255 * clamp(1 - math.hypot(x - ax, y - ay) / (math.hypot(far_a[0] - ax, far_a[1] - ay) * 1.1)) ** 0.7
        ),
    )
    m = ImageChops.multiply(m, fade).filter(ImageFilter.GaussianBlur(blur))
    return ImageChops.add(img, tint(m.point(lambda v: int(v * strength)), col))


def dust_motes(img, rng, region, n, col=(255, 230, 190)):
    layer = Image.new("RGB", img.size)
    d = ImageDraw.Draw(layer)
    x0, y0, x1, y1 = region
    for _ in range(n):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        r = rng.uniform(0.6, 2.2)
        d.ellipse((x - r, y - r, x + r, y + r), fill=scale_col(col, rng.uniform(0.2, 0.8)))
    return ImageChops.add(img, layer.filter(ImageFilter.GaussianBlur(0.8)))


def earth(img, rng, cx, cy, r, light=(0.3, -0.7, 0.6), lights=250):
    """The Earth of 2092 under its brown haze."""
    return planet(
        img,
        rng,
        cx,
        cy,
        r,
        EARTH,
        atmo=(205, 150, 100),
        light=light,
        haze=(118, 86, 58),
        haze_amount=0.5,
        clouds=0.5,
        cloud_col=(192, 172, 142),
        night_lights=lights,
        atmo_strength=0.42,
        atmo_width=0.06,
    )


def earth_view(size, rng, *, cx, cy, r, light=(0.3, -0.7, 0.6), stars=1000, neb=None, lights=400):
    """Space with the Earth."""
    img = space_background(size, rng, neb=neb, stars=stars, bright=25)
    return earth(img, rng, cx, cy, r, light, lights)


EARTH = [(0, (26, 40, 52)), (0.45, (48, 62, 70)), (0.52, (104, 90, 64)), (0.7, (140, 112, 78)), (1, (176, 150, 110))]
NEB_RUST = [(0, (0, 0, 0)), (0.4, (90, 40, 20)), (0.7, (200, 110, 60)), (1, (255, 220, 170))]
NEB_TEAL = [(0, (0, 0, 0)), (0.5, (20, 70, 90)), (1, (120, 220, 230))]
NEB_VIOLET = [(0, (0, 0, 0)), (0.45, (60, 30, 90)), (0.75, (160, 80, 170)), (1, (255, 190, 230))]
NEB_BLUE = [(0, (0, 0, 0)), (0.5, (20, 40, 110)), (0.8, (70, 130, 220)), (1, (200, 230, 255))]
WARM_RIM = (255, 196, 140)
COOL_RIM = (150, 210, 255)


# ---------------------------------------------------------------------------
# The scenes (one function per still; size is the stored pixel size)
# ---------------------------------------------------------------------------


def scene_victory_bridge(size, rng):
    W, H = size
    view = earth_view(size, rng, cx=W * 0.56, cy=H * 1.45, r=H * 0.95, neb=NEB_TEAL, light=(0.2, -0.8, 0.5))
    view = sun_flare(view, W * 0.78, H * 0.16, 0.8)
    img = vgradient(size, [(0, (14, 16, 22)), (1, (4, 5, 8))])
    panels(img, rng, (0, 0, W, H * 0.6), (22, 25, 32), 18)
    win = [(W * 0.14, H * 0.1), (W * 0.86, H * 0.1), (W * 0.98, H * 0.66), (W * 0.02, H * 0.66)]
    img = window(
        img,
        win,
        view,
        width=18,
        mullions=[((W * 0.38, H * 0.1), (W * 0.34, H * 0.66)), ((W * 0.62, H * 0.1), (W * 0.66, H * 0.66))],
    )
    add_light(img, W * 0.5, H * 0.55, W * 0.7, (70, 50, 35), 1.0, 1.5, ry=H * 0.6)
    h, x, y = H * 0.62, W * 0.27, H * 0.93
    fill_poly(
        img,
        [
            (x - 0.2 * h, y - 0.98 * h),
            (x - 0.06 * h, y - 0.98 * h),
            (x - 0.02 * h, y - 0.45 * h),
            (x - 0.16 * h, y - 0.42 * h),
        ],
        [(0, (40, 38, 36)), (1, (14, 13, 12))],
    )
    fill_poly(
        img,
        [
            (x - 0.16 * h, y - 0.5 * h),
            (x + 0.22 * h, y - 0.5 * h),
            (x + 0.2 * h, y - 0.4 * h),
            (x - 0.16 * h, y - 0.4 * h),
        ],
        [(0, (46, 42, 40)), (1, (16, 15, 14))],
    )
    put(img, person("taeho", h, "sit", rim=WARM_RIM, light=(0.2, -1), face=1), x, y)
    put(img, person("jang", H * 0.78, "point", rim=WARM_RIM, light=(0.2, -1), face=-1), W * 0.7, H * 1.02)
    console(
        img,
        rng,
        [(0, H * 0.78), (W * 0.3, H * 0.74), (W * 0.5, H * 0.76)],
        H,
        screens=2,
        colours=((80, 220, 255), (255, 170, 80)),
    )
    console(img, rng, [(W * 0.78, H * 0.8), (W, H * 0.76)], H, screens=1, colours=((255, 170, 80),))
    return finish(img, bloom_amount=0.5, vig=0.5)


def scene_victory_exterior(size, rng):
    W, H = size
    img = space_background(size, rng, neb=NEB_RUST, neb2=NEB_TEAL)
    img = earth(img, rng, W * 0.3, H * 1.95, H * 1.15, (0.5, -0.8, 0.5), 300)
    img = sun_flare(img, W * 0.9, H * 0.09, 0.9)
    junk_field(img, rng, n_far=50, n_mid=8, n_near=0, light=(0.6, -0.8))
    put(img, rotate_fig(victory(W * 0.64, rng, light=(0.6, -1)), 7), W * 0.5, H * 0.47)
    junk_field(img, rng, n_far=0, n_mid=4, n_near=2, light=(0.6, -0.8), near_blur=7)
    return finish(img, bloom_amount=0.5, vig=0.4)


def scene_junk_field_eva(size, rng):
    W, H = size
    img = space_background(size, rng, neb=NEB_BLUE, neb2=NEB_TEAL, stars=1600)
    img = earth(img, rng, W * 1.05, -H * 0.55, H * 1.05, (-0.5, 0.4, 0.6), 200)
    junk_field(img, rng, n_far=110, n_mid=20, n_near=0, light=(-0.5, -0.6))
    ship = victory(W * 0.26, rng, light=(-0.5, -1), hull_light=0.8)
    put(img, rotate_fig(ship, -4), W * 0.2, H * 0.3)
    d = ImageDraw.Draw(img)
    tether = [(W * 0.26, H * 0.36), (W * 0.38, H * 0.5), (W * 0.5, H * 0.58), (W * 0.57, H * 0.6)]
    d.line(tether, fill=(190, 190, 180), width=3, joint="curve")
    fig = person(
        "taeho",
        H * 0.52,
        "float",
        helmet=True,
        suit=(150, 152, 150),
        fill=(40, 42, 48),
        backpack=True,
        rim=(255, 230, 200),
        light=(-0.6, -0.8),
        visor=(255, 190, 120),
    )
    put(img, rotate_fig(fig, 18), W * 0.6, H * 0.88)
    junk_field(img, rng, n_far=0, n_mid=3, n_near=3, light=(-0.5, -0.6), near_blur=8)
    return finish(img, bloom_amount=0.55, vig=0.45)


def scene_bubs_cockpit(size, rng):
    W, H = size
    view = space_background(size, rng, neb=NEB_TEAL, stars=900)
    view = earth(view, rng, W * 0.24, H * 0.98, H * 0.46, (0.6, -0.6, 0.5), 200)
    junk_field(view, rng, n_far=120, n_mid=18, n_near=0, light=(-0.4, -0.7))
    img = vgradient(size, [(0, (10, 20, 22)), (1, (3, 6, 7))])
    win = [(W * 0.05, H * 0.18), (W * 0.95, H * 0.06), (W * 0.98, H * 0.6), (W * 0.02, H * 0.64)]
    img = window(img, win, view, width=16, mullions=[((W * 0.5, H * 0.12), (W * 0.5, H * 0.62))])
    put(img, bubs(H * 0.78, rim=(140, 255, 220), light=(0.3, -1), face=1, pose="hold"), W * 0.36, H * 1.06)
    console(
        img,
        rng,
        [(0, H * 0.74), (W * 0.55, H * 0.7), (W, H * 0.76)],
        H,
        screens=4,
        colours=((90, 255, 170), (80, 220, 255)),
        body=((0, (28, 40, 40)), (1, (5, 8, 8))),
    )
    img = grade(img, lift=(0, 6, 6), gain=(0.95, 1.0, 1.0))
    return finish(img, bloom_amount=0.6, vig=0.5)


def cargo_hold(img, rng, tone=(60, 72, 90)):
    W, H = img.size
    d = ImageDraw.Draw(img)
    # ribs in perspective, converging to a point right of centre
    vx, vy = W * 0.55, H * 0.42
    for k in range(-6, 8):
        x = vx + k * W * 0.16
        d.line((vx + (x - vx) * 0.3, vy - H * 0.2, x, -H * 0.1), fill=scale_col(tone, 0.45), width=10)
        d.line((vx + (x - vx) * 0.3, vy + H * 0.2, x, H * 1.1), fill=scale_col(tone, 0.3), width=6)
    for k in range(6):
        t = 0.3 + k * 0.14
        w2, h2 = W * 0.5 * t * 2.2, H * 0.5 * t * 2.2
        d.rectangle((vx - w2 / 2, vy - h2 / 2, vx + w2 / 2, vy + h2 / 2), outline=scale_col(tone, 0.35), width=4)
    return img


def crate(img, rng, x, y, w, h, col=(92, 84, 66), light=(-1, 0)):
    """An industrial crate with its front face at (x, y, w, h) and a top face."""
    d = ImageDraw.Draw(img)
    top = h * 0.18
    fill_poly(img, [(x, y), (x + w, y), (x + w, y + h), (x, y + h)], [(0, col), (1, scale_col(col, 0.55))])
    fill_poly(
        img,
        [(x + top * 0.6, y - top), (x + w + top * 0.6, y - top), (x + w, y), (x, y)],
        [(0, scale_col(col, 1.3)), (1, scale_col(col, 1.1))],
    )
    d.rectangle((x, y, x + w, y + h), outline=scale_col(col, 0.45), width=3)
    d.line((x, y + h * 0.5, x + w, y + h * 0.5), fill=scale_col(col, 0.5), width=3)
    for k in range(3):
        d.rectangle(
            (x + w * (0.12 + k * 0.1), y + h * 0.15, x + w * (0.17 + k * 0.1), y + h * 0.3),
            fill=scale_col((200, 150, 60), 0.6),
        )
    return img


def scene_dorothy_discovered(size, rng):
    W, H = size
    img = vgradient(size, [(0, (14, 18, 24)), (1, (6, 7, 10))])
    cargo_hold(img, rng)
    for x, y, w, h in (
        (W * 0.48, H * 0.5, W * 0.16, H * 0.24),
        (W * 0.78, H * 0.42, W * 0.2, H * 0.34),
        (W * 0.62, H * 0.64, W * 0.2, H * 0.3),
        (W * 0.86, H * 0.72, W * 0.18, H * 0.3),
        (W * 0.36, H * 0.66, W * 0.12, H * 0.2),
    ):
        crate(img, rng, x, y, w, h, col=rng.choice([(86, 80, 64), (70, 78, 86), (96, 70, 52)]))
    img = ImageChops.multiply(img, solid(size, (150, 160, 180)))
    dor = person(
        "dorothy",
        H * 0.4,
        "sit",
        fill=(24, 22, 26),
        rim=(255, 226, 180),
        light=(-1, -0.2),
        face=-1,
        hair_col=(20, 16, 16),
    )
    put(img, dor, W * 0.6, H * 0.84)
    put(img, person("taeho", H * 0.86, "reach", rim=(120, 160, 210), light=(-0.4, -1), face=1), W * 0.17, H * 1.02)
    hand = (W * 0.17 + 0.38 * H * 0.86, H * 1.02 - 0.66 * H * 0.86)
    img = beam(img, hand, (W * 0.74, H * 0.38), (W * 0.68, H * 1.0), (255, 232, 190), strength=0.5)
    add_light(img, W * 0.6, H * 0.7, W * 0.13, (255, 220, 170), 0.45, 1.5)
    add_light(img, hand[0], hand[1], 60, (255, 250, 230), 1.0, 1.2)
    img = dust_motes(img, rng, (hand[0], H * 0.35, W * 0.75, H * 0.95), 160)
    return finish(img, bloom_amount=0.6, vig=0.6)


def scene_dorothy_portrait(size, rng):
    """Drawn upright (portrait); the caller stores it rotated with EXIF Orientation 6."""
    W, H = size  # portrait: W < H
    view = space_background(size, rng, neb=NEB_VIOLET, neb2=NEB_BLUE, stars=1500)
    view = earth(view, rng, W * 0.62, H * 0.36, W * 0.26, (-0.7, -0.3, 0.5), 150)
    ring = uts_ring(size, rng, W * 0.09, W * 0.03, W * 0.018)
    put(view, Fig(ring[0], [], (0.5, 0.5)), W * 0.3, H * 0.27)
    add_light(view, W * 0.3, H * 0.27, W * 0.1, (120, 255, 170), 0.5)
    img = vgradient(size, [(0, (12, 12, 20)), (1, (4, 4, 8))])
    x0, x1, y0, y1 = W * 0.16, W * 0.84, H * 0.1, H * 0.76
    r = (x1 - x0) / 2
    pts = [(x0, y1), (x0, y0 + r)]
    pts += [(W / 2 - r * math.cos(a), y0 + r - r * math.sin(a)) for a in [i * math.pi / 40 for i in range(41)]]
    pts += [(x1, y0 + r), (x1, y1)]
    img = window(img, pts, view, width=22, mullions=[((x0, H * 0.57), (x1, H * 0.57))])
    # floor reflection of the window
    refl = view.transpose(Image.Transpose.FLIP_TOP_BOTTOM).filter(ImageFilter.GaussianBlur(10))
    fm = poly_mask(size, [(x0, H * 0.8), (x1, H * 0.8), (x1 + W * 0.1, H), (x0 - W * 0.1, H)], 6).point(
        lambda v: int(v * 0.35)
    )
    img.paste(refl, (0, 0), fm)
    for x in (W * 0.06, W * 0.94):
        d = ImageDraw.Draw(img)
        d.line((x, H * 0.15, x, H * 0.75), fill=(90, 200, 255), width=5)
        add_light(img, x, H * 0.45, W * 0.12, (40, 100, 140), 1.0, 1.5, ry=H * 0.35)
    put(
        img,
        person(
            "dorothy", H * 0.27, "reach", fill=(14, 12, 18), rim=(230, 190, 255), light=(0.3, -1), hair_col=(10, 8, 10)
        ),
        W * 0.45,
        H * 0.86,
    )
    add_light(img, W * 0.5, H * 0.7, W * 0.5, (40, 24, 60), 1.0, 1.2)
    return finish(img, bloom_amount=0.55, vig=0.5)


def pipe(img, a, b, width, col):
    """A shaded pipe between points a and b."""
    (x0, y0), (x1, y1) = a, b
    ang = math.atan2(y1 - y0, x1 - x0)
    nx, ny = -math.sin(ang) * width / 2, math.cos(ang) * width / 2
    pts = [(x0 + nx, y0 + ny), (x1 + nx, y1 + ny), (x1 - nx, y1 - ny), (x0 - nx, y0 - ny)]
    vertical = abs(y1 - y0) > abs(x1 - x0)
    stops = [(0, scale_col(col, 0.35)), (0.35, scale_col(col, 1.25)), (0.55, col), (1, scale_col(col, 0.3))]
    return fill_poly(img, pts, stops, vertical=not vertical)


def scene_tiger_engine_room(size, rng):
    W, H = size
    img = vgradient(size, [(0, (30, 16, 10)), (0.6, (16, 9, 6)), (1, (8, 5, 4))])
    # reactor core
    fill_poly(
        img,
        [(W * 0.44, 0), (W * 0.58, 0), (W * 0.58, H * 0.75), (W * 0.44, H * 0.75)],
        [(0, (120, 40, 10)), (0.3, (255, 190, 90)), (0.5, (255, 240, 200)), (0.7, (255, 170, 70)), (1, (110, 36, 10))],
        vertical=False,
    )
    for k in range(8):
        y = H * (0.06 + k * 0.09)
        ImageDraw.Draw(img).rectangle((W * 0.43, y, W * 0.59, y + H * 0.018), fill=(50, 28, 18))
    add_light(img, W * 0.51, H * 0.4, W * 0.55, (200, 90, 30), 0.9, 1.6, ry=H * 0.8)
    for a, b, w, c in (
        ((0, H * 0.22), (W * 0.43, H * 0.26), 40, (120, 80, 50)),
        ((W * 0.59, H * 0.3), (W, H * 0.2), 54, (110, 90, 70)),
        ((W * 0.1, 0), (W * 0.12, H * 0.8), 60, (90, 70, 55)),
        ((W * 0.9, 0), (W * 0.87, H * 0.85), 70, (100, 76, 60)),
        ((0, H * 0.55), (W * 0.43, H * 0.5), 30, (130, 90, 60)),
        ((W * 0.59, H * 0.58), (W, H * 0.62), 36, (120, 84, 56)),
    ):
        pipe(img, a, b, w, c)
    # floor grating
    fill_poly(img, [(0, H * 0.8), (W, H * 0.8), (W, H), (0, H)], [(0, (60, 34, 20)), (1, (14, 9, 6))])
    d = ImageDraw.Draw(img)
    for k in range(40):
        x = W * 0.51 + (k - 20) * W * 0.02
        d.line(
            (W * 0.51 + (x - W * 0.51) * 0.6, H * 0.8, W * 0.51 + (x - W * 0.51) * 2.4, H), fill=(30, 18, 12), width=3
        )
    steam = fbm(size, rng, base=(6, 4), octaves=5)
    steam = ImageChops.multiply(
        curve(steam, lambda t: 0.5 * smoothstep(0.5, 0.95, t)),
        field(size, lambda x, y: 255 * smoothstep(H * 0.9, H * 0.3, y)),
    )
    img = ImageChops.screen(img, tint(steam, (255, 190, 140)))
    put(img, person("tiger", H * 0.82, "hips", rim=(255, 170, 90), light=(1, -0.4), face=1), W * 0.26, H * 0.98)
    put(img, bubs(H * 0.66, rim=(255, 170, 90), light=(-1, -0.4), face=-1, paint=(150, 132, 86)), W * 0.76, H * 0.98)
    sparks = Image.new("RGB", size)
    sd = ImageDraw.Draw(sparks)
    sx, sy = W * 0.66, H * 0.56
    for _ in range(90):
        a = rng.uniform(-math.pi, 0.2)
        ln = rng.uniform(10, 120)
        r0 = rng.uniform(0, 60)
        sd.line(
            (
                sx + r0 * math.cos(a),
                sy + r0 * math.sin(a),
                sx + (r0 + ln) * math.cos(a),
                sy + (r0 + ln) * math.sin(a) + ln * 0.3,
            ),
            fill=rng.choice([(255, 200, 110), (255, 240, 190), (255, 150, 60)]),
            width=2,
        )
    img = ImageChops.add(img, sparks)
    img = glow_layer(img, sparks, 6, 1.0)
    add_light(img, sx, sy, 160, (255, 170, 80), 0.9, 1.8)
    return finish(img, bloom_amount=0.65, vig=0.5)


def scene_uts_ring(size, rng):
    W, H = size
    img = space_background(size, rng, neb=NEB_TEAL, stars=1000, bright=20)
    img = earth(img, rng, W * 0.5, H * 2.35, H * 1.6, (-0.4, -0.8, 0.45), 0)
    img = sun_flare(img, W * 0.12, H * 0.14, 1.1)
    ring, _ = uts_ring(size, rng, W * 0.36, H * 0.18, H * 0.095)
    glow = ring.getchannel("A").filter(ImageFilter.GaussianBlur(30))
    ring_fig = rotate_fig(Fig(ring, [], (0.5, 0.5)), -8)
    put(img, ring_fig, W * 0.55, H * 0.42)
    g = Image.new("L", size)
    gl = rotate_fig(Fig(glow.convert("RGBA"), [], (0.5, 0.5)), -8).im.getchannel("R")
    g.paste(gl, (int(W * 0.55 - gl.width / 2), int(H * 0.42 - gl.height / 2)))
    img = ImageChops.add(img, tint(g.point(lambda v: int(v * 0.45)), (140, 255, 190)))
    add_light(img, W * 0.55, H * 0.42, H * 0.12, (200, 255, 220), 0.9, 1.6)
    junk_field(img, rng, n_far=30, n_mid=0, n_near=0)
    return finish(img, bloom_amount=0.6, vig=0.35)


def scene_jang_viewport(size, rng):
    W, H = size
    cx, cy, r = W * 0.62, H * 0.45, H * 0.38
    view = earth_view(size, rng, cx=cx - r * 0.1, cy=cy + r * 1.15, r=r * 1.3, light=(0.7, -0.5, 0.4), lights=250)
    view = sun_flare(view, cx + r * 0.55, cy - r * 0.5, 0.5)
    img = vgradient(size, [(0, (34, 30, 28)), (1, (12, 10, 10))])
    panels(img, rng, (0, 0, W, H), (44, 40, 36), 16)
    m = Image.new("L", size)
    ImageDraw.Draw(m).ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)
    img.paste(view, (0, 0), m)
    d = ImageDraw.Draw(img)
    d.ellipse((cx - r - 30, cy - r - 30, cx + r + 30, cy + r + 30), outline=(64, 58, 52), width=44)
    d.ellipse((cx - r - 6, cy - r - 6, cx + r + 6, cy + r + 6), outline=(24, 22, 20), width=12)
    for k in range(16):
        a = k * math.pi / 8
        bx, by = cx + (r + 30) * math.cos(a), cy + (r + 30) * math.sin(a)
        d.ellipse((bx - 7, by - 7, bx + 7, by + 7), fill=(120, 110, 96))
    add_light(img, cx, cy, r * 2.2, (110, 70, 40), 0.7, 2.0)
    put(
        img,
        person("jang", H * 1.05, "stand", rim=(255, 190, 130), light=(1, -0.2), face=1, rim_strength=1.0),
        W * 0.22,
        H * 1.16,
    )
    return finish(img, bloom_amount=0.5, vig=0.55)


def scene_sullivan_office(size, rng):
    W, H = size
    cx, cy, r = W * 0.5, H * 0.4, H * 0.5
    view = earth_view(size, rng, cx=W * 0.62, cy=H * 0.95, r=H * 0.5, light=(-0.6, -0.5, 0.5), lights=300)
    ring, _ = uts_ring(size, rng, W * 0.5, H * 0.09, H * 0.035)
    put(view, rotate_fig(Fig(ring, [], (0.5, 0.5)), 6), W * 0.45, H * 0.3)
    img = vgradient(size, [(0, (8, 12, 12)), (1, (2, 3, 3))])
    m = Image.new("L", size)
    ImageDraw.Draw(m).ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)
    img.paste(view, (0, 0), m)
    d = ImageDraw.Draw(img)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(30, 36, 36), width=16)
    for k in range(6):
        a = k * math.pi / 6
        d.line(
            (cx - r * math.cos(a), cy - r * math.sin(a), cx + r * math.cos(a), cy + r * math.sin(a)),
            fill=(26, 30, 30),
            width=6,
        )
    # glossy floor with a reflection
    floor_y = H * 0.86
    refl = img.crop((0, int(floor_y - (H - floor_y)), W, int(floor_y))).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    refl = refl.filter(ImageFilter.GaussianBlur(4)).point(lambda v: int(v * 0.35))
    img.paste(refl, (0, int(floor_y)))
    d.line((0, floor_y, W, floor_y), fill=(40, 46, 46), width=2)
    # desk and lamp
    fill_poly(
        img,
        [(W * 0.7, H * 0.7), (W * 0.95, H * 0.7), (W * 0.93, H * 0.74), (W * 0.72, H * 0.74)],
        [(0, (70, 60, 50)), (1, (30, 26, 22))],
    )
    d.rectangle((W * 0.73, H * 0.74, W * 0.745, floor_y), fill=(18, 16, 14))
    d.rectangle((W * 0.905, H * 0.74, W * 0.92, floor_y), fill=(18, 16, 14))
    d.line((W * 0.9, H * 0.7, W * 0.9, H * 0.6, W * 0.86, H * 0.57), fill=(50, 46, 40), width=6)
    add_light(img, W * 0.86, H * 0.59, W * 0.2, (255, 180, 110), 0.8, 2.0)
    add_light(img, W * 0.86, H * 0.59, 18, (255, 240, 210), 1.0, 1.0)
    put(
        img,
        person("sullivan", H * 0.66, "hold", rim=(170, 255, 210), light=(0, -1), face=1, hair_col=(190, 190, 186)),
        W * 0.4,
        floor_y + H * 0.02,
    )
    return finish(img, bloom_amount=0.55, vig=0.5)


def plant(img, rng, x, y, h, leaf_cols=((60, 140, 70), (90, 170, 80), (40, 110, 60))):
    """A potted plant with its pot rim at (x, y)."""
    sp = Sprite(h * 1.2, h * 1.4, ss=2)
    cx, base = h * 0.6, h * 1.1
    for _ in range(rng.randint(8, 14)):
        a = rng.uniform(-2.4, -0.7)
        ln = h * rng.uniform(0.5, 1.0)
        ex, ey = cx + ln * math.cos(a), base + ln * math.sin(a)
        sp.line(
            [(cx, base), ((cx + ex) / 2, (base + ey) / 2 - h * 0.05), (ex, ey)], (50, 100, 50), h * 0.02, caps=False
        )
        lr = h * rng.uniform(0.08, 0.16)
        sp.ellipse(ex, ey, lr, lr * 0.55, fill=rng.choice(leaf_cols))
    sp.poly(
        [
            (cx - h * 0.22, base),
            (cx + h * 0.22, base),
            (cx + h * 0.16, base + h * 0.28),
            (cx - h * 0.16, base + h * 0.28),
        ],
        (150, 90, 60),
    )
    sp.rect(cx - h * 0.25, base - h * 0.02, cx + h * 0.25, base + h * 0.04, (170, 105, 70))
    im = shade_sprite(sp.result(), 1.1, 0.7)
    return place(img, im, x, y, (0.5, base / (h * 1.4)))


def scene_dorothy_bubs_garden(size, rng):
    W, H = size
    img = vgradient(size, [(0, (34, 50, 44)), (1, (14, 22, 20))])
    d = ImageDraw.Draw(img)
    # shelves with plants, grow lights above
    for y in (H * 0.32, H * 0.6):
        d.rectangle((0, y, W, y + H * 0.022), fill=(70, 78, 70))
        d.rectangle((0, y + H * 0.022, W, y + H * 0.03), fill=(30, 36, 32))
        for k in range(9):
            plant(img, rng, W * (0.06 + k * 0.11) + rng.uniform(-20, 20), y, H * rng.uniform(0.12, 0.18))
        ly = y - H * 0.25
        d.rectangle((W * 0.03, ly, W * 0.97, ly + H * 0.012), fill=(255, 160, 230))
        add_light(img, W * 0.5, ly + H * 0.1, W * 0.6, (90, 40, 80), 1.0, 1.2, ry=H * 0.16)
    fill_poly(img, [(0, H * 0.78), (W, H * 0.78), (W, H), (0, H)], [(0, (52, 60, 54)), (1, (22, 26, 24))])
    for k in range(5):
        plant(img, rng, W * (0.08 + k * 0.22), H * 0.86, H * 0.26)
    put(
        img,
        bubs(H * 0.6, paint=(176, 158, 98), rim=(255, 200, 240), light=(0.3, -1), face=-1, pose="hold"),
        W * 0.66,
        H * 0.97,
    )
    put(
        img,
        person(
            "dorothy",
            H * 0.42,
            "hold",
            fill=(60, 50, 60),
            suit=(200, 90, 80),
            rim=(255, 210, 240),
            light=(0.3, -1),
            hair_col=(30, 22, 22),
        ),
        W * 0.44,
        H * 0.97,
    )
    # a watering can and a stream of water
    d = ImageDraw.Draw(img)
    can = (W * 0.478, H * 0.72)
    d.rounded_rectangle((can[0] - 22, can[1] - 18, can[0] + 22, can[1] + 18), 6, fill=(90, 170, 210))
    d.line((can[0] + 20, can[1] - 5, can[0] + 60, can[1] - 30), fill=(90, 170, 210), width=7)
    for k in range(14):
        t = k / 13
        d.ellipse(
            (
                can[0] + 62 + t * 50 - 2,
                can[1] - 28 + t * t * 120 - 2,
                can[0] + 62 + t * 50 + 2,
                can[1] - 28 + t * t * 120 + 2,
            ),
            fill=(200, 240, 255),
        )
    return finish(img, bloom_amount=0.45, vig=0.35, grain_amount=0)


def scene_crew_dinner(size, rng):
    W, H = size
    img = vgradient(size, [(0, (22, 16, 12)), (1, (8, 6, 5))])
    panels(img, rng, (0, 0, W, H * 0.6), (34, 26, 20), 12)
    d = ImageDraw.Draw(img)
    lx, ly = W * 0.5, H * 0.13
    d.line((lx, 0, lx, ly - 30), fill=(40, 34, 28), width=6)
    d.chord((lx - 110, ly - 70, lx + 110, ly + 70), 180, 360, fill=(120, 80, 40))
    img = beam(img, (lx, ly), (W * 0.18, H * 0.9), (W * 0.82, H * 0.9), (255, 200, 130), strength=0.3, blur=40)
    add_light(img, lx, ly + 10, 70, (255, 235, 190), 1.0, 1.0)
    add_light(img, lx, H * 0.66, W * 0.45, (150, 90, 40), 0.9, 1.5, ry=H * 0.3)
    seats = [
        ("jang", W * 0.2, 1, H * 0.98),
        ("taeho", W * 0.36, 1, H * 0.98),
        ("tiger", W * 0.66, -1, H * 0.98),
        ("dorothy", W * 0.79, -1, H * 0.86),
    ]
    for kind, x, face, y in seats:
        h = H * (0.46 if kind == "dorothy" else 0.7)
        put(
            img,
            person(kind, h, "sit", rim=(255, 190, 120), light=(-face * 0.6, -1), face=face, fill=(20, 16, 14)),
            x,
            y,
        )
    put(
        img,
        bubs(H * 0.52, rim=(255, 190, 120), light=(0, -1), face=-1, pose="hold", paint=(120, 104, 70)),
        W * 0.52,
        H * 0.8,
    )
    table = [(W * 0.22, H * 0.66), (W * 0.78, H * 0.66), (W * 0.86, H * 0.8), (W * 0.14, H * 0.8)]
    fill_poly(img, table, [(0, (150, 100, 60)), (1, (80, 50, 30))])
    fill_poly(
        img,
        [(W * 0.14, H * 0.8), (W * 0.86, H * 0.8), (W * 0.86, H * 0.84), (W * 0.14, H * 0.84)],
        [(0, (60, 38, 22)), (1, (30, 20, 12))],
    )
    d = ImageDraw.Draw(img)
    for k in range(6):
        bx = W * (0.26 + k * 0.095)
        by = H * (0.7 + 0.05 * (k % 2))
        d.ellipse((bx - 40, by - 14, bx + 40, by + 14), fill=(230, 220, 200))
        d.ellipse((bx - 32, by - 10, bx + 32, by + 8), fill=rng.choice([(200, 120, 60), (180, 60, 40), (120, 160, 80)]))
    add_light(img, W * 0.5, H * 0.74, W * 0.3, (90, 60, 30), 0.8, 1.5, ry=H * 0.1)
    return finish(img, bloom_amount=0.55, vig=0.55)


def crayon_drawing(img, rng, box, motif):
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(img)
    d.rectangle(box, fill=(240, 234, 218))
    d.ellipse(((x0 + x1) / 2 - 6, y0 + 4, (x0 + x1) / 2 + 6, y0 + 16), fill=(200, 60, 60))
    w, h = x1 - x0, y1 - y0
    cols = [(230, 70, 60), (40, 120, 220), (250, 190, 40), (60, 170, 80), (150, 80, 190)]
    if motif == "sun":
        cx, cy, r = x0 + w * 0.5, y0 + h * 0.5, w * 0.18
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=cols[2], width=6)
        for k in range(10):
            a = k * math.pi / 5
            d.line(
                (
                    cx + r * 1.3 * math.cos(a),
                    cy + r * 1.3 * math.sin(a),
                    cx + r * 1.9 * math.cos(a),
                    cy + r * 1.9 * math.sin(a),
                ),
                fill=cols[2],
                width=5,
            )
    elif motif == "ship":
        d.polygon(
            [
                (x0 + w * 0.15, y0 + h * 0.6),
                (x0 + w * 0.75, y0 + h * 0.55),
                (x0 + w * 0.9, y0 + h * 0.65),
                (x0 + w * 0.2, y0 + h * 0.75),
            ],
            outline=cols[1],
            width=5,
        )
        d.line((x0 + w * 0.1, y0 + h * 0.67, x0 + w * 0.02, y0 + h * 0.67), fill=cols[0], width=6)
        for _ in range(5):
            d.point((x0 + w * rng.uniform(0.1, 0.9), y0 + h * rng.uniform(0.15, 0.45)), fill=cols[4])
    elif motif == "family":
        for k in range(5):
            px = x0 + w * (0.14 + k * 0.18)
            s = h * (0.22 if k == 2 else 0.3)
            c = cols[k]
            d.ellipse(
                (px - s * 0.18, y0 + h * 0.8 - s * 1.3, px + s * 0.18, y0 + h * 0.8 - s * 0.95), outline=c, width=4
            )
            d.line((px, y0 + h * 0.8 - s * 0.95, px, y0 + h * 0.8 - s * 0.4), fill=c, width=4)
            d.line((px, y0 + h * 0.8 - s * 0.4, px - s * 0.2, y0 + h * 0.8), fill=c, width=4)
            d.line((px, y0 + h * 0.8 - s * 0.4, px + s * 0.2, y0 + h * 0.8), fill=c, width=4)
            d.line((px - w * 0.09, y0 + h * 0.8 - s * 0.75, px + w * 0.09, y0 + h * 0.8 - s * 0.75), fill=c, width=4)
    else:
        cx, cy = x0 + w * 0.5, y0 + h * 0.45
        for k in range(6):
            a = k * math.pi / 3
            d.ellipse(
                (
                    cx + 22 * math.cos(a) - 16,
                    cy + 22 * math.sin(a) - 16,
                    cx + 22 * math.cos(a) + 16,
                    cy + 22 * math.sin(a) + 16,
                ),
                fill=cols[0],
            )
        d.ellipse((cx - 12, cy - 12, cx + 12, cy + 12), fill=cols[2])
        d.line((cx, cy + 30, cx, y1 - 10), fill=cols[3], width=6)
    return img


def scene_dorothy_drawing(size, rng):
    W, H = size
    img = vgradient(size, [(0, (120, 100, 80)), (1, (60, 48, 38))])
    panels(img, rng, (0, 0, W, H * 0.55), (100, 84, 66), 8)
    motifs = ["sun", "ship", "family", "flower", "ship", "sun"]
    for k, (x, y) in enumerate([(0.3, 0.08), (0.45, 0.12), (0.6, 0.07), (0.75, 0.13), (0.38, 0.36), (0.66, 0.38)]):
        box = (W * x, H * y, W * x + W * 0.11, H * y + W * 0.08)
        crayon_drawing(img, rng, box, motifs[k])
    # window light from the left
    img = beam(
        img, (-W * 0.1, H * 0.05), (W * 0.7, H * 0.55), (W * 0.45, H * 1.1), (255, 230, 180), strength=0.3, blur=50
    )
    fill_poly(img, [(0, H * 0.72), (W, H * 0.72), (W, H), (0, H)], [(0, (96, 72, 54)), (1, (40, 30, 22))])
    put(
        img,
        person(
            "dorothy",
            H * 0.5,
            "sit",
            fill=(52, 40, 44),
            suit=(210, 120, 80),
            rim=(255, 230, 190),
            light=(-1, -0.5),
            hair_col=(28, 20, 18),
            face=1,
        ),
        W * 0.42,
        H * 0.97,
    )
    table = [(W * 0.5, H * 0.7), (W * 0.82, H * 0.7), (W * 0.85, H * 0.75), (W * 0.47, H * 0.75)]
    fill_poly(img, table, [(0, (210, 170, 120)), (1, (150, 110, 76))])
    d = ImageDraw.Draw(img)
    d.rectangle((W * 0.49, H * 0.75, W * 0.5, H * 0.98), fill=(70, 50, 36))
    d.rectangle((W * 0.82, H * 0.75, W * 0.83, H * 0.98), fill=(70, 50, 36))
    d.polygon(
        [(W * 0.56, H * 0.705), (W * 0.68, H * 0.7), (W * 0.69, H * 0.73), (W * 0.555, H * 0.735)], fill=(245, 240, 228)
    )
    for k, c in enumerate([(230, 70, 60), (40, 120, 220), (250, 190, 40), (60, 170, 80), (150, 80, 190)]):
        x = W * (0.71 + k * 0.018)
        d.line((x, H * 0.72, x + 14, H * 0.71), fill=c, width=7)
    return finish(img, bloom_amount=0.35, vig=0.45)


def corridor(img, rng, tone=(40, 60, 90), light=(120, 200, 255)):
    W, H = img.size
    vx, vy = W * 0.5, H * 0.45
    fill_poly(
        img,
        [(0, 0), (W, 0), (vx + W * 0.08, vy - H * 0.06), (vx - W * 0.08, vy - H * 0.06)],
        [(0, scale_col(tone, 0.5)), (1, scale_col(tone, 0.3))],
    )
    fill_poly(
        img,
        [(0, H), (W, H), (vx + W * 0.08, vy + H * 0.08), (vx - W * 0.08, vy + H * 0.08)],
        [(0, scale_col(tone, 0.15)), (1, scale_col(tone, 0.45))],
    )
    fill_poly(
        img,
        [(0, 0), (vx - W * 0.08, vy - H * 0.06), (vx - W * 0.08, vy + H * 0.08), (0, H)],
        [(0, scale_col(tone, 0.4)), (1, scale_col(tone, 0.2))],
        vertical=False,
    )
    fill_poly(
        img,
        [(W, 0), (vx + W * 0.08, vy - H * 0.06), (vx + W * 0.08, vy + H * 0.08), (W, H)],
        [(0, scale_col(tone, 0.2)), (1, scale_col(tone, 0.4))],
        vertical=False,
    )
    fill_poly(
        img,
        [
            (vx - W * 0.08, vy - H * 0.06),
            (vx + W * 0.08, vy - H * 0.06),
            (vx + W * 0.08, vy + H * 0.08),
            (vx - W * 0.08, vy + H * 0.08),
        ],
        [(0, scale_col(light, 0.7)), (1, scale_col(light, 0.5))],
    )
    d = ImageDraw.Draw(img)
    for k in range(1, 9):
        t = 1 / (1 + k * 0.55)
        x0, x1 = vx - (vx - 0) * t - W * 0.08 * (1 - t), vx + (W - vx) * t + W * 0.08 * (1 - t)
        y0, y1 = vy - vy * t - H * 0.06 * (1 - t), vy + (H - vy) * t + H * 0.08 * (1 - t)
        d.rectangle((x0, y0, x1, y1), outline=scale_col(tone, 0.25), width=max(2, int(14 * t)))
        d.line(((x0 + vx) / 2 - 40 * t, y0 + 4, (x1 + vx) / 2 + 40 * t, y0 + 4), fill=light, width=max(2, int(10 * t)))
        add_light(img, vx, y0 + 8, (x1 - x0) * 0.4, scale_col(light, 0.35), 0.7, 1.5, ry=(y1 - y0) * 0.3)
    add_light(img, vx, vy, W * 0.25, scale_col(light, 0.6), 0.8, 1.4)
    return img


def scene_tiger_dorothy(size, rng):
    W, H = size
    img = vgradient(size, [(0, (10, 14, 20)), (1, (4, 6, 9))])
    corridor(img, rng)
    put(img, person("tiger", H * 0.9, "hold", rim=COOL_RIM, light=(0.4, -1), face=1), W * 0.4, H * 1.02)
    put(
        img,
        person("dorothy", H * 0.44, "wave", rim=COOL_RIM, light=(-0.4, -1), face=-1, hair_col=(14, 12, 14)),
        W * 0.56,
        H * 1.0,
    )
    return finish(img, bloom_amount=0.55, vig=0.5)


def scene_junk_harpoon(size, rng):
    W, H = size
    img = space_background(size, rng, neb=NEB_RUST, stars=1300)
    img = earth(img, rng, W * 0.85, H * 1.7, H * 0.9, (-0.6, -0.6, 0.5), 250)
    junk_field(img, rng, n_far=140, n_mid=30, n_near=0, light=(-0.6, -0.6))
    ship = victory(W * 0.36, rng, light=(-0.6, -1))
    put(img, rotate_fig(ship, 10), W * 0.3, H * 0.52)
    target = (W * 0.78, H * 0.3)
    sat = junk_piece(random.Random(rng.random()), 170, (-0.6, -0.6), 1.0)
    place(img, sat, *target, (0.5, 0.5))
    start = (W * 0.3 + W * 0.36 * 0.48, H * 0.52 + W * 0.36 * 0.12)
    line = Image.new("RGB", size)
    ImageDraw.Draw(line).line((start, target), fill=(255, 120, 70), width=4)
    img = ImageChops.add(img, line)
    img = glow_layer(img, line, 10, 1.5)
    add_light(img, *target, 70, (255, 160, 90), 1.0, 1.5)
    junk_field(img, rng, n_far=0, n_mid=4, n_near=3, light=(-0.6, -0.6), near_blur=8)
    return finish(img, bloom_amount=0.5, vig=0.45)


def scene_jang_helm(size, rng):
    W, H = size
    view = space_background(size, rng, neb=NEB_RUST, stars=900)
    for _ in range(6):
        x, y = rng.uniform(W * 0.2, W * 0.9), rng.uniform(H * 0.1, H * 0.5)
        add_light(view, x, y, rng.uniform(40, 120), (255, 140, 70), 0.9, 1.6)
    img = vgradient(size, [(0, (30, 6, 6)), (1, (8, 2, 2))])
    win = [(W * 0.1, H * 0.06), (W * 0.9, H * 0.06), (W * 0.95, H * 0.5), (W * 0.05, H * 0.52)]
    img = window(img, win, view, width=18, mullions=[((W * 0.5, H * 0.06), (W * 0.5, H * 0.51))])
    d = ImageDraw.Draw(img)
    for x in (W * 0.03, W * 0.97):
        d.line((x, H * 0.05, x, H * 0.9), fill=(255, 40, 30), width=8)
        add_light(img, x, H * 0.45, W * 0.2, (150, 20, 15), 1.0, 1.4, ry=H * 0.5)
    put(
        img,
        person("jang", H * 1.25, "reach", rim=(255, 90, 70), light=(1, -0.6), face=1, rim_strength=1.0),
        W * 0.4,
        H * 1.45,
    )
    console(
        img,
        rng,
        [(0, H * 0.82), (W * 0.5, H * 0.78), (W, H * 0.82)],
        H,
        screens=4,
        colours=((255, 80, 60), (255, 170, 80)),
        body=((0, (50, 14, 12)), (1, (10, 3, 3))),
    )
    img = grade(img, gain=(1.05, 0.92, 0.92))
    return finish(img, bloom_amount=0.6, vig=0.55)


def scene_taeho_quarters(size, rng):
    W, H = size
    img = vgradient(size, [(0, (40, 32, 26)), (1, (14, 11, 9))])
    panels(img, rng, (0, 0, W, H * 0.7), (52, 42, 34), 12)
    cx, cy, r = W * 0.74, H * 0.32, H * 0.17
    view = earth_view(size, rng, cx=cx + r * 0.3, cy=cy + r * 1.2, r=r * 1.1, light=(0.2, -0.8, 0.5), lights=60)
    m = Image.new("L", size)
    ImageDraw.Draw(m).ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)
    img.paste(view, (0, 0), m)
    d = ImageDraw.Draw(img)
    d.ellipse((cx - r - 18, cy - r - 18, cx + r + 18, cy + r + 18), outline=(80, 70, 60), width=24)
    # bunk
    fill_poly(
        img,
        [(0, H * 0.66), (W * 0.62, H * 0.66), (W * 0.62, H * 0.76), (0, H * 0.76)],
        [(0, (110, 90, 70)), (1, (60, 48, 38))],
    )
    fill_poly(img, [(0, H * 0.76), (W * 0.62, H * 0.76), (W * 0.62, H), (0, H)], [(0, (34, 28, 24)), (1, (14, 12, 10))])
    d.rounded_rectangle((W * 0.03, H * 0.58, W * 0.16, H * 0.67), 20, fill=(170, 160, 140))
    # lamp
    d.line((W * 0.3, 0, W * 0.3, H * 0.12), fill=(40, 34, 28), width=4)
    d.chord((W * 0.3 - 60, H * 0.12 - 30, W * 0.3 + 60, H * 0.12 + 40), 180, 360, fill=(160, 110, 50))
    add_light(img, W * 0.3, H * 0.14, W * 0.45, (170, 110, 50), 0.8, 1.6)
    add_light(img, W * 0.3, H * 0.13, 30, (255, 240, 200), 1.0, 1.0)
    h = H * 0.62
    put(img, person("taeho", h, "sit", rim=(255, 200, 140), light=(-0.5, -1), face=1), W * 0.3, H * 0.98)
    # a glowing photo in his hands
    px, py = W * 0.3 + 0.26 * h, H * 0.98 - 0.6 * h
    d = ImageDraw.Draw(img)
    d.rectangle((px - 10, py - 34, px + 40, py + 4), fill=(170, 230, 255))
    add_light(img, px + 15, py - 15, 120, (80, 160, 220), 0.8, 1.8)
    return finish(img, bloom_amount=0.5, vig=0.55)


def scene_sullivan_balcony(size, rng):
    W, H = size
    img = vgradient(size, [(0, (118, 168, 214)), (0.55, (210, 228, 232)), (1, (236, 240, 232))])
    # the far side of the ring arching overhead
    for k, (col, alpha) in enumerate((((120, 170, 130), 0.7), ((150, 190, 160), 0.45))):
        m = Image.new("L", size)
        ImageDraw.Draw(m).arc(
            (-W * 0.4, H * 0.25 - k * H * 0.1, W * 1.4, H * 2.6), 180, 360, fill=int(255 * alpha), width=int(H * 0.09)
        )
        img = Image.composite(solid(size, col), img, m.filter(ImageFilter.GaussianBlur(8)))
    hills = fbm((W, H), rng, base=(6, 2), octaves=4)
    for k, (base, amp, col) in enumerate(
        ((0.62, 0.06, (130, 175, 130)), (0.7, 0.07, (90, 150, 90)), (0.8, 0.05, (60, 120, 60)))
    ):
        pts = (
            [(0, H)]
            + [
                (x, H * (base + amp * (hills.getpixel((min(W - 1, int(x)), k * 200 + 100)) / 255 - 0.5) * 2))
                for x in range(0, W + 40, 40)
            ]
            + [(W, H)]
        )
        fill_poly(img, pts, [(0, col), (1, scale_col(col, 0.7))])
    d = ImageDraw.Draw(img)
    for _ in range(40):
        x, y = rng.uniform(0, W), H * rng.uniform(0.68, 0.85)
        r = rng.uniform(10, 30)
        d.ellipse(
            (x - r, y - r * 1.4, x + r, y + r * 0.4), fill=rng.choice([(50, 110, 60), (70, 130, 70), (40, 90, 50)])
        )
    for _ in range(8):
        x, y = rng.uniform(0.05, 0.6) * W, H * rng.uniform(0.6, 0.66)
        d.rectangle((x, y, x + rng.uniform(30, 90), y + rng.uniform(20, 50)), fill=(245, 248, 244))
    img = add_light(img, W * 0.8, -H * 0.1, W * 0.55, (255, 250, 230), 0.45, 1.8)
    # balcony
    fill_poly(
        img, [(W * 0.5, H * 0.86), (W, H * 0.82), (W, H), (W * 0.46, H)], [(0, (236, 236, 230)), (1, (170, 172, 168))]
    )
    d = ImageDraw.Draw(img)
    d.line((W * 0.5, H * 0.74, W, H * 0.69), fill=(250, 252, 250), width=6)
    for k in range(12):
        x = W * (0.5 + k * 0.045)
        d.line((x, H * 0.74 - (x - W * 0.5) * 0.1, x, H * 0.86 - (x - W * 0.5) * 0.08), fill=(210, 214, 210), width=4)
    put(
        img,
        person(
            "sullivan",
            H * 0.74,
            "hold",
            fill=(40, 42, 50),
            rim=(255, 255, 240),
            light=(0.5, -1),
            face=-1,
            hair_col=(200, 200, 196),
        ),
        W * 0.76,
        H * 0.97,
    )
    return finish(img, bloom_amount=0.3, vig=0.25)


def scene_bubs_spacewalk(size, rng):
    W, H = size
    img = space_background(size, rng, neb=NEB_VIOLET, stars=1200)
    img = earth(img, rng, W * 0.35, H * 1.35, H * 0.85, (0.5, -0.6, 0.5), 250)
    img = sun_flare(img, W * 0.85, H * 0.12, 0.8)
    # the Victory's hull under Bubs' feet, in perspective
    hull = [(W * 0.35, H * 0.72), (W * 1.05, H * 0.6), (W * 1.05, H * 1.05), (W * 0.1, H * 1.05)]
    fill_poly(img, hull, [(0, (150, 146, 134)), (1, (50, 50, 52))])
    d = ImageDraw.Draw(img)
    for k in range(8):
        t = k / 7
        d.line(
            (W * (0.35 + 0.7 * t), H * (0.72 - 0.12 * t), W * (0.1 + 0.95 * t), H * 1.05), fill=(70, 70, 70), width=3
        )
    for k in range(4):
        t = (k + 1) / 5
        d.line(
            (W * (0.35 - 0.25 * t), H * (0.72 + 0.33 * t), W * 1.05, H * (0.6 + 0.45 * t)), fill=(76, 76, 76), width=3
        )
    for _ in range(6):
        x, y = rng.uniform(W * 0.4, W), rng.uniform(H * 0.72, H)
        d.polygon([(x, y), (x + 80, y - 10), (x + 70, y + 26), (x - 10, y + 20)], fill=(130, 76, 44))
    d.ellipse((W * 0.93 - 8, H * 0.63 - 8, W * 0.93 + 8, H * 0.63 + 8), fill=(255, 70, 60))
    add_light(img, W * 0.93, H * 0.63, 60, (255, 70, 60), 0.8)
    put(img, bubs(H * 0.62, rim=(255, 236, 205), light=(0.6, -1), face=1, pose="wave"), W * 0.6, H * 0.83)
    d = ImageDraw.Draw(img)
    ax, ay = W * 0.42, H * 0.86
    d.rectangle((ax - 22, ay - 10, ax + 22, ay + 12), fill=(90, 88, 84))
    wx, wy = W * 0.6 - H * 0.62 * 0.13, H * 0.83 - H * 0.62 * 0.4
    tether = [
        (wx + (ax - wx) * t, wy + (ay - wy) * t + math.sin(math.pi * t) * H * 0.08) for t in [i / 20 for i in range(21)]
    ]
    d.line(tether, fill=(214, 200, 150), width=4, joint="curve")
    return finish(img, bloom_amount=0.55, vig=0.45)


def scene_final_stand(size, rng):
    W, H = size
    view = space_background(size, rng, neb=NEB_RUST, stars=600)
    view = add_light(view, W * 0.55, H * 0.35, W * 0.8, (255, 190, 120), 1.0, 1.4)
    view = add_light(view, W * 0.55, H * 0.35, W * 0.25, (255, 250, 235), 1.0, 1.0)
    rays = field(
        size,
        lambda x, y: (
            255
            * (0.5 + 0.5 * math.sin(math.atan2(y - H * 0.35, x - W * 0.55) * 18)) ** 4
            * clamp(1 - math.hypot(x - W * 0.55, y - H * 0.35) / W)
        ),
        step=4,
    )
    view = ImageChops.add(view, tint(rays.point(lambda v: int(v * 0.35)), (255, 220, 170)))
    img = vgradient(size, [(0, (20, 12, 8)), (1, (6, 4, 3))])
    win = [(W * 0.06, H * 0.05), (W * 0.94, H * 0.05), (W * 0.98, H * 0.72), (W * 0.02, H * 0.72)]
    img = window(
        img,
        win,
        view,
        width=20,
        mullions=[((W * 0.3, H * 0.05), (W * 0.28, H * 0.72)), ((W * 0.7, H * 0.05), (W * 0.72, H * 0.72))],
        frame=(8, 6, 5),
    )
    crew = [("jang", W * 0.3, "stand", 0.74), ("taeho", W * 0.46, "stand", 0.76), ("tiger", W * 0.63, "hips", 0.8)]
    for kind, x, pose, h in crew:
        put(img, person(kind, H * h, pose, rim=(255, 230, 190), light=(0, -1), fill=(10, 8, 8)), x, H * 0.98)
    put(img, bubs(H * 0.62, rim=(255, 230, 190), light=(0, -1), face=-1, paint=(40, 36, 30)), W * 0.79, H * 0.98)
    fill_poly(img, [(0, H * 0.86), (W, H * 0.86), (W, H), (0, H)], [(0, (40, 24, 16)), (1, (8, 5, 4))])
    return finish(img, bloom_amount=0.7, vig=0.55)


# ---------------------------------------------------------------------------
# The kit: cast, stills and their metadata
# ---------------------------------------------------------------------------

KIT_TITLE = "Space Sweepers (Netflix, 2021) — Press Kit"
CREDIT = "Netflix"
SOURCE = "Netflix Press Kit"
RIGHTS = "© 2021 Netflix"
PHOTOGRAPHER = "Kim Ji-won"  # an invented unit photographer
RELEASE = "2021-02-05"
EMBARGO = "2031-12-01"
USAGE = "Editorial use only in connection with the promotion of Space Sweepers. No alterations."
BASE_KEYWORDS = ["Space Sweepers", "승리호", "Netflix"]

# canonical character -> actor, Korean character name, Korean actor name, character aliases, actor aliases
CAST = {
    "Tae-ho": dict(actor="Song Joong-ki", ko="태호", ko_actor="송중기", aliases=["태호"], actor_aliases=["송중기"]),
    "Captain Jang": dict(
        actor="Kim Tae-ri", ko="장선장", ko_actor="김태리", aliases=["장선장"], actor_aliases=["김태리"]
    ),
    "Tiger Park": dict(
        actor="Jin Seon-kyu",
        ko="타이거 박",
        ko_actor="진선규",
        aliases=["타이거 박"],
        actor_aliases=["Jin Sun-kyu", "진선규"],
    ),
    "Bubs": dict(
        actor="Yoo Hai-jin", ko="업동이", ko_actor="유해진", aliases=["업동이"], actor_aliases=["Yu Hae-jin", "유해진"]
    ),
    "Dorothy": dict(
        actor="Park Ye-rin", ko="도로시", ko_actor="박예린", aliases=["Kot-nim", "꽃님", "도로시"], actor_aliases=[]
    ),
    "James Sullivan": dict(
        actor="Richard Armitage",
        ko="설리반",
        ko_actor="리처드 아미티지",
        aliases=["설리반"],
        actor_aliases=["리처드 아미티지"],
    ),
}


def caption_en(chars):
    parts = [f"{CAST[c]['actor']} as {c}" for c in chars]
    lead = "(L to R) " if len(parts) > 1 else ""
    return f"{lead}{', '.join(parts)} in Space Sweepers. Cr. Netflix © 2021"


def caption_ko(chars):
    parts = [f"{CAST[c]['ko']} 역의 {CAST[c]['ko_actor']}" for c in chars]
    lead = "(왼쪽부터) " if len(parts) > 1 else ""
    return f"{lead}영화 〈승리호〉에서 {', '.join(parts)}. 사진 제공 넷플릭스"


def still(
    n,
    slug,
    scene,
    title,
    title_ko,
    chars,
    keywords,
    *,
    ext="jpg",
    size=(1920, 1080),
    embed=None,
    mode="both",
    caption=None,
    caption_ko_=None,
    orientation=None,
    exif_description=False,
    release=RELEASE,
    credit=CREDIT,
    note="",
):
    """One still.  ``chars`` are the characters really in the picture (canonical names, left to right);
    ``embed`` what goes into PersonInImage (default: chars; [] for none)."""
    return dict(
        n=n,
        file=f"ss_{n:02d}_{slug}.{ext}",
        scene=scene,
        title=title,
        title_ko=title_ko,
        chars=chars,
        embed=list(chars) if embed is None else embed,
        keywords=BASE_KEYWORDS + keywords,
        size=size,
        mode=mode,
        caption=caption or caption_en(chars),
        caption_ko=caption_ko_ or caption_ko(chars),
        orientation=orientation,
        exif_description=exif_description,
        release=release,
        credit=credit,
        note=note,
        date=f"2019:{6 + n // 6:02d}:{3 + (n * 5) % 25:02d} {9 + n % 9:02d}:{(n * 17) % 60:02d}:00",
    )


STILLS = [
    still(
        1,
        "victory_bridge",
        scene_victory_bridge,
        "On the bridge of The Victory",
        "승리호 조종실",
        ["Tae-ho", "Captain Jang"],
        ["The Victory", "spaceship", "Earth"],
    ),
    still(
        2,
        "victory_exterior",
        scene_victory_exterior,
        "The Victory above the Earth",
        "지구 궤도의 승리호",
        [],
        ["The Victory", "spaceship", "Earth", "space"],
        size=(2048, 1365),
        caption="The Victory in Space Sweepers. Cr. Netflix © 2021",
        caption_ko_="영화 〈승리호〉 속 우주선 승리호. 사진 제공 넷플릭스",
        note="no characters",
    ),
    still(
        3,
        "junk_field_eva",
        scene_junk_field_eva,
        "Spacewalk in the junk field",
        "우주 쓰레기 지대의 우주 유영",
        ["Tae-ho"],
        ["junk field", "space", "The Victory", "Earth"],
    ),
    still(
        4,
        "bubs_cockpit",
        scene_bubs_cockpit,
        "Bubs at the controls",
        "조종석의 업동이",
        ["Bubs"],
        ["robot", "The Victory", "junk field"],
    ),
    still(
        5,
        "dorothy_discovered",
        scene_dorothy_discovered,
        "A stowaway in the hold",
        "화물칸에서 발견된 아이",
        ["Tae-ho", "Dorothy"],
        ["The Victory", "spaceship"],
    ),
    still(
        6,
        "dorothy_window",
        scene_dorothy_portrait,
        "Dorothy at the window",
        "창가의 도로시",
        ["Dorothy"],
        ["The Victory", "Earth", "UTS", "space"],
        size=(1920, 1280),
        orientation=6,
        note="portrait via EXIF Orientation=6 (stored 1920x1280)",
    ),
    still(
        7,
        "tiger_engine_room",
        scene_tiger_engine_room,
        "In the engine room",
        "승리호 기관실",
        ["Tiger Park", "Bubs"],
        ["The Victory", "spaceship", "robot"],
        embed=[],
        note="characters from kit.toml; caption has ACTOR as CHARACTER",
    ),
    still(
        8,
        "uts_ring",
        scene_uts_ring,
        "UTS, the orbital paradise",
        "궤도 위의 낙원 UTS",
        [],
        ["UTS", "Earth", "space"],
        size=(2048, 1365),
        caption="UTS, the orbital paradise above the Earth, in Space Sweepers. Cr. Netflix © 2021",
        caption_ko_="영화 〈승리호〉 속 지구 궤도의 낙원 UTS. 사진 제공 넷플릭스",
        note="no characters",
    ),
    still(
        9,
        "jang_viewport",
        scene_jang_viewport,
        "Captain Jang looks down on the Earth",
        "지구를 내려다보는 장선장",
        ["Captain Jang"],
        ["The Victory", "Earth"],
    ),
    still(
        10,
        "sullivan_office",
        scene_sullivan_office,
        "Sullivan's office on UTS",
        "UTS의 설리반 집무실",
        ["James Sullivan"],
        ["UTS", "Earth"],
    ),
    still(
        11,
        "dorothy_bubs_garden",
        scene_dorothy_bubs_garden,
        "Dorothy and Bubs in the garden",
        "정원의 도로시와 업동이",
        ["Dorothy", "Bubs"],
        ["The Victory", "robot"],
        ext="png",
        mode="xmp",
        note="PNG, XMP only",
    ),
    still(
        12,
        "crew_dinner",
        scene_crew_dinner,
        "Dinner aboard The Victory",
        "승리호의 저녁 식사",
        ["Captain Jang", "Tae-ho", "Bubs", "Tiger Park", "Dorothy"],
        ["The Victory", "robot"],
        ext="webp",
        mode="xmp",
        note="WebP, XMP only",
    ),
    still(
        13,
        "dorothy_drawing",
        scene_dorothy_drawing,
        "Dorothy's drawings",
        "도로시의 그림",
        ["Dorothy"],
        ["The Victory"],
        embed=["Kot-nim"],
        note="PersonInImage uses the alias Kot-nim",
    ),
    still(
        14,
        "tiger_dorothy",
        scene_tiger_dorothy,
        "Down the corridor",
        "승리호 복도에서",
        ["Tiger Park", "Dorothy"],
        ["The Victory", "spaceship"],
        embed=[],
        caption="A scene from Space Sweepers. Cr. Netflix © 2021",
        caption_ko_="영화 〈승리호〉의 한 장면. 사진 제공 넷플릭스",
        note="characters from captions.csv",
    ),
    still(
        15,
        "junk_harpoon",
        scene_junk_harpoon,
        "Harpooning space junk",
        "우주 쓰레기 사냥",
        ["Captain Jang", "Tae-ho"],
        ["The Victory", "junk field", "spaceship", "Earth", "space"],
        embed=[],
        caption="The Victory harpoons a drifting satellite in Space Sweepers. Cr. Netflix © 2021",
        caption_ko_="영화 〈승리호〉에서 떠도는 위성을 작살로 낚는 승리호. 사진 제공 넷플릭스",
        note="characters from kit.toml",
    ),
    still(
        16,
        "jang_helm",
        scene_jang_helm,
        "Red alert",
        "비상 경보",
        ["Captain Jang"],
        ["The Victory", "spaceship"],
        mode="iim",
        note="IPTC IIM only (no XMP, no EXIF)",
    ),
    still(
        17,
        "taeho_quarters",
        scene_taeho_quarters,
        "Tae-ho in his quarters",
        "선실의 태호",
        ["Tae-ho"],
        ["The Victory", "Earth"],
        mode="xmp",
        credit=None,
        note="XMP only (no IIM, no EXIF); no credit embedded",
    ),
    still(
        18,
        "sullivan_balcony",
        scene_sullivan_balcony,
        "Sullivan on UTS",
        "UTS의 설리반",
        ["James Sullivan"],
        ["UTS"],
        exif_description=True,
        note="EXIF ImageDescription = English caption",
    ),
    still(
        19,
        "bubs_spacewalk",
        scene_bubs_spacewalk,
        "Bubs on the hull",
        "선체 위의 업동이",
        ["Bubs"],
        ["robot", "The Victory", "Earth", "space", "spaceship"],
    ),
    still(
        20,
        "final_stand",
        scene_final_stand,
        "The crew of The Victory",
        "승리호 선원들",
        ["Captain Jang", "Tae-ho", "Tiger Park", "Bubs"],
        ["The Victory", "spaceship"],
        size=(2048, 1365),
        release=EMBARGO,
        note="EMBARGOED until 2031-12-01",
    ),
]

for _s in STILLS:
    if _s["release"] == EMBARGO:
        _s["caption"] = f"EMBARGOED: for release on 1 December 2031 ({EMBARGO}), not before. " + _s["caption"]
        _s["caption_ko"] = "엠바고: 2031년 12월 1일 공개, 그 전에는 보도 금지. " + _s["caption_ko"]

# per-still manifest overrides (kit.toml) and caption-sheet rows (captions.csv)
MANIFEST_CHARACTERS = {
    "ss_07_tiger_engine_room.jpg": ["Tiger Park", "Bubs"],
    "ss_15_junk_harpoon.jpg": ["Captain Jang", "Tae-ho"],
}
CSV_ROWS = [
    ("ss_14_tiger_dorothy.jpg", "", "", "Tiger Park;Dorothy"),
    (
        "ss_02_victory_exterior.jpg",
        "The Victory, a junk collector, above the Earth in Space Sweepers. Cr. Netflix © 2021",
        "",
        "",
    ),
]


# IIM dataset length limits in bytes (exiftool would otherwise truncate or, with -m, exceed them)
IIM_LIMITS = {
    "ObjectName": 64,
    "Caption-Abstract": 2000,
    "By-line": 32,
    "Credit": 32,
    "Source": 32,
    "CopyrightNotice": 128,
    "SpecialInstructions": 256,
    "Keywords": 64,
}


def exiftool_args(s):
    """The exiftool arguments writing a still's metadata (IIM and XMP in one call)."""
    embargoed = s["release"] == EMBARGO
    instructions = (f"EMBARGOED until {EMBARGO}. Do not publish before this date. " if embargoed else "") + USAGE
    args = ["-overwrite_original", "-charset", "iptc=UTF8", "-m"]
    for tag, value in (
        ("ObjectName", s["title"]),
        ("Caption-Abstract", s["caption"]),
        ("By-line", PHOTOGRAPHER),
        ("Credit", s["credit"] or ""),
        ("Source", SOURCE),
        ("CopyrightNotice", RIGHTS),
        ("SpecialInstructions", instructions),
        *(("Keywords", k) for k in s["keywords"]),
    ):
        assert len(value.encode()) <= IIM_LIMITS[tag], (s["file"], tag, value)
    if s["mode"] in ("both", "xmp"):
        args += [
            f"-XMP-dc:Title={s['title']}",
            f"-XMP-dc:Title-ko-KR={s['title_ko']}",
            f"-XMP-dc:Description={s['caption']}",
            f"-XMP-dc:Description-ko-KR={s['caption_ko']}",
            f"-XMP-dc:Creator={PHOTOGRAPHER}",
            f"-XMP-dc:Rights={RIGHTS}",
            f"-XMP-photoshop:Source={SOURCE}",
            f"-XMP-xmpRights:UsageTerms={USAGE}",
            "-XMP-xmpRights:Marked=True",
            f"-XMP-photoshop:Instructions={instructions}",
            f"-XMP-photoshop:DateCreated={s['date']}+09:00",
        ]
        if s["credit"]:
            args.append(f"-XMP-photoshop:Credit={s['credit']}")
        args += [f"-XMP-dc:Subject={k}" for k in s["keywords"]]
        args += [f"-XMP-iptcExt:PersonInImage={p}" for p in s["embed"]]
    if s["mode"] in ("both", "iim"):
        args += [
            "-IPTC:CodedCharacterSet=UTF8",
            f"-IPTC:ObjectName={s['title']}",
            f"-IPTC:Caption-Abstract={s['caption']}",
            f"-IPTC:By-line={PHOTOGRAPHER}",
            f"-IPTC:CopyrightNotice={RIGHTS}",
            f"-IPTC:Source={SOURCE}",
            f"-IPTC:ReleaseDate={s['release'].replace('-', ':')}",
            f"-IPTC:SpecialInstructions={instructions}",
            f"-IPTC:DateCreated={s['date'][:10]}",
            f"-IPTC:TimeCreated={s['date'][11:]}+09:00",
        ]
        if s["credit"]:
            args.append(f"-IPTC:Credit={s['credit']}")
        args += [f"-IPTC:Keywords={k}" for k in s["keywords"]]
    if s["mode"] == "both":
        args.append("-Photoshop:IPTCDigest=new")  # IIM and XMP written together: mark them in sync (MWG)
    if s["mode"] == "both":
        args += [
            f"-EXIF:Artist={PHOTOGRAPHER}",
            f"-EXIF:Copyright={RIGHTS}",
            f"-EXIF:DateTimeOriginal={s['date']}",
            "-EXIF:OffsetTimeOriginal=+09:00",
            "-EXIF:ColorSpace=sRGB",
            f"-ExifIFD:ExifImageWidth={s['size'][0]}",
            f"-ExifIFD:ExifImageHeight={s['size'][1]}",
        ]
        if s["exif_description"]:
            args.append(f"-EXIF:ImageDescription={s['caption']}")
    if s["orientation"]:
        args.append(f"-IFD0:Orientation#={s['orientation']}")
    return args


def render(s):
    """Draw a still upright (as displayed); returns the RGB image."""
    w, h = s["size"]
    display = (h, w) if s["orientation"] in (5, 6, 7, 8) else (w, h)
    rng = random.Random(SEED * 100 + s["n"])
    img = s["scene"](display, rng)
    assert img.size == display, (s["file"], img.size)
    return img


def save(s, img, path):
    if s["orientation"] == 6:  # stored pixels are the picture turned 90° counter-clockwise
        img = img.transpose(Image.Transpose.ROTATE_90)
    assert img.size == s["size"], (s["file"], img.size)
    ext = path.suffix.lower()
    if ext == ".jpg":
        img.save(path, "JPEG", quality=JPEG_QUALITY, optimize=True, dpi=(300, 300))
    elif ext == ".png":
        img.save(path, "PNG", optimize=True, dpi=(300, 300))
    elif ext == ".webp":
        img.save(path, "WEBP", quality=WEBP_QUALITY, method=6)
    else:
        raise ValueError(ext)


def toml_str(v):
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_list(vs):
    return "[" + ", ".join(toml_str(v) for v in vs) + "]"


def pad(text, width):
    """Pad to a display width (Hangul is two columns wide)."""
    cols = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(1, width - cols)


def write_manifest(kit):
    lines = [
        "# Stills press-kit manifest (generated by assets/generate_sample_kit.py; parsed with tomllib).",
        "# Kit-wide values are defaults for stills that lack them; [[characters]] is the cast (canonical",
        '# names and their aliases); [stills."file"] tables override per still (title, caption,',
        "# captions = {lang = text}, credit, characters, keywords, release_date, usage_terms).",
        "",
        f"title = {toml_str(KIT_TITLE)}",
        f"credit = {toml_str(CREDIT)}                 # default credit for stills that have none",
        f"release_date = {RELEASE}          # default release date (TOML date)",
        f"usage_terms = {toml_str(USAGE)}  # default usage terms",
        "",
    ]
    for name, c in CAST.items():
        a, aa = f"aliases = {toml_list(c['aliases'])}", f"actor_aliases = {toml_list(c['actor_aliases'])}"
        lines += [
            "[[characters]]",
            f"name = {toml_str(name)}",
            f"actor = {toml_str(c['actor'])}",
            f"{pad(a, 44)}# other spellings of the CHARACTER",
            f"{pad(aa, 44)}# other spellings of the ACTOR",
            "",
        ]
    for file, chars in MANIFEST_CHARACTERS.items():
        lines += [
            f"[stills.{toml_str(file)}]",
            "# no PersonInImage embedded in this still",
            f"characters = {toml_list(chars)}",
            "",
        ]
    (kit / "kit.toml").write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


def write_caption_sheet(kit):
    with open(kit / "captions.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "caption", "credit", "characters"])
        w.writerows(CSV_ROWS)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="comma-separated still numbers to regenerate (others are left alone)")
    ap.add_argument("--no-metadata", action="store_true", help="skip exiftool (pictures only)")
    ap.add_argument("--out", type=Path, default=KIT, help="output folder (default: %(default)s)")
    args = ap.parse_args(argv)
    only = {int(x) for x in args.only.split(",")} if args.only else None
    exiftool = shutil.which("exiftool")
    if not args.no_metadata and not exiftool:
        sys.exit(
            "exiftool is needed to embed the metadata (apt-get install libimage-exiftool-perl), or pass --no-metadata"
        )
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    if only is None:
        for old in out.glob("ss_*"):
            old.unlink()
    t0 = time.time()
    for s in STILLS:
        if only is not None and s["n"] not in only:
            continue
        t = time.time()
        path = out / s["file"]
        save(s, render(s), path)
        if not args.no_metadata:
            subprocess.run([exiftool, *exiftool_args(s), str(path)], check=True, stdout=subprocess.DEVNULL)
        print(f"{s['file']:32s} {time.time() - t:5.1f}s {path.stat().st_size // 1024:5d} KiB", flush=True)
    write_manifest(out)
    write_caption_sheet(out)
    print(f"done in {time.time() - t0:.1f}s -> {out}")


if __name__ == "__main__":
    main()
