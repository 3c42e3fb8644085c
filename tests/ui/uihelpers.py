"""Helpers for the window tests: small kits made on the fly, a runner that holds bulk jobs,
and waiting for a kit to open. (Imported as ``uihelpers``: pytest puts this folder on sys.path.)"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from gallery.core.kit import Kit
from gallery.ui.tasks import R, Submitting, Task

CAST = [
    ("Tae-ho", "Song Joong-ki"),
    ("Captain Jang", "Kim Tae-ri"),
    ("Tiger Park", "Jin Seon-kyu"),
    ("Bubs", "Yoo Hai-jin"),
    ("Dorothy", "Park Ye-rin"),
]

# (file, size, colour, characters, keywords, english caption, korean caption or None, release date or None)
STILLS = [
    (
        "ss_01.jpg",
        (480, 270),
        (200, 40, 40),
        ["Tae-ho"],
        ["Victory"],
        "Song Joong-ki as Tae-ho at the helm of The Victory.",
        "승리호의 조종석에 앉은 태호",
        None,
    ),
    (
        "ss_02.jpg",
        (480, 270),
        (40, 160, 60),
        ["Dorothy"],
        ["Earth"],
        "Park Ye-rin as Dorothy looks at the stars.",
        "별을 바라보는 꽃님이",
        None,
    ),
    (
        "ss_03.jpg",
        (270, 480),
        (40, 60, 200),
        ["Dorothy", "Bubs"],
        ["Victory"],
        "Park Ye-rin as Dorothy and Yoo Hai-jin as Bubs share a joke.",
        "꽃님이와 업동이",
        None,
    ),
    (
        "ss_04.jpg",
        (480, 270),
        (220, 200, 40),
        ["Captain Jang", "Tiger Park"],
        ["Victory", "junk"],
        "Kim Tae-ri as Captain Jang and Jin Seon-kyu as Tiger Park in the junk field.",
        None,
        None,
    ),
    (
        "ss_05.jpg",
        (480, 320),
        (160, 40, 180),
        ["Tae-ho", "Dorothy"],
        ["UTS"],
        "Song Joong-ki as Tae-ho carries Dorothy through the UTS dome.",
        "UTS 돔을 지나는 태호와 꽃님이",
        None,
    ),
    (
        "ss_06.jpg",
        (480, 270),
        (40, 180, 190),
        ["Bubs"],
        ["junk"],
        "Yoo Hai-jin as Bubs, the robot with a dream.",
        None,
        "2031-12-01",
    ),
    (
        "ss_07.jpg",
        (480, 270),
        (240, 120, 20),
        ["Tiger Park", "Tae-ho", "Dorothy"],
        ["Victory", "Earth"],
        "Jin Seon-kyu as Tiger Park, Song Joong-ki as Tae-ho and Park Ye-rin as Dorothy at dinner.",
        None,
        None,
    ),
    (
        "ss_08.jpg",
        (400, 400),
        (120, 120, 120),
        [],
        ["Earth"],
        "Earth under oxygen masks, a city in the dust.",
        "먼지에 덮인 도시",
        None,
    ),
]


def _toml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def make_kit(root: Path, stills: list[tuple] | None = None, count: int | None = None) -> Path:
    """A small kit folder: JPEGs of flat, distinct colours and a kit.toml with captions and cast."""
    root.mkdir(parents=True, exist_ok=True)
    stills = list(stills if stills is not None else STILLS)
    lines = [
        'title = "Test Sweepers"',
        'credit = "Netflix"',
        "release_date = 2021-02-05",
        'usage_terms = "Editorial use only."',
        "",
    ]
    for name, actor in CAST:
        lines += ["[[characters]]", f"name = {_toml_str(name)}", f"actor = {_toml_str(actor)}", ""]
    for file, size, colour, chars, keywords, caption, korean, release in stills:
        Image.new("RGB", size, colour).save(root / file, "JPEG", quality=92)
        captions = f'"x-default" = {_toml_str(caption)}'
        if korean:
            captions += f', "ko-KR" = {_toml_str(korean)}'
        lines += [
            f"[stills.{_toml_str(file)}]",
            f"title = {_toml_str(file.rsplit('.', 1)[0].replace('_', ' ').title())}",
            f"captions = {{ {captions} }}",
            "characters = [" + ", ".join(_toml_str(c) for c in chars) + "]",
            "keywords = [" + ", ".join(_toml_str(k) for k in keywords) + "]",
        ]
        if release:
            lines.append(f"release_date = {release}")
        lines.append("")
    (root / "kit.toml").write_text("\n".join(lines), encoding="utf-8")
    return root


def make_big_kit(root: Path, count: int) -> Path:
    """``count`` tiny stills (no manifest), for scheduling tests."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        Image.new("RGB", (64, 40), ((i * 37) % 256, (i * 91) % 256, (i * 53) % 256)).save(
            root / f"still_{i:04d}.jpg", "JPEG", quality=80
        )
    return root


@dataclass
class FakeRunner(Submitting):
    """A ``Runner`` (gallery.ui.tasks; ``run`` is the app's own) that runs the app's ``Task``
    objects on the calling thread: interactive jobs at once, bulk jobs when ``release()``
    says. Lets a test decide exactly when and in which order thumbnails arrive."""

    bulk_threads: int = 2
    held: list[Task[Any]] = field(default_factory=list)
    submitted: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    executed: list[str] = field(default_factory=list)
    hold_interactive: bool = False
    interactive_held: list[Task[Any]] = field(default_factory=list)

    def submit(self, task: Task[R], priority: int) -> None:
        self.submitted.append(task.name)
        if task.interactive and not self.hold_interactive:
            self.execute(task)
        elif task.interactive:
            self.interactive_held.append(task)
        else:
            self.held.append(task)

    def execute(self, task: Task[Any]) -> None:
        if not task.is_wanted():
            self.dropped.append(task.name)
            task.settle()
            return
        self.executed.append(task.name)
        task.deliver(task.execute(task.deliver_progress, task.deliver_partial))

    def release(
        self, count: int | None = None, order: Callable[[list[Task[Any]]], list[Task[Any]]] | None = None
    ) -> int:
        """Run up to ``count`` held bulk jobs (all when None); returns how many ran or were dropped."""
        done = 0
        while self.held and (count is None or done < count):
            batch = order(self.held) if order else list(self.held)
            task = batch[0]
            self.held.remove(task)
            self.execute(task)
            done += 1
        return done

    def shutdown(self, timeout_ms: int = 5000) -> None:
        self.held.clear()

    @property
    def pending(self) -> int:
        return len(self.held)


def open_and_wait(qtbot: Any, window: Any, path: Path, thumbnails: bool = True, timeout: int = 15000) -> Kit:
    """Open ``path`` in ``window`` and wait for the kit (and, by default, every thumbnail)."""
    with qtbot.waitSignal(window.kitLoaded, timeout=timeout):
        window.open_path(path)
    if thumbnails:
        qtbot.waitUntil(lambda: _thumbnails_done(window), timeout=timeout)
    return window.kit


def _thumbnails_done(window: Any) -> bool:
    done, total = window.loader.progress()
    return total > 0 and done == total and window.loader.in_flight == 0
