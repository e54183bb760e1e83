"""Saved web pages as article text: the words a reader sees, one paragraph per block.

A page saved from the web ("Save page as", a crawler's copy) holds the article inside markup,
scripts, menus and sidebars. The extractor reads plain text, so a page is first reduced to its
headline, its publication date (as a "date YYYY-MM-DD" line, which the date reader knows) and
the text of its blocks, each block a paragraph. Standard library only: html.parser is lenient
with the broken markup real pages hold.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

# Elements whose content no reader sees as the article: code, menus, forms, sidebars of other stories.
_HIDDEN = frozenset("script style noscript template svg canvas iframe object nav footer aside form select button head".split())
# Elements that end a paragraph (and start the next).
_BLOCKS = frozenset("p div section article main header h1 h2 h3 h4 h5 h6 li ul ol blockquote figure figcaption "
                    "table tr td th dl dt dd pre address hr br time".split())
# Elements that never hold content, so never close what is open.
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Where a page states when it was published.
_DATE_META = ("article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
              "sailthru.date", "parsely-pub-date", "og:published_time", "article.published")
_ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})")
# Structured data (schema.org JSON-LD) the page carries for search engines: what kinds of thing
# an article is, whose "datePublished" is the page's own (not a related story's in a list).
_ARTICLE_TYPES = frozenset({"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                            "liveblogposting", "opinionnewsarticle", "backgroundnewsarticle", "webpage"})
_LD_LIMIT = 200_000   # characters of one JSON-LD block read at most (a page's own is a few thousand)
# A web address as a page gives its own, and the label of the line that carries it in the text.
WEB_URL_PATTERN = r"https?://[^\s<>\"']{1,2000}"
_WEB_URL = re.compile(WEB_URL_PATTERN)
URL_LABEL = "url"
_BLANK_LINES = re.compile(r"\n\s*\n\s*(?:\n\s*)*")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")

# A page, not text that mentions a tag: a doctype or <html> first, or block tags throughout.
_PAGE_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b)", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(r"</?(?:p|div|h[1-6]|article|section|li|br)\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether `text` is a web page's markup rather than plain text."""
    if _PAGE_START.match(text[:2000]):
        return True
    # (A fragment without <html>: many paragraph tags, as a crawler stores an article body.)
    return "<" in text and len(_BLOCK_TAG.findall(text, 0, 20_000)) >= 4


class _PageReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0
        self.hidden_stack: list[str] = []
        self.title = ""
        self.h1 = ""
        self.published = ""   # from the page's meta tags
        self.time_published = ""   # from its first <time datetime>
        self.ld_published = ""   # from its JSON-LD article
        self.url = ""   # the page's own address: its canonical link, else og:url
        self._in_title = False
        self._in_h1 = False
        self._in_ld = False
        self._ld_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
            return
        if tag == "link":
            self._link(dict(attrs))
            return
        if tag == "time" and not self.time_published and not self.hidden_depth:
            found = _ISO_DATE.search(dict(attrs).get("datetime") or "")
            if found:
                self.time_published = found.group(1)
        if tag == "script" and (dict(attrs).get("type") or "").strip().lower() == "application/ld+json":
            self._in_ld = True
            self._ld_text = []
        if tag == "title":
            self._in_title = True
        if tag in _HIDDEN and tag not in _VOID:
            self.hidden_depth += 1
            self.hidden_stack.append(tag)
            return
        if tag == "h1" and not self.hidden_depth:
            self._in_h1 = True
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
        elif tag == "link":
            self._link(dict(attrs))
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "script" and self._in_ld:
            self._in_ld = False
            if not self.ld_published:
                self.ld_published = _ld_date_published("".join(self._ld_text))
        if self.hidden_stack and tag == self.hidden_stack[-1]:
            self.hidden_stack.pop()
            self.hidden_depth -= 1
            return
        if tag == "h1":
            self._in_h1 = False
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._in_ld:
            if sum(map(len, self._ld_text)) < _LD_LIMIT:
                self._ld_text.append(data)
            return
        if self.hidden_depth:
            return
        if self._in_h1:
            self.h1 += data
        self.parts.append(data)

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if not self.published and key in _DATE_META and (found := _ISO_DATE.search(attrs.get("content") or "")):
            self.published = found.group(1)
        if key == "og:url" and not self.url and _WEB_URL.fullmatch(url := (attrs.get("content") or "").strip()):
            self.url = url

    def _link(self, attrs: dict[str, str | None]) -> None:
        if "canonical" in (attrs.get("rel") or "").lower().split() and _WEB_URL.fullmatch(url := (attrs.get("href") or "").strip()):
            self.url = url   # (the canonical link wins over og:url)


def html_to_text(page: str) -> str:
    """The article text of a saved page: its headline, its date line, then one paragraph per block."""
    reader = _PageReader()
    try:
        reader.feed(page)
        reader.close()
    except (AssertionError, ValueError):
        # (A broken declaration such as "<![x" stops html.parser; the tags are then only dropped.)
        return _without_tags(page)
    body = _BLANK_LINES.sub("\n\n", "\n".join(_SPACES.sub(" ", line).strip() for line in "".join(reader.parts).split("\n")))
    body = body.strip()
    head = []
    headline = _SPACES.sub(" ", reader.h1 or reader.title).strip()
    if headline and not body.startswith(headline):
        head.append(headline)
    # The meta tags first, then the structured data, then a <time> in the page (the first may be a byline's or a list's).
    if published := reader.published or reader.ld_published or reader.time_published:
        head.append(f"date {published}")
    # The page's address closes the text, where no date or headline is looked for (a date in
    # an address is no date the text states): see extract.page_url.
    tail = [f"{URL_LABEL} {reader.url}"] if reader.url else []
    return "\n\n".join([*head, body, *tail])


def _ld_date_published(block: str) -> str:
    """The ISO day of the article's "datePublished" in one JSON-LD block, or "" (broken JSON too)."""
    try:
        data = json.loads(block)
    except (ValueError, RecursionError):
        return ""
    # A block is one item, a list of items, or a "@graph" of them; only an article's date is the page's.
    items: list[Any] = data if isinstance(data, list) else [data]
    flat: list[Any] = []
    for item in items:
        graph = item.get("@graph") if isinstance(item, dict) else None
        flat.extend(graph if isinstance(graph, list) else [item])
    items = flat
    for item in items:
        if not isinstance(item, dict):
            continue
        kinds = item.get("@type")
        kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
        if any(isinstance(kind, str) and kind.lower() in _ARTICLE_TYPES for kind in kinds):
            found = _ISO_DATE.match(str(item.get("datePublished") or "").strip())
            if found:
                return found.group(1)
    return ""


_TAG = re.compile(r"<[^<>]{0,2000}>")


def _without_tags(page: str) -> str:
    """The page's text with its tags dropped and a block's end as a paragraph's: when it cannot be read as markup."""
    import html  # here: only for pages html.parser refuses

    text = _BLOCK_TAG.sub("\n\n", page)
    return html.unescape(_TAG.sub(" ", text))
