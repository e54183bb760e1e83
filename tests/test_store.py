import datetime as dt
import sqlite3
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_cli import extract_article
from timeline_cli.errors import TimelineError
from timeline_cli.store import SCHEMA_VERSION, Query, Store


def article(body: str, date: str = "June 7, 2024"):
    return extract_article(f"Headline of the story\n\n{date}\n\n{body}")


def test_new_store_has_schema_version_and_wal(tmp_path):
    store = Store(tmp_path / "a.db")
    assert store.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"my precious notes\n" * 10)
    with pytest.raises(TimelineError, match="not an SQLite file"):
        Store(path)
    assert path.read_bytes() == b"my precious notes\n" * 10


def test_a_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(TimelineError, match="another program"):
        Store(path)


def test_a_store_from_a_newer_version_is_refused(tmp_path):
    Store(tmp_path / "new.db").db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(TimelineError, match="newer timeline"):
        Store(tmp_path / "new.db")


def test_an_older_store_is_upgraded_in_place(tmp_path, monkeypatch):
    from timeline_cli import store as store_module

    path = tmp_path / "old.db"
    Store(path).close()
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(store_module._MIGRATIONS, SCHEMA_VERSION, "ALTER TABLE articles ADD COLUMN a_later_column TEXT;")
    upgraded = Store(path)
    assert upgraded.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION + 1)
    assert "a_later_column" in [r[1] for r in upgraded.db.execute("PRAGMA table_info(articles)")]


# The on-disk format of store version 1, frozen: the upgrade must read stores written by it.
_STORE_V1_SCHEMA = """
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
    lead TEXT NOT NULL DEFAULT '',
    lead_on_topic INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    warnings TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_hash ON articles(content_hash);
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


def _write_version_1_store(path):
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = WAL")   # as timeline 1 left its stores
    db.executescript(_STORE_V1_SCHEMA)
    db.execute("INSERT INTO meta VALUES ('app', 'timeline'), ('schema_version', '1'), ('fts_upto', '0'), ('fts_dirty', '0')")
    text = "Kyiv report\n\nJune 7, 2024\n\nNATO chief Jan Olsen said that Ukraine has the right to strike targets on Russian soil."
    db.execute("INSERT INTO articles (id, source, content_hash, size, mtime, title, published, lead, lead_on_topic, text, ingested_at)"
               " VALUES (1, 'kyiv.txt', 'h1', 10, 1.0, 'Kyiv report', '2024-06-07', 'Kyiv report NATO chief', 1, ?, '2024-06-08')", (text,))
    db.execute("INSERT INTO statements (article_id, speaker, speaker_type, text, kind, date, date_precision, sort_date, on_topic,"
               " topic_terms, topic_text, start, \"end\", paragraph_start, paragraph_end) VALUES (1, 'Jan Olsen', 'person',"
               " 'Ukraine has the right to strike targets on Russian soil.', 'indirect', '2024-06-07', 'day', '2024-06-07', 1,"
               " '[\"action: strike\", \"russian_target: Russian soil\"]', 'action: strike; russian_target: Russian soil',"
               " 64, 121, 28, 121)")
    db.execute("INSERT INTO speakers VALUES ('Jan Olsen', 'Olsen', 'person', 'jan olsen')")
    db.commit()
    db.close()
    return text


def test_a_version_1_store_is_upgraded_and_keeps_its_articles(tmp_path):
    path = tmp_path / "v1.db"
    text = _write_version_1_store(path)
    store = Store(path)
    assert store.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    assert "text" not in [r[1] for r in store.db.execute("PRAGMA table_info(articles)")]
    assert store.article_text(1) == text
    assert store.article_lead(1) == "Kyiv report NATO chief"
    assert store.article_by_source("kyiv.txt")["text"] == text
    [row] = store.statements(Query())
    assert (row["speaker"], row["source"], row["date"]) == ("Jan Olsen", "kyiv.txt", "2024-06-07")
    assert [(r["source"], r["url"]) for r in store.sources()] == [("kyiv.txt", None)]   # (version 3: no address known)
    [flat] = store.export_rows(Query(), "flat")
    assert flat[7] == "action: strike; russian_target: Russian soil"
    # The upgraded store takes new articles, and replacing one drops its old text with it.
    store.save_article("kyiv.txt", "h2", 11, 2.0, article("Olsen said that the summit would go ahead."), "text")
    assert store.db.execute("SELECT COUNT(*) FROM article_texts").fetchone()[0] == 1
    store.close()
    assert Store(path).counts() == (1, 1)


def test_a_failed_upgrade_leaves_the_version_1_store_as_it_was(tmp_path, monkeypatch):
    from timeline_cli import store as store_module

    path = tmp_path / "v1.db"
    _write_version_1_store(path)
    monkeypatch.setitem(store_module._MIGRATIONS, 1, store_module._MIGRATIONS[1] + "\nSELECT no_such_function();\n")
    with pytest.raises(TimelineError, match=f"could not upgrade .* from store version 1 to {SCHEMA_VERSION} .*left as it was"):
        Store(path)
    db = sqlite3.connect(path)
    assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "1"
    assert db.execute("SELECT COUNT(*) FROM articles WHERE text LIKE 'Kyiv report%'").fetchone()[0] == 1
    assert db.execute("SELECT name FROM sqlite_master WHERE name = 'article_texts'").fetchone() is None


def test_surname_only_and_full_name_become_one_speaker_across_articles(tmp_path):
    store = Store(tmp_path / "s.db")
    store.save_article("a.txt", "h1", 1, 1.0, article("Olsen said that the plan was ready for the summit."), "text")
    store.save_article("b.txt", "h2", 1, 1.0, article("Secretary General Jan Olsen said that the summit would go ahead."), "text")
    store.save_article("c.txt", "h3", 1, 1.0, article("Olsen said that the summit had been a success."), "text")
    speakers = {r["speaker"] for r in store.statements(Query(on_topic_only=False))}
    assert speakers == {"Jan Olsen"}


def test_two_people_sharing_a_surname_are_not_merged(tmp_path):
    store = Store(tmp_path / "s.db")
    store.save_article("a.txt", "h1", 1, 1.0, article("President Joe Carter said that the plan was ready for the summit."), "text")
    store.save_article("b.txt", "h2", 1, 1.0, article("Minister Ann Carter said that the summit would go ahead."), "text")
    store.save_article("c.txt", "h3", 1, 1.0, article("Carter said that the summit had been a success."), "text")
    assert {r["speaker"] for r in store.statements(Query(on_topic_only=False))} == {"Joe Carter", "Ann Carter", "Carter"}


def test_within_one_batch_a_bare_surname_stops_meaning_one_person_when_a_second_arrives(tmp_path):
    store = Store(tmp_path / "s.db")
    with store.batch(seconds=3600):   # one transaction: what a surname means is remembered within it
        store.save_article("a.txt", "h1", 1, 1.0, article("President Joe Carter said that the plan was ready for the summit."), "text")
        store.save_article("b.txt", "h2", 1, 1.0, article("Carter said that the summit would go ahead."), "text")
        store.save_article("c.txt", "h3", 1, 1.0, article("Minister Ann Carter said that the talks were over."), "text")
        store.save_article("d.txt", "h4", 1, 1.0, article("Carter said that the summit had been a success."), "text")
    by_source = {r["source"]: r["speaker"] for r in store.statements(Query(on_topic_only=False))}
    assert by_source == {"a.txt": "Joe Carter", "b.txt": "Joe Carter", "c.txt": "Ann Carter", "d.txt": "Carter"}


def test_saving_is_atomic(tmp_path, monkeypatch):
    store = Store(tmp_path / "s.db")
    store.save_article("a.txt", "h1", 1, 1.0, article("Minister Eva Lind said that the plan was ready."), "text")
    broken = article("Minister Eva Lind said that the plan was late.")
    broken.statements[0].kind = None  # violates NOT NULL halfway through the save
    with pytest.raises(sqlite3.IntegrityError):
        store.save_article("b.txt", "h2", 1, 1.0, broken, "text")
    assert store.counts() == (1, 1)
    assert store.known_hash("h2") is None


def test_query_filters_combine(tmp_path):
    store = Store(tmp_path / "s.db")
    store.save_article("a.txt", "h1", 1, 1.0, article("Minister Eva Lind said that drones hit targets on Russian territory.", "May 1, 2024"), "text")
    store.save_article("b.txt", "h2", 1, 1.0, article("Minister Eva Lind said that the weather was fine today.", "June 1, 2024"), "text")
    store.save_article("c.txt", "h3", 1, 1.0, extract_article("No date\n\nGeneral Ivo Bran said that drones hit targets on Russian soil."), None)
    def texts(**kw):
        return [r["text"] for r in store.statements(Query(**kw))]
    assert texts() == ["drones hit targets on Russian territory.", "drones hit targets on Russian soil."]  # undated last
    assert texts(on_topic_only=False, since=dt.date(2024, 5, 15)) == ["the weather was fine today."]
    assert texts(on_topic_only=False, since=dt.date(2024, 5, 15), undated=True) == ["the weather was fine today.", "drones hit targets on Russian soil."]
    assert texts(speakers=["LIND"], on_topic_only=False) == ["drones hit targets on Russian territory.", "the weather was fine today."]
    assert texts(grep="weather", on_topic_only=False) == ["the weather was fine today."]
    assert texts(on_topic_only=False, reverse=True, limit=1, undated=False) == ["the weather was fine today."]


def test_full_text_search_follows_additions_replacements_and_merges(tmp_path):
    store = Store(tmp_path / "s.db")
    def grep(words):
        return [r["text"] for r in store.statements(Query(grep=words, on_topic_only=False))]
    store.save_article("a.txt", "h1", 1, 1.0, article("Olsen said that the bridge was ready."), "text")
    assert grep("bridge") == ["the bridge was ready."]
    store.save_article("b.txt", "h2", 1, 1.0, article("Minister Eva Lind said that the tunnel was ready."), "text")
    assert grep("tunnel") == ["the tunnel was ready."]
    store.save_article("a.txt", "h3", 1, 1.0, article("Olsen said that the road was ready."), "text")   # a.txt changed
    assert grep("bridge") == [] and grep("road") == ["the road was ready."]
    store.save_article("c.txt", "h4", 1, 1.0, article("Secretary General Jan Olsen said that the port was ready."), "text")
    assert sorted(grep("Jan Olsen")) == ["the port was ready.", "the road was ready."]   # merged speaker is found


def test_in_a_batch_a_failed_article_leaves_no_trace_and_the_others_are_kept(tmp_path, monkeypatch):
    store = Store(tmp_path / "b.db")
    good = article("Minister Eva Lind said that drones hit targets on Russian soil. Lind said that the plan was ready.")
    real = store._canonical_speaker
    calls = {"n": 0}

    def fail_on_second(name, kind):
        calls["n"] += 1
        if calls["n"] == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return real(name, kind)

    with store.batch(seconds=60):
        store.save_article("a.txt", "h1", 1, 1.0, good, "text")            # statements 1 and 2
        monkeypatch.setattr(store, "_canonical_speaker", fail_on_second)
        with pytest.raises(sqlite3.OperationalError):
            store.save_article("b.txt", "h2", 1, 1.0, good, "text")        # fails half-way
        monkeypatch.undo()
        store.save_article("c.txt", "h3", 1, 1.0, good, "text")
    other = sqlite3.connect(tmp_path / "b.db")
    assert [r[0] for r in other.execute("SELECT source FROM articles ORDER BY source")] == ["a.txt", "c.txt"]
    assert other.execute("SELECT COUNT(*) FROM statements").fetchone()[0] == 4
    assert other.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_batch_commits_as_it_goes_so_other_readers_see_progress(tmp_path):
    store = Store(tmp_path / "c.db")
    reader = sqlite3.connect(tmp_path / "c.db")
    with store.batch(seconds=0):      # every save is past the deadline: committed at once
        store.save_article("a.txt", "h1", 1, 1.0, article("Minister Eva Lind said that the plan was ready."), "text")
        assert reader.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
    with store.batch(seconds=60):
        store.save_article("b.txt", "h2", 1, 1.0, article("Minister Eva Lind said that the plan was ready."), "text")
        assert reader.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1   # not yet committed
    assert reader.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2        # committed on leaving


def test_statements_at_the_same_place_keep_the_order_they_were_stored_in(tmp_path):
    """Ties on date, article and offset fall back to the statement id, also when a speaker
    filter makes SQLite sort instead of walking the timeline index, and reversed with --reverse."""
    from timeline_cli.models import Article, FuzzyDate, Statement

    day = FuzzyDate(dt.date(2024, 6, 1))
    tied = Article(text="x" * 100, title="t", published=dt.date(2024, 6, 1), published_phrase="June 1, 2024")
    for n in range(6):
        tied.statements.append(Statement(speaker="Jan Olsen", text=f"statement {n}", kind="direct", start=5, end=9,
                                         paragraph_start=0, paragraph_end=10, date=day, on_topic=True))
    store = Store(tmp_path / "s.db")
    store.save_article("a.txt", "h1", 1, 1.0, tied, "text")
    in_order = [f"statement {n}" for n in range(6)]
    for speakers in ((), ("Olsen",)):
        assert [r["text"] for r in store.statements(Query(speakers=speakers))] == in_order
        assert [r["text"] for r in store.statements(Query(speakers=speakers, reverse=True))] == in_order[::-1]


def test_processes_opening_a_version_1_store_at_once_upgrade_it_once(tmp_path):
    """The first to take the write lock upgrades; the others wait for it, then find the new version."""
    import os
    import subprocess
    import sys

    path = tmp_path / "v1.db"
    text = _write_version_1_store(path)
    env = dict(os.environ, TIMELINE_DB=str(path))
    # Hold the write lock while they start, so that each reads version 1 and then queues for the upgrade.
    lock = sqlite3.connect(path, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    readers = [subprocess.Popen([sys.executable, "-m", "timeline_cli", "show", "--all", "--format", "csv"], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    time.sleep(2)
    lock.execute("ROLLBACK")
    lock.close()
    for reader in readers:
        out, err = reader.communicate(timeout=120)
        assert reader.returncode == 0, err
        assert "Jan Olsen" in out and "kyiv.txt" in out
    store = Store(path)
    assert store.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    assert store.db.execute("SELECT COUNT(*) FROM article_texts").fetchone()[0] == 1 and store.article_text(1) == text
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _read_ahead_recorder(monkeypatch):
    """Replace the read-ahead thread's work with a record of what it was asked to read."""
    import threading

    import timeline_cli.store as store_module

    started: list[tuple[object, threading.Event]] = []
    begun = threading.Event()

    def record(path, stop):
        started.append((path, stop))
        begun.set()

    monkeypatch.setattr(store_module, "_read_ahead", record)
    return started, begun


def _store_with_statements(path):
    store = Store(path)
    for n in range(3):
        store.save_article(f"{n}.txt", f"h{n}", 1, 1.0, article(
            f"Minister Eva Lind said that drones hit targets on Russian soil {n}. Lind said that the plan {n} was ready."), "text")
    return store


def test_a_query_over_most_rows_reads_the_file_ahead_until_its_rows_stop(tmp_path, monkeypatch):
    """A full export reads the store in timeline order, scattered over the file; a thread
    reading it front to back turns that into sequential disk reads. It must not change a row."""
    store = _store_with_statements(tmp_path / "s.db")
    expected = [tuple(r) for r in store.export_rows(Query(on_topic_only=False), "flat")]
    started, begun = _read_ahead_recorder(monkeypatch)
    assert [tuple(r) for r in store.export_rows(Query(on_topic_only=False), "flat")] == expected
    assert begun.wait(5) and started[0][0] == store.path and started[0][1].is_set()   # stopped once the rows ran out

    started.clear()
    begun.clear()
    rows = store.statements(Query(on_topic_only=False))
    next(rows)
    assert begun.wait(5) and not started[0][1].is_set()
    rows.close()                         # the reader of the rows stopped early (a closed pipe, Ctrl-C)
    assert started[0][1].is_set()


def test_a_narrow_query_or_a_store_too_big_for_memory_is_not_read_ahead(tmp_path, monkeypatch):
    import timeline_cli.store as store_module

    store = _store_with_statements(tmp_path / "s.db")
    started, _ = _read_ahead_recorder(monkeypatch)
    for narrow in (Query(speakers=("Lind",)), Query(limit=1), Query(grep="plan"), Query(source="1.txt"), Query(ids=(1,)),
                   Query(since=dt.date(2024, 6, 1)), Query(until=dt.date(2024, 6, 30))):
        assert list(store.statements(narrow))
    size = store.path.stat().st_size
    monkeypatch.setattr(store_module.os, "sysconf", lambda name: 1 if name == "SC_PAGE_SIZE" else size)   # memory: the store's size
    assert list(store.statements(Query(on_topic_only=False)))

    def unknown(name):
        raise ValueError(name)

    monkeypatch.setattr(store_module.os, "sysconf", unknown)   # a system that cannot tell its memory
    assert list(store.statements(Query(on_topic_only=False)))
    assert started == []


def test_reading_ahead_a_vanished_store_file_is_harmless(tmp_path):
    import threading

    from timeline_cli.store import _read_ahead

    assert _read_ahead(tmp_path / "gone.db", threading.Event()) is None


@settings(max_examples=200, deadline=None)
@given(terms=st.lists(st.text()), warnings=st.lists(st.text(), max_size=3))
def test_topic_terms_and_warnings_are_stored_as_the_json_any_reader_parses(tmp_path_factory, terms, warnings):
    import json

    from timeline_cli.models import Article, Statement
    from timeline_cli.store import article_rows

    statement = Statement("Eva Lind", "words", "direct", 0, 5, 0, 5, on_topic=bool(terms), topic_terms=terms)
    rows = article_rows(Article("words", None, None, None, [statement], warnings=warnings))
    stored_terms = rows.statements[0][9]
    assert json.loads(stored_terms) == terms
    assert stored_terms == json.dumps(terms)          # the same text as stores written before
    assert json.loads(rows.article[4]) == warnings
