"""Every import is one step on the undo stack: what it wrote (``services.journal``) taken back or made again.

The import service records, row by row, what its one transaction wrote; Undo
and Redo apply that record backwards or forwards, each in one transaction, and
refuse (with the reason) when a row it touched changed since.
"""

from __future__ import annotations


def push_import(ctx, text: str, changes, *, what: str = "*", parent=None) -> bool:
    """Put an import that was saved on the undo stack as ``text`` ("Import 12 people from list.csv").

    False (nothing pushed) when the import changed nothing.
    """
    from qistdesk.gui.widgets.undo import push_done
    from qistdesk.services import journal

    if not changes:
        return False
    db = ctx.db
    push_done(ctx, text, lambda: journal.redo(db, changes), lambda: journal.undo(db, changes), what=what,
              parent=parent)
    return True
