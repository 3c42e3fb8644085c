"""Generate the bundled sample press kit "Space Sweepers (Netflix, 2021)".

Every picture is an original drawing made here with Pillow (no film frames,
no copyrighted artwork); the metadata is embedded with exiftool so that
exiftool, Bridge, digiKam and Stills all read the same fields.

    python -m assets.sample_kit_generator                # everything (from the repository root)
    python -m assets.sample_kit_generator --only 1,5     # some stills
    python -m assets.sample_kit_generator --no-metadata  # pictures only, without exiftool
    python assets/generate_sample_kit.py ...             # the same, by the script's path

The output (assets/space-sweepers/) is committed; exiftool is only needed to
regenerate it.  The drawing is deterministic: every still has its own
random.Random seeded from SEED and its number.

The modules, from the bottom up: colour (ramps, noise, lights, finish), space (stars,
nebulae, planets), sprites (supersampled drawings), craft (the Victory, junk, the UTS ring),
people (silhouettes), interiors (rooms and views), scenes (one function per still),
metadata (cast, stills, exiftool arguments), output (render, save, manifest) and __main__.
"""

from pathlib import Path

SEED = 20210205
ASSETS = Path(__file__).resolve().parent.parent
KIT = ASSETS / "space-sweepers"
JPEG_QUALITY = 85
WEBP_QUALITY = 85
