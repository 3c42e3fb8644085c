"""Interiors: polygons, windows, screens, consoles, beams, and the Earth seen from orbit."""

from __future__ import annotations

import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .colour import add_light, clamp, field, hgradient, mix, scale_col, tint, vgradient
from .space import planet, space_background


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
