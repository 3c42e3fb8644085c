"""The PySide6 window of Stills (the only place Qt is imported)."""
