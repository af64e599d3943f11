"""Entry script of the PyInstaller bundle: the same ``main`` as the ``qistdesk`` command.

Why not ``qistdesk/__main__.py`` directly: PyInstaller runs its entry script
as ``__main__`` outside the package, and a separate file keeps the bundle's
start-up explicit (``multiprocessing.freeze_support`` for frozen Windows
children, then the CLI/app entry point).
"""

import multiprocessing
import sys

from qistdesk.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
