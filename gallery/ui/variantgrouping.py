"""View ▸ Group Variants: one tile per picture when a kit carries it several times (HR and LR
folders, ``_web`` copies, a TIFF beside its JPEG, a slightly tighter crop).

Once every thumbnail of the kit on show is in the disk cache (the thumbnail loader warms it
for all stills), a worker fingerprints the cached thumbnails (``gallery.core.variants``: no
decoding of the originals, so nothing here bypasses the decoder's isolation) and groups
them. The grid then hides every version but the largest, whose tile shows how many it
stands for; the details panel lists the versions; export and drag take the tile's still,
the largest.
"""

from __future__ import annotations

import logging

from PIL import Image

from PySide6.QtCore import QObject, Signal

from gallery.core import imaging
from gallery.core.kitview import origin_of
from gallery.core.still import Still
from gallery.core.variants import Variants, fingerprints, group_variants
from gallery.ui.grid import StillFilterProxy, StillListModel
from gallery.ui.session import Stamp, ViewSession
from gallery.ui.settings import Settings
from gallery.ui.tasks import Runner, TaskContext
from gallery.ui.thumbnails import ThumbnailLoader

log = logging.getLogger(__name__)

#: Fingerprints are compared through a band index (near-linear for distinct pictures), but a
#: kit this large would still keep a core busy for minutes: it is shown ungrouped.
MAX_GROUPED_STILLS = 5000


class VariantGrouping(QObject):
    """Finds the kit's variants when its thumbnails are cached and shows them grouped.

    Signals: grouped() the variants of the view on show are known (the details panel lists
    the selected still's)."""

    grouped = Signal()

    def __init__(
        self,
        session: ViewSession,
        runner: Runner,
        loader: ThumbnailLoader,
        cache: imaging.ThumbnailCache,
        model: StillListModel,
        proxy: StillFilterProxy,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.runner, self.loader, self.cache = session, runner, loader, cache
        self.model, self.proxy, self.settings = model, proxy, settings
        self.enabled = settings.group_variants
        self._asked_for: tuple[Stamp, int] | None = None  # (the view's stamp, its stills) grouped or grouping
        loader.progressChanged.connect(self._on_thumbnail_progress)
        session.view_changed.connect(self._forget)

    def set_enabled(self, enabled: bool) -> None:
        """View ▸ Group Variants, kept in the settings."""
        self.enabled = self.settings.group_variants = enabled
        self._apply()

    def _forget(self, _index: object = None) -> None:
        self._asked_for = None

    def _on_thumbnail_progress(self, done: int, total: int) -> None:
        kit = self.session.kit
        if kit is None or done < total or total < 2 or total > MAX_GROUPED_STILLS:
            return
        asked = self._asked_for
        if asked is not None and asked[1] == total and self.session.is_current(asked[0]):
            return  # (grouped, or being grouped, for this view as it is)
        stamp = self.session.stamp()
        self._asked_for = (stamp, total)
        stills, cache, size = list(kit.stills), self.cache, self.loader.bucket

        def cached(still: Still) -> Image.Image | None:
            own_kit, own_still = origin_of(kit, still)
            try:
                return cache.read(own_kit, own_still, size)
            except Exception:  # noqa: BLE001 - gone or unreadable since: that still is left out
                return None

        def work(_context: TaskContext) -> Variants:
            return Variants(group_variants(fingerprints(stills, cached)))

        def on_result(variants: Variants) -> None:
            if self.session.is_current(stamp):
                self.model.set_variants(variants)
                self._apply()
                self.grouped.emit()

        self.runner.run(
            work,
            on_result,
            lambda error: log.warning("grouping the variants of %s failed: %r", kit.path, error),
            priority=-1,
            name=f"variants {kit.path}",
        )

    def _apply(self) -> None:
        self.proxy.set_hidden(self.model.variants.hidden if self.enabled else frozenset())
