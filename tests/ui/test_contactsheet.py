"""The contact sheet's words: every still's credit, the kit's usage terms, captions whole."""

from __future__ import annotations

from pressui import pdf_pages

from gallery.core import imaging
from gallery.core.kit import open_kit
from gallery.core.still import Still
from gallery.ui.contactsheet import CAPTION_POINTS, layout_sheet, pdf_writer, render_contact_sheet, sheet_items

TERMS = "Editorial use only in connection with the promotion of Space Sweepers. No alterations."


def words(lines: list[str]) -> list[str]:
    return " ".join(lines).replace("…", " ").split()


def test_every_credit_the_usage_terms_and_no_caption_cut(qtbot, sample_kit, tmp_path):
    kit = open_kit(sample_kit)
    long_caption = "(L to R) Kim Tae-ri as Captain Jang, Song Joong-ki as Tae-ho. " + " ".join(
        f"Sentence {i} of a press office that wrote the whole synopsis into one caption." for i in range(40)
    )
    stills = list(kit.stills[:5])
    stills.append(Still(file="long.jpg", captions={"x-default": long_caption}, credit="Netflix", usage_terms=TERMS))
    stills.append(Still(file="other.jpg", captions={"x-default": "Bubs."}, credit="Netflix", usage_terms="Web only."))
    items = sheet_items(kit, stills)
    layout = layout_sheet(items, pdf_writer(tmp_path / "probe.pdf", "probe"))
    # Every still's credit, even when its caption already says "Cr. Netflix".
    assert "Cr. Netflix" in items[0].caption
    assert [cell.credit for cell in layout.cells] == ["Credit: Netflix"] * len(stills)
    # The terms most stills share head every page; a still with its own terms says them.
    assert layout.usage_terms == TERMS
    assert words(layout.usage_lines) == words([f"Usage terms: {TERMS}"])
    assert words(layout.cells[-1].usage_lines) == ["Usage:", "Web", "only."]
    assert layout.cells[0].usage_lines == []
    # A press caption that fits is whole in its cell (wrapped, not cut).
    for item, cell in zip(items[:5], layout.cells[:5], strict=True):
        assert words(cell.caption_lines) == item.caption.split(), item.name
        assert cell.full_page is None
    # One too long even when set small is printed whole on a "Captions in full" page.
    long_cell = layout.cells[5]
    assert long_cell.caption_points == CAPTION_POINTS[-1] and long_cell.full_page == 2
    assert layout.pages == 2
    ((name, lines),) = layout.full_pages[0]
    assert name == "long.jpg" and words(lines) == items[5].caption.split()
    assert items[5].caption.startswith(long_caption)
    pdf = tmp_path / "sheet.pdf"
    pages = render_contact_sheet(pdf, "Space Sweepers", "7 stills", items, imaging.ThumbnailCache(tmp_path / "c"))
    assert pages == 2 and pdf_pages(pdf) == 2
