"""Caption documents made in the tests by the libraries publishers' tools resemble: Word files
by python-docx, Excel files by openpyxl, and a PDF by Qt's QPdfWriter (a different writer from
the pypdf that reads it)."""

from __future__ import annotations

import io
import os
from collections.abc import Sequence

os.environ.setdefault("OPENPYXL_LXML", "False")  # as the app reads: through defusedxml, not lxml

import docx  # noqa: E402
import openpyxl  # noqa: E402


def docx_paragraphs(paragraphs: Sequence[str]) -> bytes:
    document = docx.Document()
    document.add_heading("SPACE SWEEPERS — PHOTO CAPTIONS", level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_table(rows: Sequence[Sequence[str]], intro: str = "Photo captions") -> bytes:
    document = docx.Document()
    document.add_paragraph(intro)
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            lines = text.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx(rows: Sequence[Sequence[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def qt_pdf(lines: Sequence[str]) -> bytes:
    """A PDF of ``lines``, one a line, written by Qt (QPdfWriter + QPainter)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF()))
    writer.setResolution(72)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 9))
    y = 40
    for line in lines:
        painter.drawText(30, y, line)
        y += 16
    painter.end()
    buffer.close()
    return bytes(data.data())


# -- the kit of the "done when": a Word caption sheet, the cast in kit.toml, planted slips --
PLANTED_CAPTIONS = [
    "(L to R) Song Joong-ki as Tae-ho, Kim Tae-ri as Captain Jang in Space Sweepers.",
    "The Victory, a junk collector, above the Earth in Space Sweepers.",
    "Song Joong-ki as Tae-ho in Space Sweepers.",
    "Yoo Hai-jin as Bubs in Space Sweepers.",
    "(L to R) Song Joong-ki as Tae-ho, Park Ye-rin as Dorothy in Space Sweepers.",
    "Park Ye-rin as Dorothy in Space Sweepers.",
    "(L to R) Jin Seon-kyu as Tiger Park, Song Jung-ki as Tae-ho in Space Sweepers.",  # slip 1
    "Kim Tae-ri as Captain Jang in Space Sweepers.",
    "Richard Armitage as James Sullivan in Space Sweepers.",
    "(L to R) Park Ye-rim as Dorothy, Yoo Hai-jin as Bubs in Space Sweepers.",  # slip 2
    "Kim Tae-ri as Captain Jang at the helm in Space Sweepers. Cr. Netflix Korea",  # credit slip
    "Song Joong-ki as Tae-ho in his quarters in Space Sweepers.",
]
PLANTED_FILES = [f"ss_{n:02d}.jpg" for n in range(1, len(PLANTED_CAPTIONS) + 1)]
PLANTED_CAST = """
title = "Space Sweepers (Netflix, 2021)"
credit = "Netflix"

[[characters]]
name = "Tae-ho"
actor = "Song Joong-ki"

[[characters]]
name = "Captain Jang"
actor = "Kim Tae-ri"

[[characters]]
name = "Tiger Park"
actor = "Jin Seon-kyu"
actor_aliases = ["Jin Sun-kyu"]

[[characters]]
name = "Bubs"
actor = "Yoo Hai-jin"

[[characters]]
name = "Dorothy"
actor = "Park Ye-rin"

[[characters]]
name = "James Sullivan"
actor = "Richard Armitage"
"""
#: What `gallery check` and the Checks panel must list for the planted kit, and nothing else.
PLANTED_FINDINGS = [
    "Song Jung-ki in ss_07.jpg (elsewhere Song Joong-ki, 4 stills)",
    "Park Ye-rim in ss_10.jpg (elsewhere Park Ye-rin, 2 stills)",
    "ss_11.jpg: the caption says Cr. Netflix Korea, the credit is Netflix",
]


def planted_kit(root, versions: bool = False):
    """Write the planted kit into ``root``: stills without captions, all of them in the sheet.
    With ``versions``, each still twice, as publishers send them: ``HR/`` (960 × 540) and
    ``LR/`` (320 × 180, recompressed) copies of one picture."""
    from helpers import encoded, jpeg_bytes, scene, write

    if versions:
        for n, file in enumerate(PLANTED_FILES, 1):
            picture = scene(40 + n, (960, 540))
            write(root / "HR" / file, encoded(picture, quality=90))
            write(root / "LR" / file, encoded(picture.resize((320, 180)), quality=70))
    else:
        colours = [(30 + 18 * n, 60 + 9 * n, 140 - 7 * n) for n in range(len(PLANTED_FILES))]
        for file, colour in zip(PLANTED_FILES, colours, strict=True):
            write(root / file, jpeg_bytes(size=(480, 270), color=colour))
    write(root / "kit.toml", PLANTED_CAST.encode())
    paragraphs = []
    for n, caption in enumerate(PLANTED_CAPTIONS, 1):
        paragraphs += [f"Still {n}", caption, "Photo: Netflix"]
    write(root / "Photo Captions.docx", docx_paragraphs(paragraphs))
    return root
