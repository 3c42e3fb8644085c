"""A small press kit for the library, export and related-stills tests (made on the fly)."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from helpers import jpeg_bytes, write

# file, colour, characters, caption, korean caption, release date
STILLS = [
    ("a_taeho.jpg", (200, 40, 40), ["Tae-ho"], "Tae-ho at the helm.", "조종석의 태호", None),
    ("b_dorothy.jpg", (40, 160, 60), ["Dorothy"], "Dorothy looks at the stars.", "별을 보는 꽃님이", None),
    ("c_dorothy_bubs.jpg", (40, 60, 200), ["Dorothy", "Bubs"], "Dorothy and Bubs share a joke.", None, None),
    ("d_crew.jpg", (220, 200, 40), ["Tae-ho", "Dorothy", "Bubs", "Tiger Park"], "The crew at dinner.", None, None),
    ("e_bubs.jpg", (40, 180, 190), ["Bubs"], "Bubs, the robot with a dream.", None, "2031-12-01"),
    ("f_city.jpg", (120, 120, 120), [], "A city in the dust.", None, None),
    ("g_taeho_dorothy.jpg", (160, 40, 180), ["Tae-ho", "Dorothy"], "Tae-ho carries Dorothy.", None, None),
]


def make_press_kit(root: Path, title: str = "Test Sweepers") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    lines = [
        f'title = "{title}"',
        'credit = "Netflix"',
        "release_date = 2021-02-05",
        'usage_terms = "Editorial use only."',
        "",
    ]
    for i, (file, colour, chars, caption, korean, release) in enumerate(STILLS):
        write(root / file, jpeg_bytes((240 + i, 160), colour))
        captions = f'"x-default" = "{caption}"' + (f', "ko-KR" = "{korean}"' if korean else "")
        lines += [
            f'[stills."{file}"]',
            f"captions = {{ {captions} }}",
            "characters = [" + ", ".join(f'"{c}"' for c in chars) + "]",
        ]
        if release:
            lines.append(f"release_date = {release}")
            lines.append('usage_terms = "Not before the premiere."')
        lines.append("")
    (root / "kit.toml").write_text("\n".join(lines), encoding="utf-8")
    return root


def zip_kit(folder: Path, archive: Path) -> Path:
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(folder.iterdir()):
            zf.write(path, f"kit/{path.name}")
    return archive


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
