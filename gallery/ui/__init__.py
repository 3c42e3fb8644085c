"""The PySide6 window of Stills (the only place Qt is imported)."""

from gallery.ui.qtcompat import protect_singletons

# Before any Qt call from this package: PySide6 6.12 on CPython 3.11 drops a reference to
# None on every void call (see qtcompat); without this the app aborts within minutes.
protect_singletons()
