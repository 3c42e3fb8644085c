"""The Checks panel: what to fix before a kit goes out (names spelt unlike the cast, credits
that disagree, stills with no caption, caption-document entries that match nothing), listed
under headings as `gallery check` prints them; a click selects the still.

The checks run in the background (``gallery.core.checks``) when the panel is shown and when
a kit is loaded while it is open; a late answer for another kit is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gallery.core.checks import HEADINGS, Finding, check_kit
from gallery.ui.i18n import translate
from gallery.ui.tasks import Runner

if TYPE_CHECKING:
    from gallery.core.kitview import KitView

FileRole = Qt.ItemDataRole.UserRole + 1


class ChecksPanel(QWidget):
    """The findings of one kit, under headings; a summary line above.

    Signals: findingActivated(str file) when a finding about a still is clicked;
    recheckRequested() when "Check Again" is pressed.
    """

    findingActivated = Signal(str)
    recheckRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checksPanel")
        self.summary = QLabel(translate("Checks", "Open a kit to check it"))
        self.summary.setWordWrap(True)
        self.again = QPushButton(translate("Checks", "Check &Again"))
        self.again.setToolTip(translate("Checks", "Run the checks again on the kit shown"))
        self.again.clicked.connect(self.recheckRequested)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.again)
        self.list = QListWidget()
        self.list.setObjectName("checksList")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(translate("Checks", "Findings"))
        self.list.setAccessibleDescription(translate("Checks", "Click a finding to select its still in the grid"))
        self.list.itemClicked.connect(self._on_item)
        self.list.itemActivated.connect(self._on_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)

    def show_checking(self) -> None:
        self.summary.setText(translate("Checks", "Checking…"))

    def set_findings(self, findings: Sequence[Finding], stills: int) -> None:
        self.list.clear()
        if not findings:
            self.summary.setText(translate("Checks", "No findings in %Ln still(s)", "", stills))
            return
        n = len(findings)
        summary = translate("Checks", "%Ln finding(s) in {stills}", "", n)
        self.summary.setText(summary.format(stills=translate("Checks", "%Ln still(s)", "", stills)))
        heading_font = QFont(self.list.font())
        heading_font.setWeight(QFont.Weight.DemiBold)
        heading = None
        for finding in findings:
            if HEADINGS[finding.kind] != heading:
                heading = HEADINGS[finding.kind]
                item = QListWidgetItem(heading)
                item.setFont(heading_font)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.list.addItem(item)
            item = QListWidgetItem(f"    {finding.message}")
            item.setData(FileRole, finding.file)
            item.setToolTip(finding.message)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)

    def findings_text(self) -> list[str]:
        """The list as shown, headings and findings (for tests and screen readers alike)."""
        return [self.list.item(i).text().strip() for i in range(self.list.count())]

    def _on_item(self, item: QListWidgetItem) -> None:
        file = item.data(FileRole)
        if file:
            self.findingActivated.emit(file)


class ChecksDock(QDockWidget):
    """The panel docked in ``window`` (hidden until View ▸ Check Kit): it checks the kit the
    window shows and selects a finding's still there.

    Signals: those of QDockWidget.
    """

    def __init__(
        self,
        window: QMainWindow,
        runner: Runner,
        kit: Callable[[], KitView | None],
        select: Callable[[str], bool],
        status: Callable[[str, int], Any],
        versions: Callable[[], frozenset[str]] = frozenset,
    ) -> None:
        super().__init__(translate("Checks", "Checks"), window)
        self._versions = versions  # the files a grouped grid shows as their picture's largest
        self.setObjectName("checksDock")
        self.panel = ChecksPanel(self)
        self.setWidget(self.panel)
        self._runner, self._kit, self._select, self._status = runner, kit, select, status
        self._request = 0
        self.panel.findingActivated.connect(self._on_finding)
        self.panel.recheckRequested.connect(self.check)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        self.hide()

    def show_checks(self) -> None:
        """Show the panel and check the kit on show."""
        self.show()
        self.raise_()
        self.check()

    def on_kit_loaded(self, *_kit: object) -> None:
        if self.isVisible():
            self.check()

    def check(self) -> None:
        kit = self._kit()
        self._request += 1
        if kit is None:
            self.panel.set_findings([], 0)
            self.panel.summary.setText(translate("Checks", "Open a kit to check it"))
            return
        request = self._request
        self.panel.show_checking()

        leave_out = self._versions()

        def on_result(findings: list[Finding]) -> None:
            if request == self._request:
                self.panel.set_findings(findings, len(kit.stills) - len(leave_out))

        def on_error(error: BaseException) -> None:
            if request == self._request:
                self.panel.summary.setText(translate("Checks", "The checks failed: {reason}").format(reason=error))

        self._runner.run(
            lambda _context: check_kit(kit, leave_out),
            on_result,
            on_error,
            interactive=True,
            wanted=lambda: request == self._request,
            name="checks",
        )

    def _on_finding(self, file: str) -> None:
        if not self._select(file):
            self._status(translate("Checks", "{file} is not shown: clear the filter to see it").format(file=file), 5000)
