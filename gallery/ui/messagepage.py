"""The page the grid gives way to: a centred title, a line of detail, optional buttons and
a progress bar (loading, errors, an empty kit or collection, no results)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from gallery.ui.i18n import translate
from gallery.ui.text import n_text


class MessagePage(QWidget):
    """A centred title, a line of detail, optional buttons and progress bar (loading, errors, no results)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(max(font.pointSizeF(), 9) * 1.35)
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setFixedWidth(320)
        self.progress.setTextVisible(False)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        layout.addWidget(self.title)
        layout.addSpacing(6)
        layout.addWidget(self.detail)
        layout.addSpacing(12)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(self.buttons)
        layout.addStretch(2)
        self._buttons: list[QPushButton] = []

    def show_message(
        self, title: str, detail: str = "", progress: bool = False, buttons: Sequence[QAction] = ()
    ) -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.progress.setVisible(progress)
        if progress:
            self.progress.setRange(0, 0)
        for b in self._buttons:
            self.buttons.removeWidget(b)
            b.deleteLater()
        self._buttons = []
        for i, action in enumerate(buttons):
            b = QPushButton(action.text().replace("&", ""))
            b.clicked.connect(action.trigger)
            self.buttons.insertWidget(1 + i, b)
            self._buttons.append(b)

    def show_progress(self, done: int, total: int) -> None:
        """A load's progress: ``done`` of ``total`` stills read."""
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if done < total:
            self.detail.setText(
                translate("MessagePage", "Reading {done} of %Ln still(s)", "", total).format(done=n_text(done))
            )
        else:
            self.detail.setText(translate("MessagePage", "Preparing the grid…"))
