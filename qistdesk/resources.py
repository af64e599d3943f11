"""Find bundled files (fonts, icons, licence texts) wherever the app runs from.

The files live in the top-level ``resources/`` folder of the source checkout.
Three ways of running put them in three places, and this one function knows
all of them so no other module guesses paths:

* PyInstaller bundle: ``sys._MEIPASS/resources`` (add ``resources`` as data).
* installed wheel: the package ``qistdesk._resources`` (``setup.py`` maps the
  top-level ``resources/`` folder onto it with setuptools ``package_dir``).
* source checkout / editable install: ``<checkout>/resources``.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def resources_root() -> Path:
    """The folder that holds ``fonts/`` and friends; raises when none is found."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(_PACKAGE_DIR / "_resources")
    candidates.append(_PACKAGE_DIR.parent / "resources")
    for folder in candidates:
        if (folder / "fonts").is_dir():
            return folder
    raise FileNotFoundError(
        "bundled resources not found (looked in " + ", ".join(str(c) for c in candidates) + ")")


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {path}")
    return path
