"""Text out of a caption document (.docx, .xlsx, .pdf, .txt), bounded and hostile-safe.

Each reader returns the document as ``Block``s in reading order: a paragraph (one cell) or a
table row (several cells). What the readers guard against, before any parser sees a byte:

* the file's size (``MAX_DOCUMENT_BYTES``) and, for the ZIP formats, the member count, each
  member's and the total inflated size and the compression ratio (a .docx or .xlsx is a ZIP);
* how much text comes out (``MAX_TEXT_CHARS``, ``MAX_BLOCKS``) and for how long
  (``READ_SECONDS``, checked between paragraphs, rows and pages).

XML: a .docx is read here with defusedxml (no DTDs, no entities), not with python-docx, which
parses with lxml. openpyxl parses through defusedxml when it is installed (it always is: a
dependency) and lxml is not used (``OPENPYXL_LXML=False``, set before its import). pypdf is pure Python; a
PDF whose content streams make it loop is stopped by the guard's worker deadline when the kit
reads it in a worker (see ``read_document_task``), and by the page and time caps otherwise.
"""

from __future__ import annotations

import io
import os
import re
import time
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from defusedxml import ElementTree

from gallery.core.still import clean_text

MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
MAX_ZIP_MEMBERS = 2_000
MAX_ZIP_MEMBER_BYTES = 64 * 1024 * 1024  # one part inflated (word/document.xml, a sheet)
MAX_ZIP_TOTAL_BYTES = 160 * 1024 * 1024
MAX_ZIP_RATIO = 150  # XML compresses well (20:1 is usual); 1000:1 is a bomb
MAX_TEXT_CHARS = 4 * 1024 * 1024
MAX_BLOCKS = 50_000
MAX_PDF_PAGES = 500
MAX_SHEET_COLUMNS = 30
READ_SECONDS = 10.0

DOCUMENT_EXTENSIONS = (".docx", ".xlsx", ".pdf", ".txt")


class DocumentError(ValueError):
    """The document cannot be read; str() is the reason shown in the kit's warnings."""


class MissingLibrary(DocumentError):
    """The library that reads this format is not installed (the app works on without it)."""


@dataclass(frozen=True)
class Block:
    """A paragraph (one cell) or a table row; ``table`` numbers the tables of the document."""

    cells: tuple[str, ...]
    table: int | None = None


class _Budget:
    """Stops a reader past its text, block or time allowance."""

    def __init__(self) -> None:
        self.deadline = time.monotonic() + READ_SECONDS
        self.chars = 0
        self.blocks: list[Block] = []

    def add(self, cells: tuple[str, ...], table: int | None = None) -> None:
        if time.monotonic() > self.deadline:
            raise DocumentError("took too long to read")
        if len(self.blocks) >= MAX_BLOCKS:
            raise DocumentError(f"too many paragraphs or rows (over {MAX_BLOCKS:,})")
        cells = tuple(clean_text(c) for c in cells)
        self.chars += sum(len(c) for c in cells)
        if self.chars > MAX_TEXT_CHARS:
            raise DocumentError("too much text")
        if any(cells):
            self.blocks.append(Block(cells, table))


def read_blocks(name: str, data: bytes) -> list[Block]:
    """The document's paragraphs and table rows; DocumentError with the reason if it cannot."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"too large (over {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB)")
    ext = name[name.rfind(".") :].lower() if "." in name else ""
    budget = _Budget()
    try:
        if ext == ".docx":
            _read_docx(data, budget)
        elif ext == ".xlsx":
            _read_xlsx(data, budget)
        elif ext == ".pdf":
            _read_pdf(data, budget)
        elif ext == ".txt":
            _read_txt(data, budget)
        else:
            raise DocumentError("not a caption document format (.docx, .xlsx, .pdf, .txt)")
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError("nested too deeply") from None
    except MemoryError:
        raise DocumentError("too large to read") from None
    except Exception as exc:  # noqa: BLE001 - a hostile document must never stop the kit
        raise DocumentError(f"unreadable ({type(_first_cause(exc)).__name__})") from None
    return budget.blocks


def _first_cause(exc: BaseException) -> BaseException:
    """What went wrong first (openpyxl wraps a parser's refusal in its own ValueError)."""
    for _ in range(10):
        if exc.__cause__ is None:
            break
        exc = exc.__cause__
    return exc


def read_document_task(name: str, data: bytes) -> list[Block]:
    """In a guard worker: ``read_blocks`` (a parser that loops is killed at the deadline)."""
    return read_blocks(name, data)


def _checked_zip(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise DocumentError("damaged (not a valid Office file)") from None
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_MEMBERS:
        raise DocumentError(f"too many parts ({len(infos):,})")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise DocumentError("encrypted")
        if info.file_size > MAX_ZIP_MEMBER_BYTES:
            raise DocumentError(f"a part too large ({info.file_size // (1024 * 1024)} MB)")
        if info.file_size > 1024 * 1024 and info.file_size > MAX_ZIP_RATIO * max(1, info.compress_size):
            raise DocumentError("suspicious compression ratio")
        total += info.file_size
    if total > MAX_ZIP_TOTAL_BYTES:
        raise DocumentError("too large inflated")
    return archive


def _part(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise DocumentError(f"damaged (no {name})") from None
    with archive.open(info) as member:
        data = member.read(MAX_ZIP_MEMBER_BYTES + 1)
    if len(data) > info.file_size or len(data) > MAX_ZIP_MEMBER_BYTES:
        raise DocumentError("a part larger than declared")
    return data


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _read_docx(data: bytes, budget: _Budget) -> None:
    archive = _checked_zip(data)
    root = ElementTree.fromstring(_part(archive, "word/document.xml"), forbid_dtd=True)
    body = root.find(f"{_W}body")
    if body is None:
        raise DocumentError("damaged (no document body)")
    tables = 0
    # Paragraphs and tables in reading order; content controls (w:sdt) hold either.
    pending = list(body)[::-1]
    while pending:
        child = pending.pop()
        if child.tag == f"{_W}p":
            budget.add((_paragraph_text(child),))
        elif child.tag == f"{_W}tbl":
            tables += 1
            for row in child.findall(f"{_W}tr"):
                cells = tuple(
                    "\n".join(_paragraph_text(p) for p in cell.iter(f"{_W}p")).strip()
                    for cell in row.findall(f"{_W}tc")
                )
                budget.add(cells, tables)
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                pending.extend(list(content)[::-1])


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter():
        if node.tag == f"{_W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts).strip()


def _read_xlsx(data: bytes, budget: _Budget) -> None:
    # openpyxl parses with lxml when lxml is installed (python-docx brings it); told not to,
    # it parses every part through defusedxml. Read once, when openpyxl is first imported.
    os.environ.setdefault("OPENPYXL_LXML", "False")
    try:
        import openpyxl  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        raise MissingLibrary("not read: Excel support (openpyxl) is not installed") from None
    _checked_zip(data).close()
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        for number, sheet in enumerate(book.worksheets, 1):
            for row in sheet.iter_rows(max_col=MAX_SHEET_COLUMNS, values_only=True):
                budget.add(tuple(_cell_text(v) for v in row), number)
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a still number typed as 1 comes back as 1.0
    return str(value).strip()


def _read_pdf(data: bytes, budget: _Budget) -> None:
    try:
        import pypdf
    except ImportError:
        raise MissingLibrary("not read: PDF support (pypdf) is not installed") from None
    reader = pypdf.PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise DocumentError("encrypted")
    for number, page in enumerate(reader.pages):
        if number >= MAX_PDF_PAGES:
            raise DocumentError(f"too many pages (over {MAX_PDF_PAGES})")
        # Compatibility forms: PDF fonts draw "fl" as the ligature "ﬂ", and words as runs apart.
        text = unicodedata.normalize("NFKC", page.extract_text() or "")
        for line in _lines(text):
            budget.add((" ".join(line.split()),))


def _read_txt(data: bytes, budget: _Budget) -> None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    for line in _lines(text):
        budget.add((line,))


def _lines(text: str) -> Iterator[str]:
    for line in re.split(r"\r\n|\r|\n|\f", text):
        yield line.strip()
