"""Dates as articles write them, and as users type them.

Three jobs, each conservative because a wrong date is worse than none:
- `find_published`: the article's publication date from its dateline or byline,
  never from event dates in the body, sidebars of other stories or copyright years.
- `resolve_statement_date`: the day words were said, from the words around the
  attribution ("on Friday", "at a June 1 press conference"), relative to the
  publication date and never after it.
- `parse_user_date`: what a person types on the command line.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from timeline_cli.errors import UsageError
from timeline_cli.models import FuzzyDate

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<mon>{_MONTH_NAMES})\.?"
# A weekday, in full or abbreviated: its stem, then the rest of its name.
_WEEKDAY_STEMS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_WEEKDAY_ENDING = "(?:day|nesday|urday|sday)?"
_WEEKDAY = rf"(?:(?:{_WEEKDAY_STEMS}){_WEEKDAY_ENDING}\.?,?\s+)?"
_YEAR = r"(?P<year>\d{4}|\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

# Absolute dates with a year, compiled once; the year may have two digits only where a
# dateline is read ("7th Jun 24"), never in running text.
# (A year of four digits may be glued to the next word: "Published September 1, 2024last updated".)
_YEAR_END = r"(?:\b|(?<=\d{4})(?=[^\W\d_]))"
_ABSOLUTE = [
    # (The comma may lose its space before a year of four digits: "Published August 14,2024".)
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}(?:,?\s+|,(?=\d{{4}})){_YEAR}{_YEAR_END}(?![:.]\d)", re.IGNORECASE),
    # (The day may be glued to a byline: "David Example21 November 2024".)
    re.compile(rf"(?:\b{_WEEKDAY}|(?<=[a-z])){_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+|,(?=\d{{4}})){_YEAR}{_YEAR_END}(?![:.]\d)", re.IGNORECASE),
    re.compile(r"\b(?P<year>\d{4})-(?P<mon>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)"),
    # (Hyphens for spaces: "07-Jun-2024", "7-June-24".)
    re.compile(rf"\b(?P<day>[0-3]?\d)-(?P<mon>{_MONTH_NAMES})-{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})[./](?P<mon>[01]?\d)[./](?P<day>[0-3]?\d)\b(?![./]\d)"),
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)\.(?P<year>\d{4}|\d{2})\b(?!\.\d)"),
    # Day or month first? Only a number over 12 tells (28/05/2024, 05-28-2024).
    # (A two-digit year only in a page's header lines, as every two-digit year: "Updated 5/28/24 3:15 PM".)
    _SLASH := re.compile(r"\b(?P<mon>[0-3]?\d)(?P<sep>[/-])(?P<day>[0-3]?\d)(?P=sep)(?P<year>\d{4}|\d{2})\b(?![-/.]\d)"),
]

# A dateline opening the first paragraph: "KYIV, June 1, 2023 (Reuters) -", "June 7, 2024 — ".
_WIRE_PLACE = re.compile(r"^(?:[A-Z][A-Z .,'-]*,?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,)?\s*$")   # (or "Washington, ")
_WIRE_DASH = re.compile(r"\s*(?:\([^)]*\))?\s*[-\u2013\u2014]")
# ... or the date closes the agency's tag after the place: "WASHINGTON (Example News - 07th December, 2022) ".
_WIRE_TAG_OPEN = re.compile(r"^[A-Z][A-Z .,'-]*\([^()]{0,40}$")
# A line that announces the publication date.
_PUBLISHED_LABEL = re.compile(r"^\W*(?:first\s+)?(?:published|posted|date|dated|released|on)\b\s*:?", re.IGNORECASE)
# (Not "On": "On May 3, drones hit the Kremlin (Photo: Reuters)" is a caption's event.)
_LABEL_BEFORE_CAPTION = re.compile(r"^\W*(?:first\s+)?(?:published|posted|date|dated|released)\b\s*:?\s*(?=[\w,. ]{0,12}\d)", re.IGNORECASE)
# "... | Published on June 1, 2024": a date right after the word, on a line that opens "Updated".
_PUBLISHED_RIGHT_BEFORE = re.compile(r"\b(?:published|posted)\s*(?:on\s+|:\s*)?$", re.IGNORECASE)
_UPDATED_LABEL = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|edited)\b\s*:?", re.IGNORECASE)
# (Or the author's handle: "| @indiablooms | Aug 01, 2023, at 03:58 pm".)
_BYLINE = re.compile(r"^\W*[Bb]y\s+[A-Z]|^[\s|/\u2013\u2014-]*@\w{2,}")
# The label and then at once the date: the date is the label's, whatever the page glued after it
# ("date 2024-08-17 Governor Example: drones attacked two villages"). Not "On": that opens sentences.
_LABEL_THEN_DATE = re.compile(r"^\W*(?:first\s+)?(?:published|posted|date|dated|released)\s*:?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    value: dt.date


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _month(text: str) -> int:
    return int(text) if text.isdigit() else MONTHS[text.lower().rstrip(".")]


_DIGIT = re.compile(r"\d")


_WEEKDAY_BEFORE = re.compile(rf"\b(?P<weekday>{_WEEKDAY_STEMS}){_WEEKDAY_ENDING}\.?,?\s*$", re.IGNORECASE)


def _by_weekday(text: str, start: int, year: int, first: int, second: int) -> tuple[int, int] | None:
    """(month, day) of an ambiguous "06/07/2024" that the weekday right before it confirms in one reading only."""
    m = _WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
    if m is None:
        return None
    weekday = next(number for name, number in WEEKDAYS.items() if name.startswith(m.group("weekday").lower()))
    readings = []
    for month, day in ((first, second), (second, first)):
        try:
            if dt.date(year, month, day).weekday() == weekday:
                readings.append((month, day))
        except ValueError:
            pass
    return readings[0] if len(readings) == 1 else None


# Time zones whose countries write the day first, or the month first: an ambiguous "03-02-2024
# 16:23 IST" is 3 February (India), "03/02/2024 4:23 PM EST" is March 2 (the United States).
_DAY_FIRST_ZONES = frozenset("IST GMT BST CET CEST EET EEST MSK WET WEST AEST AEDT AWST ACST NZST NZDT SAST PKT WAT EAT CAT".split())
_MONTH_FIRST_ZONES = frozenset("EST EDT CST CDT MST MDT PST PDT ET PT AKST AKDT HST".split())
_ZONE_AFTER = re.compile(r"\s*,?\s*(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*)?\(?(?P<zone>[A-Z]{2,4})\b")


def _by_time_zone(text: str, end: int, first: int, second: int) -> tuple[int, int] | None:
    """(month, day) of an ambiguous "03-02-2024" that the time zone written after it settles."""
    m = _ZONE_AFTER.match(text, end)
    if m is None:
        return None
    if m.group("zone") in _DAY_FIRST_ZONES:
        return second, first
    if m.group("zone") in _MONTH_FIRST_ZONES:
        return first, second
    return None


_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def find_absolute_dates(text: str, two_digit_years: bool = False) -> Iterator[DateMatch]:
    """Dates with day, month and year, in the order they appear."""
    if _DIGIT.search(text) is None:
        return iter(())  # every form has a day number: most sentences need no further look
    # A date in a web address ("example.com/2024/06/07/story") is no date the text states.
    taken: list[tuple[int, int]] = [m.span() for m in _WEB_ADDRESS.finditer(text)] if ("://" in text or "www." in text) else []
    found: list[DateMatch] = []
    for pattern in _ABSOLUTE:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if len(m.group("year")) == 2 and not two_digit_years:
                continue
            month, day = _month(m.group("mon")), int(m.group("day"))
            if pattern is _SLASH and month <= 12 and day <= 12 and month != day:
                # 05/06/2024: May 6 or 5 June? Only a weekday written with it tells ("Fri, 06/07/2024"),
                # or the time zone after it ("16:23 IST"); else refuse to guess.
                if (read := _by_weekday(text, m.start(), _year(m.group("year")), month, day)
                        or _by_time_zone(text, m.end(), month, day)) is None:
                    continue
                month, day = read
            if pattern is _SLASH and month > 12:
                month, day = day, month
            try:
                value = dt.date(_year(m.group("year")), month, day)
            except ValueError:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMatch(m.start(), m.end(), value))
    return iter(sorted(found, key=lambda d: d.start))


# --- publication date ---------------------------------------------------------

# A time to the second after the date: a page's timestamp, which no sentence gives ("10/19/2022 15:49:57").
_SECONDS_AFTER = re.compile(r"\s*,?\s*\d{1,2}:\d{2}:\d{2}\b")
_TIME_TO_THE_SECOND = re.compile(r"\b\d{1,2}:\d{2}:\d{2}\b")


def _is_dateline(text: str, match: DateMatch) -> bool:
    """A short line that is mostly the date: a byline, a timestamp, a dateline."""
    rest = (text[: match.start] + " " + text[match.end :]).strip()
    rest_words = re.findall(r"[^\W\d_]{2,}", rest)
    if _LABEL_THEN_DATE.match(text, 0, match.start) or _SECONDS_AFTER.match(text, match.end):
        return True
    if _PUBLISHED_LABEL.match(text) or _UPDATED_LABEL.match(text):
        return len(rest_words) <= 12
    if rest.endswith(".") and len(rest_words) > 4:
        return False  # a sentence that mentions a date
    if _BYLINE.match(text):
        return len(rest_words) <= 16   # "by Anna Example and The Example Post news desk March 22, 2024 11:24 PM 2 min read"
    if match.start == 0 and not rest.endswith((".", "!", "?", ":")):
        # "08/26/2024 August 26, 2024 Ukraine calls for permission for long-range strikes on Russia":
        # a live page's entry opens with its date, then its headline (no sentence: no full stop).
        return len(rest_words) <= 20
    return len(rest_words) <= 8


def _may_date_the_page(paragraph: tuple[str, str]) -> bool:
    """No caption, unless a publication label is glued before it ("date 2025-03-28 Saratov Airport (Photo: ...)")."""
    return paragraph[0] != "caption" or _LABEL_BEFORE_CAPTION.match(paragraph[1]) is not None


def find_published(paragraphs: Sequence[tuple[str, str]]) -> tuple[dt.date | None, str | None]:
    """The publication date of an article, from (label, text) paragraphs in order.

    Looks at the lines before the body and the first lines of it; a line labelled
    "Published" wins over "Updated". Dates in body sentences, captions and clutter
    after the article are events or other stories, not the publication date.
    """
    first_body = next((i for i, (label, _) in enumerate(paragraphs) if label == "body"), len(paragraphs))
    window = [p for p in paragraphs[: first_body + 3] if _may_date_the_page(p)]
    in_header = sum(1 for p in paragraphs[:first_body] if _may_date_the_page(p))   # the lines of `window` before the body
    # Pages that print the date after the article still label it: "Published 28.05.2024".
    window += [p for p in paragraphs[first_body + 3 :] if p[0] == "body" and _PUBLISHED_LABEL.match(p[1])]
    updated: tuple[dt.date, str] | None = None
    first: tuple[dt.date, str] | None = None
    above: list[tuple[dt.date, str]] = []   # every date of the lines above the body, in order
    for index, (label, text) in enumerate(window):
        if label == "body":
            # A wire dateline opens the first paragraph: "KYIV, June 1, 2023 (Reuters) -". (It wins over
            # an unlabelled date above the headline, which may be the day the page was saved.)
            m = next(find_absolute_dates(text[:90]), None)
            if m and ((_WIRE_PLACE.match(text[: m.start]) and _WIRE_DASH.match(text[m.end :]))
                      or (_WIRE_TAG_OPEN.match(text[: m.start]) and text[m.end : m.end + 1] == ")")):
                return m.value, text[m.start : m.end]
            if len(above) > 1 and (wired := _WIRE_DAY_MONTH.match(text)) is not None:
                # "MINSK, 30 December (BelTA) -" under "Thursday, 2 January 2025" (the day the page was
                # saved) and "30 December 2024, 10:19": the date above that the dateline names.
                day = int(wired.group("day") or wired.group("day2"))
                month = _month(wired.group("mon") or wired.group("mon2"))
                named = [date for date in above if (date[0].month, date[0].day) == (month, day)]
                if len(named) == 1:
                    return named[0]
        if first is not None and index >= in_header:
            # (A byline's or label's date just below the headline still wins over a date above it,
            # which may be the day the page was saved: "| @agency | Aug 01, 2023, at 03:58 pm".)
            return _labelled_date(window[index:]) or first
        if label == "body":
            # (The first may run a headline and a timestamp together: "What attack? ... 10/19/2022 15:49:57. Total views 527.")
            if not (_PUBLISHED_LABEL.match(text) or _UPDATED_LABEL.match(text) or len(text) < 80
                    or (index == in_header and _TIME_TO_THE_SECOND.search(text, 0, 300))):
                continue
        for m in find_absolute_dates(text, two_digit_years=True):
            if not _is_dateline(text, m):
                continue
            if _UPDATED_LABEL.match(text) and not _PUBLISHED_LABEL.search(text):
                # "Updated June 3, 2024, originally published June 1, 2024": the date "published" names.
                published = next((later for later in find_absolute_dates(text, two_digit_years=True)
                                  if _PUBLISHED_RIGHT_BEFORE.search(text, max(0, later.start - 30), later.start)), None)
                if published is not None:
                    return published.value, text[published.start : published.end]
                updated = updated or (m.value, text[m.start : m.end])
                break
            if _PUBLISHED_LABEL.match(text) or _BYLINE.match(text) or (index > 0 and _BYLINE.match(window[index - 1][1])):
                return m.value, text[m.start : m.end]
            if index < in_header:
                above.append((m.value, text[m.start : m.end]))
            if first is None:
                # Above the headline some pages print today's date: a byline's date below it wins.
                first = m.value, text[m.start : m.end]
            break
    if first:
        return first
    if updated:
        return updated
    for label, text in paragraphs[:_STAMP_LINES]:
        # A live page's first entry, stamped with its time and day below a long header: "23:09 IST, May 3rd 2023".
        if label != "caption" and len(text) <= 40 and _STAMP_LINE.match(text) and (m := next(find_absolute_dates(text), None)):
            return m.value, text[m.start : m.end]
    return None, None


def _labelled_date(paragraphs: Sequence[tuple[str, str]]) -> tuple[dt.date, str] | None:
    """The date of the first line among `paragraphs` that a byline or a "Published" label opens."""
    for label, text in paragraphs:
        if label != "caption" and (_BYLINE.match(text) or _PUBLISHED_LABEL.match(text)) and (m := next(find_absolute_dates(text), None)):
            return m.value, text[m.start : m.end]
    return None


# A line that is nothing but a time, its zone and a day (a live page's entry): "23:09 IST, May 3rd 2023".
_STAMP_LINE = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?\s*[,|]?\s*"
                         r"(?=\S)[\w ,./-]{6,24}$", re.IGNORECASE)
_STAMP_LINES = 20   # how far down a header may run before the first entry

# A wire dateline with a day and a month but no year: "MINSK, 30 December (BelTA) -", "MOSCOW, May 29. /TASS/.".
_WIRE_DAY_MONTH = re.compile(rf"^[A-Z][\w .'\u2019-]{{1,30}},\s*(?:(?P<day>[0-3]?\d)\s+(?P<mon>{_MONTH_NAMES})|(?P<mon2>{_MONTH_NAMES})\.?\s+(?P<day2>[0-3]?\d))"
                             r"\.?\s*(?:\(|/|[-\u2013\u2014])", re.IGNORECASE)
# A label that gives the month only: "date 2024-05", "Published: May 2024".
_MONTH_ONLY_LABEL = re.compile(
    rf"^\W*(?:published|posted|date|dated|released)\s*:?\s*(?:(?P<year>\d{{4}})-(?P<num>[01]\d)(?![-/.]?\d)|{_MONTH}\s+(?P<year2>\d{{4}})\b)",
    re.IGNORECASE)


def find_published_month(paragraphs: Sequence[tuple[str, str]]) -> dt.date | None:
    """The last day of the month a page's label dates an article to, when it gives no day.

    Not a publication date (the text never says the day), but a year and month to place
    "on May 28" in.
    """
    first_body = next((i for i, (label, _) in enumerate(paragraphs) if label == "body"), len(paragraphs))
    for label, text in paragraphs[: first_body + 3]:
        if label == "caption" or (m := _MONTH_ONLY_LABEL.match(text)) is None:
            continue
        year = int(m.group("year") or m.group("year2"))
        month = int(m.group("num")) if m.group("num") else _month(m.group("mon"))
        if not 1 <= month <= 12:
            return None
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return None


# --- statement dates ----------------------------------------------------------

_RELATIVE = re.compile(
    # ("the day before" alone: "the day before the vote" counts from a day the text does not give.)
    r"\b(?P<yesterday>yesterday|the day before(?=\s*(?:$|[,.;]|that\b))|last night)\b|"
    r"\b(?P<daysago>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+ago\b|"
    r"\b(?P<weekago>a|one)\s+week\s+ago\b|"
    r"\b(?P<today>today|tonight|this (?:morning|afternoon|evening))\b|"
    r"\b(?P<last>last|this past|past)\s+(?P<lastday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"(?!\s+(?:times|telegraph|express|mirror|post|herald|independent|people|mail|journal|star|sport|night live|edition)\b)"
    # ("Thursday night's attack" dates an event the words are about, not the words.)
    r"(?!(?:\s+(?:night|morning|evening))?['\u2019]s\s+(?:\w+\s+)?(?:attacks?|strikes?|raids?|shelling|bombing|incursion|explosions?|blasts?|assault|drone)\b)|"
    r"\b(?P<lastweek>last week|earlier this week|this week)\b|"
    r"\b(?P<lastmonth>last month|earlier this month|this month)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# Month and day without a year ("at a June 1 press conference", "on 24 May").
_MONTH_DAY = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d{{4}})(?![:.]\d)", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?!\s*,?\s*\d{{4}})", re.IGNORECASE),
]
_IN_MONTH = re.compile(rf"\bin\s+(?:early\s+|late\s+|mid-?)?{_MONTH}(?:\s+(?P<year>\d{{4}}))?\b", re.IGNORECASE)
# An event named right before "in <month>": its date, not the words'.
_EVENT_BEFORE = re.compile(r"\b(?:elections?|vote|referendum|summit|talks|meeting|visit|attacks?|strikes?|offensive|incursion|invasion|"
                           r"counteroffensive|raid|bombing|shelling)\s+$", re.IGNORECASE)
_IN_YEAR = re.compile(r"\bin\s+(?P<year>(?:19|20)\d{2})\b")


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _on_or_before(month: int, day: int, published: dt.date) -> dt.date | None:
    """Month and day without a year: the year that puts it on or before publication."""
    for year in (published.year, published.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= published:
            return candidate
    return None


# Every phrase _RELATIVE matches holds one of these (weekdays, "yesterday" and "today" end in
# "day"); the letters that IGNORECASE also matches outside ASCII make the test undecided.
_RELATIVE_NEEDS = ("day", "night", "this ", "week", "month")
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")   # İ ı ſ K


def _may_be_relative(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _RELATIVE_NEEDS) or not _FOLDS_TO_ASCII.isdisjoint(text)


def may_give_a_date(frame: str) -> bool:
    """Whether `resolve_statement_date` could find anything in `frame`, whatever the publication date."""
    # Called on every new attribution, and most give no date: the cheap tests decide first
    # (every absolute or month-day date holds a digit).
    if _DIGIT.search(frame) is not None and (
            next(find_absolute_dates(frame), None) is not None or any(p.search(frame) for p in _MONTH_DAY)
            or _IN_YEAR.search(frame) is not None):
        return True
    return (_may_be_relative(frame) and _RELATIVE.search(frame) is not None) or _IN_MONTH.search(frame) is not None


def resolve_statement_date(frame: str, published: dt.date | None) -> tuple[FuzzyDate | None, str | None]:
    """The date the attribution words give, and those words.

    `frame` is the text around the attribution ("Zakharova said on Friday that"),
    never the reported words themselves, whose dates are events. Returns
    (None, None) when the frame gives no date; the caller then falls back to the
    publication date. Nothing resolves to a day after the publication date.
    """
    m = next(find_absolute_dates(frame), None)
    if m is not None and (published is None or m.value <= published):
        return FuzzyDate(m.value), frame[m.start : m.end]
    if m is not None:
        # A day with its year after publication: never the same day of another year ("30 September
        # 2024" in a page dated 2023 is no 30 September 2022). Its words are masked for what follows.
        frame = frame[: m.start] + " " * (m.end - m.start) + frame[m.end :]
    for pattern in _MONTH_DAY:
        m2 = pattern.search(frame)
        if m2 is None:
            continue
        if published is None:
            return None, None  # no year to put it in
        value = _on_or_before(_month(m2.group("mon")), int(m2.group("day")), published)
        if value is not None:
            return FuzzyDate(value), m2.group(0)
    r = _RELATIVE.search(frame)
    if r is not None and published is not None:
        phrase = r.group(0)
        if r.group("yesterday"):
            return FuzzyDate(published - dt.timedelta(days=1)), phrase
        if r.group("daysago"):
            count = r.group("daysago").lower()
            back = int(count) if count.isdigit() else _NUMBER_WORDS.index(count) + 1
            return FuzzyDate(published - dt.timedelta(days=back)), phrase
        if r.group("weekago"):
            return FuzzyDate(published - dt.timedelta(days=7)), phrase
        if r.group("today"):
            return FuzzyDate(published), phrase
        if r.group("lastday"):
            back = (published.weekday() - WEEKDAYS[r.group("lastday").lower()]) % 7 or 7
            return FuzzyDate(published - dt.timedelta(days=back)), phrase
        if r.group("weekday"):
            back = (published.weekday() - WEEKDAYS[r.group("weekday").lower()]) % 7
            return FuzzyDate(published - dt.timedelta(days=back)), phrase
        if r.group("lastweek"):
            week = _monday(published) - (dt.timedelta(days=7) if r.group("lastweek").lower() == "last week" else dt.timedelta())
            return FuzzyDate(week, "week"), phrase
        if r.group("lastmonth"):
            first = published.replace(day=1)
            if r.group("lastmonth").lower() == "last month":
                first = (first - dt.timedelta(days=1)).replace(day=1)
            return FuzzyDate(first, "month"), phrase
    m3 = _IN_MONTH.search(frame)
    if m3 is not None and _EVENT_BEFORE.search(frame, 0, m3.start()):
        m3 = None   # "pointed to the elections in June as ...": the month of the event, not of the words
    if m3 is not None:
        month = _month(m3.group("mon"))
        if m3.group("year"):
            value = dt.date(int(m3.group("year")), month, 1)
        elif published is not None:
            value = dt.date(published.year if month <= published.month else published.year - 1, month, 1)
        else:
            return None, None
        if published is None or value <= published:
            return FuzzyDate(value, "month"), m3.group(0)
    m4 = _IN_YEAR.search(frame)
    if m4 is not None:
        year = int(m4.group("year"))
        if published is None or year <= published.year:
            return FuzzyDate(dt.date(year, 1, 1), "year"), m4.group(0)
    return None, None


def wire_day(paragraphs: Sequence[tuple[str, str]], published: dt.date | None) -> dt.date | None:
    """The day after `published` when a wire dateline in the first body paragraphs names it
    ("MOSCOW, August 30 (Sputnik) -" on a page dated August 29, in another time zone): the day the
    story's "today" and "on Wednesday" count from. None otherwise."""
    if published is None:
        return None
    next_day = published + dt.timedelta(days=1)
    for _, text in itertools.islice((p for p in paragraphs if p[0] == "body"), 3):
        if (m := _WIRE_DAY_MONTH.match(text)) is None:
            continue
        day = int(m.group("day") or m.group("day2"))
        month = _month(m.group("mon") or m.group("mon2"))
        if (month, day) == (next_day.month, next_day.day):
            return next_day
    return None


def relative_day(phrase: str) -> bool:
    """Whether a date phrase counts from the story's day ("on Wednesday", "yesterday", "today")."""
    return _RELATIVE.search(phrase) is not None


def resolve_in_month(frame: str, month_end: dt.date) -> tuple[FuzzyDate | None, str | None]:
    """The day an attribution gives in an article dated only to a month (`month_end`, its last
    day): a date with its month, placed on or before it. "On Friday" has no week to be in."""
    m = next(find_absolute_dates(frame), None)
    if m is not None:
        return (FuzzyDate(m.value), frame[m.start : m.end]) if m.value <= month_end else (None, None)
    for pattern in _MONTH_DAY:
        m2 = pattern.search(frame)
        if m2 is not None and (value := _on_or_before(_month(m2.group("mon")), int(m2.group("day")), month_end)) is not None:
            return FuzzyDate(value), m2.group(0)
    return None, None


# --- dates typed by users -----------------------------------------------------

_USER_ISO_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_USER_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_USER_YEAR_FIRST = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$")
_USER_MONTH_YEAR = re.compile(rf"^\s*{_MONTH}\s+(?P<year>\d{{4}})\s*$", re.IGNORECASE)


def parse_user_date(text: str) -> FuzzyDate:
    """A date as a person types it: 2024-05-28, 28.05.2024, 1 June 2023, May 2024, 2024-05, 2024.

    Raises UsageError with a one-line explanation when it is not a date.
    """
    raw = text.strip()
    if m := _USER_YEAR.match(raw):
        return FuzzyDate(dt.date(int(m.group(1)), 1, 1), "year")
    if m := _USER_ISO_MONTH.match(raw):
        if 1 <= int(m.group(2)) <= 12:
            return FuzzyDate(dt.date(int(m.group(1)), int(m.group(2)), 1), "month")
    if m := _USER_MONTH_YEAR.match(raw):
        return FuzzyDate(dt.date(int(m.group("year")), _month(m.group("mon")), 1), "month")
    if m := _USER_YEAR_FIRST.match(raw):
        # A date that starts with its year runs year, month, day (ISO 8601). The day-first
        # fallback below would read 2024-1-5 as 1 May and 2024-13-01 as 13 January.
        try:
            return FuzzyDate(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            raise UsageError(f"not a date: {text!r} (a date that starts with its year runs year-month-day: 2024-05-28)") from None
    found = next(find_absolute_dates(raw, two_digit_years=True), None)
    if found is not None and len(raw) - (found.end - found.start) < 12:
        return FuzzyDate(found.value)
    try:
        from dateutil import parser as dateutil_parser

        # Two different defaults reveal whether the user gave a day and a month at all.
        a = dateutil_parser.parse(raw, default=dt.datetime(2000, 1, 1), dayfirst=True)
        b = dateutil_parser.parse(raw, default=dt.datetime(2001, 2, 2), dayfirst=True)
    except (ValueError, OverflowError):
        raise UsageError(f"not a date: {text!r} (try 2024-05-28, '28 May 2024', 'May 2024' or 2024)") from None
    if a.year != b.year:
        raise UsageError(f"not a date: {text!r} has no year (try 2024-05-28 or 'May 2024')")
    if a.month != b.month:
        return FuzzyDate(dt.date(a.year, 1, 1), "year")
    if a.day != b.day:
        return FuzzyDate(dt.date(a.year, a.month, 1), "month")
    return FuzzyDate(a.date())


def period_end(date: FuzzyDate) -> dt.date:
    """The last day a fuzzy date covers: `--until May 2024` includes 31 May."""
    value = date.value
    if date.precision == "year":
        return dt.date(value.year, 12, 31)
    if date.precision == "month":
        following = (value.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return following - dt.timedelta(days=1)
    if date.precision == "week":
        return value + dt.timedelta(days=6)
    return value
