"""User data survives faults: the library (ratings, picks, collections: what the user makes)
is killed at random moments while it writes; what was saved before is intact, every
collection is whole, the database passes SQLite's check, and the next start opens it.

(Settings are QSettings, written by the window; their fault test belongs with the UI.)"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

from conftest import write

from gallery.core.library import Library
from gallery.core.marks import Mark
from gallery.core.still import Still

WRITER = textwrap.dedent(
    """
    import sys, time
    from gallery.core.library import Library
    from gallery.core.marks import Mark
    from gallery.core.still import Still

    def main():
        library = Library(sys.argv[1])
        print("ready", flush=True)
        i = 0
        while True:
            library.set_marks({f"{n:064x}": Mark(1 + (i + n) % 5, bool((i + n) % 2)) for n in range(100, 400)})
            made = library.create_collection(f"Busy {i}")
            if made is not None:
                library.add_to_collection(
                    made.id, [(f"{n:064x}", "/kits/busy", Still(file=f"b{n}.jpg")) for n in range(50)]
                )
            i += 1

    if __name__ == "__main__":
        main()
    """
)


def test_killed_while_writing_the_library(tmp_path):
    path = tmp_path / "data" / "stills" / "library.sqlite3"
    library = Library(path)
    assert library.available, library.error
    saved_marks = {f"{n:064x}": Mark(n % 5 + 1, n % 2 == 0) for n in range(50)}
    library.set_marks(saved_marks)
    saved = library.create_collection("Saved before")
    assert saved is not None
    library.add_to_collection(saved.id, [(f"{n:064x}", "/kits/a", Still(file=f"a{n}.jpg")) for n in range(20)])
    library.close()

    writer = write(tmp_path / "writer.py", WRITER.encode())
    rng = random.Random(5)
    for _ in range(6):
        proc = subprocess.Popen(
            [sys.executable, str(writer), str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        time.sleep(rng.uniform(0.05, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        proc.stdout.close()
        proc.stderr.close()

        with sqlite3.connect(path) as raw:
            assert raw.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        again = Library(path)
        assert again.available, again.error
        assert again.marks(saved_marks) == saved_marks
        collections = {c.name: c for c in again.collections()}
        assert collections["Saved before"].count == 20
        assert [i.file for i in again.items(saved.id)] == [f"a{n}.jpg" for n in range(20)]
        for collection in collections.values():
            assert collection.count in (0, 20, 50), collection  # never half an addition
        again.close()
    assert os.path.getsize(path) > 0
