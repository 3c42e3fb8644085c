"""The Victory, space junk and the UTS ring."""

from __future__ import annotations

import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .colour import colorize, curve, fbm, field, scale_col, smoothstep, solid, vgradient
from .sprites import Fig, Sprite, flip_fig, place, rim_light, shade_sprite


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
