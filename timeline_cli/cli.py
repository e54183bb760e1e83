"""The `timeline` command: parses arguments, calls the core and the store, renders.

Every user error becomes one line on stderr and a non-zero exit status here, in
`_friendly` and `_Group.main`; nothing below the CLI prints.

No `from __future__ import annotations` here: Typer reads every command's annotations
at start-up, and string annotations it must evaluate cost each command about 12 ms.
"""
import functools
import itertools
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional, TypeVar

import typer
from typer.core import TyperGroup

from timeline_cli import __version__
from timeline_cli.errors import EXIT_INTERRUPTED, EXIT_SKIPPED, EXIT_USAGE, TimelineError, UsageError
from timeline_cli.ingest import DEFAULT_MAX_SIZE, DEFAULT_PATTERNS, collect_inputs, ingest, redate
from timeline_cli.models import FuzzyDate
from timeline_cli.output import (STATEMENT_FIELDS, date_label, rows_table, safe_text, short_source, speaker_style,
                                 statement_record, statements_table, timelinejs, write_csv_lines, write_delimited, write_flat_rows,
                                 write_json, write_json_texts, write_jsonl, write_markdown)
from timeline_cli.store import Query, Store
from timeline_cli.topic import DEFAULT_PROFILE, Profile, default_profile

try:  # Typer >= 0.2x carries its own copy of Click
    from typer._click.exceptions import ClickException
except ImportError:  # pragma: no cover - older Typer on the real Click
    from click.exceptions import ClickException  # type: ignore[no-redef,import-not-found]

F = TypeVar("F", bound=Callable[..., Any])
_state: dict[str, Any] = {"debug": False, "no_color": False, "db": None}


class _Group(TyperGroup):
    """Usage errors as one line (`timeline: error: ...`), not a box of help."""

    def main(self, args: Any = None, prog_name: Any = None, complete_var: Any = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, windows_expand_args, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except ClickException as err:
            if type(err).__name__ == "NoArgsIsHelpError":
                print(err.format_message())
                sys.exit(EXIT_USAGE)
            ctx = getattr(err, "ctx", None)
            where = f" (see: {ctx.command_path} --help)" if ctx is not None else ""
            print(f"timeline: error: {err.format_message()}{where}", file=sys.stderr)
            sys.exit(err.exit_code)
        except typer.Abort:
            print("timeline: aborted", file=sys.stderr)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=_Group,
    help="Turn news articles into a sourced, dated timeline of who said what.\n\n"
         "Example: timeline ingest data/ && timeline show --speaker Stoltenberg",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
topic_app = typer.Typer(help="Topic profiles: what `show` counts as on the topic.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(topic_app, name="topic")


class Format(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    timelinejs = "timelinejs"


class Kind(str, Enum):
    direct = "direct"
    indirect = "indirect"


def _error(message: str) -> None:
    print(f"timeline: error: {safe_text(message)}", file=sys.stderr)


def _friendly(fn: F) -> F:
    """The one place where errors become a line on stderr and an exit status."""
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except TimelineError as err:
            _error(str(err))
            raise typer.Exit(err.exit_code) from None
        except KeyboardInterrupt:
            print("timeline: interrupted", file=sys.stderr)
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except (typer.Exit, typer.Abort, BrokenPipeError):
            raise
        except Exception as err:  # noqa: BLE001 - the last line of defence against tracebacks
            if _state["debug"]:
                raise
            _error(f"internal error: {type(err).__name__}: {err} (run with --debug for the traceback)")
            raise typer.Exit(1) from None
    return wrapper  # type: ignore[return-value]


def _db_path() -> Path:
    if _state["db"]:
        return Path(_state["db"]).expanduser()
    from platformdirs import user_data_path

    return user_data_path("timeline") / "timeline.db"


def _open_store() -> Store:
    return Store(_db_path())


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(file=sys.stderr if stderr else sys.stdout, no_color=_state["no_color"] or None, highlight=False,
                   emoji=False, markup=False)


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def _user_date(text: str | None) -> FuzzyDate | None:
    """A date given on the command line, if any. The date patterns load only then: most commands need none."""
    if not text:
        return None
    from timeline_cli.dates import parse_user_date
    return parse_user_date(text)


def _choose_format(fmt: Optional[Format]) -> Format:
    if fmt is not None:
        return fmt
    return Format.table if sys.stdout.isatty() else Format.csv


def _version(value: bool) -> None:
    if value:
        print(f"timeline {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    db: Annotated[Optional[Path], typer.Option("--db", envvar="TIMELINE_DB", help="The store (SQLite file). Default: timeline.db in your user data folder.", show_envvar=True)] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colours in tables (NO_COLOR is honoured too).")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    _state.update(debug=debug, no_color=no_color or bool(os.environ.get("NO_COLOR")), db=str(db) if db else None)


# --- ingest -----------------------------------------------------------------------

def _parse_size(text: str) -> int:
    units = {"": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024**2, "mb": 1024**2, "mib": 1024**2, "g": 1024**3, "gb": 1024**3}
    raw = text.strip().lower()
    number = raw.rstrip("kmgib")
    unit = raw[len(number):]
    try:
        value = float(number)
    except ValueError:
        raise UsageError(f"not a size: {text!r} (try 5M or 500K)") from None
    if unit not in units or value <= 0:
        raise UsageError(f"not a size: {text!r} (try 5M or 500K)")
    return int(value * units[unit])


@app.command("ingest")
@_friendly
def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (searched for *.txt, *.md, saved web pages *.html and JSON Lines corpora *.jsonl), or - for standard input.", show_default=False)],
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date for articles whose text gives none, e.g. 2024-05-28.")] = None,
    max_size: Annotated[str, typer.Option("--max-size", help="Skip files (in a corpus: records) larger than this (e.g. 5M, 500K).")] = f"{DEFAULT_MAX_SIZE // 1024**2}M",
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Extraction processes (default: the number of cores).")] = None,
    glob: Annotated[Optional[list[str]], typer.Option("--glob", help="File patterns to take from folders (repeatable). Default: *.txt, *.md, *.html, *.htm, *.jsonl.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary line; no progress, no warnings.")] = False,
) -> None:
    """Read article texts into the store. Unchanged files are skipped.

    Example: timeline ingest data/ --published 2024-05-28

    A JSON Lines corpus (*.jsonl, *.ndjson) holds one article per line, a JSON object with its
    text in a field text, content or body, and optionally title/headline and date/published;
    each line is an article of its own, its source FILE:LINE.

    Exit status: 0 all read; 3 some files skipped (listed); 130 interrupted (what was finished is kept).
    """
    fallback = _user_date(published)
    if fallback is not None and fallback.precision != "day":
        raise UsageError(f"--published needs a day, not {published!r} (e.g. 2024-05-28)")
    limit = _parse_size(max_size)
    inputs = collect_inputs(paths, tuple(glob) if glob else DEFAULT_PATTERNS)
    store = _open_store()
    err = _console(stderr=True)
    show_progress = not quiet and _stderr_is_terminal() and len(inputs) > 1
    try:
        if show_progress:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=err, transient=True) as bar:
                task = bar.add_task("ingest", total=len(inputs))
                report = ingest(store, inputs, max_size=limit, jobs=jobs, fallback_published=fallback.value if fallback else None,
                                progress=lambda _source: bar.advance(task))
        else:
            report = ingest(store, inputs, max_size=limit, jobs=jobs, fallback_published=fallback.value if fallback else None)
    finally:
        store.close()
    if not quiet:
        for source, reason in report.skipped:
            print(f"timeline: skipped {safe_text(source)}: {reason}", file=sys.stderr)
        for source, warning in report.warnings:
            print(f"timeline: warning: {safe_text(source)}: {warning}", file=sys.stderr)
        hidden = report.skipped_count - len(report.skipped) + report.warning_count - len(report.warnings)
        if hidden:
            print(f"timeline: ... and {hidden} more skipped files and warnings", file=sys.stderr)
    print(f"timeline: {report.summary()}", file=sys.stderr)
    if report.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if report.skipped_count:
        raise typer.Exit(EXIT_SKIPPED)


# --- show -------------------------------------------------------------------------

def _load_profile(name_or_path: str) -> Profile:
    path = Path(name_or_path)
    if path.suffix == ".toml" or path.exists():
        if not path.exists():
            raise UsageError(f"no such topic profile file: {name_or_path}")
        return Profile.from_file(path)
    if name_or_path == DEFAULT_PROFILE:
        return default_profile()
    installed = _topics_dir() / f"{name_or_path}.toml"
    if installed.exists():
        return Profile.from_file(installed)
    raise UsageError(f"unknown topic profile {name_or_path!r} (a .toml file, or one of: {', '.join(_profile_names())})")


def _topics_dir() -> Path:
    return _db_path().parent / "topics"


def _profile_names() -> list[str]:
    folder = _topics_dir()
    return [DEFAULT_PROFILE] + (sorted(p.stem for p in folder.glob("*.toml")) if folder.is_dir() else [])


def _rejudged(store: Store, rows: Iterator[Any], profile: Profile, keep_all: bool) -> Iterator[dict[str, Any]]:
    """Statements judged again against another topic profile, without re-ingesting."""
    texts: dict[int, str] = {}
    leads: dict[int, bool] = {}
    for row in rows:
        record = dict(row)
        article_id = row["article_id"]
        if article_id not in texts:
            if len(texts) > 256:
                texts.clear()
            texts[article_id] = store.article_text(article_id)
            leads[article_id] = profile.lead_on_topic(store.article_lead(article_id))
        paragraph = texts[article_id][row["paragraph_start"] : row["paragraph_end"]]
        decision = profile.decide(row["text"], row["context"], paragraph, leads[article_id])
        record["on_topic"], record["topic_terms"] = decision.on_topic, list(decision.terms)
        if keep_all or decision.on_topic:
            yield record


def _title(count: int | None, filters: list[str]) -> str:
    counted = f"{count} statements" if count is not None else "Statements"
    return f"Timeline: {counted}" + (f" ({'; '.join(filters)})" if filters else "")


@app.command("show")
@_friendly
def show_command(
    statement_id: Annotated[Optional[int], typer.Argument(help="Show one statement with its provenance (like `explain`).", show_default=False)] = None,
    speaker: Annotated[Optional[list[str]], typer.Option("--speaker", "-s", help="Part of a speaker's name; case and accents ignored (repeatable).")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="From this date: 2024-05-28, 'May 2024', 2024-05, 2024.")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Up to this date (a month or year includes all of it).")] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="Part of the source path.")] = None,
    grep: Annotated[Optional[str], typer.Option("--grep", "-g", help="Words that must all occur in the statement or speaker (full-text search).")] = None,
    kind: Annotated[Optional[Kind], typer.Option("--kind", help="direct or indirect speech.")] = None,
    all_: Annotated[bool, typer.Option("--all", "-a", help="Include statements that are not on the topic.")] = False,
    topic: Annotated[Optional[str], typer.Option("--topic", help="Judge the topic with another profile: a .toml file or an installed name.")] = None,
    undated: Annotated[Optional[bool], typer.Option("--undated/--no-undated", help="Include undated statements (default: yes, unless --since/--until).")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=0, help="At most this many rows.")] = None,
    reverse: Annotated[bool, typer.Option("--reverse", "-r", help="Newest first.")] = False,
    fmt: Annotated[Optional[Format], typer.Option("--format", "-f", help="Output format (default: table on a terminal, csv in a pipe).")] = None,
    no_formula_guard: Annotated[bool, typer.Option("--no-formula-guard", help="Write CSV/TSV cells starting with = + - @ as they are.")] = False,
) -> None:
    """Statements in chronological order, undated ones last.

    Example: timeline show --speaker Stoltenberg --since 2024 --format csv > stoltenberg.csv
    """
    if statement_id is not None:
        _explain(statement_id, fmt)
        return
    start, end = _user_date(since), _user_date(until)
    last_day = None
    if end is not None:
        from timeline_cli.dates import period_end
        last_day = period_end(end)
    if start and last_day and start.value > last_day:
        raise UsageError(f"--since {since} is after --until {until}")
    query = Query(speakers=tuple(speaker or ()), since=start.value if start else None, until=last_day,
                  source=source, grep=grep, kind=kind.value if kind else None, on_topic_only=not all_ and topic is None,
                  undated=undated, limit=None if topic else limit, reverse=reverse)
    profile = _load_profile(topic) if topic else None
    filters = []
    if speaker:
        filters.append(f"speaker ~ {', '.join(speaker)}")
    for label, value in (("since", since), ("until", until), ("source ~", source), ("grep", grep)):
        if value:
            filters.append(f"{label} {value}")
    if kind:
        filters.append(f"{kind.value} speech")
    filters.append("all statements" if all_ else f"topic: {profile.name if profile else DEFAULT_PROFILE}")
    store = _open_store()
    try:
        chosen = _choose_format(fmt)
        if profile is None and chosen == Format.csv:
            # Large exports: lines come out of SQLite ready to write, streamed in chunks.
            write_csv_lines(store.export_rows(query, "csv"), sys.stdout, STATEMENT_FIELDS, guard_formulas=not no_formula_guard)
        elif profile is None and chosen == Format.tsv:
            write_flat_rows(store.export_rows(query, "flat"), sys.stdout, STATEMENT_FIELDS, "\t",
                            guard_formulas=not no_formula_guard)
        elif profile is None and chosen in (Format.json, Format.jsonl):
            write_json_texts((r[0] for r in store.export_rows(query, "json")), sys.stdout, lines=chosen == Format.jsonl)
        else:
            rows: Iterator[Any] = store.statements(query)
            if profile is not None:
                rows = _rejudged(store, rows, profile, all_)
                if limit is not None:
                    rows = itertools.islice(rows, limit)
            _render_statements((statement_record(r) for r in rows), chosen, _title(None, filters), no_formula_guard)
    finally:
        store.close()


def _render_statements(records: Iterator[dict[str, Any]], fmt: Format, title: str, no_formula_guard: bool) -> None:
    out = sys.stdout
    if fmt in (Format.csv, Format.tsv):
        write_delimited(records, out, STATEMENT_FIELDS, "," if fmt == Format.csv else "\t", guard_formulas=not no_formula_guard)
    elif fmt == Format.json:
        write_json(records, out)
    elif fmt == Format.jsonl:
        write_jsonl(records, out)
    elif fmt == Format.markdown:
        write_markdown(records, out, ("date", "speaker", "text", "kind", "source"))
    elif fmt == Format.timelinejs:
        document, undated = timelinejs(records, title)
        json.dump(document, out, ensure_ascii=False, indent=1)
        out.write("\n")
        if undated:
            print(f"timeline: {undated} undated statements left out of the TimelineJS file", file=sys.stderr)
    else:
        rows = list(records)
        count_title = title.replace("Timeline: Statements", f"Timeline: {len(rows)} statements", 1)
        console = _console()
        if not rows:
            console.print(f"{count_title}\nNo statements match. Try --all, or `timeline sources` to see what is ingested.")
            return
        console.print(statements_table(iter(rows), count_title, console.width))


def _explain(statement_id: int, fmt: Optional[Format]) -> None:
    store = _open_store()
    try:
        row = store.statement(statement_id)
        if row is None:
            raise TimelineError(f"no statement with id {statement_id} (ids are in the last column of `timeline show`)")
        text = store.article_text(row["article_id"])
    finally:
        store.close()
    record = statement_record(row)
    paragraph = text[row["paragraph_start"] : row["paragraph_end"]]
    record.update(paragraph=paragraph, paragraph_start=row["paragraph_start"], start=row["start"], end=row["end"],
                  attribution=row["context"], url=row["url"])
    chosen = fmt or (Format.table if sys.stdout.isatty() else Format.json)
    if chosen != Format.table:
        if chosen not in (Format.json, Format.jsonl):
            raise UsageError("explain prints a table or json")
        print(json.dumps(record, ensure_ascii=False, indent=None if chosen == Format.jsonl else 2))
        return
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    facts.add_row("speaker", Text(safe_text(record["speaker"]), style=speaker_style(record["speaker"])))
    facts.add_row("date", Text(date_label(record) + (f'  (from "{safe_text(record["date_phrase"])}")' if record["date_phrase"] else "  (publication date)" if record["date"] else "")))
    facts.add_row("kind", Text(record["kind"]))
    facts.add_row("on topic", Text(("yes: " + "; ".join(record["topic_terms"])) if record["on_topic"] else "no"))
    facts.add_row("source", Text(safe_text(record["source"])))
    if record["url"]:
        facts.add_row("url", Text(safe_text(record["url"])))
    facts.add_row("published", Text(record["published"] or "undated"))
    shown = Text(safe_text(paragraph))
    a = max(0, row["start"] - row["paragraph_start"])
    b = max(a, min(len(paragraph), row["end"] - row["paragraph_start"]))
    shown.stylize("bold reverse", a, b)
    console = _console()
    console.print(Panel(facts, title=Text(f"statement #{statement_id}"), title_align="left"))
    console.print(Panel(shown, title=Text("in the article"), title_align="left"))


@app.command("explain")
@_friendly
def explain_command(
    statement_id: Annotated[int, typer.Argument(help="The statement's id (last column of `timeline show`).")],
    fmt: Annotated[Optional[Format], typer.Option("--format", "-f", help="table or json.")] = None,
) -> None:
    """One statement with its provenance: source, dates, why it is on the topic, and its paragraph.

    Example: timeline explain 12
    """
    _explain(statement_id, fmt)


# --- sources, speakers, dates ---------------------------------------------------------

def _render_rows(rows: list[dict[str, Any]], columns: tuple[str, ...], fmt: Format, title: str) -> None:
    if fmt == Format.json:
        write_json(rows, sys.stdout)
    elif fmt == Format.jsonl:
        write_jsonl(rows, sys.stdout)
    elif fmt in (Format.csv, Format.tsv):
        write_delimited(rows, sys.stdout, columns, "," if fmt == Format.csv else "\t")
    elif fmt == Format.markdown:
        write_markdown(rows, sys.stdout, columns)
    elif fmt == Format.timelinejs:
        raise UsageError("timelinejs is for `timeline show`")
    else:
        _console().print(rows_table(rows, columns, title))


@app.command("sources")
@_friendly
def sources_command(
    fmt: Annotated[Optional[Format], typer.Option("--format", "-f", help="Output format (default: table on a terminal, csv in a pipe).")] = None,
) -> None:
    """The ingested articles: source, publication date (or undated), statement counts.

    Example: timeline sources --format json
    """
    store = _open_store()
    try:
        rows = [{"source": r["source"], "title": r["title"], "published": r["published"], "published_from": r["published_origin"],
                 "statements": r["statements"], "on_topic": r["on_topic"] or 0, "url": r["url"]} for r in store.sources()]
    finally:
        store.close()
    chosen = _choose_format(fmt)
    if chosen == Format.table:
        for row in rows:
            row["source"] = short_source(row["source"]) if len(row["source"]) > 60 else row["source"]
    # (The web address goes to files and pipes; on a terminal the table keeps to what fits.)
    columns = ("source", "published", "published_from", "statements", "on_topic", "title")
    _render_rows(rows, columns if chosen == Format.table else (*columns, "url"), chosen, f"{len(rows)} sources")


@app.command("speakers")
@_friendly
def speakers_command(
    all_: Annotated[bool, typer.Option("--all", "-a", help="Count statements that are not on the topic too.")] = False,
    fmt: Annotated[Optional[Format], typer.Option("--format", "-f", help="Output format (default: table on a terminal, csv in a pipe).")] = None,
) -> None:
    """Speakers with their statement counts and first and last dates.

    Example: timeline speakers --all
    """
    store = _open_store()
    try:
        rows = [{"speaker": r["speaker"], "statements": r["statements"], "first": r["first"], "last": r["last"],
                 "undated": r["undated"]} for r in store.speakers(on_topic_only=not all_)]
    finally:
        store.close()
    _render_rows(rows, ("speaker", "statements", "first", "last", "undated"), _choose_format(fmt), f"{len(rows)} speakers")


@app.command("date")
@_friendly
def date_command(
    source: Annotated[str, typer.Argument(help="The article: its path as ingested, or the end of it (e.g. its file name).")],
    published: Annotated[str, typer.Argument(help="Its publication date, e.g. 2024-05-28; 'none' makes it undated again.")],
) -> None:
    """Set or correct the publication date of an ingested article and re-date its statements.

    Example: timeline date 004_5fd243cf00fc852c.txt 2024-05-25
    """
    value = None
    if published.strip().lower() not in ("none", "undated"):
        from timeline_cli.dates import parse_user_date
        parsed = parse_user_date(published)
        if parsed.precision != "day":
            raise UsageError(f"a publication date needs a day, not {published!r} (e.g. 2024-05-28)")
        value = parsed.value
    store = _open_store()
    try:
        resolved, count = redate(store, source, value)
    finally:
        store.close()
    print(f"timeline: {safe_text(resolved)} is now {'published ' + value.isoformat() if value else 'undated'}; {count} statements re-dated", file=sys.stderr)


@app.command("db-path")
@_friendly
def db_path_command() -> None:
    """Print the path of the store in use (--db, TIMELINE_DB, or the user data folder).

    Example: timeline db-path
    """
    print(_db_path())


# --- topic profiles --------------------------------------------------------------------

@topic_app.command("add")
@_friendly
def topic_add_command(
    file: Annotated[Path, typer.Argument(help="A topic profile (.toml); see the README for the format.")],
    name: Annotated[Optional[str], typer.Option("--name", help="Install under this name (default: the profile's name).")] = None,
) -> None:
    """Check and install a topic profile, for `timeline show --topic NAME`.

    Example: timeline topic add grain-deal.toml
    """
    if not file.exists():
        raise UsageError(f"no such file: {file}")
    profile = Profile.from_file(file)
    chosen = name or profile.name
    if not chosen.replace("-", "").replace("_", "").isalnum():
        raise UsageError(f"a profile name takes letters, digits, - and _ only: {chosen!r}")
    if chosen == DEFAULT_PROFILE:
        raise UsageError(f"{DEFAULT_PROFILE!r} is the built-in profile; choose another --name")
    folder = _topics_dir()
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(file, folder / f"{chosen}.toml")
    print(f"timeline: installed topic profile {chosen!r}; use: timeline show --topic {chosen}", file=sys.stderr)


@topic_app.command("list")
@_friendly
def topic_list_command() -> None:
    """The topic profiles available to `show --topic`.

    Example: timeline topic list
    """
    for name in _profile_names():
        print(name)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
