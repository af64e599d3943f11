"""qistdesk: plan seminars, conferences and exchanges of a US–Denmark QIST programme.

The package is split into layers that point one way:
``gui``/``cli`` -> ``services`` -> ``domain`` -> ``store``; ``formats`` (calendar,
PDF, CSV, JSON) sits beside ``services``. Nothing outside ``gui`` imports Qt.
"""

__version__ = "0.1.0"
