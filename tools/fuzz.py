#!/usr/bin/env python3
"""Fuzz Stills' metadata reading, decoding and ZIP kits for as long as asked.

    python tools/fuzz.py --minutes 30            # thousands of cases, 2 workers
    python tools/fuzz.py --cases 500 --seed 7    # a fixed set (the CI test runs 300 of seed 1)
    python tools/fuzz.py --replay 1234 --seed 7  # one case again, in this process, with its traceback

Cases are mutations of small copies of the sample kit's stills (see tests/hostile/fuzzing.py);
each is checked in a guard worker, so a native crash or a hang is reported, not suffered. Every
finding is saved to --out as the file that caused it plus a .txt with the case and the problem.
Exit status: 0 if nothing was found, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "hostile"))  # the engine lives beside the hostile suite
sys.path.insert(1, str(REPO))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, help="run for this long (default: 1 minute unless --cases)")
    parser.add_argument("--cases", type=int, help="run this many cases")
    parser.add_argument(
        "--seed", type=int, default=int(time.time()) % 100_000, help="run seed (default: from the clock)"
    )
    parser.add_argument("--start", type=int, default=0, help="first case number")
    parser.add_argument("--jobs", "-j", type=int, default=2, help="worker processes (default: 2)")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds before a case counts as a hang")
    parser.add_argument("--out", type=Path, default=REPO / "fuzz-findings", help="where findings are saved")
    parser.add_argument("--replay", type=int, metavar="N", help="rerun case N in this process and print the result")
    parser.add_argument("--save", type=int, metavar="N", help="write case N's bytes to --out and stop")
    opts = parser.parse_args(argv)

    import fuzzing

    from gallery.core.kit import sample_kit_path

    sample = sample_kit_path()
    if not sample.is_dir():
        print(f"fuzz: the sample kit is missing at {sample}", file=sys.stderr)
        return 2
    seeds = fuzzing.make_seeds(sample)
    if opts.replay is not None or opts.save is not None:
        case = fuzzing.make_case(seeds, opts.seed, opts.replay if opts.replay is not None else opts.save)
        if opts.save is not None:
            opts.out.mkdir(parents=True, exist_ok=True)
            path = opts.out / f"case-{opts.seed}-{case.number}{Path(case.name).suffix or '.bin'}"
            path.write_bytes(case.data)
            print(f"{case.label}\n{path}")
            return 0
        print(case.label)
        problem = fuzzing.check_case(case.kind, case.name, case.data)
        print(problem or "ok")
        return 1 if problem else 0

    seconds = opts.minutes * 60 if opts.minutes else (None if opts.cases else 60.0)
    print(
        f"fuzz: seed {opts.seed}, {len(seeds)} seeds ({sum(map(len, seeds.values())) // 1024} KB), "
        f"{opts.jobs} workers, {f'{opts.cases} cases' if opts.cases else f'{seconds:.0f} s'}",
        flush=True,
    )
    last = [time.perf_counter()]

    def progress(report: fuzzing.Report) -> None:
        now = time.perf_counter()
        if now - last[0] >= 30:
            last[0] = now
            print(f"  {report.cases} cases, {len(report.findings)} findings", flush=True)

    def found(finding: fuzzing.Finding) -> None:
        path = finding.save(opts.out)
        first = finding.problem.strip().splitlines()[-1]
        print(f"  FOUND {finding.case.label}: {first}\n    saved {path}", flush=True)

    report = fuzzing.run(
        seeds,
        opts.seed,
        cases=opts.cases,
        seconds=seconds,
        jobs=opts.jobs,
        timeout=opts.timeout,
        start=opts.start,
        on_finding=found,
        on_progress=progress,
    )
    rate = report.cases / report.seconds if report.seconds else 0
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.by_kind.items()))
    print(
        f"fuzz: {report.cases} cases ({kinds}) in {report.seconds:.0f} s ({rate:.1f}/s), "
        f"{len(report.findings)} findings" + (f" saved in {opts.out}" if report.findings else "")
    )
    return 1 if report.findings else 0


if __name__ == "__main__":
    sys.exit(main())
