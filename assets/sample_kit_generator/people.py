"""People: simple stylised silhouettes in named poses and builds."""

from __future__ import annotations

import math

from .colour import scale_col
from .sprites import Fig, Sprite, flip_fig, rim_light

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
