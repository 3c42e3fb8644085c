"""View ▸ Group Variants: an HR and an LR folder of the same pictures show one tile per
picture, the largest, with its count; the details panel lists the versions; export and drag
take the largest; turned off, every file shows again."""

from __future__ import annotations

from helpers import encoded, scene, write
from pressui import grid_files, select_files
from uihelpers import open_and_wait

from gallery.ui.grid import VariantsRole


def variant_kit(root):
    """HR TIFFs and LR JPEGs of two pictures, a web copy of the first, and a picture alone."""
    one, two = scene(1), scene(2)
    write(root / "HR" / "ss_01.tif", encoded(one, "TIFF"))
    write(root / "HR" / "ss_02.tif", encoded(two, "TIFF"))
    write(root / "LR" / "ss_01.jpg", encoded(one.resize((640, 360)), quality=60))
    write(root / "LR" / "ss_02.jpg", encoded(two.resize((640, 360)), quality=60))
    write(root / "ss_01_web.jpg", encoded(one.resize((400, 225)), quality=50))
    write(root / "ss_03.jpg", encoded(scene(3), quality=85))
    return root


def wait_grouped(qtbot, window) -> None:
    qtbot.waitUntil(lambda: bool(window.model.variants), timeout=15000)


def test_an_hr_and_an_lr_folder_show_one_tile_per_picture_the_largest(qtbot, make_window, tmp_path):
    window = make_window()
    open_and_wait(qtbot, window, variant_kit(tmp_path / "kit"), thumbnails=False)
    wait_grouped(qtbot, window)
    assert grid_files(window) == ["HR/ss_01.tif", "HR/ss_02.tif", "ss_03.jpg"]
    assert window.count_label.text() == "3 stills  ·  3 more versions grouped"  # pictures, not a filter
    counts = {f: window.proxy.index_of(f).data(VariantsRole) for f in grid_files(window)}
    assert counts == {"HR/ss_01.tif": 3, "HR/ss_02.tif": 2, "ss_03.jpg": 0}
    assert window.delegate._badges(None, None, 3)[-1][:2] == ("3 versions", "×3")

    select_files(window, ["HR/ss_01.tif"])
    qtbot.waitUntil(lambda: window.details.still() is not None)
    versions = window.details.values["variants"]
    assert not versions.isHidden(), versions.text()
    assert versions.text().splitlines()[0].startswith("HR/ss_01.tif — 1600 × 900 px  ·  TIFF  ·  ")
    listed = [line.split(" — ")[0] for line in versions.text().splitlines()]
    assert listed == ["HR/ss_01.tif", "LR/ss_01.jpg", "ss_01_web.jpg"]  # largest first
    assert "LR/ss_01.jpg — 640 × 360 px  ·  JPEG" in versions.text()
    assert window.details.related_files() == []  # its own versions are not "related stills"
    # What export and drag take: the tile's still, the largest version.
    assert [s.file for s in window.selected_stills()] == ["HR/ss_01.tif"]


def test_group_variants_off_shows_every_file_and_is_remembered(qtbot, make_window, tmp_path):
    window = make_window()
    open_and_wait(qtbot, window, variant_kit(tmp_path / "kit"), thumbnails=False)
    wait_grouped(qtbot, window)
    assert len(grid_files(window)) == 3
    window.commands["group_variants"].trigger()
    assert not window.commands["group_variants"].isChecked()
    assert sorted(grid_files(window)) == sorted(s.file for s in window.model.stills())
    assert window.settings.group_variants is False
    window.commands["group_variants"].trigger()
    assert len(grid_files(window)) == 3


def test_flat_and_recoloured_pictures_never_group(qtbot, make_window, small_kit):
    # The small kit's stills are flat colours: nothing to compare, nothing grouped.
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    qtbot.waitUntil(lambda: window.loader.progress()[0] == window.loader.progress()[1], timeout=15000)
    qtbot.wait(300)
    assert not window.model.variants
    assert len(grid_files(window)) == len(window.model.stills())
