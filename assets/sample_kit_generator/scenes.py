"""The scenes: one function per still, ``scene_x(size, rng)`` returning the RGB picture
(size is the picture as displayed, before the EXIF orientation is applied)."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .colour import (
    add_light,
    clamp,
    curve,
    fbm,
    field,
    finish,
    glow_layer,
    grade,
    scale_col,
    smoothstep,
    solid,
    tint,
    vgradient,
)
from .craft import junk_field, junk_piece, uts_ring, victory
from .interiors import (
    COOL_RIM,
    NEB_BLUE,
    NEB_RUST,
    NEB_TEAL,
    NEB_VIOLET,
    WARM_RIM,
    beam,
    console,
    dust_motes,
    earth,
    earth_view,
    fill_poly,
    panels,
    poly_mask,
    window,
)
from .people import bubs, person
from .space import space_background, sun_flare
from .sprites import Fig, Sprite, place, put, rotate_fig, shade_sprite


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
