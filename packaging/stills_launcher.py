"""Entry point of the PyInstaller build: the same as the `gallery` console script.

The guard's worker processes (gallery.core.guard) come from a multiprocessing fork server,
which a frozen app starts by running its own executable again with `-c "from
multiprocessing.forkserver import main; ..."`. `freeze_support()`, PyInstaller's version of
it (its multiprocessing runtime hook), recognises that command line, runs the fork server
and exits instead of starting Stills a second time. Only then may the guard use processes.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # first: in a fork server child this never returns

    from gallery.cli import main

    sys.exit(main(frozen_support=True))
