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

from setuptools import find_namespace_packages, setup

_NOT_CODE = ["*.__pycache__", "__pycache__"]
_code = find_namespace_packages(include=["qistdesk", "qistdesk.*"], exclude=_NOT_CODE)
_data = ["qistdesk._resources"] + [
    "qistdesk._resources." + name for name in find_namespace_packages(where="resources", exclude=_NOT_CODE)]

setup(
    packages=_code + _data,
    package_dir={"qistdesk._resources": "resources"},
    package_data={name: ["*"] for name in _data},
)
