"""Colour and field helpers (pure Pillow: no numpy): ramps, noise, lights, the film finish."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageFilter, ImageOps

from . import SEED


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
