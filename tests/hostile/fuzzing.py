"""A mutation fuzzer for metadata reading, decoding and ZIP kits (used by the CI test and by
tools/fuzz.py for long runs).

Seeds are small re-encodings of the sample kit's stills that keep every metadata segment of
the originals (EXIF, IPTC IIM, XMP), plus a TIFF, a GIF and a WebP built here. Each case is
a seed put through a few mutations (bit flips, interesting bytes, truncation, slices copied
from another seed, JPEG segments and PNG chunks spliced or with lying lengths) chosen by a
seeded random generator, so a case number always makes the same bytes.

The oracle, run in a guard worker (a native crash or a hang is caught and reported, not
suffered): ``read_metadata`` returns (never raises) a still whose JSON prints as UTF-8;
``decode_stream`` returns an image that fits the box or raises ImageError, nothing else; for
ZIP cases ``open_kit`` raises only KitError and ``load_thumbnail`` only ImageError. Each
check is also timed.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import struct
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

#: A case slower than this is a finding too (the limits should stop anything well before).
SLOW_SECONDS = 5.0


# --- seeds ---------------------------------------------------------------------------------


def _jpeg_segments(data: bytes) -> list[bytes]:
    """The APPn segments of a JPEG header, as raw bytes (marker, length, payload)."""
    found, pos = [], 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xDA:
            break
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if 0xE1 <= marker <= 0xEF:
            found.append(data[pos : pos + 2 + length])
        pos += 2 + length
    return found


def _small(path: Path, width: int) -> Image.Image:
    with Image.open(path) as im:
        im.draft("RGB", (width, width))
        im = im.convert("RGB")
        im.thumbnail((width, width))
        return im


def make_seeds(sample_dir: Path | None, width: int = 160) -> dict[str, bytes]:
    """Small stills that carry the sample kit's metadata, by name."""
    seeds: dict[str, bytes] = {}
    if sample_dir is not None and sample_dir.is_dir():
        for path in sorted(sample_dir.iterdir()):
            suffix = path.suffix.lower()
            if suffix in (".jpg", ".jpeg"):
                original = path.read_bytes()
                buf = io.BytesIO()
                _small(path, width).save(buf, "JPEG", quality=80)
                small = buf.getvalue()
                # SOI, the original's metadata segments, then the small image after its APP0.
                rest = small[2 + 2 + struct.unpack(">H", small[4:6])[0] :] if small[3] == 0xE0 else small[2:]
                seeds[path.name] = small[:2] + b"".join(_jpeg_segments(original)) + rest
            elif suffix == ".png":
                with Image.open(path) as im:
                    xmp = im.info.get("XML:com.adobe.xmp") or im.info.get("xmp")
                from PIL import PngImagePlugin

                info = PngImagePlugin.PngInfo()
                if xmp:
                    info.add_itxt("XML:com.adobe.xmp", xmp if isinstance(xmp, str) else xmp.decode("utf-8", "replace"))
                buf = io.BytesIO()
                _small(path, width).save(buf, "PNG", pnginfo=info)
                seeds[path.name] = buf.getvalue()
            elif suffix == ".webp":
                with Image.open(path) as im:
                    xmp = im.info.get("xmp")
                buf = io.BytesIO()
                _small(path, width).save(buf, "WEBP", quality=70, xmp=xmp or b"")
                seeds[path.name] = buf.getvalue()
    # Formats the sample kit lacks, with metadata where the format has it.
    from hostile_cases import iim_dataset, xmp_packet

    base = Image.new("RGB", (96, 64), (40, 90, 160))
    base.paste((240, 220, 30), (0, 0, 24, 16))
    buf = io.BytesIO()
    iim = iim_dataset(2, 120, b"Caption from IIM") + iim_dataset(2, 5, b"Title")
    base.save(buf, "TIFF", tiffinfo={270: "A TIFF description", 700: xmp_packet("TIFF XMP"), 33723: iim})
    seeds["seed.tif"] = buf.getvalue()
    buf = io.BytesIO()
    frames = [base.convert("P"), Image.new("P", (96, 64), 7)]
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], comment=b"a comment")
    seeds["seed.gif"] = buf.getvalue()
    exif = Image.Exif()
    exif[0x010E] = "EXIF description"
    exif[0x0112] = 6
    buf = io.BytesIO()
    base.save(buf, "JPEG", quality=80, exif=exif.tobytes())
    seeds["seed-exif.jpg"] = buf.getvalue()
    return seeds


# --- mutations -----------------------------------------------------------------------------

INTERESTING = [0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF]
INTERESTING_16 = [0, 1, 0x7FFF, 0x8000, 0xFFFE, 0xFFFF]
INTERESTING_32 = [0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x10000, 1_000_000_000]


def _flip_bits(rng: random.Random, data: bytearray, _others: list[bytes]) -> str:
    n = rng.choice((1, 1, 2, 4, 8, 32))
    for _ in range(n):
        pos = rng.randrange(len(data))
        data[pos] ^= 1 << rng.randrange(8)
    return f"flip{n}"


def _interesting(rng: random.Random, data: bytearray, _others: list[bytes]) -> str:
    pos = rng.randrange(len(data))
    width = rng.choice((1, 2, 4))
    if width == 1:
        data[pos] = rng.choice(INTERESTING)
    else:
        values = INTERESTING_16 if width == 2 else INTERESTING_32
        value = rng.choice(values).to_bytes(width, rng.choice(("big", "little")))
        data[pos : pos + width] = value
    return f"set{width}"


def _truncate(rng: random.Random, data: bytearray, _others: list[bytes]) -> str:
    cut = rng.randrange(1, len(data)) if len(data) > 1 else 0
    del data[cut:]
    return "cut"


def _delete_slice(rng: random.Random, data: bytearray, _others: list[bytes]) -> str:
    start = rng.randrange(len(data))
    del data[start : start + rng.randrange(1, 512)]
    return "delete"


def _duplicate_slice(rng: random.Random, data: bytearray, _others: list[bytes]) -> str:
    start = rng.randrange(len(data))
    piece = data[start : start + rng.randrange(1, 2048)]
    at = rng.randrange(len(data))
    data[at:at] = piece * rng.choice((1, 1, 2, 16))
    return "dup"


def _splice_other(rng: random.Random, data: bytearray, others: list[bytes]) -> str:
    other = rng.choice(others)
    start = rng.randrange(len(other))
    piece = other[start : start + rng.randrange(1, 4096)]
    at = rng.randrange(len(data))
    if rng.random() < 0.5:
        data[at : at + len(piece)] = piece
    else:
        data[at:at] = piece
    return "splice"


def _segments(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of each JPEG marker segment or PNG chunk, to splice whole structures."""
    spans = []
    if data[:2] == b"\xff\xd8":
        pos = 2
        while pos + 4 <= len(data) and data[pos] == 0xFF and data[pos + 1] != 0xDA:
            (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
            spans.append((pos, min(len(data), pos + 2 + length)))
            pos += 2 + length
    elif data[:8] == b"\x89PNG\r\n\x1a\n":
        pos = 8
        while pos + 8 <= len(data):
            (length,) = struct.unpack(">I", data[pos : pos + 4])
            end = pos + 12 + length
            spans.append((pos, min(len(data), end)))
            pos = end
    return spans


def _segment_splice(rng: random.Random, data: bytearray, others: list[bytes]) -> str:
    mine = _segments(bytes(data))
    other = rng.choice(others)
    theirs = _segments(other)
    if not mine or not theirs:
        return _splice_other(rng, data, others)
    start, end = rng.choice(theirs)
    piece = other[start:end]
    at, at_end = rng.choice(mine)
    action = rng.choice(("insert", "replace", "repeat", "drop"))
    if action == "insert":
        data[at:at] = piece
    elif action == "replace":
        data[at:at_end] = piece
    elif action == "repeat":
        data[at:at] = bytes(data[at:at_end]) * rng.choice((2, 8, 64))
    else:
        del data[at:at_end]
    return f"segment-{action}"


def _lying_length(rng: random.Random, data: bytearray, _others: list[bytes]) -> str:
    spans = _segments(bytes(data))
    if not spans:
        return _interesting(rng, data, _others)
    start, _ = rng.choice(spans)
    if data[:2] == b"\xff\xd8":
        data[start + 2 : start + 4] = rng.choice(INTERESTING_16).to_bytes(2, "big")
    else:
        data[start : start + 4] = rng.choice(INTERESTING_32).to_bytes(4, "big")
    return "length"


def _in_metadata(rng: random.Random, data: bytearray, others: list[bytes]) -> str:
    """Damage inside one metadata structure (an APPn segment or an ancillary chunk), its
    length left alone, so the EXIF, IIM and XMP parsers see it rather than the container."""
    spans = [(a, b) for a, b in _segments(bytes(data)) if b - a > 8]
    if not spans:
        return _flip_bits(rng, data, others)
    start, end = rng.choice(spans)
    body = start + (4 if data[:2] == b"\xff\xd8" else 8)
    for _ in range(rng.choice((1, 2, 4))):
        pos = rng.randrange(body, end)
        width = rng.choice((1, 2, 4))
        if rng.random() < 0.5:
            data[pos] ^= 1 << rng.randrange(8)
        else:
            values = INTERESTING if width == 1 else INTERESTING_16 if width == 2 else INTERESTING_32
            value = rng.choice(values)
            data[pos : min(end, pos + width)] = value.to_bytes(width, rng.choice(("big", "little")))[: end - pos]
    return "meta"


def _tiff_fields(rng: random.Random, data: bytearray, others: list[bytes]) -> str:
    """Counts, offsets and types of an EXIF/TIFF IFD set to interesting values."""
    starts = [i for i in (bytes(data).find(b"II*\x00"), bytes(data).find(b"MM\x00*")) if i >= 0]
    if not starts:
        return _in_metadata(rng, data, others)
    tiff = min(starts)
    order = "little" if data[tiff] == 0x49 else "big"
    ifd = tiff + int.from_bytes(data[tiff + 4 : tiff + 8], order)
    if ifd + 2 > len(data):
        return _interesting(rng, data, others)
    count = int.from_bytes(data[ifd : ifd + 2], order)
    entry = ifd + 2 + 12 * rng.randrange(max(1, min(count, 64)))
    field = rng.choice(("type", "count", "offset", "entries", "next"))
    if field == "entries":
        at, width = ifd, 2
    elif field == "next":
        at, width = ifd + 2 + 12 * count, 4
    else:
        at, width = entry + {"type": 2, "count": 4, "offset": 8}[field], 2 if field == "type" else 4
    values = INTERESTING_16 if width == 2 else INTERESTING_32 + [8, tiff and 8, ifd - tiff]
    data[at : at + width] = (rng.choice(values) & (0xFFFF if width == 2 else 0xFFFFFFFF)).to_bytes(width, order)
    return f"tiff-{field}"


def _digits(rng: random.Random, data: bytearray, others: list[bytes]) -> str:
    """Dates, times and numbers written as text (IIM 2:30 "20301201", XMP dates, EXIF
    DateTime) made impossible: month 13, day 45, all nines, all zeros."""
    text = bytes(data)
    runs = [m for m in __import__("re").finditer(rb"[0-9]{2,}", text[: min(len(text), 200_000)])]
    if not runs:
        return _in_metadata(rng, data, others)
    # Eight digits in a row is most likely an IIM date: those are what a reader parses.
    run = rng.choices(runs, weights=[20 if len(r.group()) == 8 else 1 for r in runs])[0]
    start, end = run.span()
    style = rng.choice(("nines", "zeros", "one", "shuffle"))
    if style == "nines":
        data[start:end] = b"9" * (end - start)
    elif style == "zeros":
        data[start:end] = b"0" * (end - start)
    elif style == "one":
        data[rng.randrange(start, end)] = rng.choice(b"0123456789")
    else:
        digits = bytearray(data[start:end])
        rng.shuffle(digits)
        data[start:end] = digits
    return f"digits-{style}"


MUTATORS: list[Callable[[random.Random, bytearray, list[bytes]], str]] = [
    _digits,
    _in_metadata,
    _in_metadata,
    _in_metadata,
    _tiff_fields,
    _tiff_fields,
    _flip_bits,
    _flip_bits,
    _interesting,
    _interesting,
    _truncate,
    _delete_slice,
    _duplicate_slice,
    _splice_other,
    _segment_splice,
    _segment_splice,
    _lying_length,
]


@dataclass
class Case:
    number: int
    kind: str  # "file" or "zip"
    name: str
    data: bytes
    steps: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"#{self.number} {self.kind} {self.name} [{' '.join(self.steps)}]"


def mutate(rng: random.Random, data: bytes, others: list[bytes], rounds: int) -> tuple[bytes, list[str]]:
    out = bytearray(data)
    steps = []
    for _ in range(rounds):
        if not out:
            break
        steps.append(rng.choice(MUTATORS)(rng, out, others))
    return bytes(out), steps


def make_case(seeds: dict[str, bytes], seed: int, number: int) -> Case:
    """Case ``number`` of run ``seed``: the same bytes every time."""
    rng = random.Random(f"{seed}:{number}")
    names = sorted(seeds)
    others = [seeds[n] for n in names]
    if rng.random() < 0.1:
        # A ZIP kit of a few (possibly mutated) stills, then damage at the archive level.
        buf = io.BytesIO()
        method = rng.choice((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED))
        steps = []
        with zipfile.ZipFile(buf, "w", compression=method) as zf:
            for i, name in enumerate(rng.sample(names, k=min(3, len(names)))):
                data, s = mutate(rng, seeds[name], others, rng.choice((0, 1, 2)))
                steps += s
                zf.writestr(f"kit/{i}-{name}", data)
        archive, s = mutate(rng, buf.getvalue(), [buf.getvalue()], rng.choice((1, 2, 3)))
        return Case(number, "zip", "kit.zip", archive, steps + ["|"] + s)
    name = rng.choice(names)
    data, steps = mutate(rng, seeds[name], others, rng.choice((1, 1, 2, 3, 5)))
    if rng.random() < 0.1:  # mis-named: content and extension disagree
        name = Path(name).stem + rng.choice((".jpg", ".png", ".tif", ".gif", ".webp"))
    return Case(number, "file", name, data, steps)


# --- the oracle ----------------------------------------------------------------------------


def check_case(kind: str, name: str, data: bytes) -> str | None:
    """Run the readers on one case; None if every promise held, else what broke. Runs in a
    guard worker (imported there by module name: tests/hostile is on the path)."""
    try:
        if kind == "zip":
            return _check_zip(data)
        return _check_file(name, data)
    except BaseException:  # noqa: BLE001 - that is the finding
        return "raised:\n" + traceback.format_exc()


def _check_file(name: str, data: bytes) -> str | None:
    from gallery.core.imaging import ImageError, decode_stream
    from gallery.core.metadata import read_metadata

    started = time.perf_counter()
    still = read_metadata(data, name)  # must not raise
    json.dumps(still.to_json(), ensure_ascii=False).encode("utf-8")
    if time.perf_counter() - started > SLOW_SECONDS:
        return f"slow metadata: {time.perf_counter() - started:.1f} s"
    started = time.perf_counter()
    for orientation, box in ((still.orientation, (256, 256)), (6, (64, 40))):
        try:
            image = decode_stream(io.BytesIO(data), orientation, *box)
        except ImageError as exc:
            if not str(exc):
                return "ImageError without a reason"
        else:
            if image.width > max(box) or image.height > max(box) or image.mode not in ("RGB", "RGBA"):
                return f"bad image {image.size} {image.mode} for box {box}"
    if time.perf_counter() - started > SLOW_SECONDS:
        return f"slow decode: {time.perf_counter() - started:.1f} s"
    return None


def _check_zip(data: bytes) -> str | None:
    from gallery.core.imaging import ImageError, ThumbnailCache, load_thumbnail
    from gallery.core.kit import KitError, open_kit

    with tempfile.TemporaryDirectory(prefix="stills-fuzz-") as tmp:
        archive = Path(tmp, "kit.zip")
        archive.write_bytes(data)
        started = time.perf_counter()
        try:
            kit = open_kit(archive)
        except KitError as exc:
            return None if str(exc) else "KitError without a reason"
        cache = ThumbnailCache(Path(tmp, "cache", "thumbnails"))
        for still in kit.stills:
            json.dumps(still.to_json(), ensure_ascii=False).encode("utf-8")
            try:
                load_thumbnail(kit, still, 96, cache)
            except ImageError:
                pass
        if time.perf_counter() - started > SLOW_SECONDS * 2:
            return f"slow kit: {time.perf_counter() - started:.1f} s"
        if sorted(p.name for p in Path(tmp).iterdir()) not in (["kit.zip"], ["cache", "kit.zip"]):
            return "something was written beside the archive"
    return None


# --- running ---------------------------------------------------------------------------------


@dataclass
class Finding:
    case: Case
    problem: str

    def save(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha1(self.case.data).hexdigest()[:12]
        kind = self.problem.split(":", 1)[0].split()[0].replace("/", "-")
        suffix = Path(self.case.name).suffix or ".bin"
        path = folder / f"{kind}-{digest}{suffix}"
        path.write_bytes(self.case.data)
        path.with_suffix(path.suffix + ".txt").write_text(f"{self.case.label}\n\n{self.problem}\n", encoding="utf-8")
        return path


@dataclass
class Report:
    cases: int = 0
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0
    by_kind: dict[str, int] = field(default_factory=dict)


def run(
    seeds: dict[str, bytes],
    seed: int,
    cases: int | None = None,
    seconds: float | None = None,
    jobs: int = 2,
    timeout: float = 20.0,
    start: int = 0,
    on_finding: Callable[[Finding], None] | None = None,
    on_progress: Callable[[Report], None] | None = None,
) -> Report:
    """Run cases ``start``… until ``cases`` are done or ``seconds`` have passed, each checked
    in a guard worker: a crash or a hang there is a finding with the case that caused it."""
    from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

    from gallery.core.guard import Guard, GuardError, GuardUnavailable

    report = Report()
    began = time.perf_counter()

    def numbers() -> Iterator[int]:
        n = start
        while (cases is None or n < start + cases) and (seconds is None or time.perf_counter() - began < seconds):
            yield n
            n += 1

    with Guard(workers=jobs, timeout=timeout) as guard, ThreadPoolExecutor(max_workers=jobs) as pool:
        if not guard.available:
            raise GuardUnavailable("the fuzzer needs worker processes")

        def one(number: int) -> tuple[Case, str | None]:
            try:
                case = make_case(seeds, seed, number)
            except Exception:  # noqa: BLE001 - a bug of the fuzzer's own: report it, go on
                return Case(number, "file", "fuzzer.bin", b""), "fuzzer error:\n" + traceback.format_exc()
            try:
                problem = guard.run(check_case, case.kind, case.name, case.data)
            except GuardError as exc:
                problem = f"{exc} (the worker {'hung' if 'timed' in str(exc) else 'died'})"
            return case, problem

        pending = set()
        source = numbers()
        for number in source:
            pending.add(pool.submit(one, number))
            if len(pending) >= jobs * 2:
                break
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                case, problem = future.result()
                report.cases += 1
                report.by_kind[case.kind] = report.by_kind.get(case.kind, 0) + 1
                if problem:
                    finding = Finding(case, problem)
                    report.findings.append(finding)
                    if on_finding:
                        on_finding(finding)
                if on_progress:
                    on_progress(report)
                nxt = next(source, None)
                if nxt is not None:
                    pending.add(pool.submit(one, nxt))
    report.seconds = time.perf_counter() - began
    return report
