"""Packets for every participant of an event, on all cores, with progress and cancel.

Why processes: reportlab lays out pages in pure Python (one core). The pool
uses the *spawn* start method, which is safe beside Qt's threads and is what
Windows and macOS use anyway, so the worker is a plain top-level function
and the shared event data travels once per worker (initializer), not once
per packet. In a PyInstaller build, ``multiprocessing.freeze_support()``
must run first in the entry point. Small runs stay in-process: starting a
worker costs about half a second.
"""

from __future__ import annotations

import re
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from qistdesk.formats.pdf.paper import AUTO

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+')
_PAGE = re.compile(rb"/Type /Page[^s]")
_shared: dict = {}


@dataclass
class BulkResult:
    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages: int = 0
    packets: int = 0
    cancelled: bool = False
    seconds: float = 0.0


def count_pages(pdf: bytes) -> int:
    return len(_PAGE.findall(pdf))


def file_name(index: int, name: str) -> str:
    """'007-Søren Ærøskøbing.pdf': numbered (unique, sorted), letters kept, characters Windows refuses removed."""
    stem = " ".join(_UNSAFE.sub(" ", name).split())[:60].strip(" .") or "participant"
    return f"{index:03d}-{stem}.pdf"


def _init(event, office, paper) -> None:
    _shared.update(event=event, office=office, paper=paper)
    from qistdesk.formats.pdf import fonts

    fonts.register()


def _render_files(job: tuple[str, list[tuple[int, object]]]) -> tuple[list[str], int]:
    """Worker: write one file per recipient into the folder; return (paths, pages)."""
    from qistdesk.formats.pdf import event_pdfs

    folder, items = job
    paths, pages = [], 0
    for index, recipient in items:
        pdf = event_pdfs(_shared["event"], [recipient], _shared["office"], _shared["paper"], check=False).pdf
        path = Path(folder) / file_name(index, recipient.name)
        tmp = path.with_suffix(".part")
        tmp.write_bytes(pdf)
        tmp.replace(path)
        paths.append(str(path))
        pages += count_pages(pdf)
    return paths, pages


def _render_merged(items: list[tuple[int, object]]) -> tuple[bytes, int]:
    """Worker: one document holding the packets of ``items``; return (pdf, pages)."""
    from qistdesk.formats.pdf import event_pdfs

    pdf = event_pdfs(_shared["event"], [r for _, r in items], _shared["office"], _shared["paper"], check=False).pdf
    return pdf, count_pages(pdf)


def render_event_packets(event, recipients: list, office, *, out_dir: Path | None = None,
                         merged: Path | None = None, paper: str = AUTO, workers: int | None = None,
                         progress: Callable[[int, int], None] | None = None,
                         cancelled: Callable[[], bool] | None = None, chunk: int = 6) -> BulkResult:
    """Write one packet per recipient into ``out_dir``, or all of them into the file ``merged``.

    ``progress(done, total)`` is called in the calling thread as packets finish;
    ``cancelled()`` is polled about ten times a second and stops the run: packets
    already written stay, the merged file is not written.
    """
    import os

    from qistdesk.formats.pdf.preflight import preflight

    if (out_dir is None) == (merged is None):
        raise ValueError("give either out_dir or merged")
    started = time.perf_counter()
    result = BulkResult(warnings=preflight(event, recipients))
    total = len(recipients)
    workers = max(1, min(workers or os.cpu_count() or 1, 61))
    items = list(enumerate(recipients, start=1))
    if merged is not None:
        chunk = max(1, min(chunk * 4, -(-total // (workers * 3)) if total else 1))
    chunks = [items[i:i + chunk] for i in range(0, total, chunk)]
    if out_dir is not None:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
    report = progress or (lambda done, total: None)
    stop = cancelled or (lambda: False)
    pieces: dict[int, bytes] = {}
    done = 0
    report(0, total)

    def collect(i: int, value) -> None:
        nonlocal done
        if merged is not None:
            pieces[i], pages = value
        else:
            paths, pages = value
            result.files += [Path(p) for p in paths]
        result.pages += pages
        done += len(chunks[i])
        report(done, total)

    if workers == 1 or total <= 2:
        _init(event, office, paper)
        for i, part in enumerate(chunks):
            if stop():
                result.cancelled = True
                break
            collect(i, _render_merged(part) if merged is not None else _render_files((str(out_dir), part)))
    else:
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(max_workers=min(workers, len(chunks)), mp_context=ctx, initializer=_init,
                                   initargs=(event, office, paper))
        try:
            futures = {(pool.submit(_render_merged, part) if merged is not None
                        else pool.submit(_render_files, (str(out_dir), part))): i for i, part in enumerate(chunks)}
            pending = set(futures)
            while pending:
                finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                for future in finished:
                    collect(futures[future], future.result())
                if pending and stop():
                    result.cancelled = True
                    for future in pending:
                        future.cancel()
                    break
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    result.files.sort()
    result.packets = done
    if merged is not None and not result.cancelled:
        _join([pieces[i] for i in sorted(pieces)], Path(merged))
        result.files = [Path(merged)]
    result.seconds = time.perf_counter() - started
    return result


def _join(parts: list[bytes], target: Path) -> None:
    """Concatenate chunk documents into ``target`` (written to a temporary name, then renamed)."""
    import io

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".part")
    if len(parts) == 1:
        tmp.write_bytes(parts[0])
    else:
        from pypdf import PdfWriter

        writer = PdfWriter()
        for part in parts:
            writer.append(io.BytesIO(part))
        with open(tmp, "wb") as fh:
            writer.write(fh)
    tmp.replace(target)
