"""The application's names and icon."""

from __future__ import annotations


def test_the_application_has_its_names_and_icon(qapp):
    from gallery.ui.app import icon_path, make_application

    app = make_application()
    assert app is qapp
    assert app.applicationName() == "Stills" and app.organizationName() == "Stills"
    if icon_path() is not None:
        assert not app.windowIcon().isNull()
