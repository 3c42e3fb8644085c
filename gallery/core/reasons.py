"""Why a still cannot be read or shown: the words the user reads, and whether it may pass.

A passing (``transient``) reason (the file is being copied, is gone for now, memory was
short) is never remembered: the catalog and the thumbnail cache record only reasons that
stay true until the file changes. Our own code says which it is where the reason is made;
``Reason.of`` classifies a message made elsewhere as plain text (a source's ``MemberError``,
a reader's ``Still.error``), by its wording, in this one place.
"""

from __future__ import annotations

from dataclasses import dataclass

#: How the messages of passing troubles begin, as the sources and readers word them.
TRANSIENT_WORDING = ("file is gone", "unreadable", "not in archive", "image too large (out of memory)")


@dataclass(frozen=True)
class Reason:
    """A still's trouble: ``message`` is shown as it is; ``transient``: it may pass."""

    message: str
    transient: bool = False

    def __str__(self) -> str:
        return self.message

    @classmethod
    def of(cls, message: str) -> Reason:
        """The reason a plain message gives (see TRANSIENT_WORDING)."""
        return cls(message, message.startswith(TRANSIENT_WORDING))

    @classmethod
    def passing(cls, message: str) -> Reason:
        return cls(message, transient=True)
