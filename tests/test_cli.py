import csv
import io
import json
import re
from pathlib import Path

import pytest

from conftest import DATA, show_json

CONTRACT = {"id", "date", "speaker", "text", "kind", "on_topic", "source", "published"}


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_show_json_contract_and_speaker_order(cli, ingested):
    rows = show_json(cli, "--speaker", "Stoltenberg")
    assert rows and all(CONTRACT <= set(r) for r in rows)
    assert all(r["speaker"] == "Jens Stoltenberg" and r["on_topic"] is True for r in rows)
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated) and dated[0].startswith("2023") and dated[-1].startswith("2024")
    undated = [r for r in rows if r["date"] is None]
    assert undated and rows[-len(undated):] == undated            # undated last, never given today's date
    assert all(r["published"] is None for r in undated)


def test_table_marks_undated_rows(cli, ingested):
    result = cli("show", "--speaker", "stoltenberg", "--format", "table", env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "undated" in result.stdout and "2023-06-01" in result.stdout


def test_csv_has_a_header_and_equals_the_json(cli, ingested):
    as_json = show_json(cli, "--all")
    result = cli("show", "--all", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert set(rows[0]) >= CONTRACT
    assert len(rows) == len(as_json)
    for row, record in zip(rows, as_json):
        assert row["id"] == str(record["id"]) and row["speaker"] == record["speaker"] and row["text"] == record["text"]
        assert row["date"] == (record["date"] or "") and row["on_topic"] == str(record["on_topic"]).lower()


def test_pipe_gets_csv_by_default(cli, ingested):
    assert cli("show").stdout.startswith("id,date,date_precision,speaker,text")


def test_sources_json_contract(cli, ingested):
    result = cli("sources", "--format", "json")
    sources = {Path(s["source"]).name: s for s in json.loads(result.stdout)}
    assert set(sources) == {p.name for p in DATA.glob("*.txt")}
    assert sources["004_5fd243cf00fc852c.txt"]["published"] is None
    assert sources["002_685c4694a1227a0d.txt"]["published"] == "2024-06-07"
    assert all(isinstance(s["statements"], int) and s["statements"] > 0 for s in sources.values())


def test_reingest_adds_nothing(cli, ingested):
    before = show_json(cli, "--all")
    result = cli("ingest", str(DATA))
    assert result.exit_code == 0 and "0 new, 3 unchanged, 0 statements added" in result.stderr
    assert show_json(cli, "--all") == before


def test_changed_file_replaces_its_statements(cli, tmp_path):
    path = write(tmp_path, "a.txt", "Head line here\n\nJune 1, 2024\n\nMinister Eva Lind said that drones hit targets on Russian soil.")
    cli("ingest", str(path))
    path.write_text("Head line here\n\nJune 1, 2024\n\nMinister Eva Lind said that missiles hit targets in Russia.", encoding="utf-8")
    result = cli("ingest", str(path))
    assert "1 updated" in result.stderr
    assert [r["text"] for r in show_json(cli)] == ["missiles hit targets in Russia."]


def test_missing_path_is_one_line_and_nonzero(cli):
    result = cli("ingest", "does/not/exist")
    assert result.exit_code == 2
    assert result.stderr.strip() == "timeline: error: no such file or folder: does/not/exist"
    assert "Traceback" not in result.output


def test_empty_binary_and_huge_files_are_skipped_and_the_rest_ingested(cli, tmp_path):
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    write(tmp_path, "huge.txt", "Headline\n\n" + "words " * 300_000)
    write(tmp_path, "good.txt", "Head line here\n\nJune 1, 2024\n\nMinister Eva Lind said that drones hit targets on Russian soil.")
    result = cli("ingest", str(tmp_path), "--max-size", "1M")
    assert result.exit_code == 3, result.stderr
    assert "skipped" in result.stderr and "empty.txt: empty file" in result.stderr and "image.txt: binary" in result.stderr
    assert "huge.txt: larger than" in result.stderr
    assert "Traceback" not in result.output
    assert [r["speaker"] for r in show_json(cli)] == ["Eva Lind"]


def test_a_dangling_link_in_a_folder_is_reported_not_passed_over(cli, tmp_path):
    write(tmp_path, "good.txt", "Head line here\n\nJune 1, 2024\n\nMinister Eva Lind said that drones hit targets on Russian soil.")
    (tmp_path / "moved.txt").symlink_to(tmp_path / "gone" / "moved.txt")
    (tmp_path / "elsewhere").symlink_to(tmp_path / "gone", target_is_directory=True)   # not an article name: ignored
    result = cli("ingest", str(tmp_path))
    assert result.exit_code == 3, result.stderr
    assert "moved.txt: cannot read: No such file or directory" in result.stderr and "elsewhere" not in result.stderr
    assert "2 read, 1 new" in result.stderr and "1 skipped" in result.stderr
    assert [r["speaker"] for r in show_json(cli)] == ["Eva Lind"]


def test_undecodable_text_is_decoded_with_a_warning(cli, tmp_path):
    write(tmp_path, "latin.txt", "Head line\n\nJune 1, 2024\n\nMinister Jos\u00e9 Pe\u00f1a said that drones hit targets on Russian soil.".encode("cp1252"))
    result = cli("ingest", str(tmp_path))
    assert result.exit_code == 0 and "Windows-1252" in result.stderr
    assert show_json(cli)[0]["speaker"] == "Jos\u00e9 Pe\u00f1a"


def test_stdin_and_published_option(cli):
    result = cli("ingest", "-", "--published", "2024-06-07", input="Headline\n\nMinister Eva Lind said on Wednesday that drones hit targets on Russian soil.")
    assert result.exit_code == 0, result.stderr
    row = show_json(cli)[0]
    assert row["published"] == "2024-06-07" and row["date"] == "2024-06-05" and row["source"] == "<stdin>"


def test_date_command_sets_and_corrects_a_publication_date(cli, ingested):
    assert all(r["date"] is None for r in show_json(cli, "--source", "004_"))
    result = cli("date", "004_5fd243cf00fc852c.txt", "25 May 2024")
    assert result.exit_code == 0, result.stderr
    rows = show_json(cli, "--source", "004_")
    assert rows and all(r["date"] == "2024-05-25" and r["published"] == "2024-05-25" for r in rows)
    assert cli("date", "nothing-like-this.txt", "2024-05-25").exit_code == 1
    assert cli("date", "004_5fd243cf00fc852c.txt", "someday").exit_code == 2


@pytest.mark.parametrize("args, code, words", [
    (("show", "--since", "not a date"), 2, "not a date"),
    (("show", "--format", "xml"), 2, "xml"),
    (("show", "--since", "2024", "--until", "2023"), 2, "after"),
    (("explain", "999"), 1, "no statement with id 999"),
    (("show", "--topic", "nope"), 2, "unknown topic profile"),
    (("ingest", str(DATA), "--max-size", "lots"), 2, "not a size"),
])
def test_user_errors_are_one_line(cli, ingested, args, code, words):
    result = cli(*args)
    assert result.exit_code == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("timeline: error:") and words in lines[0]


def test_a_store_that_is_not_ours_is_refused_without_damage(cli, tmp_path):
    notes = write(tmp_path, "notes.db", "not a database")
    result = cli("--db", str(notes), "show")
    assert result.exit_code == 1 and "not an SQLite file" in result.stderr
    assert notes.read_text() == "not a database"


ATTACK = ("Head line here\n\nJune 1, 2024\n\n"
          'Minister Eva Lind said that "[bold red]drones[/bold red] hit \x1b[31mtargets\x1b[0m on Russian soil [link=http://x]here[/link]."\n\n'
          'General Ivo Bran said that =HYPERLINK("http://evil") drones hit targets on Russian soil.')


def test_markup_and_escape_sequences_in_articles_print_literally(cli, tmp_path):
    cli("ingest", str(write(tmp_path, "attack.txt", ATTACK)))
    result = cli("show", "--format", "table", env={"COLUMNS": "200"})
    assert "[bold red]drones[/bold red]" in result.stdout and "[link=http://x]" in result.stdout
    assert "\x1b" not in result.stdout and "targets" in result.stdout


def test_formula_cells_are_neutralised_in_csv(cli, tmp_path):
    cli("ingest", str(write(tmp_path, "attack.txt", ATTACK)))
    rows = list(csv.DictReader(io.StringIO(cli("show", "--format", "csv").stdout)))
    texts = [r["text"] for r in rows]
    assert "'=HYPERLINK(\"http://evil\") drones hit targets on Russian soil." in texts
    raw = list(csv.DictReader(io.StringIO(cli("show", "--format", "csv", "--no-formula-guard").stdout)))
    assert raw[1]["text"].startswith("=HYPERLINK")


def test_timelinejs_has_what_timelinejs_needs(cli, ingested):
    result = cli("show", "--format", "timelinejs")
    document = json.loads(result.stdout)
    assert document["title"]["text"]["headline"]
    events = document["events"]
    assert events and len(events) < len(show_json(cli))     # undated rows cannot be placed
    for event in events:
        assert event["start_date"]["year"].isdigit()
        assert set(event["text"]) == {"headline", "text"} and event["group"]
    assert "undated statements left out" in result.stderr


def test_markdown_tsv_and_jsonl(cli, ingested):
    markdown = cli("show", "--format", "markdown").stdout.splitlines()
    assert markdown[0].startswith("| date | speaker |") and markdown[1].startswith("| --- ")
    tsv = cli("show", "--format", "tsv").stdout.splitlines()
    assert tsv[0].split("\t")[:4] == ["id", "date", "date_precision", "speaker"]
    jsonl = [json.loads(line) for line in cli("show", "--format", "jsonl").stdout.splitlines()]
    assert jsonl == show_json(cli)


def test_filters_combine(cli, ingested):
    assert {r["speaker"] for r in show_json(cli, "--speaker", "zakharova", "--speaker", "PODOLIAK")} == {"Maria Zakharova", "Mykhailo Podoliak"}
    assert {r["date"][:7] for r in show_json(cli, "--since", "May 2024", "--until", "2024-06")} == {"2024-06"}
    assert all(r["date"] for r in show_json(cli, "--no-undated"))
    assert all(r["kind"] == "indirect" for r in show_json(cli, "--kind", "indirect"))
    assert [r["speaker"] for r in show_json(cli, "--grep", "HIMARS rockets")] == ["Russia", "Maria Zakharova", "Maria Zakharova"]
    assert len(show_json(cli, "--limit", "2")) == 2
    assert show_json(cli, "--reverse")[0]["date"] is None or show_json(cli, "--reverse")[0]["date"] >= show_json(cli)[0]["date"]
    assert len(show_json(cli, "--all")) > len(show_json(cli))
    assert all("004_" in r["source"] for r in show_json(cli, "--source", "004_"))


def test_explain_shows_provenance(cli, ingested):
    first = show_json(cli, "--speaker", "Zakharova")[0]
    result = cli("explain", str(first["id"]), "--format", "json")
    record = json.loads(result.stdout)
    assert record["source"] == first["source"] and record["paragraph"].startswith("Maria Zakharova")
    assert record["topic_terms"] and record["published"] == "2024-06-07"
    table = cli("show", str(first["id"]), "--format", "table", env={"COLUMNS": "120"}).stdout
    assert "in the article" in table and "Maria Zakharova" in table and "2024-06-07" in table


def test_speakers_and_db_path(cli, ingested, isolated_store):
    speakers = {r["speaker"]: r for r in json.loads(cli("speakers", "--format", "json").stdout)}
    assert speakers["Jens Stoltenberg"]["first"] == "2023-06-01" and speakers["Jens Stoltenberg"]["undated"] > 0
    assert cli("db-path").stdout.strip() == str(isolated_store)


def test_default_store_lives_in_the_user_data_folder(runner, tmp_path, monkeypatch):
    from timeline_cli.cli import app

    monkeypatch.delenv("TIMELINE_DB")
    result = runner.invoke(app, ["db-path"])
    assert result.stdout.strip() == str(tmp_path / "xdg" / "timeline" / "timeline.db")


def test_custom_topic_profile_changes_what_show_returns(cli, ingested, tmp_path):
    profile = write(tmp_path, "troops.toml", '[rules]\non_topic = "troops"\n[groups]\ntroops = [\'troops\\b\']\n')
    default = {r["text"] for r in show_json(cli)}
    custom = show_json(cli, "--topic", str(profile))
    assert custom and all("troops" in r["text"].lower() for r in custom)
    assert not {r["text"] for r in custom} <= default
    assert all(r["topic_terms"] == ["troops: troops"] for r in custom)
    assert cli("topic", "add", str(profile), "--name", "troops").exit_code == 0
    assert "troops" in cli("topic", "list").stdout
    assert show_json(cli, "--topic", "troops") == custom


def test_version_and_help_examples(cli):
    assert cli("--version").stdout.startswith("timeline ")
    for command in ("ingest", "show", "explain", "sources", "speakers", "date", "db-path"):
        result = cli(command, "--help")
        assert result.exit_code == 0 and "Example" in result.stdout, command


def test_table_is_readable_at_80_columns(cli, ingested):
    result = cli("show", "--format", "table", env={"COLUMNS": "80"})
    assert all(len(line) <= 80 for line in result.stdout.splitlines())
    assert "Stoltenberg" in result.stdout


def test_speaker_filter_ignores_case_and_accents(cli, tmp_path):
    write(tmp_path, "a.txt", "Head line here\n\nJune 1, 2024\n\nMinister Jos\u00e9 Pe\u00f1a said that drones hit targets on Russian soil.")
    cli("ingest", str(tmp_path))
    assert [r["speaker"] for r in show_json(cli, "--speaker", "PENA")] == ["Jos\u00e9 Pe\u00f1a"]
    assert [r["speaker"] for r in show_json(cli, "--speaker", "jos\u00e9")] == ["Jos\u00e9 Pe\u00f1a"]
    assert show_json(cli, "--speaker", "nobody") == []


def test_folders_are_read_in_name_order(cli, tmp_path):
    for name in ("c.txt", "a.txt", "b.md", "skip.pdf"):
        write(tmp_path, name, f"Head line {name}\n\nJune 1, 2024\n\nMinister Eva Lind said that drones hit target {name} on Russian soil.")
    cli("ingest", str(tmp_path))
    sources = [Path(s["source"]).name for s in json.loads(cli("sources", "--format", "json").stdout)]
    assert sorted(sources) == ["a.txt", "b.md", "c.txt"]
    assert [Path(r["source"]).name for r in sorted(show_json(cli), key=lambda r: r["id"])] == ["a.txt", "b.md", "c.txt"]


def test_coarse_dates_keep_their_precision_in_every_format(cli):
    text = ("Headline\n\nFriday, 7 June 2024\n\n"
            "Minister Eva Lind told reporters last week that drones hit targets on Russian soil.\n\n"
            "Minister Eva Lind said in May that missiles hit targets in Russia.")
    cli("ingest", "-", input=text)
    rows = {r["text"]: r for r in show_json(cli)}
    week = rows["drones hit targets on Russian soil."]
    month = rows["missiles hit targets in Russia."]
    assert (week["date"], week["date_precision"]) == ("2024-W22", "week")      # never a made-up day
    assert (month["date"], month["date_precision"]) == ("2024-05", "month")
    table = cli("show", "--format", "table", env={"COLUMNS": "120"}).stdout
    assert "~week of 2024-05-27" in table and "2024-05" in table
    events = json.loads(cli("show", "--format", "timelinejs").stdout)["events"]
    starts = sorted((e["start_date"].get("month"), e["start_date"].get("day", "-"), e.get("display_date", "")) for e in events)
    assert starts == [("5", "-", ""), ("5", "27", "~week of 2024-05-27")]


COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|38;[25])[;m]")   # foreground colours, not bold/dim


def test_colours_follow_no_color_and_the_flag(cli, ingested):
    coloured = cli("show", "--format", "table", env={"FORCE_COLOR": "1", "COLUMNS": "120"}).stdout
    assert COLOUR.search(coloured)                   # a colour per speaker when colour is possible
    assert not COLOUR.search(cli("--no-color", "show", "--format", "table", env={"FORCE_COLOR": "1"}).stdout)
    assert not COLOUR.search(cli("show", "--format", "table", env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout)


def test_a_speaker_keeps_its_colour_between_runs():
    from timeline_cli.output import speaker_style

    assert speaker_style("Jens Stoltenberg") == speaker_style("Jens Stoltenberg")
    assert len({speaker_style(name) for name in ("Anna Berg", "Carl Moss", "Eva Lind", "Jan Olsen", "Olga Marsh")}) > 1


def test_a_surprise_in_one_article_does_not_stop_the_batch(cli, tmp_path, monkeypatch):
    import timeline_cli.extract as extract_module

    real = extract_module.extract_article

    def flaky(text, **kw):
        if "BOOM" in text:
            raise ValueError("unexpected")
        return real(text, **kw)

    monkeypatch.setattr(extract_module, "extract_article", flaky)
    write(tmp_path, "a.txt", "Head line\n\nJune 1, 2024\n\nBOOM. Minister Eva Lind said that drones hit targets on Russian soil.")
    write(tmp_path, "b.txt", "Head line\n\nJune 1, 2024\n\nMinister Ivo Bran said that drones hit targets on Russian soil.")
    result = cli("ingest", str(tmp_path))
    assert result.exit_code == 3 and "a.txt: could not be read (ValueError: unexpected)" in result.stderr
    assert [r["speaker"] for r in show_json(cli)] == ["Ivo Bran"]


def test_progress_bar_on_a_terminal_only(cli, tmp_path, monkeypatch):
    import timeline_cli.cli as cli_module

    for i in range(3):
        write(tmp_path, f"{i}.txt", f"Head line {i}\n\nJune 1, 2024\n\nMinister Eva Lind said that drone {i} hit targets on Russian soil.")
    piped = cli("ingest", str(tmp_path))
    assert piped.stderr.strip().splitlines() == ["timeline: 3 read, 3 new, 0 unchanged, 3 statements added"]
    monkeypatch.setattr(cli_module, "_stderr_is_terminal", lambda: True)
    on_terminal = cli("ingest", str(tmp_path), env={"FORCE_COLOR": "1"})
    assert "3/3" in on_terminal.stderr and "ingest" in on_terminal.stderr
    quiet = cli("ingest", str(tmp_path), "--quiet", env={"FORCE_COLOR": "1"})
    assert "3/3" not in quiet.stderr and quiet.stderr.strip() == "timeline: 3 read, 0 new, 3 unchanged, 0 statements added"


def test_csv_export_quotes_guards_and_cleans_every_text_cell(cli, isolated_store):
    """The fast CSV path (lines rendered by SQLite) on hostile values in each text cell."""
    import datetime as dt

    from timeline_cli.models import Article, FuzzyDate, Statement
    from timeline_cli.store import Store

    hostile = [
        ("=Evil Corp", '-1, "quoted", and more\nacross a line break', ["@group: x, y"]),
        ("+Plus Person", "\tstarts with a tab; \x1b[31mred\x1b[0m \u202eright-to-left", ["plain: terms"]),
        ("Ann Lee", 'plain, ordinary words with a "quote" in them', []),
    ]
    article = Article(text="x" * 400, title="t", published=dt.date(2024, 6, 1), published_phrase="June 1, 2024")
    for speaker, text, terms in hostile:
        article.statements.append(Statement(speaker=speaker, text=text, kind="direct", start=0, end=1, paragraph_start=0,
                                            paragraph_end=1, date=FuzzyDate(dt.date(2024, 6, 1)), on_topic=True,
                                            topic_terms=terms))
    store = Store(isolated_store)
    store.save_article("=cmd|' /C calc'!A0.txt", "h", 1, 1.0, article, "text")
    store.close()

    guarded = list(csv.DictReader(io.StringIO(cli("show", "--all", "--format", "csv").stdout, newline="")))
    assert [r["speaker"] for r in guarded] == ["'=Evil Corp", "'+Plus Person", "Ann Lee"]
    assert guarded[0]["text"] == '\'-1, "quoted", and more\nacross a line break'
    assert guarded[1]["text"] == "'\tstarts with a tab; [31mred[0m right-to-left"     # escapes and bidi marks removed
    assert guarded[2]["text"] == 'plain, ordinary words with a "quote" in them'
    assert guarded[0]["topic_terms"] == "'@group: x, y" and guarded[2]["topic_terms"] == ""
    assert {r["source"] for r in guarded} == {"'=cmd|' /C calc'!A0.txt"}
    assert [r["on_topic"] for r in guarded] == ["true"] * 3 and guarded[0]["date"] == "2024-06-01"

    raw = list(csv.DictReader(io.StringIO(cli("show", "--all", "--format", "csv", "--no-formula-guard").stdout, newline="")))
    assert raw[0]["speaker"] == "=Evil Corp" and raw[0]["text"].startswith("-1,") and raw[0]["source"].startswith("=cmd")


def test_topic_terms_come_out_exactly_as_judged_in_every_format(cli, isolated_store):
    """CSV and TSV join the terms with '; ' from the stored JSON; awkward terms take SQLite's slow path."""
    import datetime as dt

    from timeline_cli.models import Article, FuzzyDate, Statement
    from timeline_cli.store import Store

    term_lists = [
        ["action: strike, drones", "russian_target: on Russia"],       # plain ASCII: the fast path
        ["russian_target: Russia\u2019s territory", "place: Kyi\u0308v"],  # non-ASCII, stored unescaped
        ['quoted: the "red line", here', "path: C:\\temp"],             # escaped quote and backslash
        ["semi: one; two", 'seam: a", "b'],                              # the separators inside a term
        [],
    ]
    article = Article(text="x" * 400, title="t", published=dt.date(2024, 6, 1), published_phrase="June 1, 2024")
    for i, terms in enumerate(term_lists):
        article.statements.append(Statement(speaker=f"Speaker {i}", text=f"words number {i}", kind="direct", start=i,
                                            end=i + 1, paragraph_start=0, paragraph_end=1,
                                            date=FuzzyDate(dt.date(2024, 6, 1)), on_topic=True, topic_terms=terms))
    store = Store(isolated_store)
    store.save_article("terms.txt", "h", 1, 1.0, article, "text")
    store.close()

    expected = ["; ".join(terms) for terms in term_lists]
    rows = list(csv.DictReader(io.StringIO(cli("show", "--all", "--format", "csv").stdout, newline="")))
    assert [r["topic_terms"] for r in rows] == expected
    tsv = list(csv.DictReader(io.StringIO(cli("show", "--all", "--format", "tsv").stdout, newline=""), delimiter="\t"))
    assert [r["topic_terms"] for r in tsv] == expected
    assert [r["topic_terms"] for r in json.loads(cli("show", "--all", "--format", "json").stdout)] == term_lists


PAGE = """<!DOCTYPE html><html><head><title>Governor: drones hit the port | Example Wire</title>
<meta property="article:published_time" content="2024-08-14T09:57:49+03:00">
<script>var note = "Minister Eva Lind said that this is code.";</script></head>
<body><nav><a href="/">Home</a> <a href="/news">Ministers said</a></nav>
<article><h1>Governor: drones hit the port</h1>
<p>Drones hit the port of Harbourtown overnight, Governor Anna Berg said on Telegram.</p>
<p>&ldquo;There are no casualties,&rdquo; she wrote.</p></article>
<aside><h3>Read more</h3><p>Minister Piet Holm said that another story is here.</p></aside></body></html>"""


def test_a_saved_web_page_in_a_folder_is_read_for_its_visible_text(cli, tmp_path):
    # Markup, scripts, menus and sidebars are no article text; the page's meta date dates it.
    write(tmp_path, "page.html", PAGE)
    result = cli("ingest", str(tmp_path))
    assert result.exit_code == 0 and "1 new" in result.stderr
    rows = sorted(show_json(cli, "--all"), key=lambda r: r["id"])
    assert [(r["speaker"], r["text"], r["date"], r["kind"]) for r in rows] == [
        ("Anna Berg", "Drones hit the port of Harbourtown overnight", "2024-08-14", "indirect"),
        ("Anna Berg", "There are no casualties", "2024-08-14", "direct")]


def test_a_json_lines_corpus_is_one_article_per_line_and_bad_lines_are_skipped(cli, tmp_path):
    lines = [json.dumps({"title": "Ferries stop", "date": "2024-06-07",
                         "text": "Drones hit the port of Harbourtown, Governor Anna Berg said on Thursday."}),
             "{broken",
             "",
             json.dumps({"headline": "No text"}),
             json.dumps({"content": "\u201cThe port is open,\u201d Mayor Piet Holm said."})]
    write(tmp_path, "news.jsonl", "\n".join(lines) + "\n")
    result = cli("ingest", str(tmp_path))
    assert result.exit_code == 3
    assert f"skipped {tmp_path}/news.jsonl:2: not JSON" in result.stderr
    assert f"skipped {tmp_path}/news.jsonl:4: no article text" in result.stderr
    assert "4 read, 2 new" in result.stderr
    rows = sorted(show_json(cli, "--all"), key=lambda r: r["id"])
    assert [(r["speaker"], r["date"], r["source"]) for r in rows] == [
        ("Anna Berg", "2024-06-06", f"{tmp_path}/news.jsonl:1"), ("Piet Holm", None, f"{tmp_path}/news.jsonl:5")]
    sources = json.loads(cli("sources", "--format", "json").stdout)
    assert [(s["source"], s["published_from"]) for s in sources] == [
        (f"{tmp_path}/news.jsonl:1", "record"), (f"{tmp_path}/news.jsonl:5", None)]
    # Again: the stored records are recognised, the bad lines reported again.
    result = cli("ingest", str(tmp_path))
    assert result.exit_code == 3 and "4 read, 0 new, 2 unchanged" in result.stderr


def test_an_unchanged_corpus_is_skipped_whole_and_a_grown_one_adds_only_its_new_lines(cli, tmp_path):
    corpus = tmp_path / "news.jsonl"
    records = [json.dumps({"text": f"Governor Anna Berg said drone {i} was shot down over the port.", "date": "2024-06-07"})
               for i in range(3)]
    corpus.write_text("\n".join(records) + "\n", encoding="utf-8")
    assert "3 read, 3 new" in cli("ingest", str(corpus)).stderr
    result = cli("ingest", str(corpus))
    assert result.exit_code == 0 and "3 read, 0 new, 3 unchanged" in result.stderr
    with corpus.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "Governor Anna Berg said drone 3 was shot down over the port."}) + "\n")
    result = cli("ingest", str(corpus))
    assert result.exit_code == 0 and "4 read, 1 new, 3 unchanged" in result.stderr
    assert len(show_json(cli, "--all")) == 4


def test_a_corpus_record_over_the_size_limit_is_skipped_and_the_rest_read(cli, tmp_path):
    big = json.dumps({"text": "Governor Anna Berg said the port is shut. " * 200})
    small = json.dumps({"text": "Governor Anna Berg said the port is open."})
    write(tmp_path, "news.jsonl", f"{big}\n{small}\n")
    result = cli("ingest", "--max-size", "1K", str(tmp_path / "news.jsonl"))
    assert result.exit_code == 3 and "news.jsonl:1: larger than the 1 KiB limit" in result.stderr
    assert [r["text"] for r in show_json(cli, "--all")] == ["the port is open."]


def test_where_an_article_came_from_on_the_web_is_kept_for_pages_records_and_texts(cli, tmp_path):
    write(tmp_path, "news.jsonl", json.dumps({"title": "Ferries stop", "date": "2024-06-07", "url": "https://example.com/a/ferries",
                                              "text": "Drones hit the port of Harbourtown, Governor Anna Berg said on Thursday."}) + "\n")
    write(tmp_path, "page.html", "<!DOCTYPE html><html><head><title>Port closed</title>"
                                 "<link rel=\"canonical\" href=\"https://example.com/b/port\">"
                                 "<meta property=\"og:url\" content=\"https://example.com/b/port?utm=x\"></head>"
                                 "<body><h1>Port closed</h1><p>Mayor Piet Holm said that the port was closed.</p></body></html>")
    # A text saved with its address on top: the date in the address is no date the text states.
    write(tmp_path, "saved.txt", "https://example.com/2024/06/07/quay\n\nQuay reopens after the storm\n\n"
                                 "Harbour Minister Eva Lind said the quay would reopen.")
    assert cli("ingest", str(tmp_path)).exit_code in (0, 3)
    sources = {s["source"].rsplit("/", 1)[-1]: s for s in json.loads(cli("sources", "--format", "json").stdout)}
    assert {name: s["url"] for name, s in sources.items()} == {
        "news.jsonl:1": "https://example.com/a/ferries", "page.html": "https://example.com/b/port",
        "saved.txt": "https://example.com/2024/06/07/quay"}
    assert sources["saved.txt"]["published"] is None and sources["saved.txt"]["title"] == "Quay reopens after the storm"
    # The page's address is no statement, and the explained statement carries it.
    rows = show_json(cli, "--all")
    assert all("example.com" not in r["text"] for r in rows)
    page_row = next(r for r in rows if r["source"].endswith("page.html"))
    assert json.loads(cli("explain", str(page_row["id"]), "--format", "json").stdout)["url"] == "https://example.com/b/port"
