"""`gallery info` and `gallery thumbs` on hostile kits, each in its own process as a user runs
them: exit 0, no traceback, every bad still named with its reason, the kit untouched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile

import pytest
from conftest import build_hostile_kit, snapshot, write
from hostile_cases import GOOD_FILES, Member, good_jpeg, hostile_files, raw_zip

CASES = {c.name: c for c in hostile_files()}


def gallery(*args: str, cache: os.PathLike[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONWARNINGS": ""}
    return subprocess.run(
        [sys.executable, "-m", "gallery", *args], capture_output=True, text=True, env=env, timeout=timeout
    )


@pytest.fixture(scope="module")
def hostile_zip(tmp_path_factory):
    """The per-file cases again, zipped in a folder, with hostile members of its own."""
    root = tmp_path_factory.mktemp("zipkit")
    buf = root / "hostile.zip"
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for case in hostile_files():
            zf.writestr(f"Kit/{case.name}", case.data)
        for name, make in GOOD_FILES.items():
            zf.writestr(f"Kit/{name}", make())
    extra = raw_zip([Member(b"Kit/../escape.jpg", good_jpeg()), Member(b"Kit/secret.jpg", good_jpeg(), flags=1)])
    # Append the extra members by rewriting: simplest is a second archive beside it.
    write(root / "extra.zip", extra)
    return buf


def test_gallery_info_json_on_the_hostile_folder(tmp_path):
    kit = build_hostile_kit(tmp_path / "kit")
    before = snapshot(kit)
    started = time.perf_counter()
    result = gallery("info", str(kit), "--json", cache=tmp_path / "xdg")
    elapsed = time.perf_counter() - started
    assert result.returncode == 1, result.stderr[-2000:]  # the kit opened, some stills did not
    assert "Traceback" not in result.stderr
    # Only our one line per unreadable still on stderr: not even a library's warning.
    unread = {name for name, case in CASES.items() if case.error}
    lines = result.stderr.splitlines()
    assert all(line.startswith(f"gallery: {kit}/") for line in lines), result.stderr[-2000:]
    assert {line.removeprefix(f"gallery: {kit}/").split(": ")[0] for line in lines} == unread
    doc = json.loads(result.stdout)
    by_file = {s["file"]: s for s in doc["stills"]}
    for name, case in CASES.items():
        if case.error:
            assert by_file[name]["error"].startswith(case.error), (name, by_file[name]["error"])
        else:
            assert by_file[name]["error"] is None, (name, by_file[name]["error"])
    for name in GOOD_FILES:
        assert by_file[name]["error"] is None
    assert elapsed < 60
    assert snapshot(kit) == before


def test_gallery_info_text_on_the_hostile_folder(tmp_path):
    kit = build_hostile_kit(tmp_path / "kit")
    result = gallery("info", str(kit), cache=tmp_path / "xdg")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "\x1b" not in result.stdout
    assert "! image too large (65500×65500)" in result.stdout
    assert "! empty file" in result.stdout


def test_gallery_thumbs_on_the_hostile_folder(tmp_path):
    kit = build_hostile_kit(tmp_path / "kit")
    before = snapshot(kit)
    result = gallery("thumbs", str(kit), "-j", "2", cache=tmp_path / "xdg")
    assert result.returncode == 1, result.stderr[-2000:]  # some stills have no thumbnail
    assert "Traceback" not in result.stderr
    failed = [line for line in result.stderr.splitlines() if line.startswith("  failed: ")]
    failed_names = {line.split(": ")[1] for line in failed}
    for name, case in CASES.items():
        if case.thumb_reason not in (None, "any"):
            assert name in failed_names, name
    for name in GOOD_FILES:
        assert name not in failed_names
    assert snapshot(kit) == before
    # Again: everything is cached or a remembered failure, nothing is decoded twice.
    again = gallery("thumbs", str(kit), "-j", "2", cache=tmp_path / "xdg")
    assert " 0 made" in again.stdout and again.returncode == 1  # the same failures, remembered


def test_gallery_on_the_hostile_zip(tmp_path, hostile_zip):
    before = snapshot(hostile_zip.parent)
    info = gallery("info", str(hostile_zip), "--json", cache=tmp_path / "xdg")
    assert info.returncode == 1 and "Traceback" not in info.stderr, info.stderr[-2000:]
    by_file = {s["file"]: s for s in json.loads(info.stdout)["stills"]}
    assert by_file["bomb.png"]["error"] == "image too large (60000×60000)"
    assert by_file["good/one.jpg"]["error"] is None
    thumbs = gallery("thumbs", str(hostile_zip), cache=tmp_path / "xdg")
    assert thumbs.returncode == 1 and "Traceback" not in thumbs.stderr
    extra = gallery("info", str(hostile_zip.parent / "extra.zip"), "--json", cache=tmp_path / "xdg")
    errors = {s["file"]: s["error"] for s in json.loads(extra.stdout)["stills"]}
    assert errors == {"Kit/../escape.jpg": "unsafe name in archive, refused", "Kit/secret.jpg": "encrypted in archive"}
    assert snapshot(hostile_zip.parent) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"PK\x05\x06" + b"\x00" * 18, b"PK\x03\x04" + b"\x00" * 26, b"not a zip at all"],
    ids=["empty", "only-an-end-record", "only-a-start", "text"],
)
def test_a_path_that_is_no_kit_is_one_line_and_exit_2(tmp_path, content):
    path = write(tmp_path / "broken.zip", content)
    result = gallery("info", str(path), cache=tmp_path / "xdg")
    assert result.returncode in (0, 2)
    assert "Traceback" not in result.stderr
    if result.returncode == 2:
        assert result.stderr.startswith("gallery: ") and result.stderr.count("\n") == 1
