"""The calendar's periods, read once and kept; the neighbours read ahead on a worker thread.

A week or month is read by ``services.calendar_items.items_between`` (about a
thousand items at scale). What was read is kept by period, so going back is
free; after a period is shown the next and previous ones are read on a daemon
thread (SQLite and SQLAlchemy release the GIL while they read), so paging does
not wait and input is never blocked. Asking for a period still being read waits
for that read instead of starting another. Any change to the data clears
everything, and reads started before it are thrown away when they end.

The exchange stays (months long, the same ones week after week) and each
conference's timetable are kept across periods too (``services.calendar_cache``),
so a period nobody read ahead reads only what is new to it.

Items hold text in the language they were read in (an exchange stay's "Udveksling: …", a
milestone's step), so the store belongs to one language: asked in another, it starts again.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from qistdesk import messages
from qistdesk.services import calendar_cache, calendar_items

log = logging.getLogger(__name__)
KEEP = 24  # periods kept before the store starts again


class PeriodStore:
    def __init__(self, db):
        self.db = db
        self.longest = None  # calendar_items.longest_span, read once per data version
        self.cache = calendar_cache.ReadCache()  # stays and timetables, kept across periods
        self._done: dict[tuple, list] = {}
        self._pending: dict[tuple, tuple[threading.Event, list]] = {}
        self._generation = 0
        self._lock = threading.Lock()
        self._language = messages.current_language()

    def _same_language(self) -> None:
        """Drop what was read in another language (the items' titles and details are text)."""
        if messages.current_language() != self._language:
            self.clear()

    def clear(self) -> None:
        with self._lock:
            self._generation += 1
            self._done.clear()
            self._pending.clear()
            self.longest = None
            self.cache.clear()
            self._language = messages.current_language()

    def cached(self, key: tuple) -> list | None:
        self._same_language()
        return self._done.get(key)

    def pending(self) -> int:
        return len(self._pending)

    def get(self, key: tuple, window: tuple[datetime, datetime], kinds, person_id) -> list:
        """The items of a period: kept, or being read ahead (then wait for it), or read now."""
        self._same_language()
        found = self._done.get(key)
        if found is not None:
            return found
        waiting = self._pending.get(key)
        if waiting is not None:
            waiting[0].wait()
            found = self._done.get(key)
            if found is not None:
                return found
        items = self._read(window, kinds, person_id)
        self._keep(key, items, self._generation)
        return items

    def ahead(self, key: tuple, window: tuple[datetime, datetime], kinds, person_id) -> None:
        """Start reading a period on a worker thread unless it is kept or already being read."""
        self._same_language()
        if key in self._done or key in self._pending:
            return
        if self.longest is None:
            self.longest = calendar_items.longest_span(self.db)
        done, box = threading.Event(), []
        generation = self._generation
        self._pending[key] = (done, box)

        def work() -> None:
            try:
                self._keep(key, self._read(window, kinds, person_id), generation)
            except Exception as exc:  # noqa: BLE001 - a read ahead that fails is read again when asked
                log.debug("calendar read ahead failed: %s", exc)
            finally:
                with self._lock:
                    if self._pending.get(key, (None,))[0] is done:
                        del self._pending[key]
                done.set()

        threading.Thread(target=work, name="qistdesk-calendar-ahead", daemon=True).start()

    def _read(self, window, kinds, person_id) -> list:
        if self.longest is None:
            self.longest = calendar_items.longest_span(self.db)
        return calendar_items.items_between(self.db, *window, kinds=kinds, person_id=person_id,
                                            longest=self.longest, cache=self.cache)

    def _keep(self, key: tuple, items: list, generation: int) -> None:
        with self._lock:
            if generation != self._generation:
                return  # the data changed while this was read
            if len(self._done) >= KEEP:
                self._done.clear()
            self._done[key] = items
