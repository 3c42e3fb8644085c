"""The view session's one staleness rule: an answer asked for under an older generation (or
superseded by a newer request of its kind) is dropped and never lands on the view on show."""

from __future__ import annotations

from pathlib import Path

from uihelpers import STILLS, FakeRunner, make_kit

from gallery.core.kit import open_kit
from gallery.ui.grid import FileRole
from gallery.ui.session import ViewSession
from gallery.ui.tasks import TaskContext


def test_a_stamp_goes_stale_when_a_newer_view_or_request_comes(qtbot, tmp_path: Path):
    session = ViewSession()
    view = session.stamp()
    assert session.is_current(view)
    session.advance()  # another kit or collection is being shown
    assert not session.is_current(view)
    first, second = session.stamp("copy"), session.stamp("copy")
    assert session.is_current(second) and not session.is_current(first)  # the newer copy wins
    assert session.is_current(session.stamp("other"))  # another purpose does not touch "copy"'s
    kit = open_kit(make_kit(tmp_path / "kit"))
    session.set_base(kit, kit.path, None, partial=False, replaces=True)
    identities = session.kit_stamp()
    session.advance()  # a collection opened: the opened kit's identities are still wanted
    assert session.is_current(identities)
    session.set_base(kit, kit.path, None, partial=False, replaces=True)  # a kit opened again
    assert not session.is_current(identities)
    session.end()
    assert not session.is_current(session.kit_stamp()) or session.kit_generation == -1


def grid_files(window):
    return [window.proxy.index(r, 0).data(FileRole) for r in range(window.proxy.rowCount())]


def test_a_kit_read_for_an_older_generation_never_lands_on_the_new_view(qtbot, make_window, tmp_path: Path):
    runner = FakeRunner(hold_interactive=True)
    window = make_window(runner=runner)
    old = make_kit(tmp_path / "old")
    new = make_kit(tmp_path / "new", STILLS[:3])
    window.open_path(old)
    old_task = runner.interactive_held.pop()
    window.open_path(new)
    new_task = runner.interactive_held.pop()
    runner.execute(new_task)
    qtbot.waitUntil(lambda: window.kit is not None and window.kit.path == new, timeout=5000)
    shown = grid_files(window)
    assert len(shown) == 3
    # The old kit's read finishes late (its worker had already started: the runner's `wanted`
    # check is behind it): its answer comes back stamped with the old generation.
    value = old_task.fn(TaskContext())
    old_task.on_result(value)
    assert window.kit.path == new
    assert grid_files(window) == shown
    assert window.session.kit_path == new
