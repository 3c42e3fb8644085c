"""Entry point of the PyInstaller build: the same as the `gallery` console script."""

import sys

from gallery.cli import main

if __name__ == "__main__":
    sys.exit(main())
