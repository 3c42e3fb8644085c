"""The named data roles of the grid's model (and its proxy): what a tile shows of a still."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

#: What Qt hands a model, proxy or delegate for one item.
Index = QModelIndex | QPersistentModelIndex


class Roles(IntEnum):
    """Named data roles of ``StillListModel`` (and the proxy)."""

    StillRole = Qt.ItemDataRole.UserRole + 1
    FileRole = Qt.ItemDataRole.UserRole + 2
    ThumbnailRole = Qt.ItemDataRole.UserRole + 3
    CaptionRole = Qt.ItemDataRole.UserRole + 4
    CreditRole = Qt.ItemDataRole.UserRole + 5
    ErrorRole = Qt.ItemDataRole.UserRole + 6
    EmbargoRole = Qt.ItemDataRole.UserRole + 7
    CharactersRole = Qt.ItemDataRole.UserRole + 8
    KeywordsRole = Qt.ItemDataRole.UserRole + 9
    LoadingRole = Qt.ItemDataRole.UserRole + 10
    RatingRole = Qt.ItemDataRole.UserRole + 11
    PickRole = Qt.ItemDataRole.UserRole + 12
    MarkRole = Qt.ItemDataRole.UserRole + 13
    VariantsRole = Qt.ItemDataRole.UserRole + 14


StillRole = Roles.StillRole
FileRole = Roles.FileRole
ThumbnailRole = Roles.ThumbnailRole
CaptionRole = Roles.CaptionRole
CreditRole = Roles.CreditRole
ErrorRole = Roles.ErrorRole
EmbargoRole = Roles.EmbargoRole
CharactersRole = Roles.CharactersRole
KeywordsRole = Roles.KeywordsRole
LoadingRole = Roles.LoadingRole
VariantsRole = Roles.VariantsRole
RatingRole = Roles.RatingRole
PickRole = Roles.PickRole
MarkRole = Roles.MarkRole
