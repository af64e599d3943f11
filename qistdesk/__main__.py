"""Allow ``python -m qistdesk``."""

from qistdesk.cli.main import main

raise SystemExit(main())
