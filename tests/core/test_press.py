"""Press captions: in the press way and the still's languages; the caption styles say where
the credit goes, and never twice."""

import pytest

from gallery.core.press import AP_STYLE, DEFAULT_STYLE, PHOTO_STYLE, STYLES, caption_style, press_caption, press_text
from gallery.core.still import Still

A = Still(
    file="a.jpg",
    captions={"x-default": "Tae-ho on the bridge.", "ko-KR": "승리호 조종석의 태호."},
    credit="Netflix",
)
B = Still(file="b.jpg", captions={"x-default": "Dorothy and Bubs."}, credit="Netflix", characters=["Dorothy", "Bubs"])
NO_CREDIT = Still(file="c.jpg", captions={"x-default": "Café on UTS."})


def test_press_caption_in_the_press_way_and_languages():
    assert press_caption(A) == "Tae-ho on the bridge. (Credit: Netflix)"
    assert press_caption(A, "ko") == "승리호 조종석의 태호. (Credit: Netflix)"
    assert press_caption(NO_CREDIT) == "Café on UTS."
    carries = Still(
        file="d.jpg", captions={"x-default": "Tae-ho in Space Sweepers. Cr. Netflix © 2021"}, credit="Netflix"
    )
    assert press_caption(carries) == "Tae-ho in Space Sweepers. Cr. Netflix © 2021"
    assert press_text([A, B]) == "Tae-ho on the bridge. (Credit: Netflix)\n\nDorothy and Bubs. (Credit: Netflix)"


def test_the_three_styles_put_the_credit_where_the_press_wants_it():
    assert press_caption(A, style="credit") == "Tae-ho on the bridge. (Credit: Netflix)"
    assert press_caption(A, style="photo") == "Tae-ho on the bridge. Photo: Netflix"
    assert press_caption(A, style="ap") == "Tae-ho on the bridge. (Netflix via AP)"
    assert press_caption(A, style=AP_STYLE) == press_caption(A, style="ap")
    assert [s.key for s in STYLES] == ["credit", "photo", "ap"]
    assert [s.example() for s in STYLES] == ["CAPTION (Credit: X)", "CAPTION Photo: X", "CAPTION (X via AP)"]


def test_default_style_is_credit_in_brackets_and_unknown_keys_fall_back():
    assert DEFAULT_STYLE.key == "credit"
    assert caption_style(None) is DEFAULT_STYLE
    assert caption_style("nonsense") is DEFAULT_STYLE
    assert press_caption(A) == press_caption(A, style="credit")


def test_language_and_style_together():
    assert press_caption(A, "ko-KR", PHOTO_STYLE) == "승리호 조종석의 태호. Photo: Netflix"
    assert press_caption(A, "ko", "ap") == "승리호 조종석의 태호. (Netflix via AP)"
    assert press_caption(A, "fr", "ap") == "Tae-ho on the bridge. (Netflix via AP)"  # no French: the default


@pytest.mark.parametrize("style", ["credit", "photo", "ap"])
@pytest.mark.parametrize(
    "caption",
    [
        "Tae-ho in Space Sweepers. Cr. Netflix © 2021",
        "Tae-ho in Space Sweepers. Photo: Netflix",
        "Tae-ho in Space Sweepers. (Netflix via AP)",
        "Tae-ho in Space Sweepers. Courtesy of Netflix",
    ],
)
def test_a_caption_carrying_its_credit_is_not_given_it_twice(style, caption):
    still = Still(file="d.jpg", captions={"x-default": caption}, credit="Netflix")
    assert press_caption(still, style=style) == caption


def test_no_credit_means_the_caption_alone_and_text_joins_paragraphs():
    assert press_caption(NO_CREDIT, style="ap") == "Café on UTS."
    assert press_text([A, NO_CREDIT], style="photo") == "Tae-ho on the bridge. Photo: Netflix\n\nCafé on UTS."
    titled = Still(file="e.jpg", title="The Victory")
    assert press_caption(titled) == "The Victory"
    assert press_caption(Still(file="x/f.jpg")) == "f.jpg"


@pytest.mark.parametrize("style", ["credit", "photo", "ap"])
@pytest.mark.parametrize(
    "caption",
    [
        "(왼쪽부터) 영화 〈승리호〉에서 태호 역의 송중기. 사진 제공 넷플릭스",
        "승리호의 태호. 사진=넷플릭스",
        "Tae-ho auf der Brücke. Foto: Netflix",
        "Tae-ho sur la passerelle. Crédit : Netflix",
        "Tae-ho en el puente. Cortesía de Netflix",
        "ブリッジのテホ。写真提供：ネットフリックス",
        "Tae-ho on the bridge. © Netflix 2021",
    ],
)
def test_a_caption_crediting_in_its_own_language_is_not_given_it_twice(style, caption):
    still = Still(file="k.jpg", captions={"x-default": "Tae-ho.", "xx": caption}, credit="Netflix")
    assert press_caption(still, "xx", style) == caption


@pytest.mark.parametrize(
    "caption",
    [
        "Photo of the crew at dinner.",
        "Dorothy draws the crew. © 2021",
        "Tae-ho greets Dorothy with courtesy and grace",
        "Photographed on the Victory's bridge",
        "영화 〈승리호〉 속 우주선 승리호.",
    ],
)
def test_words_that_are_no_credit_line_still_get_the_credit(caption):
    still = Still(file="k.jpg", captions={"x-default": caption}, credit="Netflix")
    assert press_caption(still) == f"{caption} (Credit: Netflix)"
