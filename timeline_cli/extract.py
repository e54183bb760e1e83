"""The pure core: an article's text in, an Article with its statements out."""
from __future__ import annotations

import datetime as dt
import re

from timeline_cli import cleaning, dates, statements
from timeline_cli.html_text import URL_LABEL, WEB_URL_PATTERN
from timeline_cli.models import Article
from timeline_cli.topic import Profile, article_lead, default_profile


# A page's relative timestamp: "3 days ago", "an hour ago".
# (Or a time of day alone: "1:18 p.m. EDT" above a briefing's transcript.)
_TIME_AGO = re.compile(r"^\W*(?:(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
                       r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?)\W*$", re.IGNORECASE)
# A scraped page's date label glued before the headline: "date 2024-05 Macron believes ...".
_DATE_LABEL = re.compile(r"^\W*(?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}(?:-\d{2})?\s+", re.IGNORECASE)


# A transcript's speaker label: "MR MILLER: Good afternoon, everyone." is no headline.
_TRANSCRIPT_LABEL = re.compile(r"^(?:MR|MS|MRS|DR)\.?\s+[A-Z][A-Z'\u2019-]+:")
# Words that say a line is a date stamp, not a headline with a date in it.
_STAMP_WORDS = re.compile(r"\b(?:published|updated|posted|modified|created|last)\b", re.IGNORECASE)


def _undated_words(text: str) -> int:
    """Words of a header line outside its dates: a headline may carry one ("Department Press
    Briefing \u2013 May 23, 2023"); a date stamp has none beyond its label."""
    found = list(dates.find_absolute_dates(text, two_digit_years=True))
    if not found:
        return cleaning.words_in(text)
    if _STAMP_WORDS.search(text):
        return 0
    rest, end = [], 0
    for match in found:
        rest.append(text[end : match.start])
        end = match.end
    rest.append(text[end:])
    return cleaning.words_in(" ".join(rest))


def _title(paragraphs: list[cleaning.Paragraph]) -> str | None:
    """The article's headline: the shortest header line that others repeat, else the first."""
    lines = [p.text for p in paragraphs if p.label == "header" and cleaning.words_in(p.text) >= 3
             and not _TIME_AGO.match(p.text) and not _TRANSCRIPT_LABEL.match(p.text) and not _URL_LINE.fullmatch(p.text.strip())]
    headers = [_DATE_LABEL.sub("", text, count=1) for text in lines if next(dates.find_absolute_dates(text, two_digit_years=True), None) is None]
    if not headers:
        # Only lines with a date: one with enough words besides ("Department Press Briefing \u2013
        # May 23, 2023") is the headline; a date stamp is none.
        return next((title for text in lines if _undated_words(title := _DATE_LABEL.sub("", text, count=1)) >= 3), None)
    # Pages print the headline twice (title and heading, or the heading with a photo credit or a
    # section name glued on, on its line or the next), never a menu line.
    repeated = [text for text in headers if headers.count(text) > 1
                or (text.count(" ") >= 4 and any(p.text.startswith(text) and p.text[len(text) : len(text) + 1].isspace()
                                                 for p in paragraphs))]
    if repeated:
        return repeated[0]
    for candidate in sorted(headers, key=len):
        if any(other != candidate and other.endswith(candidate) for other in headers):
            return candidate
    return headers[0]


# A line that is only the article's web address, perhaps labelled: "url https://...", "Source: https://...".
# (The saved page's own line, "url ...", is written by html_text with the same label and pattern.)
_URL_LINE = re.compile(rf"(?:(?:{re.escape(URL_LABEL)}|source|link|original(?: article)?)\s*:?\s*)?(?P<url>{WEB_URL_PATTERN})", re.IGNORECASE)
# How near its start or end a text gives its own address.
_URL_LINES_AT_EDGES = 4


def page_url(paragraphs: list[cleaning.Paragraph]) -> str | None:
    """The article's own web address, when a line near the start or the end of the text is only
    that (saved pages close with it: see html_text); None when the text gives none."""
    edges = [*paragraphs[-_URL_LINES_AT_EDGES:][::-1], *paragraphs[:_URL_LINES_AT_EDGES]]
    for para in edges:
        if "http" in para.text and (m := _URL_LINE.fullmatch(para.text.strip())) is not None:
            return m.group("url")
    return None


def extract_article(raw_text: str, published: dt.date | None = None, profile: Profile | None = None,
                    fallback_published: dt.date | None = None, url: str | None = None) -> Article:
    """Read one article.

    `published` overrides the publication date; `fallback_published` is used only
    when the text gives none. `url`: where the article came from, when the caller knows
    (a corpus record's); else the address the text gives, if any.
    """
    text = cleaning.normalise(raw_text)
    paragraphs = cleaning.classify(cleaning.split_paragraphs(text))
    labelled = [(p.label, p.text) for p in paragraphs]
    found_date, phrase = dates.find_published(labelled)
    warnings = []
    if published is None:
        published = found_date or fallback_published
        if found_date is None:
            phrase = None
            if published is None:
                warnings.append("no publication date found")
    else:
        phrase = None
    article = Article(text=text, title=_title(paragraphs), published=published, published_phrase=phrase, warnings=warnings,
                      url=url or page_url(paragraphs))
    # A page dated to a month only ("date 2024-05") has no publication date, but places "on May 28".
    month = None if published else dates.find_published_month(labelled)
    article.statements = statements.extract_statements(text, paragraphs, published, month, dates.wire_day(labelled, published))
    profile = profile or default_profile()
    article.lead = article_lead(article.title, paragraphs, profile.lead_paragraphs)
    article.lead_on_topic = profile.assess(article, paragraphs)
    return article
