"""The kit-wide fold and scan behind the search box agree with ``fold`` and a plain substring test."""

import random

from gallery.core.manifest import fold
from gallery.core.textindex import fold_many, fold_one, rows_containing

TRICKY = [
    "",
    "   ",
    "Café Crème on UTS",
    "ÉCOLE  des\tBeaux-Arts\n",
    "İstanbul STRASSE Straße ﬁlm ½",
    "승리호 조종석의 태호.  사진 제공 넷플릭스",
    "e\u0301t\u00e9 a\u0308",  # marks given as combining characters
    "\u1103\u1169\u1105\u1169\u1109\u1175",  # 도로시 as conjoining jamo
    "no\u00a0break\u2003em space",
    "Ελληνικά ΣΊΣΥΦΟΣ, Ǆemal, ǰ",
    "nul\x00inside",
]


def test_fold_many_is_fold_on_each():
    assert fold_many(TRICKY) == [fold(text) for text in TRICKY]
    assert fold_many([]) == []
    assert [fold_one(text) for text in TRICKY] == [fold(text) for text in TRICKY]


def test_fold_many_on_random_texts_of_many_scripts():
    rng = random.Random(5)
    alphabet = "aAéÉøßİı ﬁ\u0301\u0308 \n가나다태호\u1100\u1161ΣσςЖж日本 -'.,"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(500)]
    assert fold_many(texts) == [fold(text) for text in texts]


def test_rows_containing_is_a_substring_test_on_every_row():
    rng = random.Random(9)
    words = ["victory", "tae-ho", "태호", "도로시", "cafe", "99", "9", "netflix", "uts"]
    texts = [" ".join(rng.sample(words, rng.randrange(0, 4))) + f" still {i}" for i in range(3000)]
    for terms in (["victory"], ["99", "victory"], ["태호", "9"], ["zzz"], ["still"], ["v", "t", "e"], []):
        expected = [row for row, text in enumerate(texts) if all(term in text for term in terms)]
        assert rows_containing(texts, terms) == expected
        pool = list(range(0, 3000, 7))
        assert rows_containing(texts, terms, pool) == [row for row in expected if row % 7 == 0]


def test_the_character_by_character_fold_is_taken_and_agrees_with_fold():
    # No character here composes with its neighbour, so the kit is folded by replacing the few
    # characters that change (é, ﬁ, the marks, the odd spaces), not by normalizing it whole.
    from gallery.core.textindex import _fold_by_character

    rng = random.Random(11)
    alphabet = "aAéÉøßİı ﬁ½\u0301\u0308 \n\t가나다태호ΣσςЖж日本〈〉 -'.,\u00a0\u3000Ｆ"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(500)]
    assert _fold_by_character("\x00".join(texts)) is not None
    assert fold_many(texts) == [fold(text) for text in texts]


def test_jamo_that_compose_with_their_neighbour_send_the_kit_to_the_whole_fold():
    from gallery.core.textindex import _fold_by_character

    decomposed = "\u1103\u1169\u1105\u1169\u1109\u1175"  # 도로시 as conjoining jamo
    assert _fold_by_character("도로시 " + decomposed) is None
    assert fold_many(["도로시 " + decomposed, "ㄷㅗ"]) == [fold("도로시 " + decomposed), fold("ㄷㅗ")]


def test_what_the_shortcut_skips_folds_to_itself_and_composes_with_nothing():
    """The shortcut's two facts, for every character of this Python's Unicode: ASCII, CJK
    ideographs and Hangul syllables fold alone to themselves and are never joined by NFC to
    the character before; the characters NFC joins without being marks are all known."""
    import unicodedata

    from gallery.core.textindex import _FOLDS_TO_ITSELF, _composition_secondaries, _fold_alone

    secondaries = _composition_secondaries()
    for code in range(0x110000):
        char = chr(code)
        parts = unicodedata.decomposition(char).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            assert code < 0x20000, f"U+{code:04X} decomposes in two beyond plane 1"
            second = chr(int(parts[1], 16))
            assert unicodedata.combining(second) or second in secondaries
    for start, end in ((0, 0x80), (0x4E00, 0xA000), (0xAC00, 0xD7A4)):
        for code in range(start, end):
            char = chr(code)
            assert _FOLDS_TO_ITSELF.fullmatch(char)
            assert _fold_alone(char) == char and char not in secondaries, f"U+{code:04X}"
