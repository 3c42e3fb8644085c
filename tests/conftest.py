"""Every test runs headless, offline, with its caches and settings in a temporary folder."""

import os
import tempfile

_HOME = tempfile.mkdtemp(prefix="stills-tests-")
os.environ["QT_QPA_PLATFORM"] = "offscreen"
for _var in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = os.path.join(_HOME, _var.lower())
