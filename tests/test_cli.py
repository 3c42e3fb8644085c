"""The command line: `gallery info` (the readable summary, the JSON shape), `gallery thumbs`, version,
help and log file, and exit codes without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys

from helpers import jpeg_bytes, write

STILL_KEYS = {
    "file", "title", "caption", "captions", "credit", "creator", "copyright", "source", "keywords",
    "characters", "release_date", "usage_terms", "width", "height", "orientation", "error",
    "titles", "headline", "expiry_date", "embargoed", "expired", "usage_terms_by_language", "instructions",
    "caption_writer", "event", "location", "locations_shown", "location_created", "licensors", "web_statement",
    "alt_text", "alt_texts", "digital_source_type", "disclosure",
}  # fmt: skip


def gallery(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gallery", *args], capture_output=True, text=True, timeout=120)


def test_info_json_has_the_documented_shape(tmp_path):
    write(tmp_path / "a.jpg", jpeg_bytes(size=(300, 100), exif_orientation=8, description="Tae-ho waves."))
    write(tmp_path / "z.jpg", b"")
    write(tmp_path / "kit.toml", b'title = "Tiny kit"\ncredit = "Netflix"\n')
    result = gallery("info", str(tmp_path), "--json")
    assert result.returncode == 1, result.stderr  # z.jpg is empty
    doc = json.loads(result.stdout)
    assert doc["kit"]["title"] == "Tiny kit"
    assert doc["kit"]["count"] == 2
    a, z = doc["stills"]
    assert set(a) >= STILL_KEYS
    assert (a["file"], a["caption"], a["captions"], a["credit"]) == (
        "a.jpg",
        "Tae-ho waves.",
        {"x-default": "Tae-ho waves."},
        "Netflix",
    )
    assert (a["width"], a["height"], a["orientation"], a["error"]) == (100, 300, 8, None)
    assert (a["keywords"], a["characters"], a["release_date"]) == ([], [], None)
    assert z["error"] == "empty file"


def test_info_summary_is_readable(tmp_path):
    write(tmp_path / "a.jpg", jpeg_bytes(description="Tae-ho waves."))
    result = gallery("info", str(tmp_path))
    assert result.returncode == 0
    assert "a.jpg  320×200" in result.stdout
    assert "Tae-ho waves." in result.stdout


def test_info_says_where_a_caption_came_from_when_not_from_the_still(tmp_path):
    write(tmp_path / "a.jpg", jpeg_bytes(description="Embedded words."))
    write(tmp_path / "b.jpg", jpeg_bytes(description="Tae-ho waves."))
    (tmp_path / "captions.csv").write_text("file,caption\na.jpg,Captain Jang at the helm.\n")
    result = gallery("info", str(tmp_path))
    block_a = result.stdout.split("a.jpg  ")[1].split("b.jpg  ")[0]
    block_b = result.stdout.split("b.jpg  ")[1]
    assert "Captain Jang at the helm." in block_a and "Caption from captions.csv" in block_a
    assert "Caption from" not in block_b


def test_info_on_a_missing_path_is_one_line_and_exit_2(tmp_path):
    result = gallery("info", str(tmp_path / "nope"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "Traceback" not in result.stderr
    assert "no such file or folder" in result.stderr


def test_thumbs_builds_once_then_finds_them_cached(tmp_path):
    write(tmp_path / "kit" / "a.jpg", jpeg_bytes(size=(800, 400)))
    write(tmp_path / "kit" / "b.jpg", jpeg_bytes(size=(400, 800)))
    write(tmp_path / "kit" / "bad.jpg", b"<html></html>")
    first = gallery("thumbs", str(tmp_path / "kit"), "--jobs", "2")
    assert first.returncode == 1, first.stderr  # one still failed
    assert "2 made, 0 already cached, 1 failed" in first.stdout
    assert "failed: bad.jpg: not an image (text)" in first.stderr
    assert "failed" not in first.stdout.split("cached,")[1].split("failed")[1]
    second = gallery("thumbs", str(tmp_path / "kit"))
    assert "0 made, 2 already cached, 1 failed" in second.stdout
    assert sorted(p.name for p in (tmp_path / "kit").iterdir()) == ["a.jpg", "b.jpg", "bad.jpg"]
    quiet = gallery("thumbs", "-q", str(tmp_path / "kit"))
    assert quiet.stdout == "" and "failed: bad.jpg" in quiet.stderr and quiet.returncode == 1
    write(tmp_path / "good" / "a.jpg", jpeg_bytes())
    assert gallery("thumbs", str(tmp_path / "good")).returncode == 0


def test_version_and_help(tmp_path):
    version = gallery("--version")
    assert version.returncode == 0 and version.stdout.startswith("Stills ")
    helped = gallery("--help")
    assert helped.returncode == 0
    for command in ("open", "info", "thumbs"):
        assert f"    {command} " in helped.stdout, command
    assert "exit status:" in helped.stdout and "  1   the kit opened but some stills" in helped.stdout
    info_help = gallery("info", "--help")
    assert "--json" in info_help.stdout and "exit status:" in info_help.stdout
    assert "--new-window" in gallery("open", "--help").stdout
    wrong = gallery("info", "--no-such-option")
    assert wrong.returncode == 2 and "unrecognized arguments: --no-such-option" in wrong.stderr


def test_log_file_goes_to_the_state_dir(tmp_path):
    import os

    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    write(tmp_path / "kit" / "a.jpg", jpeg_bytes())
    result = subprocess.run(
        [sys.executable, "-m", "gallery", "info", str(tmp_path / "kit"), "--verbose"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0
    assert (tmp_path / "state" / "stills" / "stills.log").is_file()


def test_an_image_opens_its_folder_on_that_still_and_several_paths_open_them_all(tmp_path, monkeypatch):
    import gallery.ui.app
    import gallery.ui.instance
    from gallery.cli import main

    write(tmp_path / "kit" / "a.jpg", jpeg_bytes())
    write(tmp_path / "kit" / "b.jpg", jpeg_bytes())
    write(tmp_path / "other" / "c.jpg", jpeg_bytes())
    calls = []

    def run(targets, isolation=None, serve=False):
        calls.append((targets, serve))
        return 0

    monkeypatch.setattr(gallery.ui.app, "run", run)
    handed = []
    monkeypatch.setattr(gallery.ui.instance, "hand_over", lambda targets: handed.append(targets) and False)
    kit = str((tmp_path / "kit").resolve())
    assert main([str(tmp_path / "kit" / "b.jpg")]) == 0
    assert main([str(tmp_path / "kit")]) == 0
    assert main([str(tmp_path / "kit" / "a.jpg"), str(tmp_path / "kit" / "b.jpg"), str(tmp_path / "other")]) == 0
    assert main(["--new-window", str(tmp_path / "other" / "c.jpg")]) == 0
    assert main(["-v", "open"]) == 0
    assert calls == [
        ([(kit, ["b.jpg"])], True),
        ([(str(tmp_path / "kit"), [])], True),
        ([(kit, ["a.jpg", "b.jpg"]), (str(tmp_path / "other"), [])], True),
        ([(str((tmp_path / "other").resolve()), ["c.jpg"])], False),
        ([], True),
    ]
    assert len(handed) == 4  # every one but --new-window asked a running Stills first


def test_info_exits_1_with_the_reason_on_stderr_when_a_still_failed(tmp_path):
    write(tmp_path / "kit" / "a.jpg", jpeg_bytes(description="Tae-ho waves."))
    write(tmp_path / "kit" / "bad.jpg", b"<html></html>")
    result = gallery("info", str(tmp_path / "kit"))
    assert result.returncode == 1
    assert result.stderr == f"gallery: {tmp_path / 'kit' / 'bad.jpg'}: not an image (text)\n"
    assert "Tae-ho waves." in result.stdout and "! not an image (text)" in result.stdout
    as_json = gallery("info", "--json", str(tmp_path / "kit"))
    assert as_json.returncode == 1 and json.loads(as_json.stdout)["kit"]["count"] == 2
    (tmp_path / "kit" / "bad.jpg").unlink()
    assert gallery("info", "-q", str(tmp_path / "kit")).returncode == 0


def test_info_takes_image_files_and_several_kits(tmp_path):
    write(tmp_path / "kit" / "a.jpg", jpeg_bytes(description="Tae-ho waves."))
    write(tmp_path / "kit" / "b.jpg", jpeg_bytes(description="Tiger looks up."))
    write(tmp_path / "kit" / "notes.txt", b"hello")
    write(tmp_path / "other" / "c.jpg", jpeg_bytes(description="Bubs smiles."))
    one = gallery("info", "--json", str(tmp_path / "kit" / "b.jpg"))
    assert one.returncode == 0, one.stderr
    doc = json.loads(one.stdout)
    assert [s["file"] for s in doc["stills"]] == ["b.jpg"] and doc["kit"]["count"] == 1
    text = gallery("info", str(tmp_path / "kit" / "a.jpg"))
    assert "Tae-ho waves." in text.stdout and "Tiger" not in text.stdout
    both = gallery("info", "--json", str(tmp_path / "kit" / "a.jpg"), str(tmp_path / "other"))
    assert [[s["file"] for s in d["stills"]] for d in json.loads(both.stdout)] == [["a.jpg"], ["c.jpg"]]
    not_a_still = gallery("info", str(tmp_path / "kit" / "notes.txt"))
    assert not_a_still.returncode == 2 and "notes.txt: not a still Stills shows" in not_a_still.stderr


def test_info_shows_progress_on_a_terminal_for_a_big_kit(tmp_path):
    import os
    import pty

    from gallery.cli import BIG_KIT

    for i in range(BIG_KIT):
        write(tmp_path / "kit" / f"s{i:03}.jpg", jpeg_bytes(size=(16, 16)))
    leader, follower = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "gallery", "info", "--json", str(tmp_path / "kit")],
            stdout=subprocess.PIPE,
            stderr=follower,
            timeout=120,
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert result.returncode == 0
    assert f"{BIG_KIT}/{BIG_KIT}".encode() in shown and b"reading [" in shown
    assert json.loads(result.stdout)["kit"]["count"] == BIG_KIT  # stdout is data only
    piped = gallery("info", "--json", str(tmp_path / "kit"))
    assert piped.stderr == ""  # not a terminal: no progress


def test_a_kit_folder_whose_name_is_not_utf8(tmp_path):
    import os

    folder = os.path.join(os.fsencode(tmp_path), b"caf\xe9 kit")
    os.mkdir(folder)
    with open(os.path.join(folder, b"a.jpg"), "wb") as fh:
        fh.write(jpeg_bytes())
    result = gallery("info", os.fsdecode(folder), "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["kit"]["path"].endswith("caf\\xe9 kit")
    assert doc["kit"]["count"] == 1
    assert gallery("info", os.fsdecode(folder)).returncode == 0


def test_info_shows_the_press_fields_of_the_reference_stand_in(tmp_path):
    """The IPTC reference image's stand-in: its press fields in the JSON and in the summary."""
    from pathlib import Path

    press = Path(__file__).resolve().parent / "fixtures" / "press"
    for name in ("iptc_reference_standin.jpg", "expired.jpg", "ai_generated.jpg"):
        write(tmp_path / name, (press / name).read_bytes())
    doc = json.loads(gallery("info", str(tmp_path), "--json").stdout)
    ref = {s["file"]: s for s in doc["stills"]}["iptc_reference_standin.jpg"]
    assert ref["headline"] == "The Headline (ref2021.1)"
    assert ref["instructions"] == "An Instruction (ref2021.1)"
    assert ref["usage_terms"] == "Rights Usage Terms (ref2021.1)"
    assert ref["licensors"][0] == {"name": "Licensor1 (ref2021.1)", "url": "http://www.LicensorURL1.org/ref2021.1"}
    # A first reading (the catalog keeps what the JSON run read; it does not hold the press
    # fields until catalog.py decodes rows with Still.from_json).
    (tmp_path / "again").mkdir()
    for name in ("iptc_reference_standin.jpg", "expired.jpg", "ai_generated.jpg"):
        write(tmp_path / "again" / name, (press / name).read_bytes())
    text = gallery("info", str(tmp_path / "again")).stdout
    for line in (
        "Headline: The Headline (ref2021.1)",
        "Event: An Event (ref2021.1)",
        "Special instructions: An Instruction (ref2021.1)",
        "Caption writer: Description Writer (ref2021.1)",
        "Taken at: Location Name (Location created1) (ref2021.1)",
        "Expires: 2020-01-31T18:00:00+00:00 (expired)",
        "Digital source: Trained algorithmic media (AI-generated)",
    ):
        assert line in text, line
