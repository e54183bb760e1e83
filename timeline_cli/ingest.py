"""Reading article files into the store: the I/O around the pure core.

The main process lists files, skips unchanged ones by size and modification time
(then by content hash), and owns the database; extraction runs in worker
processes when there is enough work to pay for them. At most a few articles per
worker are in flight, so memory does not grow with the corpus.
"""
from __future__ import annotations

import datetime as dt
import fnmatch
import itertools
import os
import re
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG
from typing import TYPE_CHECKING, BinaryIO

from timeline_cli.errors import TimelineError, UnreadableInput, UsageError
from timeline_cli.store import ArticleRows, Store, article_rows

if TYPE_CHECKING:
    from concurrent.futures import Future

# The extractor (hundreds of regular expressions to compile) and the process pool are
# imported where they are used, so that commands that only read the store start fast.

# (Saved web pages are read for their text: see html_text; JSON Lines corpora for their records: see corpus.)
DEFAULT_PATTERNS = ("*.txt", "*.md", "*.html", "*.htm", "*.jsonl")
CORPUS_SUFFIXES = (".jsonl", ".ndjson")
DEFAULT_MAX_SIZE = 5 * 1024 * 1024   # an article is kilobytes; 5 MB is a dump, not an article
STDIN = "-"
_SORTED_FOLDER = 10_000              # folders up to this many files are read in name order
_PARALLEL_THRESHOLD = 64             # fewer files than this: worker start-up costs more than it saves
# Articles per task sent to a worker. Each task costs the writer's process a round of the pool's
# machinery (a wake-up, a pipe read, a future): on a 20,000-article ingest, tasks of 32 articles
# rather than 8 took 2.3 CPU-seconds less there (1.0 of them system time) and 0.9-1.5 s less
# wall time, in three alternating pairs of runs; tasks of 64 did no better.
_TASK_ARTICLES = 32
# Tasks in flight per worker. The writer pauses now and then (a commit, a WAL checkpoint, a
# file read from disk); the workers must have enough queued to work through such a pause:
# about a quarter of a second of work each. 256 articles in flight are ~3 MB.
_TASKS_PER_WORKER = 4
# The writer commits at least this often and holds the lock no longer. Each commit rewrites
# the index pages its articles touched, so fewer commits cost less: on a 20,000-article ingest
# the writer's system time fell from 3.8-3.9 s at 0.25 s to 2.9 s at 1 s (with the larger
# writer cache of Store.batch).
_COMMIT_SECONDS = 1.0


@dataclass
class Input:
    source: str                 # the path as ingested (or "<stdin>")
    path: str | None            # a string, not a Path: an archive is listed a hundred thousand times over


@dataclass
class IngestReport:
    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    statements: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    interrupted: bool = False
    skipped_count: int = 0
    warning_count: int = 0

    # Enough lines for a person to act on; the counts stay exact and memory stays flat.
    KEEP = 1000

    def skip(self, source: str, reason: str) -> None:
        self.skipped_count += 1
        if len(self.skipped) < self.KEEP:
            self.skipped.append((source, reason))

    def warn(self, source: str, warning: str) -> None:
        self.warning_count += 1
        if len(self.warnings) < self.KEEP:
            self.warnings.append((source, warning))

    def summary(self) -> str:
        parts = [f"{self.read} read", f"{self.new} new"]
        if self.updated:
            parts.append(f"{self.updated} updated")
        parts += [f"{self.unchanged} unchanged", f"{self.statements} statements added"]
        if self.skipped_count:
            parts.append(f"{self.skipped_count} skipped")
        if self.warning_count:
            parts.append(f"{self.warning_count} warnings")
        prefix = "interrupted: " if self.interrupted else ""
        return prefix + ", ".join(parts)


class Inputs:
    """Every input named: files as given, folders searched recursively, in a stable order.

    Walked lazily (and again on each iteration) so that a folder of 100,000 articles
    costs no memory for its listing; `len()` counts without keeping the paths.
    """

    def __init__(self, paths: Sequence[str], patterns: Sequence[str] = DEFAULT_PATTERNS) -> None:
        missing = [p for p in paths if p != STDIN and not Path(p).exists()]
        if missing:
            raise UsageError(f"no such file or folder: {missing[0]}" + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""))
        if list(paths).count(STDIN) > 1:
            raise UsageError("'-' (standard input) can be given once")
        self.paths = list(paths)
        self.patterns = tuple(patterns)
        self._matches = re.compile("|".join(fnmatch.translate(p) for p in self.patterns)).match
        self._count: int | None = None

    def _walk(self, folder: str) -> Iterator[str]:
        # Files come sorted by name, except in folders of more than _SORTED_FOLDER files: those
        # stream in the folder's own order, since sorting would hold every name at once.
        subfolders: list[str] = []
        batch: list[str] = []
        streaming = False
        with os.scandir(folder) as entries:
            for entry in entries:
                try:
                    if entry.is_dir(follow_symlinks=False):
                        subfolders.append(entry.name)
                    elif (entry.is_file() or _dangling(entry)) and self._matches(entry.name):
                        if not streaming and len(batch) < _SORTED_FOLDER:
                            batch.append(entry.path)
                            continue
                        if not streaming:
                            streaming = True
                            yield from sorted(batch)
                            batch = []
                        yield entry.path
                except OSError:
                    continue
        yield from sorted(batch)
        for name in sorted(subfolders):
            yield from self._walk(os.path.join(folder, name))

    def __iter__(self) -> Iterator[Input]:
        for raw in self.paths:
            if raw == STDIN:
                yield Input("<stdin>", None)
            elif Path(raw).is_dir():
                # Paths as pathlib spells them ("./data/" lists as "data/a.txt"): the stored sources keep that form.
                yield from (Input(path, path) for path in self._walk(str(Path(raw))))
            else:
                yield Input(raw, raw)

    def __len__(self) -> int:
        if self._count is None:
            self._count = sum(1 for _ in self)
        return self._count


def _dangling(entry: os.DirEntry[str]) -> bool:
    """A symbolic link to nothing: listed, so that reading it fails with a warning, not in silence."""
    return entry.is_symlink() and not os.path.exists(entry.path)


def collect_inputs(paths: Sequence[str], patterns: Sequence[str] = DEFAULT_PATTERNS) -> Inputs:
    return Inputs(paths, patterns)


@dataclass
class _Job:
    source: str
    raw: bytes
    content_hash: str
    size: int | None
    mtime: float | None
    published: dt.date | None = None   # a corpus record's own publication date
    url: str | None = None              # ... and its web address
    in_corpus: bool = False             # a corpus record: the corpus file, not each record, is one step of progress
    corpus_done: int | None = None      # the end of a corpus file: its record count (nothing to extract)


@dataclass
class _Extracted:
    source: str
    content_hash: str
    size: int | None
    mtime: float | None
    rows: ArticleRows | None = None
    decode_warning: str | None = None
    error: str | None = None
    in_corpus: bool = False
    corpus_done: int | None = None
    dated_by_record: bool = False   # the publication date is the corpus record's own


def _extract(job: _Job, fallback_published: dt.date | None) -> _Extracted:
    """Worker side: bytes in, extracted article out. Never raises for bad input."""
    from timeline_cli.cleaning import decode_bytes
    from timeline_cli.extract import extract_article

    result = _Extracted(job.source, job.content_hash, job.size, job.mtime, in_corpus=job.in_corpus, corpus_done=job.corpus_done,
                        dated_by_record=job.published is not None)
    if job.corpus_done is not None:
        return result
    try:
        text, result.decode_warning = decode_bytes(job.raw)
        article = extract_article(text, published=job.published, fallback_published=fallback_published, url=job.url)
    except UnreadableInput as err:
        result.error = str(err)
        return result
    except Exception as err:  # noqa: BLE001 - one article's surprise must not stop a batch of thousands
        result.error = f"could not be read ({type(err).__name__}: {err}); please report this file"
        return result
    result.rows = article_rows(article)   # plain tuples: cheap to send back, nothing left for the writer to compute
    return result


def _extract_many(jobs: list[_Job], fallback_published: dt.date | None) -> list[_Extracted]:
    # Several articles per task: fewer round trips between the writer and the workers.
    return [_extract(job, fallback_published) for job in jobs]


def _fewer_than(inputs: Iterable[Input], count: int) -> bool:
    """Whether there are fewer than `count` inputs, without listing them all."""
    return sum(1 for _ in itertools.islice(iter(inputs), count)) < count


def _ignore_sigint() -> None:
    # Ctrl-C goes to the whole process group; the main process alone decides what it means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def ingest(store: Store, inputs: Iterable[Input], *, max_size: int = DEFAULT_MAX_SIZE, jobs: int | None = None,
           fallback_published: dt.date | None = None, stdin: Callable[[], bytes] | None = None,
           progress: Callable[[str], None] | None = None) -> IngestReport:
    """Read, extract and store every input; bad inputs are reported and skipped, never fatal."""
    from concurrent.futures.process import BrokenProcessPool

    report = IngestReport()
    jobs = max(1, jobs or os.cpu_count() or 1)

    def pending() -> Iterator[_Job]:
        for item in inputs:
            if item.path is not None and item.path.endswith(CORPUS_SUFFIXES):
                yield from _read_corpus(item, store, report, max_size, progress)
                continue
            job = _read(item, store, report, max_size, stdin, progress)
            if job is not None:
                yield job

    def finish(result: _Extracted) -> None:
        if result.corpus_done is not None:
            # Every record of the corpus file is stored: the next run may skip the file by its size and time.
            store.mark_corpus(result.source, result.size, result.mtime, result.corpus_done)
        else:
            _store_result(store, result, report, fallback_published)
        if progress and not result.in_corpus:
            progress(result.source)

    try:
        with store.batch(_COMMIT_SECONDS):
            if jobs == 1 or (_fewer_than(inputs, _PARALLEL_THRESHOLD)
                             and not any(item.path is not None and item.path.endswith(CORPUS_SUFFIXES) for item in inputs)):
                for job in pending():
                    finish(_extract(job, fallback_published))
            else:
                _extract_in_workers(store, pending(), jobs, fallback_published, finish)
    except (KeyboardInterrupt, BrokenProcessPool):
        report.interrupted = True
    return report


def _extract_in_workers(store: Store, jobs_in: Iterator[_Job], jobs: int, fallback_published: dt.date | None,
                        finish: Callable[[_Extracted], None]) -> None:
    """Extraction in `jobs` processes, results stored here in input order; a bounded window in flight."""
    from concurrent.futures import ProcessPoolExecutor

    def batches() -> Iterator[list[_Job]]:
        while batch := list(itertools.islice(jobs_in, _TASK_ARTICLES)):
            yield batch

    def collect(future: Future[list[_Extracted]]) -> None:
        if store.batch_open and not future.done():
            # Do not hold the write lock while the workers think: other writers may be waiting.
            try:
                future.result(timeout=_COMMIT_SECONDS)
            except TimeoutError:
                store.commit_batch()
        for result in future.result():
            finish(result)

    with ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint) as pool:
        window: deque[Future[list[_Extracted]]] = deque()
        try:
            for batch in batches():
                window.append(pool.submit(_extract_many, batch, fallback_published))
                if len(window) >= jobs * _TASKS_PER_WORKER:
                    collect(window.popleft())
            while window:
                collect(window.popleft())
        except BaseException:
            for future in window:
                future.cancel()
            raise


def _read(item: Input, store: Store, report: IngestReport, max_size: int,
          stdin: Callable[[], bytes] | None, progress: Callable[[str], None] | None) -> _Job | None:
    report.read += 1
    size: int | None = None
    mtime: float | None = None
    too_big = UnreadableInput(f"larger than the {max_size // 1024} KiB limit (--max-size to change it)")
    try:
        if item.path is None:
            store.commit_batch()   # the pipe may keep us waiting: not with the write lock held
            # Never more than the limit in memory, whatever is piped in.
            raw = (stdin or (lambda: sys.stdin.buffer.read(max_size + 1)))()
        else:
            stat = os.stat(item.path)
            size, mtime = stat.st_size, stat.st_mtime
            if store.unchanged(item.source, size, mtime):
                report.unchanged += 1
                if progress:
                    progress(item.source)
                return None
            if size > max_size:
                raise too_big
            if not S_ISREG(stat.st_mode):
                # A named pipe or a device opens and reads only when something writes to it:
                # what is done is committed first, and other writers need not wait meanwhile.
                store.commit_batch()
            with open(item.path, "rb") as fh:
                raw = fh.read(max_size + 1)   # a named pipe's size says nothing of what comes through it
        if len(raw) > max_size:
            raise too_big
    except UnreadableInput as err:
        report.skip(item.source, str(err))
        return None
    except OSError as err:
        report.skip(item.source, f"cannot read: {err.strerror or err}")
        return None
    import hashlib  # here: loading OpenSSL would cost every read-only command milliseconds at start-up

    content_hash = hashlib.sha256(raw).hexdigest()
    if store.known_hash(content_hash) is not None:
        report.unchanged += 1
        if size is not None and mtime is not None:
            store.touch(content_hash, item.source, size, mtime)
        if progress:
            progress(item.source)
        return None
    return _Job(item.source, raw, content_hash, size, mtime)


def _read_corpus(item: Input, store: Store, report: IngestReport, max_size: int,
                 progress: Callable[[str], None] | None) -> Iterator[_Job]:
    """The records of a JSON Lines corpus, each an article whose source is FILE:LINE; a last job
    marks the file done when no line was skipped (a file with bad lines is read again next time,
    and says so again, as a bad file does). Read a line at a time: a corpus of any size costs
    one record of memory."""
    import hashlib

    from timeline_cli.corpus import read_record

    assert item.path is not None
    try:
        stat = os.stat(item.path)
    except OSError as err:
        report.read += 1
        report.skip(item.source, f"cannot read: {err.strerror or err}")
        return
    size, mtime = stat.st_size, stat.st_mtime
    if (known := store.corpus_records(item.source, size, mtime)) is not None:
        report.read += known
        report.unchanged += known
        if progress:
            progress(item.source)
        return
    records = skipped = 0
    try:
        with open(item.path, "rb") as fh:
            for number, line in _numbered_lines(fh, max_size):
                source = f"{item.source}:{number}"
                records += 1
                report.read += 1
                if line is None:
                    skipped += 1
                    report.skip(source, f"larger than the {max_size // 1024} KiB limit (--max-size to change it)")
                    continue
                try:
                    record = read_record(line)
                except UnreadableInput as err:
                    skipped += 1
                    report.skip(source, str(err))
                    continue
                content_hash = hashlib.sha256(line.strip()).hexdigest()
                if store.known_hash(content_hash) is not None:
                    report.unchanged += 1
                    store.touch(content_hash, source, size, mtime)
                    continue
                yield _Job(source, record.text.encode("utf-8", "replace"), content_hash, size, mtime,
                           published=record.published, url=record.url, in_corpus=True)
    except OSError as err:
        report.skip(item.source, f"cannot read: {err.strerror or err}")
        return
    if not skipped:
        yield _Job(item.source, b"", "", size, mtime, corpus_done=records)
    elif progress:
        progress(item.source)


def _numbered_lines(fh: BinaryIO, max_size: int) -> Iterator[tuple[int, bytes | None]]:
    """The non-blank lines of a file with their numbers; None for a line over `max_size` bytes,
    which is passed over without being held."""
    number = 0
    while True:
        line = fh.readline(max_size + 1)
        if not line:
            return
        number += 1
        if len(line) > max_size and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = fh.readline(1024 * 1024)   # the rest of the long line, a piece at a time
            yield number, None
        elif line.strip():
            yield number, line


def _store_result(store: Store, result: _Extracted, report: IngestReport, fallback_published: dt.date | None) -> None:
    if result.error or result.rows is None:
        report.skip(result.source, result.error or "unreadable")
        return
    article = result.rows
    if result.decode_warning:
        report.warn(result.source, result.decode_warning)
    for warning in article.warnings:
        report.warn(result.source, warning + " (set one with: timeline date SOURCE YYYY-MM-DD)"
                    if warning.startswith("no publication date") else warning)
    origin = None
    if result.dated_by_record:
        origin = "record"   # (a corpus record's date field)
    elif article.published is not None:
        origin = "user" if article.published_phrase is None and fallback_published else "text"
    added, existed = store.save_rows(result.source, result.content_hash, result.size, result.mtime, article, origin)
    report.statements += added
    if existed:
        report.updated += 1
    else:
        report.new += 1


def redate(store: Store, source: str, published: dt.date | None) -> tuple[str, int]:
    """Set or correct an ingested article's publication date and re-date its statements."""
    from timeline_cli.extract import extract_article

    row = store.article_by_source(source)
    if row is None:
        raise TimelineError(f"no ingested article matches {source!r} (see: timeline sources)")
    article = extract_article(row["text"], published=published, url=row["url"])
    added, _ = store.save_article(row["source"], row["content_hash"], row["size"], row["mtime"], article,
                                  "user" if published else None)
    return row["source"], added
