"""Sprites: supersampled RGBA drawings with rim lighting, placed on a picture."""

from __future__ import annotations

import math
from typing import NamedTuple

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from .colour import add_light, hgradient, scale_col, solid, vgradient


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
