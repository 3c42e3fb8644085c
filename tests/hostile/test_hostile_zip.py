"""Hostile ZIP kits: names that escape, bombs, damage, encryption, duplicates, odd encodings
and 100,000 entries. Members are read in place: nothing is ever extracted anywhere."""

from __future__ import annotations

import io
import resource
import time
import zipfile
import zlib

import pytest
from conftest import snapshot, write
from hostile_cases import Member, good_jpeg, good_png, many_entries_zip, raw_zip

from gallery.core import kit as kit_module
from gallery.core.imaging import ImageError, load_thumbnail
from gallery.core.kit import KitError, open_kit
from gallery.core.thumbnailer import build_thumbnails

JPEG = good_jpeg(size=(64, 48))


def errors(kit) -> dict[str, str | None]:
    return {s.file: s.error for s in kit.stills}


def thumbs_of(kit, cache) -> dict[str, str]:
    out = {}
    for still in kit.stills:
        try:
            load_thumbnail(kit, still, 64, cache)
            out[still.file] = "ok"
        except ImageError as exc:
            out[still.file] = str(exc)
    return out


def test_names_that_could_escape_are_refused_and_nothing_is_written(tmp_path, cache):
    members = [
        Member(b"good.jpg", JPEG),
        Member(b"../../escape.jpg", JPEG),
        Member(b"a/../../up.jpg", JPEG),
        Member(b"/etc/absolute.jpg", JPEG),
        Member(b"C:/windows.jpg", JPEG),
        Member(b"C:\\windows2.jpg", JPEG),
        Member(b"..\\back.jpg", JPEG),
        Member(b"../nul\x00byte.jpg", JPEG),  # zipfile cuts names at NUL: "../nul", no still
        Member(("x" * 300 + ".jpg").encode(), JPEG),  # long but harmless
        Member(("y" * 2000 + ".jpg").encode(), JPEG),  # too long to be a name
    ]
    world = tmp_path / "world"  # the archive's surroundings (the cache is elsewhere in tmp_path)
    archive = write(world / "box" / "names.zip", raw_zip(members))
    before = snapshot(world)
    kit = open_kit(archive)
    found = errors(kit)
    assert found["good.jpg"] is None
    assert found["x" * 300 + ".jpg"] is None
    refused = {k: v for k, v in found.items() if v}
    assert len(refused) == 7
    assert set(refused.values()) == {"unsafe name in archive, refused"}
    assert thumbs_of(kit, cache)["good.jpg"] == "ok"
    build_thumbnails(kit, size=64, jobs=2, cache=cache)
    assert snapshot(world) == before  # not beside the archive, not above it
    assert not (tmp_path / "escape.jpg").exists() and not (tmp_path.parent / "escape.jpg").exists()


def test_a_member_declared_as_gigabytes_is_refused_unread(tmp_path):
    members = [
        Member(b"good.jpg", JPEG),
        Member(b"huge.jpg", JPEG, size=3 * 1024**3),  # 3 GB claimed
        Member(b"ratio.jpg", b"\xff\xd8" + b"\x00" * (4 * 1024 * 1024), method=8),  # 4 MB of zeros: 1000:1
    ]
    kit = open_kit(write(tmp_path / "bomb.zip", raw_zip(members)))
    found = errors(kit)
    assert found["good.jpg"] is None
    assert found["huge.jpg"] == "too large in archive (3072 MB)"
    assert found["ratio.jpg"] == "suspicious compression ratio, refused"


def test_a_member_that_lies_small_never_inflates_beyond_what_it_declared(tmp_path, cache):
    # 256 MB of zeros deflate to 250 KB; the headers say 10,000 bytes. A reader trusting the
    # stream would inflate all of it; Stills stops at the declared size and checks the CRC.
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\x00" * (1 << 20)
    packed = b"".join(comp.compress(chunk) for _ in range(256)) + comp.flush()
    lie = Member(b"liar.jpg", b"\x00" * 10_000, method=8, packed=packed)
    archive = write(tmp_path / "liar.zip", raw_zip([Member(b"good.jpg", JPEG), lie]))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    kit = open_kit(archive)
    shown = thumbs_of(kit, cache)
    elapsed = time.perf_counter() - started
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    assert kit.still("good.jpg").error is None and shown["good.jpg"] == "ok"
    assert kit.still("liar.jpg").error  # zeros are no image, whichever way it is read
    assert elapsed < 5
    assert grown_mb < 64, f"memory grew by {grown_mb:.0f} MB"


def test_overlapping_members_are_refused(tmp_path):
    # The "better zip bomb": many central entries share one local header and its data.
    members = [Member(b"kernel.jpg", JPEG)] + [
        Member(f"copy{i}.jpg".encode(), JPEG, header_offset=0) for i in range(500)
    ]
    started = time.perf_counter()
    kit = open_kit(write(tmp_path / "overlap.zip", raw_zip(members)))
    assert time.perf_counter() - started < 10
    refused = [s for s in kit.stills if s.error == "overlaps another member in archive, refused"]
    assert len(refused) >= 500


def _three_stills_zip() -> tuple[bytes, list[str]]:
    buf = io.BytesIO()
    names = ["a.jpg", "b.png", "c.jpg", "d.jpg"]
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.jpg", good_jpeg(size=(80, 60)))
        zf.writestr("b.png", good_png())
        zf.writestr("c.jpg", good_jpeg(size=(200, 100), quality=95))
        zf.writestr("d.jpg", good_jpeg(size=(90, 60)))
    return buf.getvalue(), names


def test_a_truncated_archive_shows_what_is_whole(tmp_path, cache):
    data, _ = _three_stills_zip()
    # Cut in the middle of c.jpg's data: a and b are whole, c is cut, d is gone.
    c_header = data.index(b"PK\x03\x04" + data[4:6], data.index(b"b.png") + 10)
    cut_at = c_header + 30 + 5 + 200
    kit = open_kit(write(tmp_path / "cut.zip", data[:cut_at]))
    found = errors(kit)
    assert found == {"a.jpg": None, "b.png": None, "c.jpg": "cut short in archive"}
    assert any("damaged" in w for w in kit.warnings)
    shown = thumbs_of(kit, cache)
    assert shown["a.jpg"] == "ok" and shown["b.png"] == "ok"
    assert shown["c.jpg"] == "cut short in archive"


def test_an_archive_cut_inside_its_directory_is_still_browsable(tmp_path):
    data, _ = _three_stills_zip()
    directory = data.index(b"PK\x01\x02")
    kit = open_kit(write(tmp_path / "cut.zip", data[: directory + 20]))
    assert errors(kit) == {"a.jpg": None, "b.png": None, "c.jpg": None, "d.jpg": None}


def test_a_streamed_archive_cut_short_is_recovered_through_its_data_descriptors(tmp_path, cache):
    class Unseekable(io.RawIOBase):
        def __init__(self):
            self.buf = bytearray()

        def writable(self):
            return True

        def write(self, b):
            self.buf += b
            return len(b)

    sink = Unseekable()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("one.jpg", good_jpeg(size=(40, 30)))
        zf.writestr("two.jpg", good_jpeg(size=(50, 30)))
    data = bytes(sink.buf)
    kit = open_kit(write(tmp_path / "stream.zip", data[: data.index(b"PK\x01\x02")]))
    assert errors(kit) == {"one.jpg": None, "two.jpg": None}
    assert thumbs_of(kit, cache) == {"one.jpg": "ok", "two.jpg": "ok"}


def test_a_zip_that_is_only_a_start_is_refused_in_one_line(tmp_path):
    with pytest.raises(KitError, match="damaged ZIP archive"):
        open_kit(write(tmp_path / "stub.zip", b"PK\x03\x04" + b"\x00" * 26))


def test_encrypted_unsupported_and_crc_damaged_members_have_their_reason(tmp_path, cache):
    members = [
        Member(b"good.jpg", JPEG),
        Member(b"secret.jpg", JPEG, flags=0x1),
        Member(b"aes.jpg", JPEG, method=99),
        Member(b"crc.jpg", JPEG, crc=0x12345678),
        Member(b"deflate-garbage.jpg", JPEG, method=8, packed=b"\xff" * 500),
    ]
    kit = open_kit(write(tmp_path / "mixed.zip", raw_zip(members)))
    found = errors(kit)
    assert found["good.jpg"] is None
    assert found["secret.jpg"] == "encrypted in archive"
    assert found["aes.jpg"] == "unsupported compression in archive"
    assert found["crc.jpg"].startswith("damaged in archive")
    assert found["deflate-garbage.jpg"].startswith(("damaged in archive", "unreadable in archive"))
    assert thumbs_of(kit, cache)["good.jpg"] == "ok"


def test_a_link_stored_in_the_archive_is_never_followed(tmp_path, cache):
    """`zip -y` stores a symlink as a member whose bytes are the target's path."""
    link = zipfile.ZipInfo("passwd.jpg")
    link.create_system = 3  # Unix
    link.external_attr = (0o120777 << 16) | 0x20
    with zipfile.ZipFile(tmp_path / "links.zip", "w") as zf:
        zf.writestr("good.jpg", JPEG)
        zf.writestr(link, "/etc/passwd")
    kit = open_kit(tmp_path / "links.zip")
    assert errors(kit) == {"good.jpg": None, "passwd.jpg": "a link in the archive, not followed"}
    assert thumbs_of(kit, cache)["good.jpg"] == "ok"


def test_duplicate_names_get_their_own_ids(tmp_path, cache):
    members = [Member(b"a.jpg", JPEG), Member(b"a.jpg", good_png()), Member(b"a.jpg", b"third")]
    kit = open_kit(write(tmp_path / "dups.zip", raw_zip(members)))
    assert [s.file for s in kit.stills] == ["a.jpg", "a.jpg (copy 2)", "a.jpg (copy 3)"]
    assert kit.still("a.jpg").error is None and kit.still("a.jpg").format == "JPEG"
    assert kit.still("a.jpg (copy 2)").error == "duplicate name in archive"
    assert thumbs_of(kit, cache)["a.jpg"] == "ok"


def test_names_without_the_utf8_flag_are_shown_best_effort(tmp_path, cache):
    members = [
        Member("café.jpg".encode("cp437"), JPEG),  # what the standard says
        Member("宇宙.jpg".encode("shift_jis"), JPEG),  # a Japanese Windows zip
        Member("한국.jpg".encode(), JPEG),  # UTF-8 without the flag
        Member(b"\xff\xfe\x80\x81.jpg", JPEG),  # nothing in particular
        Member(b"ok.jpg", JPEG, flags=0x800),
    ]
    kit = open_kit(write(tmp_path / "names.zip", raw_zip(members)))
    files = [s.file for s in kit.stills]
    assert "café.jpg" in files and "宇宙.jpg" in files and "한국.jpg" in files and "ok.jpg" in files
    assert all(s.error is None for s in kit.stills), errors(kit)
    assert set(thumbs_of(kit, cache).values()) == {"ok"}
    for name in files:
        name.encode("utf-8")  # printable, writable


def test_a_hundred_thousand_entries_stay_bounded(tmp_path):
    archive = write(tmp_path / "many.zip", many_entries_zip(100_000, still_every=25_000))
    started = time.perf_counter()
    kit = open_kit(archive)
    elapsed = time.perf_counter() - started
    assert len(kit.stills) == 4 and all(s.error is None for s in kit.stills)
    assert elapsed < 20, f"{elapsed:.1f} s"

    empties = write(tmp_path / "empties.zip", many_entries_zip(100_000, name="e/{i}.jpg"))
    started = time.perf_counter()
    kit = open_kit(empties)
    elapsed = time.perf_counter() - started
    assert len(kit.stills) == 100_000 and {s.error for s in kit.stills} == {"empty file"}
    assert elapsed < 30, f"{elapsed:.1f} s"


def test_more_entries_than_allowed_is_a_one_line_refusal(tmp_path, monkeypatch):
    from gallery.core.sources import zip as zip_source

    monkeypatch.setattr(zip_source, "MAX_ZIP_ENTRIES", 1000)
    with pytest.raises(KitError, match="too many entries"):
        open_kit(write(tmp_path / "many.zip", many_entries_zip(1001)))


def test_nested_archives_are_not_opened(tmp_path):
    inner = raw_zip([Member(b"inner.jpg", JPEG)])
    kit = open_kit(write(tmp_path / "outer.zip", raw_zip([Member(b"inner.zip", inner), Member(b"a.jpg", JPEG)])))
    assert [s.file for s in kit.stills] == ["a.jpg"]


def test_hostile_side_files_in_a_zip_are_warnings(tmp_path):
    members = [
        Member(b"a.jpg", JPEG),
        Member(b"kit.toml", b"title = " + b"[" * 50_000),
        Member(b"captions.csv", b"file,caption\na.jpg," + b"x" * 300_000 + b"\n"),
    ]
    kit = open_kit(write(tmp_path / "side.zip", raw_zip(members)))
    assert kit.still("a.jpg").error is None
    assert any(w.startswith("kit.toml:") for w in kit.warnings)
    assert any(w.startswith("captions.csv:") for w in kit.warnings)


def test_a_self_extracting_prefix_and_a_member_past_the_end(tmp_path):
    data = raw_zip(
        [Member(b"a.jpg", JPEG), Member(b"far.jpg", JPEG, header_offset=10**8)], prefix=b"MZ" + b"\x90" * 5000
    )
    kit = open_kit(write(tmp_path / "sfx.zip", data))
    found = errors(kit)
    assert found["a.jpg"] is None
    assert found["far.jpg"]


def test_a_worker_reads_members_without_reparsing_the_archive(tmp_path, monkeypatch):
    """Guard workers get the member's location, not the archive to parse again."""
    archive = write(tmp_path / "many.zip", many_entries_zip(20_000, still_every=5_000))
    kit = open_kit(archive)
    spec = kit_module.source_spec(kit.source, kit.stills[0].file)
    assert spec is not None and spec[0] == "zip" and spec[2] is not None
    with kit_module.open_spec(spec, kit.stills[0].file) as fh:
        assert fh.read(2) == b"\xff\xd8"


def test_a_member_with_an_empty_name_does_not_stop_the_kit(tmp_path):
    """Found by tools/fuzz.py (seed 1126, case 229470)."""
    archive = tmp_path / "kit.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("good.jpg", JPEG)
        zf.writestr(zipfile.ZipInfo(""), b"nameless")
    kit = open_kit(archive)
    assert [s.file for s in kit.stills] == ["good.jpg"]
    assert kit.stills[0].error is None
    assert kit.warnings == ["1 file not shown: 1 without extension"]
