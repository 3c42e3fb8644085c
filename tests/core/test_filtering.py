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


def _reference_text(still: Still, cast) -> str:
    """What the search looks through, written out plainly (the matcher before the kit-wide
    fold): every text field, each character's names from the cast, folded."""
    from gallery.core.manifest import fold

    parts = [
        *still.captions.values(),
        *still.titles.values(),
        still.title or "",
        still.headline or "",
        still.credit or "",
        *still.creators,
        *still.characters,
        *still.keywords,
        still.event or "",
        still.location or "",
        still.location_created.text if still.location_created else "",
        still.caption_writer or "",
        *(licensor.text for licensor in still.licensors),
        *still.alt_texts.values(),
        still.disclosure or "",
        still.name,
    ]
    for character in still.characters:
        for info in cast:
            if info.name == character:
                parts += [*info.aliases, info.actor or "", *info.actor_aliases]
    return fold("\n".join(parts))


def _agree(stills, cast, filters):
    from gallery.core.filtering import FilterIndex

    index = FilterIndex(stills, cast)
    texts = [_reference_text(still, cast) for still in stills]
    for flt in filters:
        expected = [row for row, still in enumerate(stills) if flt.matches(still, texts[row])]
        assert index.rows(flt) == expected, flt


def _queries(words):
    return [StillFilter(query=q) for q in words] + [
        StillFilter(characters=frozenset({"Dorothy"}), query=words[0]),
        StillFilter(characters=frozenset({"Dorothy", "Tae-ho"}), match_all=True, query=words[-1]),
    ]


def test_filter_index_agrees_with_the_plain_matcher_on_the_sample_kit():
    from gallery.core.kit import open_kit, sample_kit_path

    kit = open_kit(sample_kit_path())
    words = [
        "도로시", "dorothy", "태호", "tae-ho", "꽃님", "송중기", "netflix", "victory 승리호", "CAFÉ", "e", "jpg",
        "zzz", "space sweepers", "장선장 jang", "ss_05",
    ]  # fmt: skip
    _agree(kit.stills, kit.characters_info(), _queries(words))


def test_filter_index_agrees_with_the_plain_matcher_on_generated_rows():
    import random

    from gallery.core.manifest import Character
    from gallery.core.still import Licensor, Location

    rng = random.Random(11)
    cast = [Character("Dorothy", "Park Ye-rin", ("도로시", "Kot-nim")), Character("Tae-ho", "Song Joong-ki", ("태호",))]
    vocabulary = ["Café", "crème", "승리호", "조종석의", "Victory", "ÉTÉ", "Straße", "UTS", "99", "İ", "ﬁlm"]
    stills = []
    for i in range(2000):
        words = rng.sample(vocabulary, rng.randrange(0, 5))
        stills.append(
            Still(
                file=f"set/s_{i}.jpg",
                captions={"x-default": " ".join(words) + f" {i}", "ko-KR": rng.choice(["", "태호와 도로시", "사진"])},
                titles={"en": rng.choice(["", "Bridge", "Café"])},
                credit=rng.choice([None, "Netflix", "Photo: Kim Jae-hyun"]),
                characters=rng.sample(["Dorothy", "Tae-ho", "Bubs"], rng.randrange(0, 3)),
                keywords=rng.sample(["The Victory", "UTS"], rng.randrange(0, 2)),
                locations_shown=[Location(city="Séoul")] if i % 5 == 0 else [],
                licensors=[Licensor(name="Netflix Ltd")] if i % 7 == 0 else [],
                event=rng.choice([None, "Première"]),
            )
        )
    words = ["cafe", "도로시", "kot-nim", "song", "99", "strasse", "ete 9", "seoul", "premiere", "netflix ltd", "s_1"]
    _agree(stills, cast, _queries(words))


def test_a_characters_every_name_finds_every_still_of_it():
    """Issue 16.7: 도로시 found 5 stills and Dorothy 6; 태호 6 and the Tae-ho chip 7."""
    from gallery.core.filtering import FilterIndex
    from gallery.core.kit import open_kit, sample_kit_path

    kit = open_kit(sample_kit_path())
    index = FilterIndex(kit.stills, kit.characters_info())
    counts = kit.character_counts()
    for info in kit.characters_info():
        chip = set(index.rows(StillFilter(characters=frozenset({info.name}))))
        assert len(chip) == counts[info.name]
        for name in (info.name, *info.aliases, *((info.actor,) if info.actor else ()), *info.actor_aliases):
            assert chip <= set(index.rows(StillFilter(query=name))), name
    assert len(index.rows(StillFilter(query="도로시"))) == len(index.rows(StillFilter(query="Dorothy"))) == 6
    assert len(index.rows(StillFilter(query="태호"))) == counts["Tae-ho"] == 7
