"""Every action's enable rule lives in one table (gallery.ui.actions): the rules say what a
user sees greyed out, and the window applies them."""

from __future__ import annotations

from gallery.ui.actions import ACTIONS, ActionState

RULES = {spec.name: spec.enabled for spec in ACTIONS if spec.enabled is not None}


def enabled(state: ActionState) -> set[str]:
    return {name for name, rule in RULES.items() if rule(state)}


def test_nothing_on_show_leaves_only_what_needs_no_stills():
    assert enabled(ActionState(library=True)) == {"new_collection"}
    assert enabled(ActionState(library=False)) == set()


def test_selected_stills_in_a_kit_can_be_copied_rated_added_and_exported():
    state = ActionState(has_kit=True, has_selection=True, rows_shown=5, collection_rows=5, library=True)
    on = enabled(state)
    assert {"copy_caption", "copy_image", "pick", "add_to_collection", "export", "contact_sheet"} <= on
    assert {f"rate_{n}" for n in range(6)} <= on
    assert {"select_all", "slideshow"} <= on
    assert {"reject", "view_still", "open_with", "show_in_folder", "print"} <= on
    # Without a selection there is nothing to reject, view, open or print.
    unselected = enabled(ActionState(has_kit=True, rows_shown=5, collection_rows=5, library=True))
    assert not unselected & {"reject", "view_still", "open_with", "show_in_folder", "print"}
    # Only a collection's own stills can be removed or moved, and only a collection exported whole.
    assert not on & {"remove_from_collection", "move_earlier", "move_later", "export_collection", "locate"}
    assert "show_kit" not in on
    assert "add_to_collection" not in enabled(ActionState(has_kit=True, has_selection=True, rows_shown=5))


def test_stills_move_in_a_collection_only_in_its_own_order():
    state = ActionState(
        has_kit=True, has_selection=True, rows_shown=3, collection_rows=3, in_collection=True, library=True
    )
    assert {"move_earlier", "move_later", "remove_from_collection", "export_collection", "locate"} <= enabled(state)
    sorted_by_rating = ActionState(**{**state.__dict__, "own_order": False})
    assert not enabled(sorted_by_rating) & {"move_earlier", "move_later"}
    assert "remove_from_collection" in enabled(sorted_by_rating)


def test_whole_kit_work_waits_for_the_whole_kit():
    first_screen = ActionState(has_kit=True, has_selection=True, rows_shown=6, collection_rows=6, whole_kit=False)
    assert not enabled(first_screen) & {"export", "contact_sheet", "slideshow"}
    assert {"copy_caption", "select_all", "print"} <= enabled(first_screen)  # the selected stills need no more


def test_the_window_applies_the_table(qtbot, make_window, small_kit):
    from uihelpers import open_and_wait

    window = make_window()
    assert not window.commands["export"].isEnabled()  # no kit yet
    open_and_wait(qtbot, window, small_kit)
    qtbot.waitUntil(lambda: window.commands["export"].isEnabled(), timeout=5000)
    window.grid.clearSelection()
    qtbot.waitUntil(lambda: not window.commands["copy_caption"].isEnabled(), timeout=5000)
    window.commands.enable_for(ActionState(has_kit=True, rows_shown=1, whole_kit=False))
    assert not window.commands["export"].isEnabled()
    assert window.commands["select_all"].isEnabled()
    # Undo and Redo follow the undo stack, not a rule: nothing to undo yet.
    assert "undo" not in RULES and not window.commands["undo"].isEnabled()
