"""Rendering statements, sources and speakers for terminals, spreadsheets and programs.

Article text is untrusted: it is passed to Rich as `Text` (never parsed as markup),
stripped of terminal control characters, and CSV cells that a spreadsheet would run
as a formula are neutralised.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import re
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TextIO

FORMATS = ("table", "csv", "tsv", "json", "jsonl", "markdown", "timelinejs")
STATEMENT_FIELDS = ("id", "date", "date_precision", "speaker", "text", "kind", "on_topic", "topic_terms", "source", "published")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SPEAKER_STYLES = ("cyan", "magenta", "green", "yellow", "blue", "red", "bright_cyan", "bright_magenta",
                  "bright_green", "bright_yellow", "bright_blue", "bright_red", "dark_orange", "orchid", "spring_green2", "gold1")


def safe_text(value: Any) -> str:
    """Text with terminal control characters and escape sequences removed."""
    return _CONTROL.sub("", "" if value is None else str(value))


def statement_record(row: Mapping[str, Any] | sqlite3.Row) -> dict[str, Any]:
    """The output contract for one statement (keys are stable; other tools rely on them)."""
    return {
        "id": row["id"],
        "date": row["date"],
        "date_precision": row["date_precision"],
        "speaker": row["speaker"],
        "text": row["text"],
        "kind": row["kind"],
        "on_topic": bool(row["on_topic"]),
        "topic_terms": json.loads(row["topic_terms"]) if isinstance(row["topic_terms"], str) else list(row["topic_terms"]),
        "source": row["source"],
        "published": row["published"],
        "speaker_type": row["speaker_type"],
        "date_phrase": row["date_phrase"],
    }


def _week_monday(iso_week: str) -> dt.date:
    year, week = iso_week.split("-W")
    return dt.date.fromisocalendar(int(year), int(week), 1)


def date_label(record: Mapping[str, Any]) -> str:
    date, precision = record.get("date"), record.get("date_precision")
    if not date:
        return "undated"
    if precision == "week":
        return f"~week of {_week_monday(str(date)).isoformat()}"
    return str(date)


# --- flat formats ------------------------------------------------------------

def _cell(value: Any, guard_formulas: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = safe_text(value) if not isinstance(value, (int, float)) else str(value)
    if guard_formulas and text.startswith(_FORMULA_START) and not isinstance(value, (int, float)):
        # A spreadsheet would run "=HYPERLINK(...)" from an article as a formula.
        return "'" + text
    return text


def write_delimited(records: Iterable[Mapping[str, Any]], out: TextIO, fields: tuple[str, ...], delimiter: str = ",",
                    guard_formulas: bool = True) -> int:
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n" if delimiter == "," else "\n")
    writer.writerow(fields)
    count = 0
    for record in records:
        writer.writerow([_cell(record.get(f), guard_formulas) for f in fields])
        count += 1
    return count


# The same characters as _CONTROL less the carriage return of CSV line ends, as a deletion
# table derived from it: str.translate runs in C over a whole chunk.
_CONTROL_TABLE = dict.fromkeys(cp for cp in range(0x2070) if cp != 0x0D and _CONTROL.match(chr(cp)))
_GUARDED = (3, 4, 7, 8)   # speaker, text, topic terms, source: the cells that carry outside text
_CHUNK = 2000


def write_flat_rows(rows: Iterable[tuple], out: TextIO, fields: tuple[str, ...], delimiter: str = ",",
                    guard_formulas: bool = True) -> int:
    """Rows already in `fields` order, written as CSV/TSV a chunk at a time (the fast path of large exports)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n" if delimiter == "," else "\n")
    writer.writerow(fields)
    count = 0
    chunk: list[tuple] = []

    def flush() -> None:
        writer.writerows(chunk)
        chunk.clear()
        out.write(buffer.getvalue().translate(_CONTROL_TABLE))
        buffer.seek(0)
        buffer.truncate()

    risky = frozenset(_FORMULA_START)
    for row in rows:
        if guard_formulas and (row[3][:1] in risky or row[4][:1] in risky or row[7][:1] in risky or row[8][:1] in risky):
            row = tuple(("'" + c if i in _GUARDED and c and c.startswith(_FORMULA_START) else c) for i, c in enumerate(row))
        chunk.append(row)
        count += 1
        if len(chunk) >= _CHUNK:
            flush()
    flush()
    return count


# A quoted cell of `Store.export_rows(..., "csv")` that a spreadsheet would run as a formula.
# Inside a quoted cell every quote is doubled, so ',"' followed by one of these can only
# be the start of a cell.
_FORMULA_CELL = re.compile(r',"([=+\-@\t\r])')
_CONTROL_NOT_CR = re.compile("[" + "".join(re.escape(chr(cp)) for cp in _CONTROL_TABLE) + "]")   # the table's set, to test
_ASCII_CONTROL = bytes(cp for cp in _CONTROL_TABLE if cp < 128)


def _has_control(text: str) -> bool:
    """Whether `text` holds a character of _CONTROL_TABLE; ASCII text (most exports) is tested in C at memory speed."""
    if text.isascii():
        data = text.encode("ascii")
        return len(data.translate(None, _ASCII_CONTROL)) != len(data)
    return _CONTROL_NOT_CR.search(text) is not None


def write_csv_lines(lines: Iterable[tuple[str]], out: TextIO, fields: tuple[str, ...], guard_formulas: bool = True) -> int:
    """CSV lines already rendered by SQLite, written a chunk at a time (the fast path of large exports)."""
    out.write(",".join(fields) + "\r\n")
    count = 0
    rows = iter(lines)
    while chunk_rows := list(itertools.islice(rows, _CHUNK)):
        count += len(chunk_rows)
        chunk = "\r\n".join([row[0] for row in chunk_rows]) + "\r\n"
        if guard_formulas and _FORMULA_CELL.search(chunk):
            chunk = _FORMULA_CELL.sub(",\"'\\1", chunk)
        if _has_control(chunk):
            chunk = chunk.translate(_CONTROL_TABLE)
        out.write(chunk)
    return count


def write_json_texts(texts: Iterable[str], out: TextIO, lines: bool) -> int:
    """JSON objects already rendered (by SQLite), as one array or one per line."""
    count = 0
    if not lines:
        out.write("[")
    for text in texts:
        if lines:
            out.write(text + "\n")
        else:
            out.write((",\n  " if count else "\n  ") + text)
        count += 1
    if not lines:
        out.write("\n]\n" if count else "]\n")
    return count


def write_json(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """One JSON array, written as it streams."""
    count = 0
    out.write("[")
    for record in records:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(record, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def write_jsonl(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _md(value: Any) -> str:
    text = safe_text(_cell(value, guard_formulas=False))
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")


def write_markdown(records: Iterable[Mapping[str, Any]], out: TextIO, fields: tuple[str, ...]) -> int:
    out.write("| " + " | ".join(fields) + " |\n")
    out.write("|" + "|".join(" --- " for _ in fields) + "|\n")
    count = 0
    for record in records:
        out.write("| " + " | ".join(_md(record.get(f)) for f in fields) + " |\n")
        count += 1
    return count


def timelinejs(records: Iterable[Mapping[str, Any]], title: str) -> tuple[dict[str, Any], int]:
    """Knight Lab TimelineJS JSON: one event per dated statement, grouped by speaker.

    Undated statements cannot be placed on a timeline; the count of those left out is returned.
    """
    events, undated = [], 0
    for record in records:
        date, precision = record.get("date"), record.get("date_precision") or "day"
        if not date:
            undated += 1
            continue
        if precision == "week":
            date = _week_monday(str(date)).isoformat()
        parts = str(date).split("-")
        start: dict[str, str] = {"year": parts[0]}
        if len(parts) > 1 and precision in ("day", "week", "month"):
            start["month"] = str(int(parts[1]))
        if len(parts) > 2 and precision in ("day", "week"):
            start["day"] = str(int(parts[2]))
        event: dict[str, Any] = {
            "start_date": start,
            "text": {"headline": _html(record["speaker"]), "text": f"<p>\u201c{_html(record['text'])}\u201d</p><p><small>{_html(record['source'])}</small></p>"},
            "group": safe_text(record["speaker"]),
            "unique_id": f"statement-{record['id']}",
        }
        if precision == "week":
            # Placed at its Monday, but shown as the week it is.
            event["display_date"] = date_label(record)
        events.append(event)
    return {"title": {"text": {"headline": _html(title), "text": ""}}, "events": events}, undated


def _html(value: Any) -> str:
    return safe_text(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- the terminal table --------------------------------------------------------

def speaker_style(name: str) -> str:
    """A colour per speaker that stays the same between runs (crc32, not Python's salted hash)."""
    return SPEAKER_STYLES[zlib.crc32(name.encode("utf-8")) % len(SPEAKER_STYLES)]


def short_source(source: str) -> str:
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


def statements_table(records: Iterator[Mapping[str, Any]], title: str, width: int = 80):  # -> rich.table.Table
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title), show_lines=False, expand=True, title_justify="left")
    # On a narrow terminal the side columns keep just enough for a surname and a short
    # source name (folded at word boundaries); the statement always gets the most room.
    narrow = width < 110
    table.add_column("Date", min_width=10, style="bold")
    table.add_column("Speaker", min_width=12, max_width=12 if narrow else 24, overflow="fold")
    table.add_column("Statement", ratio=1, overflow="fold")
    table.add_column("Source", min_width=8, max_width=10 if narrow else 20, overflow="fold", style="dim")
    for record in records:
        style = speaker_style(record["speaker"])
        words = safe_text(record["text"])
        if record["kind"] == "direct":
            words = f"\u201c{words}\u201d"
        table.add_row(
            Text(date_label(record), style="italic dim" if not record["date"] else ""),
            Text(safe_text(record["speaker"]), style=style),
            Text(words),
            Text(f"{short_source(safe_text(record['source']))} #{record['id']}"),
        )
    return table


def rows_table(rows: Sequence[Mapping[str, Any]], columns: tuple[str, ...], title: str):
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title), title_justify="left")
    for column in columns:
        table.add_column(column.replace("_", " ").title(), overflow="fold")
    for row in rows:
        cells = []
        for column in columns:
            value = row.get(column)
            style = speaker_style(str(value)) if column == "speaker" else ""
            cells.append(Text("undated" if value is None and column in ("published", "first", "last") else safe_text(value), style=style))
        table.add_row(*cells)
    return table
