"""Caption documents made in the tests by the libraries publishers' tools resemble: Word files
by python-docx, Excel files by openpyxl, and a PDF by Qt's QPdfWriter (a different writer from
the pypdf that reads it)."""

from __future__ import annotations

import io
from collections.abc import Sequence

import docx
import openpyxl


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
