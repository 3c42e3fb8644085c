"""The filter: character and keyword chips (any or all), search, and the index that agrees with it."""

from gallery.core.filtering import StillFilter
from gallery.core.still import Still

A = Still(
    file="a.jpg",
    captions={"x-default": "Tae-ho on the bridge.", "ko-KR": "승리호 조종석의 태호."},
    credit="Netflix",
    characters=["Tae-ho"],
    keywords=["The Victory"],
)
B = Still(file="b.jpg", captions={"x-default": "Dorothy and Bubs."}, credit="Netflix", characters=["Dorothy", "Bubs"])
C = Still(file="c.jpg", captions={"x-default": "Café on UTS."}, characters=["Dorothy", "Tae-ho"])


def test_chips_any_and_all_and_search():
    stills = [A, B, C]
    files = lambda f: [s.file for s in f.apply(stills)]  # noqa: E731
    assert files(StillFilter()) == ["a.jpg", "b.jpg", "c.jpg"]
    assert files(StillFilter(characters=frozenset({"Dorothy"}))) == ["b.jpg", "c.jpg"]
    assert files(StillFilter(characters=frozenset({"Dorothy", "Tae-ho"}))) == ["a.jpg", "b.jpg", "c.jpg"]
    assert files(StillFilter(characters=frozenset({"Dorothy", "Tae-ho"}), match_all=True)) == ["c.jpg"]
    assert files(StillFilter(keywords=frozenset({"The Victory"}))) == ["a.jpg"]
    assert files(StillFilter(query="cafe")) == ["c.jpg"]
    assert files(StillFilter(query="조종석")) == ["a.jpg"]
    assert files(StillFilter(query="DOROTHY bubs")) == ["b.jpg"]
    assert files(StillFilter(characters=frozenset({"Dorothy"}), query="uts")) == ["c.jpg"]


def test_filter_index_agrees_with_the_filter():
    from gallery.core.filtering import FilterIndex

    stills = [A, B, C]
    index = FilterIndex(stills)
    for flt in (
        StillFilter(),
        StillFilter(characters=frozenset({"Dorothy"})),
        StillFilter(characters=frozenset({"Dorothy", "Tae-ho"}), match_all=True),
        StillFilter(characters=frozenset({"Dorothy", "Tae-ho"})),
        StillFilter(characters=frozenset({"Nobody"})),
        StillFilter(keywords=frozenset({"The Victory"}), query="bridge"),
        StillFilter(query="café"),
    ):
        assert [stills[r].file for r in index.rows(flt)] == [s.file for s in flt.apply(stills)]
