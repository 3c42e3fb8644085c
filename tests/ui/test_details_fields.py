"""The details panel shows the press fields a newsroom relies on, and the banners for a
still that is held back (embargoed, expired) or must be disclosed (AI-generated, composite)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from gallery.core.metadata import read_metadata
from gallery.core.still import Still
from gallery.ui.details import ROWS, DetailsPanel
from gallery.ui.tasks import TaskRunner

PRESS = Path(__file__).resolve().parents[1] / "fixtures" / "press"


def read(name: str) -> Still:
    return read_metadata((PRESS / name).read_bytes(), name)


@pytest.fixture
def panel(qtbot: Any) -> Any:
    runner = TaskRunner(bulk_threads=1)
    panel = DetailsPanel(runner)
    qtbot.addWidget(panel)
    panel.resize(420, 900)
    panel.show()
    qtbot.waitExposed(panel)
    yield panel
    runner.shutdown()


def shown(panel: DetailsPanel) -> dict[str, str]:
    """The rows a user sees: label -> text."""
    return {panel._keys[key].text(): panel.values[key].text() for key, _l, _t in ROWS if panel.values[key].isVisible()}


def test_the_reference_stand_in_shows_every_press_field(panel):
    panel.show_still(read("iptc_reference_standin.jpg"))
    rows = shown(panel)
    assert panel.title.text() == "Object Name (Title) (ref2021.1)"
    assert rows["Headline"] == "The Headline (ref2021.1)"
    assert rows["Caption writer"] == "Description Writer (ref2021.1)"
    assert rows["Event"] == "An Event (ref2021.1)"
    assert rows["Usage terms"] == "Rights Usage Terms (ref2021.1)"
    assert rows["Special instructions"] == "An Instruction (ref2021.1)"
    assert rows["Rights statement"] == "http://www.WebStatementOfRights.org/ref2021.1"
    assert rows["Alt text"] == "This is the Alt Text description to support accessibility in ref2021.1"
    assert rows["Digital source"] == "Software image"
    assert rows["Licensor"].splitlines() == [
        "Licensor1 (ref2021.1) <http://www.LicensorURL1.org/ref2021.1>",
        "Licensor2 (ref2021.1) <http://www.LicensorURL2.org/ref2021.1>",
    ]
    location = rows["Location"].splitlines()
    assert len(location) == 3 and "City (Location shown2) (ref2021.1)" in location[1]
    assert "City (Core) (ref2021.1)" in location[2]
    assert rows["Taken at"].startswith("Location Name (Location created1) (ref2021.1)")
    assert not panel.embargo.isVisible() and not panel.disclosure.isVisible()


def test_an_expired_still_has_a_banner_and_a_red_row(panel):
    panel.show_still(read("expired.jpg"))
    assert panel.embargo.isVisible()
    assert panel.embargo.text() == "Expired on 31 January 2020, 18:00 UTC. Do not use it."
    assert shown(panel)["Expires"].endswith("18:00 UTC  (expired)")
    assert panel.values["expiry"].styleSheet()  # the alarm colour


def test_an_embargo_to_the_minute_shows_its_time(panel):
    panel.show_still(read("embargo_minute.jpg"))
    assert panel.embargo.text() == "Embargoed until 5 February 2031, 14:30 UTC+01:00. Do not publish before then."
    assert "14:30 UTC+01:00  (embargoed)" in shown(panel)["Release date"]
    panel.show_still(read("languages.jpg"))
    assert not panel.embargo.isVisible()


@pytest.mark.parametrize(("name", "badge"), [("ai_generated.jpg", "AI-generated"), ("composite.jpg", "Composite")])
def test_ai_generated_and_composite_stills_carry_a_banner(panel, name, badge):
    panel.show_still(read(name))
    assert panel.disclosure.isVisible()
    assert panel.disclosure.text().startswith(f"{badge}:")
    assert shown(panel)["Digital source"].endswith(f"({badge})")


def test_title_usage_terms_and_alt_text_follow_the_caption_language(panel):
    panel.show_still(read("languages.jpg"))
    assert panel.title.text() == "The Victory"
    panel.set_language("fr")
    assert panel.title.text() == "Le Victory"
    assert shown(panel)["Usage terms"] == "Usage éditorial uniquement."
    panel.set_language("ko-KR")
    assert panel.title.text() == "승리호"
    assert shown(panel)["Alt text"] == "우주선 조종실의 네 사람."
    assert shown(panel)["Usage terms"] == "Editorial use only."  # no Korean terms: the default


def test_a_still_without_press_fields_shows_none_of_their_rows(panel):
    panel.show_still(Still(file="plain.jpg", width=10, height=10, release_date=dt.date(2020, 1, 1)))
    assert set(shown(panel)) == {"Release date", "Dimensions", "File"}


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
