"""The local store: one SQLite file with provenance for every statement.

- Each article is saved whole or not at all (its own transaction, or a savepoint in
  a batch committed about once a second): an interrupted ingest leaves every
  committed article and nothing half-written.
- WAL mode and a busy timeout: two ingests and readers can share the file.
- A schema version in `meta`; older stores are upgraded in place, newer or
  foreign SQLite files are refused, and a file that is not SQLite is never touched.
- All SQL is parameterised; article text is data.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from json.encoder import encode_basestring_ascii as _encode_json_string
from pathlib import Path
from typing import Any

from timeline_cli.errors import TimelineError
from timeline_cli.models import Article
from timeline_cli.patterns import without_accents

APP_ID = "timeline"
SCHEMA_VERSION = 3
_SQLITE_MAGIC = b"SQLite format 3\x00"
_WRITER_CACHE_KIB = 16 * 1024   # the page cache of a batch writer: bounded, whatever the store's size
_READ_AHEAD_CHUNK = 1024 * 1024  # bytes per read of the read-ahead thread: its whole memory
# A corpus file whose records are all stored is noted in `meta` under this prefix and its path
# ("corpus:data/news.jsonl" = "size mtime records"): no schema change, and a run stopped
# halfway leaves no note, so the next one reads the file again and stores what is missing.
_CORPUS_KEY = "corpus:"

# The current schema, for new stores; older stores are upgraded by _MIGRATIONS.
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    size INTEGER,
    mtime REAL,
    title TEXT,
    published TEXT,
    published_origin TEXT,
    published_phrase TEXT,
    lead_on_topic INTEGER NOT NULL DEFAULT 0,
    warnings TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL,
    url TEXT
);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE TABLE article_texts (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    lead TEXT NOT NULL DEFAULT ''
);
CREATE TABLE statements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker TEXT NOT NULL,
    speaker_type TEXT NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    date TEXT,
    date_precision TEXT,
    date_phrase TEXT,
    sort_date TEXT,
    on_topic INTEGER NOT NULL,
    topic_terms TEXT NOT NULL DEFAULT '[]',
    topic_text TEXT NOT NULL DEFAULT '',
    context TEXT NOT NULL DEFAULT '',
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    paragraph_start INTEGER NOT NULL,
    paragraph_end INTEGER NOT NULL
);
CREATE INDEX statements_article ON statements(article_id);
CREATE INDEX statements_speaker ON statements(speaker, sort_date);
CREATE INDEX statements_order ON statements(sort_date IS NULL, sort_date, article_id, start);
CREATE TABLE speakers (
    name TEXT PRIMARY KEY,
    surname TEXT NOT NULL,
    kind TEXT NOT NULL,
    folded TEXT NOT NULL
);
CREATE INDEX speakers_surname ON speakers(surname);
CREATE VIRTUAL TABLE statements_fts USING fts5(text, speaker, content='statements', content_rowid='id');
"""
# The full-text index is brought up to date when a search needs it, not on every insert
# (index triggers doubled the cost of the single writer). Statement ids are never reused
# (AUTOINCREMENT), so rows added since the last search are those above `fts_upto`; a
# replaced article or a merged speaker sets `fts_dirty`, and the next search rebuilds.
# Upgrades from each older version to the next, applied in order inside one transaction.
_MIGRATIONS: dict[int, str] = {
    # 1 -> 2: article texts move to a table of their own. An article row with its text filled
    # a page by itself, so each lookup of an article's path, size or date read a text page.
    # On a 100,000-article store, re-ingesting the unchanged folder took 4.6-5.1 s with the
    # texts inline and 3.4-3.8 s without (file cache dropped); a full export of a compacted
    # store not in the file cache, 14.7-16.7 s and 8.6-12.7 s (of a fresh one: no change).
    1: """
CREATE TABLE article_texts (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    lead TEXT NOT NULL DEFAULT ''
);
INSERT INTO article_texts (article_id, text, lead) SELECT id, text, lead FROM articles;
ALTER TABLE articles DROP COLUMN text;
ALTER TABLE articles DROP COLUMN lead;
""",
    # 2 -> 3: where an article came from on the web, when its page or corpus record says.
    2: """
ALTER TABLE articles ADD COLUMN url TEXT;
""",
}


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching names: "Zelenskyy" ~ "ZELENSKYY", "Kuleba" ~ "Kulèba"."""
    return without_accents(text.casefold())


@dataclass
class Query:
    speakers: Sequence[str] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None
    grep: str | None = None
    kind: str | None = None
    on_topic_only: bool = True
    undated: bool | None = None      # None: include undated unless a date range is given
    limit: int | None = None
    reverse: bool = False
    ids: Sequence[int] = ()


@dataclass(frozen=True)
class ArticleRows:
    """An extracted article as the store writes it: plain values, cheap to pass between processes."""
    article: tuple[Any, ...]            # title, published, published_phrase, lead_on_topic, warnings, url
    text: str
    lead: str
    statements: list[tuple[Any, ...]]   # speaker, speaker_type, text, ... in the statements table's column order
    published: dt.date | None
    published_phrase: str | None
    warnings: tuple[str, ...]


def _json_strings(strings: Sequence[str]) -> str:
    """`json.dumps` of a list of strings, the same text, without the encoder's layers of Python
    (called for every on-topic statement of an archive)."""
    return "[" + ", ".join(map(_encode_json_string, strings)) + "]"


def article_rows(article: Article) -> ArticleRows:
    """The column values of an article and its statements (speaker names before canonicalisation)."""
    statements = []
    for s in article.statements:
        date = s.date
        statements.append((s.speaker, s.speaker_type, s.text, s.kind,
                           date.iso() if date else None, date.precision if date else None, s.date_phrase,
                           date.value.isoformat() if date else None, int(s.on_topic),
                           _json_strings(s.topic_terms),
                           "; ".join(s.topic_terms), s.topic_context, s.start, s.end, s.paragraph_start, s.paragraph_end))
    fields = (article.title, article.published.isoformat() if article.published else None, article.published_phrase,
              int(article.lead_on_topic), _json_strings(article.warnings), article.url)
    return ArticleRows(fields, article.text, article.lead, statements, article.published, article.published_phrase,
                       tuple(article.warnings))


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._registered: set[str] = set()
        # What a bare surname stands for, valid while this transaction holds the write lock
        # (no other writer can add a person meanwhile) and until this one adds a person.
        self._bare_surnames: dict[str, str] = {}
        self._batch_seconds: float | None = None     # inside `batch()`: how long one transaction may last
        self._batch_started: float | None = None
        self._check_file()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        except (OSError, sqlite3.Error) as err:
            raise TimelineError(f"cannot open the store {path}: {err}") from None
        self.db.row_factory = sqlite3.Row
        try:
            self.db.execute("PRAGMA busy_timeout = 30000")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self._prepare()
        except sqlite3.DatabaseError as err:
            self.db.close()
            raise TimelineError(f"{path} is not a usable timeline store: {err}") from None

    def _check_file(self) -> None:
        if not self.path.exists():
            return
        if self.path.is_dir():
            raise TimelineError(f"the store {self.path} is a folder; give a file path with --db")
        try:
            with self.path.open("rb") as fh:
                head = fh.read(16)
        except OSError as err:
            raise TimelineError(f"cannot read the store {self.path}: {err.strerror}") from None
        if head and head != _SQLITE_MAGIC:
            raise TimelineError(f"{self.path} is not a timeline store (not an SQLite file); it was left untouched. Use --db to pick another file")

    def _prepare(self) -> None:
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                # Another process may have created it meanwhile.
                if not self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone():
                    for statement in _split_sql(_SCHEMA):
                        self.db.execute(statement)
                    self.db.execute("INSERT INTO meta VALUES ('app', ?), ('schema_version', ?), ('fts_upto', '0'), ('fts_dirty', '0')",
                                    (APP_ID, str(SCHEMA_VERSION)))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            return
        if "meta" not in tables:
            raise TimelineError(f"{self.path} is an SQLite database of another program, not a timeline store; it was left untouched")
        meta = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("app") != APP_ID:
            raise TimelineError(f"{self.path} is an SQLite database of another program, not a timeline store; it was left untouched")
        version = int(meta.get("schema_version", "0"))
        if version > SCHEMA_VERSION:
            raise TimelineError(f"{self.path} was written by a newer timeline (store version {version}, this one reads {SCHEMA_VERSION}); upgrade timeline")
        if version < SCHEMA_VERSION:
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            current = int(self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
            while current < SCHEMA_VERSION:
                for statement in _split_sql(_MIGRATIONS[current]):
                    self.db.execute(statement)
                current += 1
            self.db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(current),))
            self.db.execute("COMMIT")
        except sqlite3.Error as err:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            self.db.close()
            raise TimelineError(f"could not upgrade {self.path} from store version {version} to {SCHEMA_VERSION}"
                                f" ({err}); it was left as it was") from None
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

    # -- ingest ------------------------------------------------------------------

    def unchanged(self, source: str, size: int, mtime: float) -> bool:
        """Same path, size and modification time as when it was ingested: no need to read it."""
        row = self.db.execute("SELECT 1 FROM articles WHERE source = ? AND size = ? AND mtime = ?", (source, size, mtime)).fetchone()
        return row is not None

    def known_hash(self, content_hash: str) -> str | None:
        row = self.db.execute("SELECT source FROM articles WHERE content_hash = ? LIMIT 1", (content_hash,)).fetchone()
        return row[0] if row else None

    def corpus_records(self, source: str, size: int, mtime: float) -> int | None:
        """How many records a corpus file had when all of them were last stored, if it has the
        same size and modification time now; None when it must be read."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (_CORPUS_KEY + source,)).fetchone()
        if row is None:
            return None
        known_size, known_mtime, records = row[0].split(" ")
        return int(records) if int(known_size) == size and float(known_mtime) == mtime else None

    def mark_corpus(self, source: str, size: int | None, mtime: float | None, records: int) -> None:
        """Note that every record of a corpus file is stored (see corpus_records)."""
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_CORPUS_KEY + source, f"{size} {mtime!r} {records}"))

    def touch(self, content_hash: str, source: str, size: int, mtime: float) -> None:
        """Remember the new size/mtime of unchanged content so the next run skips it by stat alone."""
        self.db.execute("UPDATE articles SET size = ?, mtime = ? WHERE content_hash = ? AND source = ?", (size, mtime, content_hash, source))

    def save_article(self, source: str, content_hash: str, size: int | None, mtime: float | None, article: Article,
                     published_origin: str | None) -> tuple[int, bool]:
        """Store one article and its statements atomically; replaces an earlier version from the same source.

        Returns (statements added, whether the source was known before).
        """
        return self.save_rows(source, content_hash, size, mtime, article_rows(article), published_origin)

    def save_rows(self, source: str, content_hash: str, size: int | None, mtime: float | None, rows: ArticleRows,
                  published_origin: str | None) -> tuple[int, bool]:
        """`save_article` for an article already turned into rows (by a worker process)."""
        if self._batch_seconds is None:
            with self.batch(seconds=0):   # a batch of one: committed as soon as it is saved
                return self.save_rows(source, content_hash, size, mtime, rows, published_origin)
        # In a batch: one transaction for many articles, a savepoint for each, so every article
        # is still whole or absent, and the writer pays for one commit, not one per article.
        if self._batch_started is None:
            self.db.execute("BEGIN IMMEDIATE")
            self._batch_started = time.monotonic()
        self.db.execute("SAVEPOINT article")
        try:
            result = self._insert(source, content_hash, size, mtime, rows, published_origin)
            self.db.execute("RELEASE article")
        except BaseException:
            self.db.execute("ROLLBACK TO article")
            self.db.execute("RELEASE article")
            self._registered.clear()
            self._bare_surnames.clear()
            raise
        if time.monotonic() - self._batch_started >= self._batch_seconds:
            self.commit_batch()
        return result

    @contextmanager
    def batch(self, seconds: float = 1.0) -> Iterator[None]:
        """Group the articles saved within into transactions of about `seconds` each.

        Whatever is saved is committed on leaving, also after Ctrl-C or an error; the lock
        is never held much longer than `seconds`, so other writers wait no longer than that.
        """
        self._batch_seconds = seconds
        # Statements land at random places of the timeline and speaker indexes, so one
        # transaction dirties thousands of pages; with SQLite's default 2 MB cache they spill
        # to the WAL and are written again at commit. A bounded, larger cache for the writer
        # keeps them until the commit writes each once.
        previous_cache = self.db.execute("PRAGMA cache_size").fetchone()[0]
        self.db.execute(f"PRAGMA cache_size = {-_WRITER_CACHE_KIB}")
        try:
            yield
        finally:
            self._batch_seconds = None
            try:
                self.commit_batch()
            finally:
                self.db.execute(f"PRAGMA cache_size = {int(previous_cache)}")

    @property
    def batch_open(self) -> bool:
        return self._batch_started is not None

    def commit_batch(self) -> None:
        if self._batch_started is None:
            return
        self._batch_started = None
        self._bare_surnames.clear()
        try:
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            self._registered.clear()
            raise

    def _insert(self, source: str, content_hash: str, size: int | None, mtime: float | None, rows: ArticleRows,
                published_origin: str | None) -> tuple[int, bool]:
        old = self.db.execute("SELECT id FROM articles WHERE source = ?", (source,)).fetchone()
        if old:
            self.db.execute("DELETE FROM articles WHERE id = ?", (old[0],))
            self._fts_dirty()
        cur = self.db.execute(
            "INSERT INTO articles (source, content_hash, size, mtime, published_origin, title, published, published_phrase,"
            " lead_on_topic, warnings, url, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (source, content_hash, size, mtime, published_origin, *rows.article,
             dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
        )
        article_id = cur.lastrowid
        self.db.execute("INSERT INTO article_texts (article_id, text, lead) VALUES (?, ?, ?)", (article_id, rows.text, rows.lead))
        canonical = self._canonical_speaker
        self.db.executemany(
            "INSERT INTO statements (article_id, speaker, speaker_type, text, kind, date, date_precision, date_phrase, sort_date,"
            " on_topic, topic_terms, topic_text, context, start, \"end\", paragraph_start, paragraph_end)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(article_id, canonical(row[0], row[1]), *row[1:]) for row in rows.statements],
        )
        return len(rows.statements), old is not None

    def _canonical_speaker(self, name: str, kind: str) -> str:
        """One name per person across the store: "Stoltenberg" and "Jens Stoltenberg" are one speaker."""
        if name in self._registered:
            # Full names and institutions, once registered, stay as they are; a bare surname is
            # looked up again in each transaction, because a second person with that surname may
            # have arrived.
            return name
        surname = name.split()[-1]
        if kind == "person":
            if " " not in name:
                if (known := self._bare_surnames.get(name)) is not None:
                    return known
                fuller = self.db.execute("SELECT name FROM speakers WHERE surname = ? AND kind = 'person' AND name != ?", (name, name)).fetchall()
                if len(fuller) == 1:
                    self._bare_surnames[name] = fuller[0][0]
                    return fuller[0][0]
                self._bare_surnames[name] = name
            elif self.db.execute("SELECT 1 FROM speakers WHERE name = ? AND kind = 'person'", (surname,)).fetchone():
                others = self.db.execute("SELECT COUNT(*) FROM speakers WHERE surname = ? AND kind = 'person' AND name != ? AND name != ?",
                                         (surname, surname, name)).fetchone()[0]
                if not others:
                    self.db.execute("UPDATE statements SET speaker = ? WHERE speaker = ?", (name, surname))
                    self._fts_dirty()
                    self.db.execute("DELETE FROM speakers WHERE name = ?", (surname,))
        self.db.execute("INSERT OR IGNORE INTO speakers (name, surname, kind, folded) VALUES (?, ?, ?, ?)", (name, surname, kind, fold(name)))
        if kind != "person" or " " in name:
            self._registered.add(name)
            self._bare_surnames.pop(surname, None)   # the bare surname may now mean this person
        return name

    def _fts_dirty(self) -> None:
        self.db.execute("UPDATE meta SET value = '1' WHERE key = 'fts_dirty'")

    def sync_search_index(self) -> None:
        """Index the statements added since the last search (or rebuild after replacements)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            meta = dict(self.db.execute("SELECT key, value FROM meta WHERE key IN ('fts_upto', 'fts_dirty')").fetchall())
            top = self.db.execute("SELECT COALESCE(MAX(id), 0) FROM statements").fetchone()[0]
            if meta.get("fts_dirty") == "1":
                self.db.execute("INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')")
            elif top > int(meta.get("fts_upto", "0")):
                self.db.execute("INSERT INTO statements_fts(rowid, text, speaker) SELECT id, text, speaker FROM statements WHERE id > ?",
                                (int(meta.get("fts_upto", "0")),))
            self.db.execute("UPDATE meta SET value = ? WHERE key = 'fts_upto'", (str(top),))
            self.db.execute("UPDATE meta SET value = '0' WHERE key = 'fts_dirty'")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    # -- reading -------------------------------------------------------------------

    def article_by_source(self, source: str) -> sqlite3.Row | None:
        row = self.db.execute(f"{_ARTICLE_WITH_TEXT} WHERE a.source = ?", (source,)).fetchone()
        if row is None:
            matches = self.db.execute(f"{_ARTICLE_WITH_TEXT} WHERE a.source LIKE ? ESCAPE '\\'", ("%" + _like(source),)).fetchall()
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                raise TimelineError(f"{source!r} matches {len(matches)} sources; give more of the path")
        return row

    def sources(self) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT a.id, a.source, a.title, a.published, a.published_origin, a.warnings, a.url, COUNT(s.id) AS statements,"
            " SUM(COALESCE(s.on_topic, 0)) AS on_topic FROM articles a LEFT JOIN statements s ON s.article_id = a.id"
            " GROUP BY a.id ORDER BY a.published IS NULL, a.published, a.source"
        ).fetchall()

    def speakers(self, on_topic_only: bool) -> list[sqlite3.Row]:
        where = "WHERE on_topic = 1" if on_topic_only else ""
        return self.db.execute(
            f"SELECT speaker, COUNT(*) AS statements, MIN(sort_date) AS first, MAX(sort_date) AS last,"
            f" SUM(sort_date IS NULL) AS undated FROM statements {where} GROUP BY speaker ORDER BY statements DESC, speaker"
        ).fetchall()

    def matching_speakers(self, parts: Sequence[str]) -> list[str]:
        names = []
        for part in parts:
            names += [r[0] for r in self.db.execute("SELECT name FROM speakers WHERE instr(folded, ?) > 0", (fold(part),))]
        return sorted(set(names))

    def statements(self, query: Query) -> Iterator[sqlite3.Row]:
        """Statements in timeline order (undated last), streamed row by row."""
        return self._select(query, _FULL_COLUMNS, row_factory=sqlite3.Row)

    def export_rows(self, query: Query, shape: str) -> Iterator[tuple]:
        """The output contract built by SQLite itself, streamed: `json` gives one JSON text per
        statement, `csv` one CSV line (no line end; text cells always quoted, nothing else
        ever needs it), `flat` a tuple in STATEMENT_FIELDS order with topic terms joined by '; '."""
        columns = {"json": _JSON_COLUMNS, "csv": _CSV_LINE, "flat": _FLAT_COLUMNS}[shape]
        return self._select(query, columns, row_factory=None)

    def _select(self, query: Query, columns: str, row_factory: Any) -> Iterator[Any]:
        where: list[str] = []
        params: list[Any] = []
        if query.ids:
            where.append(f"s.id IN ({','.join('?' * len(query.ids))})")
            params += list(query.ids)
        if query.on_topic_only:
            where.append("s.on_topic = 1")
        if query.speakers:
            names = self.matching_speakers(query.speakers)
            if not names:
                return iter(())
            where.append(f"s.speaker IN ({','.join('?' * len(names))})")
            params += names
        include_undated = query.undated if query.undated is not None else not (query.since or query.until)
        dated = []
        if query.since:
            dated.append("s.sort_date >= ?")
            params.append(query.since.isoformat())
        if query.until:
            dated.append("s.sort_date <= ?")
            params.append(query.until.isoformat())
        if dated:
            clause = " AND ".join(dated)
            where.append(f"(({clause}) OR s.sort_date IS NULL)" if include_undated else f"({clause})")
        elif not include_undated:
            where.append("s.sort_date IS NOT NULL")
        if query.source:
            where.append("a.source LIKE ? ESCAPE '\\'")
            params.append("%" + _like(query.source) + "%")
        if query.kind:
            where.append("s.kind = ?")
            params.append(query.kind)
        if query.grep:
            self.sync_search_index()
            where.append("s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)")
            params.append(fts_query(query.grep))
        order = "DESC" if query.reverse else "ASC"
        sql = (
            f"SELECT {columns} FROM statements s JOIN articles a ON a.id = s.article_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + f" ORDER BY s.sort_date IS NULL, s.sort_date {order}, s.article_id {order}, s.start {order}, s.id {order}"
        )
        if query.limit is not None:
            sql += " LIMIT ?"
            params.append(query.limit)
        cursor = self.db.cursor()
        cursor.row_factory = row_factory
        rows = iter(cursor.execute(sql, params))
        # A date range may pick a few days out of years: the index finds them without reading the file.
        broad = not (query.ids or query.speakers or query.grep or query.source or query.since or query.until
                     or query.limit is not None)
        return self._reading_ahead(rows) if broad and self._fits_in_memory() else rows

    def _fits_in_memory(self) -> bool:
        """Whether the store file is small enough for the OS file cache to keep it whole."""
        try:
            memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
            return self.path.stat().st_size <= memory // 2
        except (AttributeError, ValueError, OSError):
            return False   # no way to tell: do not risk pushing other programs' files out of the cache

    def _reading_ahead(self, rows: Iterator[Any]) -> Iterator[Any]:
        """`rows`, while a thread reads the store file front to back.

        A query over most rows visits the file's pages in timeline order, which is random
        order. When the store is not in the OS file cache that is random disk I/O: on the
        100,000-article bench a full export took 14.3 s from disk and 5.3-6.8 s from the
        cache. A sequential read alongside brings the pages in at disk speed (the whole
        1.2 GB file in one to two seconds), and the query finds them there.
        """
        stop = threading.Event()
        threading.Thread(target=_read_ahead, args=(self.path, stop), name="timeline-read-ahead", daemon=True).start()
        try:
            # (Not `yield from`: closing this generator early, as a reader that stops does after the
            # store is closed, would close the cursor too and raise on the closed database.)
            for row in rows:
                yield row
        finally:
            stop.set()

    def article_text(self, article_id: int) -> str:
        return self.db.execute("SELECT text FROM article_texts WHERE article_id = ?", (article_id,)).fetchone()[0]

    def article_lead(self, article_id: int) -> str:
        return self.db.execute("SELECT lead FROM article_texts WHERE article_id = ?", (article_id,)).fetchone()[0]

    def statement(self, statement_id: int) -> sqlite3.Row | None:
        rows = list(self.statements(Query(ids=[statement_id], on_topic_only=False, undated=True)))
        return rows[0] if rows else None

    def counts(self) -> tuple[int, int]:
        articles = self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        statements = self.db.execute("SELECT COUNT(*) FROM statements").fetchone()[0]
        return articles, statements


_ARTICLE_WITH_TEXT = "SELECT a.*, t.text, t.lead FROM articles a JOIN article_texts t ON t.article_id = a.id"
_FULL_COLUMNS = (
    "s.id, s.date, s.date_precision, s.date_phrase, s.sort_date, s.speaker, s.speaker_type, s.text, s.kind,"
    " s.on_topic, s.topic_terms, s.context, s.start, s.\"end\", s.paragraph_start, s.paragraph_end,"
    " a.source, a.published, a.title, a.id AS article_id, a.lead_on_topic, a.url"
)
# The output contract (output.statement_record), rendered by SQLite for speed on large exports.
_JSON_COLUMNS = (
    "json_object('id', s.id, 'date', s.date, 'date_precision', s.date_precision, 'speaker', s.speaker, 'text', s.text,"
    " 'kind', s.kind, 'on_topic', json(CASE WHEN s.on_topic THEN 'true' ELSE 'false' END), 'topic_terms', json(s.topic_terms),"
    " 'source', a.source, 'published', a.published, 'speaker_type', s.speaker_type, 'date_phrase', s.date_phrase)"
)
_FLAT_COLUMNS = (
    "s.id, s.date, s.date_precision, s.speaker, s.text, s.kind, CASE WHEN s.on_topic THEN 'true' ELSE 'false' END,"
    " s.topic_text, a.source, a.published"
)

# One CSV line per statement, in STATEMENT_FIELDS order, by SQLite's printf: %w doubles the
# double quotes. Only the four text cells can hold a comma, quote or line break, and they
# are always quoted; ids, dates, kinds and booleans never need it.
_CSV_LINE = (
    "printf('%d,%s,%s,\"%w\",\"%w\",%s,%s,\"%w\",\"%w\",%s', s.id, s.date, s.date_precision, s.speaker, s.text, s.kind,"
    " CASE WHEN s.on_topic THEN 'true' ELSE 'false' END, s.topic_text, a.source, a.published)"
)


def _read_ahead(path: Path, stop: threading.Event) -> None:
    """Read `path` to its end, or until `stop`, so that its pages are in the OS file cache."""
    buffer = bytearray(_READ_AHEAD_CHUNK)
    try:
        with path.open("rb", buffering=0) as fh:
            while not stop.is_set() and fh.readinto(buffer):
                pass
    except OSError:
        pass   # only a speed-up: the query reads what it needs itself


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fts_query(words: str) -> str:
    """User words as an FTS5 query of quoted terms (all must occur); no FTS syntax leaks through."""
    terms = [t for t in words.replace('"', " ").split() if t]
    if not terms:
        raise TimelineError("--grep needs at least one word", 2)
    return " ".join(f'"{t}"' for t in terms)


def _split_sql(script: str) -> list[str]:
    """Statements of a schema script (triggers keep their inner semicolons)."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        joined = "\n".join(current).strip()
        if joined.endswith(";") and (not joined.upper().startswith("CREATE TRIGGER") or joined.upper().endswith("END;")):
            statements.append(joined)
            current = []
    return statements
