"""Interrupted, concurrent and hostile ingests never lose or corrupt what was stored."""
import errno
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

SPEAKERS = ["Anna Berg", "Carl Moss", "Eva Lind", "Jan Olsen", "Olga Marsh"]


def make_corpus(folder: Path, count: int, prefix: str = "a") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        who = SPEAKERS[i % len(SPEAKERS)]
        body = "\n\n".join(
            f'Minister {who} said on Friday that drones hit target {i}-{k} on Russian soil. "We will respond to attack {k}," she said.'
            for k in range(12))
        (folder / f"{prefix}{i:04d}.txt").write_text(f"Headline {prefix}{i}\n\nJune {1 + i % 28}, 2024\n\n{body}\n", encoding="utf-8")
    return folder


def timeline(db: Path, *args: str, **kw) -> subprocess.Popen:
    env = dict(os.environ, TIMELINE_DB=str(db))
    return subprocess.Popen([sys.executable, "-m", "timeline_cli", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def run(db: Path, *args: str) -> subprocess.CompletedProcess:
    proc = timeline(db, *args)
    out, err = proc.communicate(timeout=300)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def count_articles(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def wait_for(db: Path, articles: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while count_articles(db) < articles:
        assert proc.poll() is None, "ingest finished before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.02)


def assert_complete(db: Path, corpus_size: int) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT source) FROM articles").fetchone() == (corpus_size, corpus_size)
        per_article = conn.execute("SELECT COUNT(*) FROM statements GROUP BY article_id").fetchall()
        assert {n for (n,) in per_article} == {24}     # every article whole, none twice


def open_when_read(gate: Path, proc: subprocess.Popen) -> int:
    """The writing end of the named pipe `gate`, once the ingest has opened it to read (and waits there)."""
    deadline = time.monotonic() + 120
    while True:
        try:
            return os.open(gate, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as err:   # ENXIO: nobody reads it yet
            if err.errno != errno.ENXIO:
                raise
        assert proc.poll() is None, "ingest finished without reading the named pipe"
        assert time.monotonic() < deadline
        time.sleep(0.02)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("how", ["kill", "ctrl-c"])
def test_interrupted_ingest_keeps_finished_articles_and_resumes(tmp_path, how):
    # The ingest is stopped at a known point: waiting on a named pipe given between two folders,
    # with every article of the first folder extracted. Polling the store for progress instead
    # raced a fast (or a descheduled) ingest to its end.
    first, rest = make_corpus(tmp_path / "first", 60, "a"), make_corpus(tmp_path / "rest", 240, "b")
    gate = tmp_path / "gate.txt"
    os.mkfifo(gate)
    db = tmp_path / "t.db"
    proc = timeline(db, "ingest", str(first), str(gate), str(rest), "--jobs", "1")
    writer = open_when_read(gate, proc)
    try:
        # Waiting on input, the ingest holds no write lock and nothing it finished is uncommitted.
        assert count_articles(db) == 60
        proc.send_signal(signal.SIGKILL if how == "kill" else signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        os.close(writer)
    if how == "ctrl-c":
        assert proc.returncode == 130 and "interrupted:" in err and "Traceback" not in err
    assert count_articles(db) == 60
    again = run(db, "ingest", str(first), str(rest))
    assert again.returncode == 0, again.stderr
    assert "240 new, 60 unchanged" in again.stderr
    assert_complete(db, 300)


def test_a_named_pipe_larger_than_the_limit_is_skipped_not_held(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes")
    gate = tmp_path / "pipe.txt"
    os.mkfifo(gate)
    db = tmp_path / "t.db"
    proc = timeline(db, "ingest", str(gate), "--max-size", "1K")
    writer = open_when_read(gate, proc)
    try:
        os.set_blocking(writer, True)
        with pytest.raises(BrokenPipeError):
            for _ in range(2000):   # 2 MB offered; the ingest stops reading after the limit
                os.write(writer, b"Words on a page. " * 60 + b"\n")
    finally:
        os.close(writer)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 3 and "larger than the 1 KiB limit" in err and count_articles(db) == 0


def test_two_ingests_at_once_both_finish_and_lose_nothing(tmp_path):
    db = tmp_path / "t.db"
    first = timeline(db, "ingest", str(make_corpus(tmp_path / "one", 150, "a")))
    second = timeline(db, "ingest", str(make_corpus(tmp_path / "two", 150, "b")))
    # Reading while they write works too.
    reader = run(db, "show", "--all", "--format", "json")
    assert reader.returncode == 0 and isinstance(json.loads(reader.stdout), list)
    assert first.wait(timeout=300) == 0 and second.wait(timeout=300) == 0, (first.stderr.read(), second.stderr.read())
    assert_complete(db, 300)


def ingest_serial_and_parallel(tmp_path, source):
    """Ingest `source` with one process (serial.db) and with two (parallel.db); each store's rows without ids."""
    stores = tmp_path / "serial.db", tmp_path / "parallel.db"
    for db, jobs in zip(stores, ("1", "2")):
        assert run(db, "ingest", str(source), "--jobs", jobs).returncode == 0
    rows = [json.loads(run(db, "show", "--all", "--format", "json").stdout) for db in stores]
    return [[{k: v for k, v in r.items() if k != "id"} for r in rs] for rs in rows]


def test_many_files_in_parallel_equal_one_process(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 80)
    serial, parallel = ingest_serial_and_parallel(tmp_path, corpus)
    assert serial == parallel and len(serial) == 80 * 24


def test_a_corpus_in_parallel_equals_one_process_and_an_interrupted_one_resumes(tmp_path):
    # Each text file of a corpus folder as one line of a JSON Lines corpus.
    folder = make_corpus(tmp_path / "corpus", 70)
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(json.dumps({"text": p.read_text(encoding="utf-8")}) + "\n" for p in sorted(folder.iterdir())),
                      encoding="utf-8")
    serial, parallel = ingest_serial_and_parallel(tmp_path, corpus)
    assert serial == parallel and len(serial) == 70 * 24
    assert_complete(tmp_path / "parallel.db", 70)
    # A store holding only some of the records (as a killed ingest leaves it) gets the rest, once each.
    partial = tmp_path / "partial.db"
    head = tmp_path / "head.jsonl"
    head.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(keepends=True)[:30]), encoding="utf-8")
    assert run(partial, "ingest", str(head)).returncode == 0
    with sqlite3.connect(partial) as conn:   # the 30 records as if stored from news.jsonl, which was never marked done
        conn.execute("UPDATE articles SET source = replace(source, 'head.jsonl', 'news.jsonl')")
        conn.execute("DELETE FROM meta WHERE key LIKE 'corpus:%'")
    result = run(partial, "ingest", str(corpus))
    assert result.returncode == 0 and "70 read, 40 new, 30 unchanged" in result.stderr
    assert_complete(partial, 70)


def test_a_parallel_ingest_reads_only_a_bounded_window_ahead_of_what_it_stored(tmp_path, monkeypatch):
    """Memory stays flat however large the folder: files are read only as workers need them."""
    import timeline_cli.ingest as ingest_module
    from timeline_cli.store import Store

    corpus = make_corpus(tmp_path / "corpus", 500)
    counts = {"read": 0, "stored": 0}
    ahead: list[int] = []
    real_read = ingest_module._read

    def counting_read(*args, **kwargs):
        counts["read"] += 1
        ahead.append(counts["read"] - counts["stored"])
        return real_read(*args, **kwargs)

    def stored(source: str) -> None:
        counts["stored"] += 1

    monkeypatch.setattr(ingest_module, "_read", counting_read)
    store = Store(tmp_path / "s.db")
    report = ingest_module.ingest(store, ingest_module.collect_inputs([str(corpus)]), jobs=2, progress=stored)
    assert report.new == 500 and not report.skipped
    window = 2 * ingest_module._TASKS_PER_WORKER * ingest_module._TASK_ARTICLES
    assert window // 2 < max(ahead) <= window + ingest_module._TASK_ARTICLES   # it fills, and no further


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_a_reader_that_stops_early_gets_no_traceback(tmp_path, fmt):
    # "timeline show --all --format csv | head -1": the pipe closes while rows are still coming.
    db = tmp_path / "store.db"
    assert run(db, "ingest", str(make_corpus(tmp_path / "corpus", 40))).returncode == 0
    proc = timeline(db, "show", "--all", "--format", fmt)
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.stdout.close()   # the reader is gone
    _, err = proc.communicate(timeout=120)
    assert "Traceback" not in err and "Exception" not in err, err
    assert proc.returncode in (0, 1, 141)
