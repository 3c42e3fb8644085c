"""The thumbnail grid: one model, one filter proxy, one painting delegate, one view.

No widget per still: ``StillListModel`` (model.py) exposes each still through named roles
(roles.py), ``StillFilterProxy`` (proxy.py) applies the core's ``StillFilter``,
``StillDelegate`` (delegate.py) paints a tile (thumbnail or placeholder or error, embargo
badge, two-line caption, credit) and ``StillGridView`` (view.py) is a ``QListView`` in icon
mode that reports which rows are on screen so thumbnails load visible-first. How a still's
facts read in words lives in ``gallery.ui.text``; the drag payload in ``gallery.ui.dragdrop``.
"""

from gallery.ui.grid.delegate import StillDelegate, TileMetrics, star_path
from gallery.ui.grid.model import StillListModel
from gallery.ui.grid.proxy import StillFilterProxy
from gallery.ui.grid.roles import (
    CaptionRole,
    CharactersRole,
    CreditRole,
    EmbargoRole,
    ErrorRole,
    FileRole,
    KeywordsRole,
    LoadingRole,
    MarkRole,
    PickRole,
    RatingRole,
    Roles,
    StillRole,
    ThumbnailRole,
    VariantsRole,
)
from gallery.ui.grid.view import StillGridView

__all__ = [
    "CaptionRole",
    "CharactersRole",
    "CreditRole",
    "EmbargoRole",
    "ErrorRole",
    "FileRole",
    "KeywordsRole",
    "LoadingRole",
    "MarkRole",
    "PickRole",
    "RatingRole",
    "Roles",
    "StillDelegate",
    "StillFilterProxy",
    "StillGridView",
    "StillListModel",
    "StillRole",
    "ThumbnailRole",
    "TileMetrics",
    "VariantsRole",
    "star_path",
]
