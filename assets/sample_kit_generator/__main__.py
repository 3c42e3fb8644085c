"""Generate the bundled sample press kit "Space Sweepers (Netflix, 2021)".

python -m assets.sample_kit_generator [--only 1,5] [--no-metadata] [--out DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

from . import KIT
from .metadata import STILLS, exiftool_args
from .output import render, save, write_caption_sheet, write_manifest


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
