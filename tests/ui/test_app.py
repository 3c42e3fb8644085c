"""The application's names and icon."""

from __future__ import annotations


def test_the_application_has_its_names_and_icon(qapp):
    from gallery.ui.app import icon_path, make_application

    app = make_application()
    assert app is qapp
    assert app.applicationName() == "Stills" and app.organizationName() == "Stills"
    if icon_path() is not None:
        assert not app.windowIcon().isNull()


def test_a_target_opens_its_kit_with_the_given_stills_selected(make_window, small_kit, qtbot):
    from gallery.ui.app import show_target

    window = make_window()
    files = sorted(p.name for p in small_kit.iterdir() if p.suffix == ".jpg")
    with qtbot.waitSignal(window.kitLoaded, timeout=10000):
        show_target(window, str(small_kit), [files[-1], files[1]])
    qtbot.waitUntil(lambda: [s.file for s in window.selected_stills()] == [files[1], files[-1]])
    assert window.current_still().file == files[-1]
