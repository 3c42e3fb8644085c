"""The PySide6 workarounds: thousands of Qt calls do not use up None and True."""

from __future__ import annotations


def test_thousands_of_qt_calls_do_not_use_up_none_and_true():
    """PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every void call and to True
    on every emit(), aborting the interpreter ("none_dealloc"); pyproject.toml leaves it out.
    This holds the installed PySide6 to that."""
    import subprocess
    import sys

    code = (
        "import gallery.ui\n"
        "from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal\n"
        "app = QCoreApplication([])\n"
        "class R(QObject):\n"
        "    s = Signal(object)\n"
        "r, t = R(), QTimer()\n"
        "for _ in range(200_000):\n"
        "    t.setInterval(5)\n"
        "    r.s.emit(1)\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"
