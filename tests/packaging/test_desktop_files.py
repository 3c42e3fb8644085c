"""The menu entry, the AppStream metainfo, the icons and the user install script.

With ``desktop-file-validate`` and ``appstreamcli`` installed (Debian: desktop-file-utils,
appstream) the files are checked by the real validators; without them, by the Python checks
below, which cover the rules those validators would apply to these files. The content checks
(MIME types, categories, version, icon) run either way.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

import gallery

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
ICONS = REPO / "assets" / "icons"
APP_ID = "io.github.stills.Stills"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
INSTALL = PACKAGING / "install-desktop.sh"

MIME_TYPES = {
    "inode/directory",
    "application/zip",
    "image/jpeg",
    "image/png",
    "image/tiff",
    "image/webp",
    "image/gif",
    "image/avif",
}
# The keys of the Desktop Entry Specification 1.5 that a Type=Application entry may use.
DESKTOP_KEYS = {
    "Type", "Version", "Name", "GenericName", "NoDisplay", "Comment", "Icon", "Hidden", "OnlyShowIn",
    "NotShowIn", "DBusActivatable", "TryExec", "Exec", "Path", "Terminal", "Actions", "MimeType",
    "Categories", "Implements", "Keywords", "StartupNotify", "StartupWMClass", "PrefersNonDefaultGPU",
    "SingleMainWindow",
}  # fmt: skip
LIST_KEYS = {"OnlyShowIn", "NotShowIn", "Actions", "MimeType", "Categories", "Implements", "Keywords"}
BOOLEAN_KEYS = {"NoDisplay", "Hidden", "DBusActivatable", "Terminal", "StartupNotify", "PrefersNonDefaultGPU",
                "SingleMainWindow"}  # fmt: skip
MAIN_CATEGORIES = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics", "Network",
                   "Office", "Science", "Settings", "System", "Utility"}  # fmt: skip
FIELD_CODES = {"%f", "%F", "%u", "%U", "%i", "%c", "%k"}


def read_desktop(path: Path = DESKTOP) -> dict[str, str]:
    """The [Desktop Entry] group (strict: a duplicated key or group is an error)."""
    parser = configparser.ConfigParser(interpolation=None, strict=True, delimiters=("=",), comment_prefixes=("#",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    assert parser.sections()[0] == "Desktop Entry", "the first group must be [Desktop Entry]"
    return dict(parser["Desktop Entry"])


def split_list(value: str) -> list[str]:
    return [item for item in value.split(";") if item]


def read_metainfo(path: Path = METAINFO) -> ET.Element:
    return ET.parse(path).getroot()


def python_desktop_problems(path: Path) -> list[str]:
    """What desktop-file-validate would reject in these files, checked without it."""
    problems = []
    text = path.read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#") or re.fullmatch(r"\[[^\[\]]+\]", line):
            continue
        match = re.fullmatch(r"([A-Za-z0-9-]+)(\[[A-Za-z_@.]+\])?=(.*)", line)
        if not match:
            problems.append(f"line {number}: not 'Key=value': {line!r}")
        elif line != line.rstrip() or " =" in line or "= " in line.split("=", 1)[0] + "=":
            problems.append(f"line {number}: stray whitespace: {line!r}")
    entry = read_desktop(path)
    for key, value in entry.items():
        base = key.split("[", 1)[0]
        if base not in DESKTOP_KEYS and not base.startswith("X-"):
            problems.append(f"unknown key {key}")
        if base in LIST_KEYS and not value.endswith(";"):
            problems.append(f"{key}: a list must end with ';'")
        if base in BOOLEAN_KEYS and value not in ("true", "false"):
            problems.append(f"{key}: not a boolean: {value}")
    for key in ("Type", "Name", "Exec"):
        if key not in entry:
            problems.append(f"missing required key {key}")
    if entry.get("Type") != "Application":
        problems.append("Type must be Application")
    if entry.get("Version") not in (None, "1.0", "1.1", "1.2", "1.3", "1.4", "1.5"):
        problems.append(f"unknown Version {entry.get('Version')}")
    codes = re.findall(r"%.", entry.get("Exec", ""))
    if any(code not in FIELD_CODES for code in codes):
        problems.append(f"Exec: unknown field code in {entry['Exec']!r}")
    if len([c for c in codes if c in {"%f", "%F", "%u", "%U"}]) > 1:
        problems.append("Exec: more than one file or URL field code")
    categories = split_list(entry.get("Categories", ""))
    if not MAIN_CATEGORIES & set(categories):
        problems.append("Categories: no main category")
    if "Viewer" in categories and "Graphics" not in categories:
        problems.append("Categories: Viewer needs Graphics (or Office)")
    for mime in split_list(entry.get("MimeType", "")):
        if not re.fullmatch(r"[a-z]+/[A-Za-z0-9.+-]+", mime):
            problems.append(f"MimeType: not a MIME type: {mime}")
    if "Icon" in entry and ("/" not in entry["Icon"]) and re.search(r"\.(png|svg|xpm)$", entry["Icon"]):
        problems.append("Icon: a name must not have an extension")
    return problems


def python_metainfo_problems(path: Path) -> list[str]:
    """What `appstreamcli validate` would reject in this file, checked without it."""
    problems = []
    root = read_metainfo(path)
    if root.tag != "component" or root.get("type") != "desktop-application":
        problems.append("root must be <component type='desktop-application'>")
    for tag in ("id", "name", "summary", "metadata_license", "project_license", "description"):
        if root.find(tag) is None:
            problems.append(f"missing <{tag}>")
    cid = root.findtext("id", "")
    if not re.fullmatch(r"[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+){2,}", cid):
        problems.append(f"<id> is not reverse-DNS: {cid}")
    summary = root.findtext("summary", "")
    if summary.endswith(".") or len(summary) > 80:
        problems.append("<summary> must be short and not end with a period")
    if root.findtext("metadata_license") not in ("CC0-1.0", "FSFAP", "MIT", "CC-BY-3.0", "CC-BY-4.0"):
        problems.append("<metadata_license> is not a permissive license")
    description = root.find("description")
    if description is not None:
        for child in description:
            if child.tag not in ("p", "ul", "ol"):
                problems.append(f"<description> may hold only p, ul, ol, not {child.tag}")
    launchables = [el for el in root.findall("launchable") if el.get("type") == "desktop-id"]
    if not launchables:
        problems.append("no <launchable type='desktop-id'>")
    for release in root.iterfind("releases/release"):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", release.get("date", "")):
            problems.append(f"release {release.get('version')}: date must be YYYY-MM-DD")
    for image in root.iterfind("screenshots/screenshot/image"):
        if not (image.text or "").startswith("https://"):
            problems.append(f"screenshot image must be an https URL: {image.text}")
    rating = root.find("content_rating")
    if rating is None or not (rating.get("type") or "").startswith("oars-"):
        problems.append("no OARS <content_rating>")
    return problems


# --- the validators, or the Python checks in their place ------------------------------------------


def test_desktop_file_validates():
    tool = shutil.which("desktop-file-validate")
    if tool:
        result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "error" not in (result.stdout + result.stderr).lower(), result.stdout + result.stderr
    assert python_desktop_problems(DESKTOP) == []


def test_metainfo_validates():
    tool = shutil.which("appstreamcli")
    if tool:
        result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        assert not re.search(r"^[EW]: ", result.stdout, re.MULTILINE), result.stdout
    assert python_metainfo_problems(METAINFO) == []


def test_python_checks_catch_broken_files(tmp_path):
    """The fallback checks are the test without the tools, so they must catch real mistakes."""
    broken = tmp_path / "broken.desktop"
    broken.write_text(
        "[Desktop Entry]\nType=Application\nName=Stills\nExec=gallery %f %U\nCategories=Viewer\n"
        "MimeType=image/jpeg\nTerminal=no\nFrobnicate=1\n",
        encoding="utf-8",
    )
    problems = "\n".join(python_desktop_problems(broken))
    for expected in ("more than one", "no main category", "Viewer needs Graphics", "MimeType: a list", "Terminal",
                     "unknown key Frobnicate"):  # fmt: skip
        assert expected in problems
    meta = tmp_path / "broken.metainfo.xml"
    meta.write_text(
        '<component type="desktop-application"><id>stills</id><name>Stills</name><summary>A gallery.</summary>'
        "<metadata_license>GPL-3.0</metadata_license><project_license>MIT</project_license>"
        "<description><div/></description></component>",
        encoding="utf-8",
    )
    problems = "\n".join(python_metainfo_problems(meta))
    for expected in ("reverse-DNS", "period", "permissive", "<description> may hold", "launchable", "OARS"):
        assert expected in problems


# --- what the files say ---------------------------------------------------------------------------


def test_desktop_entry_content():
    entry = read_desktop()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Stills"
    assert entry["GenericName"] and entry["Comment"]
    assert entry["Terminal"] == "false"
    assert entry["Exec"].split()[0] == "gallery"
    assert entry["Exec"].split()[1:] in (["%f"], ["%F"], ["%u"], ["%U"])
    assert entry["TryExec"] == "gallery"
    assert {"Graphics", "Viewer", "Photography"} <= set(split_list(entry["Categories"]))
    assert len(split_list(entry["Keywords"])) >= 3
    assert entry["Icon"] == APP_ID


def test_mime_types_cover_what_gallery_opens():
    declared = set(split_list(read_desktop()["MimeType"]))
    assert {"application/zip", "image/jpeg"} <= declared
    assert declared == MIME_TYPES


def test_metainfo_content():
    root = read_metainfo()
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("developer/name") or root.findtext("developer_name")
    assert root.find("description/p") is not None
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert (PACKAGING / root.findtext("launchable[@type='desktop-id']")).is_file()
    assert root.findtext("icon[@type='stock']") == read_desktop()["Icon"]
    assert [b.text for b in root.iterfind("provides/binary")] == ["gallery", "stills"]
    assert {m.text for m in root.iterfind("provides/mediatype")} == MIME_TYPES
    assert {c.text for c in root.iterfind("categories/category")} == set(split_list(read_desktop()["Categories"]))
    assert root.find("content_rating[@type='oars-1.1']") is not None
    controls = {c.text for group in ("recommends", "supports") for c in root.iterfind(f"{group}/control")}
    assert {"keyboard", "pointing"} <= controls
    shots = list(root.iterfind("screenshots/screenshot"))
    assert shots and shots[0].get("type") == "default"
    assert shots[0].findtext("image").endswith("/docs/screenshot.png")
    assert shots[0].findtext("caption")


def test_metainfo_has_release_notes_for_this_version():
    releases = list(read_metainfo().iterfind("releases/release"))
    assert releases, "no <releases>"
    newest = releases[0]  # AppStream lists the newest release first
    assert newest.get("version") == gallery.__version__
    assert newest.find("description/p") is not None or newest.find("description/ul") is not None
    versions = [tuple(int(n) for n in r.get("version").split(".")) for r in releases]
    assert versions == sorted(versions, reverse=True)


# --- the icon -------------------------------------------------------------------------------------


def test_icon_exists_as_svg_and_pngs():
    """The desktop file names the icon by the app id; install-desktop.sh installs assets/icons/stills.* so."""
    svg = ICONS / "stills.svg"
    assert svg.is_file(), f"{svg} is missing"
    root = ET.parse(svg).getroot()
    assert root.tag in ("svg", "{http://www.w3.org/2000/svg}svg")
    pngs = sorted((ICONS / "hicolor").glob("*/apps/stills.png"))
    sizes = set()
    for png in pngs:
        folder = png.parent.parent.name
        match = re.fullmatch(r"(\d+)x\1(@2)?", folder)
        assert match, f"unexpected icon folder {folder}"
        expected = int(match.group(1)) * (2 if match.group(2) else 1)
        with Image.open(png) as image:
            assert image.size == (expected, expected), f"{png} is {image.size}"
        sizes.add(int(match.group(1)))
    # AppStream catalogs and menus use 64 and 128; 48 is the classic menu size.
    assert {48, 64, 128} <= sizes, f"PNG sizes found: {sorted(sizes)}"


# --- the user install -----------------------------------------------------------------------------


def run_install(data: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_DATA_HOME=str(data))
    return subprocess.run(["bash", str(INSTALL), *args], capture_output=True, text=True, env=env, timeout=60)


def test_install_desktop_puts_files_where_the_desktop_looks(tmp_path):
    data = tmp_path / "data"
    result = run_install(data)
    assert result.returncode == 0, result.stderr
    desktop = data / "applications" / DESKTOP.name
    assert desktop.read_text(encoding="utf-8") == DESKTOP.read_text(encoding="utf-8")
    assert (data / "metainfo" / METAINFO.name).is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for png in (ICONS / "hicolor").glob("*/apps/stills.png"):
        size = png.parent.parent.name
        assert (data / "icons" / "hicolor" / size / "apps" / f"{APP_ID}.png").read_bytes() == png.read_bytes()

    result = run_install(data, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not desktop.exists()
    assert not list((data / "icons").rglob(f"{APP_ID}.*"))


def test_install_desktop_points_at_a_built_app(tmp_path):
    app = tmp_path / "My Apps" / "stills" / "stills"
    app.parent.mkdir(parents=True)
    app.write_text("#!/bin/sh\n", encoding="utf-8")
    app.chmod(0o755)
    data = tmp_path / "data"
    result = run_install(data, "--exec", str(app))
    assert result.returncode == 0, result.stderr
    installed = data / "applications" / DESKTOP.name
    entry = read_desktop(installed)
    assert entry["Exec"] == f'"{app}" %F'
    assert entry["TryExec"] == str(app)
    assert python_desktop_problems(installed) == []
    tool = shutil.which("desktop-file-validate")
    if tool:
        check = subprocess.run([tool, str(installed)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout


def test_launcher_runs_the_gallery_command():
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "stills_launcher.py"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Stills {gallery.__version__}"


@pytest.mark.parametrize("script", ["build.sh", "install-desktop.sh"])
def test_scripts_parse(script):
    result = subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_spec_bundles_the_kit_where_the_package_looks():
    """gallery.core.kit.sample_kit_path() looks for <package>/sample_kit first; the spec must put it there."""
    spec = (PACKAGING / "stills.spec").read_text(encoding="utf-8")
    assert '"gallery/sample_kit"' in spec
    assert '"gallery/icons"' in spec
    assert "stills_launcher.py" in spec
