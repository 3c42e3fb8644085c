"""Screenshots of the window, Help ▸ Keyboard Shortcuts and About in a light or dark palette,
to look at (not a test). Run under Xvfb (or offscreen) from the repository:

    xvfb-run -s "-screen 0 1600x1000x24" python tests/ui/theme_screenshots.py OUT --dark [--scale 2]

Writes OUT/window-dark.png, window-top-dark.png (every still selected), shortcuts-dark.png,
about-dark.png, export-dark.png (and -light). ``--kit PATH`` opens another kit than the sample.
Settings, caches and the library go to a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", type=float, default=0)
    parser.add_argument("--kit", type=Path, default=None)
    args = parser.parse_args()
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    home = tempfile.mkdtemp(prefix="stills-shots-")
    for var in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[var] = os.path.join(home, var.lower())
    sys.path.insert(0, str(HERE))
    from themehelpers import dark_palette

    from PySide6.QtCore import QEventLoop, QItemSelectionModel, QSettings, QTimer

    from gallery.core import imaging
    from gallery.core.kit import sample_kit_path
    from gallery.ui.app import make_application
    from gallery.ui.prompts import ExportChoices, ExportDialog
    from gallery.ui.window import MainWindow

    app = make_application(sys.argv[:1])
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(dark_palette())
    scheme = "dark" if args.dark else "light"
    args.out.mkdir(parents=True, exist_ok=True)

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def wait_until(check, timeout: float = 20.0) -> None:
        end = time.monotonic() + timeout
        while not check() and time.monotonic() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    settings = QSettings(os.path.join(home, "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, thumbnail_cache=imaging.ThumbnailCache(Path(home) / "thumbs"))
    window.resize(1500, 940)
    window.show()
    window.open_path(args.kit or sample_kit_path())
    wait_until(lambda: window.kit is not None)
    wait_until(lambda: window.loader.progress()[0] >= window.loader.progress()[1] > 0)
    wait_until(window.marks.marks_known)
    stills = window.proxy.stills()
    # Something to see: an embargoed still if the kit has one, a rating and a pick, a chip on.
    chosen = next((s for s in stills if s.is_embargoed()), stills[min(4, len(stills) - 1)])
    window.select_file(chosen.file)
    window.marks.set_rating(4)
    window.marks.toggle_pick()
    other = window.proxy.index_of(stills[1].file)
    window.grid.selectionModel().select(other, QItemSelectionModel.SelectionFlag.Deselect)
    window.select_file(chosen.file)
    wait_until(lambda: window.details.preview.pixmap() is not None)
    pump(1.0)
    window.grab().save(str(args.out / f"window-{scheme}.png"))
    # The top of the grid (an unreadable file's tile, if the kit has one), several selected.
    window.grid.scrollToTop()
    window.commands["select_all"].trigger()
    pump(0.5)
    window.grab().save(str(args.out / f"window-top-{scheme}.png"))
    window.select_file(chosen.file)

    sheet = window.help.show_shortcuts()
    pump(0.5)
    sheet.grab().save(str(args.out / f"shortcuts-{scheme}.png"))
    sheet.close()

    about = window.help.show_about()
    pump(0.5)
    about.grab().save(str(args.out / f"about-{scheme}.png"))
    about.done(0)

    export = ExportDialog(3, ["Editorial use only.", "Credit the distributor."], ExportChoices(), None, "", window)
    export.show()
    pump(0.3)
    export.grab().save(str(args.out / f"export-{scheme}.png"))
    export.close()

    if os.environ.get("DISPLAY") and app.platformName() == "xcb":
        sheet = window.help.show_shortcuts()
        sheet.move(window.x() + 300, window.y() + 120)
        pump(0.8)
        os.system(f"import -window root {args.out / f'screen-{scheme}.png'}")
        sheet.close()
    QTimer.singleShot(0, window.close)
    pump(0.3)
    print(f"wrote {scheme} screenshots to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
