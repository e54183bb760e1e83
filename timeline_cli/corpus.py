"""Articles in JSON Lines corpora: one JSON object per line, each read as one article.

Scrapers and news archives write records such as
`{"url": ..., "title": ..., "date": "2024-06-07T10:00:00Z", "text": ...}`; the field
names vary, so the usual ones are tried in turn. Pure: a line in, a record out.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from timeline_cli.dates import find_absolute_dates
from timeline_cli.errors import UnreadableInput

# Field names tried, in order (compared without regard to case).
TEXT_FIELDS = ("text", "content", "body", "article", "maintext", "full_text", "article_text", "story", "description")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "canonical_url", "source_url", "article_url", "href")
DATE_FIELDS = ("published", "date", "published_at", "publish_date", "date_publish", "publication_date", "pubdate",
               "pub_date", "datetime", "timestamp", "created_at")
_WEB_URL = re.compile(r"https?://\S{1,2000}")
# A number in a date field is a Unix time; one this large counts milliseconds.
_MILLISECONDS = 10**11


@dataclass(frozen=True)
class Record:
    text: str                   # the article's text: its title, then its body
    published: dt.date | None   # the record's own publication date, when it gives one
    url: str | None = None      # the record's web address, when it gives one


def read_record(line: bytes | str) -> Record:
    """One corpus line as an article; UnreadableInput (one line of explanation) when it is none."""
    try:
        data = json.loads(line)
    except UnicodeDecodeError:
        raise UnreadableInput("not UTF-8 JSON") from None
    except ValueError as err:
        raise UnreadableInput(f"not JSON ({getattr(err, 'msg', err)})") from None
    if not isinstance(data, dict):
        raise UnreadableInput("not a JSON object")
    fields = {key.lower(): value for key, value in data.items()}
    body = _first_text(fields, TEXT_FIELDS)
    if body is None:
        raise UnreadableInput(f"no article text (none of the fields {', '.join(TEXT_FIELDS[:3])} ...)")
    title = _first_text(fields, TITLE_FIELDS)
    published = next((day for name in DATE_FIELDS if (day := _day(fields.get(name))) is not None), None)
    # (The headline first, as on the page, unless the body already opens with it.)
    text = body if title is None or body.lstrip().startswith(title) else f"{title}\n\n{body}"
    url = next((value for name in URL_FIELDS if isinstance(value := fields.get(name), str) and _WEB_URL.fullmatch(value := value.strip())), None)
    return Record(text, published, url)


def _first_text(fields: dict[str, object], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = fields.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _day(value: object) -> dt.date | None:
    """The day a date field gives: a date in any written form, or a Unix time."""
    if isinstance(value, str):
        found = next(find_absolute_dates(value[:100], two_digit_years=True), None)
        return found.value if found is not None else None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        seconds = value / 1000 if value >= _MILLISECONDS else value
        try:
            day = dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
        return day if 1990 <= day.year <= 2100 else None
    return None
