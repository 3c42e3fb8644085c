"""The fuzz test: a few hundred mutations of the sample stills (fixed seed), each checked in a
guard worker. read_metadata never raises, decoding raises only ImageError, ZIP kits raise only
KitError/ImageError, nothing is slow, nothing crashes. tools/fuzz.py runs the same for longer."""

from __future__ import annotations

import pytest
from fuzzing import check_case, make_case, make_seeds, run

from gallery.core import metadata
from gallery.core.kit import sample_kit_path

CASES = 400
SEED = 1


@pytest.fixture(scope="module")
def seeds():
    sample = sample_kit_path()
    if not sample.is_dir():
        pytest.fail(f"the sample kit is missing at {sample}")
    found = make_seeds(sample)
    assert len(found) >= 20 and any(n.endswith(".png") for n in found) and any(n.endswith(".webp") for n in found)
    return found


def test_the_seeds_carry_the_sample_kits_metadata(seeds):
    still = metadata.read_metadata(seeds["ss_01_victory_bridge.jpg"], "ss_01_victory_bridge.jpg")
    assert still.error is None and still.caption and still.characters
    assert metadata.read_metadata(seeds["seed.tif"], "seed.tif").caption == "A TIFF description"


def test_cases_are_reproducible(seeds):
    assert make_case(seeds, SEED, 17).data == make_case(seeds, SEED, 17).data
    assert make_case(seeds, SEED, 17).data != make_case(seeds, SEED + 1, 17).data


def test_the_oracle_catches_a_reader_that_raises(seeds, monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("0/0")

    monkeypatch.setattr(metadata, "read_metadata", broken)
    problem = check_case("file", "x.jpg", seeds["seed-exif.jpg"])
    assert problem and "ZeroDivisionError" in problem


def test_fuzz_metadata_decoding_and_zip_kits(seeds, tmp_path):
    report = run(seeds, SEED, cases=CASES, jobs=2, timeout=20)
    for finding in report.findings:
        finding.save(tmp_path / "findings")
    assert report.cases == CASES
    assert report.by_kind.get("zip", 0) >= 20
    details = "\n\n".join(f"{f.case.label}\n{f.problem}" for f in report.findings[:5])
    assert not report.findings, f"{len(report.findings)} findings (saved in {tmp_path / 'findings'}):\n{details}"
    assert report.seconds < 60
