"""Misbehaving stand-ins for the guard's tasks, importable (and so picklable) in workers.

``misbehave(plan, task, spec, file, ...)`` looks the still's name up in ``plan`` and then
aborts, hangs, exits or exhausts memory as a broken native decoder would, or else runs the
real task. Workers import this module by name, so it must stay at the top of tests/hostile.
"""

from __future__ import annotations

import os
import time

from gallery.core import kit, thumbnailer

# The real tasks, taken before any test (or a script's top level, which workers re-run)
# replaces them with a misbehaving partial.
_REAL = {
    "metadata": kit.metadata_task,
    "thumbnail": thumbnailer.thumbnail_task,
    "decode": thumbnailer.decode_task,
    "preview": thumbnailer.preview_task,
}


def misbehave(plan: dict[str, str], task: str, spec, file: str, *args):
    what = plan.get(file.rsplit("/", 1)[-1])
    if what == "abort":
        os.abort()  # SIGABRT, as a failed assertion in a C decoder
    if what == "exit":
        os._exit(3)
    if what == "segfault":
        import ctypes

        ctypes.string_at(0)
    if what == "hang":
        while True:  # a parser loop that never reads
            pass
    if what == "sleep":
        time.sleep(3600)
    if what == "oom":
        blocks = []
        while True:
            blocks.append(bytearray(256 * 1024 * 1024))
    return _REAL[task](spec, file, *args)
