#!/usr/bin/env python3
"""Generate the bundled sample press kit by the script's path: the same as
``python -m assets.sample_kit_generator`` (the package next to this file draws it)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_kit_generator.__main__ import main  # noqa: E402 - after the path is set

if __name__ == "__main__":
    main()
