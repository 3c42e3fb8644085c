"""The grid shows what the core reads: every still with its caption and credit, error tiles
for what cannot be shown, embargo badges; tiles paint at about 240 px; the keyboard moves
through it; expired and AI-generated stills carry their badges."""

from __future__ import annotations

from pathlib import Path

import pytest
from uihelpers import open_and_wait

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from gallery.core import imaging
from gallery.core.metadata import read_metadata
from gallery.core.still import Still
from gallery.ui.grid import CaptionRole, CreditRole, EmbargoRole, ErrorRole, FileRole, StillDelegate, ThumbnailRole

PRESS = Path(__file__).resolve().parents[1] / "fixtures" / "press"


def grid_files(window) -> list[str]:
    proxy = window.proxy
    return [proxy.data(proxy.index(r, 0), FileRole) for r in range(proxy.rowCount())]


def select_files(window, files: list[str]) -> None:
    selection = window.grid.selectionModel()
    selection.clearSelection()
    for file in files:
        selection.select(window.proxy.index_of(file), QItemSelectionModel.SelectionFlag.Select)
    selection.setCurrentIndex(window.proxy.index_of(files[0]), QItemSelectionModel.SelectionFlag.NoUpdate)


# -- the grid shows what the core reads -------------------------------------------------------
@pytest.mark.parametrize("which", ["small", "sample"])
def test_grid_shows_every_still_with_core_caption_and_credit(qtbot, make_window, core_kit, request, which):
    path = request.getfixturevalue("small_kit" if which == "small" else "sample_kit")
    expected = core_kit(path)  # what `gallery info` prints
    window = make_window()
    open_and_wait(qtbot, window, path)
    proxy = window.proxy
    assert proxy.rowCount() == len(expected.stills)
    for row, still in enumerate(expected.stills):
        index = proxy.index(row, 0)
        assert index.data(FileRole) == still.file
        assert index.data(CaptionRole) == (still.caption or "")
        assert index.data(CreditRole) == (f"Credit: {still.credit}" if still.credit else "")
        tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
        if still.caption:  # the full caption (the tile shows two lines) and the credit
            assert still.caption.replace("&", "&amp;").replace("<", "&lt;") in tooltip
        if still.credit:
            assert f"Credit: {still.credit}" in tooltip
        if not still.error:
            pixmap = index.data(ThumbnailRole)
            assert isinstance(pixmap, QPixmap) and not pixmap.isNull(), still.file
    n = len(expected.stills)
    assert window.count_label.text().startswith(f"{n} stills")
    assert window.windowTitle() == f"{expected.title} — Stills"
    # A rendered tile carries the caption's first words and the credit line.
    assert "Credit:" in window.grid.model().data(proxy.index(0, 0), CreditRole)


def test_tiles_paint_without_error_and_at_about_240_px(qtbot, make_window, broken_kit):
    window = make_window()
    open_and_wait(qtbot, window, broken_kit)
    image = window.grid.viewport().grab().toImage()
    assert not image.isNull()
    tile = window.delegate.metrics(window.grid.font()).tile_size()
    assert 220 <= tile.width() <= 260


# -- bad files ----------------------------------------------------------------------------------
def test_corrupt_file_shows_an_error_tile_and_the_rest_load(qtbot, make_window, broken_kit, core_kit):
    window = make_window()
    open_and_wait(qtbot, window, broken_kit)
    index = window.proxy.index_of("bad.jpg")
    assert index.isValid()
    reason = index.data(ErrorRole)
    core_reason = core_kit(broken_kit).still("bad.jpg").error
    assert reason and reason == core_reason
    assert reason in index.data(Qt.ItemDataRole.ToolTipRole)
    for file in grid_files(window):
        if file != "bad.jpg":
            pixmap = window.proxy.index_of(file).data(ThumbnailRole)
            assert isinstance(pixmap, QPixmap) and not pixmap.isNull(), file
            assert not window.proxy.index_of(file).data(ErrorRole)
    select_files(window, ["bad.jpg"])
    qtbot.waitUntil(lambda: window.details.still() is not None and window.details.still().file == "bad.jpg")
    assert window.details.values["error"].text() == reason


def test_an_image_that_fails_only_at_decoding_is_marked_too(qtbot, make_window, small_kit, monkeypatch):
    original = imaging.load_thumbnail

    def flaky(kit, still, size, cache):
        if still.file == "ss_03.jpg":
            raise imaging.ImageError("damaged file")
        return original(kit, still, size, cache)

    monkeypatch.setattr(imaging, "load_thumbnail", flaky)
    window = make_window()
    open_and_wait(qtbot, window, small_kit)
    assert window.proxy.index_of("ss_03.jpg").data(ErrorRole) == "damaged file"
    assert window.proxy.index_of("ss_04.jpg").data(ErrorRole) is None


# -- embargo ---------------------------------------------------------------------------
def test_embargoed_still_has_a_badge_and_a_banner(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    index = window.proxy.index_of("ss_06.jpg")
    assert str(index.data(EmbargoRole)) == "2031-12-01"
    assert window.proxy.index_of("ss_01.jpg").data(EmbargoRole) is None
    select_files(window, ["ss_06.jpg"])
    qtbot.waitUntil(lambda: window.details.still() is not None and window.details.still().file == "ss_06.jpg")
    assert window.details.embargo.isVisible()
    assert "2031" in window.details.embargo.text()
    assert "1 embargoed" in window.count_label.text()


# -- keyboard --------------------------------------------------------
def test_keyboard_navigation_in_the_grid(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    grid = window.grid
    qtbot.waitUntil(grid.hasFocus)
    assert grid.currentIndex().row() == 0
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.currentIndex().row() == 1
    qtbot.keyClick(grid, Qt.Key.Key_End)
    assert grid.currentIndex().row() == window.proxy.rowCount() - 1
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    assert grid.currentIndex().row() == 0
    qtbot.keyClick(grid, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(grid.selectionModel().selectedIndexes()) == 8
    assert "8 selected" in window.count_label.text()


def read(name: str) -> Still:
    return read_metadata((PRESS / name).read_bytes(), name)


class _Index:
    """Just enough of a model index to paint one tile."""

    def __init__(self, values: dict[int, object]) -> None:
        self._values = values

    def data(self, role: int = 0) -> object:
        return self._values.get(int(role))

    def isValid(self) -> bool:  # noqa: N802 - Qt's name
        return True


def _tile(still: Still) -> set[tuple[int, int, int]]:
    """The colours of ``still``'s tile, painted by the grid's delegate."""
    from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

    from gallery.ui.grid import delegate, roles

    tiles = delegate.StillDelegate(thumb_width=216)
    size = tiles.metrics(QApplication.font()).tile_size()
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(255, 255, 255))
    option = QStyleOptionViewItem()
    option.rect, option.palette, option.font = image.rect(), QApplication.palette(), QApplication.font()
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
    thumb = QPixmap(300, 200)
    thumb.fill(QColor(10, 200, 10))
    painter = QPainter(image)
    tiles.paint(painter, option, _Index({int(roles.StillRole): still, int(roles.ThumbnailRole): thumb}))
    painter.end()
    return {
        (c.red(), c.green(), c.blue())
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        for c in [QColor(image.pixel(x, y))]
    }


def test_grid_tiles_badge_expired_and_ai_generated_stills(qapp):
    def red(colours: set[tuple[int, int, int]]) -> bool:
        return any(r > 150 and g < 90 and b < 60 for r, g, b in colours)

    def violet(colours: set[tuple[int, int, int]]) -> bool:
        return any(90 < r < 130 and g < 90 and b > 160 for r, g, b in colours)

    plain, expired, made = _tile(read("languages.jpg")), _tile(read("expired.jpg")), _tile(read("ai_generated.jpg"))
    assert not red(plain) and not violet(plain)
    assert red(expired) and not violet(expired)
    assert violet(made) and not red(made)


def _paint_tile(values: dict[int, object], palette: QPalette, selected: bool = False) -> QImage:
    from gallery.ui import grid

    delegate = StillDelegate(thumb_width=216)
    size = delegate.metrics(QApplication.font()).tile_size()
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Base))
    option = QStyleOptionViewItem()
    option.rect = image.rect()
    option.palette = palette
    option.font = QApplication.font()
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    painter = QPainter(image)
    delegate.paint(painter, option, _Index({**{int(grid.StillRole): Still(file="x.jpg")}, **values}))
    painter.end()
    assert isinstance(QModelIndex(), QModelIndex)
    return image


def _colours(image: QImage) -> set[tuple[int, int, int]]:
    return {
        (c.red(), c.green(), c.blue())
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        for c in [QColor(image.pixel(x, y))]
    }


def test_tiles_paint_in_light_and_dark_palettes():
    from gallery.ui import grid

    light = QApplication.palette()
    dark = QPalette(light)
    for role, colour in (
        (QPalette.ColorRole.Base, QColor(30, 30, 32)),
        (QPalette.ColorRole.Window, QColor(40, 40, 42)),
        (QPalette.ColorRole.Text, QColor(230, 230, 230)),
        (QPalette.ColorRole.WindowText, QColor(230, 230, 230)),
    ):
        dark.setColor(role, colour)
    thumb = QPixmap(QSize(300, 200))
    thumb.fill(QColor(10, 200, 10))
    caption = {int(grid.CaptionRole): "Park Ye-rin as Dorothy", int(grid.CreditRole): "Credit: Netflix"}
    for palette in (light, dark):
        ok = _paint_tile({**caption, int(grid.ThumbnailRole): thumb}, palette)
        assert (10, 200, 10) in _colours(ok)
        error = _paint_tile({**caption, int(grid.ErrorRole): "damaged file"}, palette)
        assert (10, 200, 10) not in _colours(error)
        assert any(r > g + 20 and r > b + 20 for r, g, b in _colours(error))  # the reddish error wash
        import datetime as dt

        badge = _paint_tile({**caption, int(grid.EmbargoRole): dt.date(2031, 12, 1)}, palette)
        assert any(r > 150 and g < 90 and b < 60 for r, g, b in _colours(badge))
        selected = _paint_tile(caption, palette, selected=True)
        assert _colours(selected) != _colours(_paint_tile(caption, palette))


def test_small_tiles_keep_the_credit_and_badges_readable(qtbot):
    from PySide6.QtGui import QFontMetrics

    from gallery.ui.grid.delegate import TileMetrics
    from gallery.ui.tiling import MIN_THUMB

    m = TileMetrics(MIN_THUMB, QApplication.font())
    star_room = 5 * m.small_line_height + 8  # the stars, shown on hover or when rated
    room = m.thumb_width - star_room
    credit = "Credit: Netflix"
    assert QFontMetrics(m.small_font).horizontalAdvance(credit) > room  # "Cred…" before
    text, font = m.credit_text(credit, room)
    assert "Netflix" in text and not text.startswith("Cred")
    assert QFontMetrics(font).horizontalAdvance(text) <= room
    wide, _font = m.credit_text(credit, 1000)
    assert wide == credit
    # A long name in a tiny room is elided, the name first.
    squeezed, _font = m.credit_text("Credit: Netflix Korea and Partners", 60)
    assert squeezed.startswith("Net") and squeezed.endswith("…")
    # Badges: the date, else "Embargoed", else smaller; never a cut word.
    label, font = m.badge_text("Embargoed until 1 Dec 2031", "Embargoed", 60)
    assert label in ("Embargoed", "") and QFontMetrics(font).horizontalAdvance(label) <= 60
    assert m.badge_text("Embargoed until 1 Dec 2031", "Embargoed", 400)[0] == "Embargoed until 1 Dec 2031"
