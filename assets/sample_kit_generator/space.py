"""Space: stars, nebulae, planets, rings and sun flares."""

from __future__ import annotations

import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from .colour import (
    add_light,
    clamp,
    colorize,
    curve,
    fbm,
    field,
    noise_image,
    scale_col,
    smoothstep,
    solid,
    tint,
    vgradient,
)

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
