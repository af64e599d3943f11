"""Package discovery for setuptools; everything else is in pyproject.toml.

Why a setup.py at all: the fonts and icons live in the top-level
``resources/`` folder (shared by the source checkout and the PyInstaller
spec), and the wheel must carry them as the package ``qistdesk._resources``.
pyproject.toml's ``packages.find`` cannot add a package that lives outside
the searched folder, so the list is made here: every ``qistdesk*`` package
(namespace discovery, as pyproject's ``find`` did, so folders without
``__init__.py`` such as the Alembic migrations are kept) plus that mapped
folder and its sub-folders. ``qistdesk.resources.resource_path`` looks there.
"""

import subprocess
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

_NOT_CODE = ["*.__pycache__", "__pycache__"]
_code = find_namespace_packages(include=["qistdesk", "qistdesk.*"], exclude=_NOT_CODE)
_data = ["qistdesk._resources"] + [
    "qistdesk._resources." + name for name in find_namespace_packages(where="resources", exclude=_NOT_CODE)]



class BuildWithTranslations(build_py):
    """Also compile the Qt translation sources (resources/i18n/*.ts) into the .qm files Qt loads.

    The .ts files are the source a translator edits; the .qm files are generated, so they are
    made here (PySide6-Essentials, a build requirement, ships lrelease) and never committed.
    An editable install skips this: the app compiles the .ts into the user's cache on first use.
    """

    def run(self):
        super().run()
        sources = sorted(Path("resources", "i18n").glob("*.ts"))
        if getattr(self, "editable_mode", False) or not sources:
            return
        import PySide6

        lrelease = next((p for p in (Path(PySide6.__file__).parent / n for n in ("lrelease", "lrelease.exe"))
                         if p.is_file()), None)
        if lrelease is None:
            raise RuntimeError("PySide6's lrelease is missing: cannot compile the translations")
        target = Path(self.build_lib, "qistdesk", "_resources", "i18n")
        target.mkdir(parents=True, exist_ok=True)
        for ts in sources:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(target / (ts.stem + ".qm"))], check=True)


setup(
    cmdclass={"build_py": BuildWithTranslations},
    packages=_code + _data,
    package_dir={"qistdesk._resources": "resources"},
    package_data={name: ["*"] for name in _data},
)
