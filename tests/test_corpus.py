"""JSON Lines corpora: each line an article; bad lines are reported, never fatal."""
import datetime as dt
import json

import pytest

from timeline_cli.corpus import read_record
from timeline_cli.errors import UnreadableInput


def test_a_record_gives_its_title_above_its_text_and_its_date():
    record = read_record(json.dumps({"url": "https://example.org/a", "Title": "Ferries stop",
                                     "published_at": "2024-06-07T10:00:00Z", "text": "Anna Berg said the port is shut."}))
    assert record.text == "Ferries stop\n\nAnna Berg said the port is shut."
    assert record.published == dt.date(2024, 6, 7)


@pytest.mark.parametrize("value, day", [
    ("June 7, 2024 3:24 PM", dt.date(2024, 6, 7)), ("07.06.2024", dt.date(2024, 6, 7)),
    (1717754400, dt.date(2024, 6, 7)), (1717754400000, dt.date(2024, 6, 7)),   # Unix time, in seconds or milliseconds
    ("yesterday", None), (True, None), (-5, None), (10**30, None), (None, None)])
def test_a_records_date_field_in_any_form_or_none(value, day):
    assert read_record(json.dumps({"content": "Anna Berg said the port is shut.", "date": value})).published == day


def test_the_body_that_opens_with_its_title_is_not_given_it_twice():
    record = read_record(json.dumps({"headline": "Ferries stop", "body": "Ferries stop\n\nAnna Berg said so."}))
    assert record.text == "Ferries stop\n\nAnna Berg said so."


@pytest.mark.parametrize("line, reason", [
    ("{not json", "not JSON"), ("[1, 2]", "not a JSON object"), ('"text"', "not a JSON object"),
    ('{"title": "Only a title"}', "no article text"), ('{"text": "   "}', "no article text"), ('{"text": 5}', "no article text"),
    (b'{"text": "\xff\xfe"}', "not UTF-8")])
def test_a_line_that_is_no_article_says_why(line, reason):
    with pytest.raises(UnreadableInput, match=reason):
        read_record(line)
