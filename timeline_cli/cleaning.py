"""From raw bytes to the article's paragraphs, with the page's clutter labelled.

Articles arrive as people save them from the web: menus, newsletter boxes,
"Read more" lists, feeds of other stories, captions, mojibake. Nothing here
deletes text (offsets must keep pointing into the article); paragraphs are
labelled instead, and only `body` paragraphs are read for statements.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_cli.errors import UnreadableInput
from timeline_cli.html_text import html_to_text, looks_like_html
from timeline_cli.memo import remember_texts

__all__ = ["UnreadableInput", "decode_bytes", "normalise", "split_paragraphs", "classify"]


# --- decoding -----------------------------------------------------------------

_STRAY_BYTES_RUN = re.compile("[\udc80-\udcff]+")


def decode_bytes(raw: bytes) -> tuple[str, str | None]:
    """Text of a file and a warning when it was not UTF-8. Binary input raises."""
    if not raw.strip():
        raise UnreadableInput("empty file")
    head = raw[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise UnreadableInput("binary file (NUL bytes), not an article text")
    for bom, codec in ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            return raw.decode(codec, errors="replace"), f"decoded as {codec}"
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few stray bytes (two sources pasted together, a byte cut from a
    # character): the UTF-8 stays, only the stray bytes are read as Windows-1252.
    escaped = raw.decode("utf-8-sig", errors="surrogateescape")   # (a stray byte becomes one lone surrogate)
    runs = _STRAY_BYTES_RUN.findall(escaped)
    strays = len(runs)
    multibyte = sum(1 for ch in escaped if ord(ch) > 127) - sum(map(len, runs))
    if multibyte > strays:
        mixed = _STRAY_BYTES_RUN.sub(lambda run: run.group(0).encode("utf-8", "surrogateescape").decode("cp1252", "replace"), escaped)
        return mixed, f"not all UTF-8; {strays} stray byte sequence(s) decoded as Windows-1252"
    try:
        text = raw.decode("cp1252")
        warning = "not UTF-8; decoded as Windows-1252"
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
        warning = "not UTF-8; decoded as Latin-1"
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > len(text[:4096]) * 0.05:
        raise UnreadableInput("binary file (control bytes), not an article text")
    return text, warning


# --- normalisation ------------------------------------------------------------

# UTF-8 read as Windows-1252 or Latin-1: a lead byte shown as Â-ß or à-ï followed by
# continuation bytes shown as C1 controls, Latin-1 punctuation or cp1252's specials.
_CONT = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
# One lead-byte class first, the branch chosen by lookbehind: the regex engine then skips
# ahead to candidate characters (10 us per article against 41 us for two alternatives).
_MOJIBAKE = re.compile(f"[\u00c2-\u00ef](?:(?<=[\u00c2-\u00df])[{_CONT}]|(?<=[\u00e0-\u00ef])[{_CONT}]{{2}})")
_BROKEN_CLOSING_MARK = re.compile("\u00e2\u20ac\ufffd?")
_HTML_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,30});")
# Terminal control characters, escape sequences and invisible characters never belong
# to an article's words; removing them keeps them away from terminals and the store.
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
_SPACE_RUN = re.compile(r"[^\S\n]{2,}|[^\S\n ]")   # (any space but a line break, "\u2003" alone too)
_ODD_SPACE = re.compile(r"[^\S\n ]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


def _unmojibake(match: re.Match[str]) -> str:
    chunk = match.group(0)
    try:
        raw = bytes(ord(ch) if ord(ch) < 256 else chunk[i].encode("cp1252")[0] for i, ch in enumerate(chunk))
        return raw.decode("utf-8")
    except (UnicodeError, ValueError):
        return chunk


# Curly quotation marks glued to a word by a page's markup ("admitting that\u201ctrue peace",
# "in the skies\u201dhe said"): an opening mark between letters, a closing one before a letter.
# (An opening mark after the last word and before a comma closes a quote: see statements.)
# (Not where low marks open quotes, "\u201e...\u201c": there the high mark closes them.)
# (Each pattern opens with its mark, which the engine finds fast; a lookbehind first would cost
# a try at every character of every article.)
_OPENING_BEFORE_LETTER = re.compile(r"\u201c(?=[^\W\d_])")
_CLOSING_BEFORE_LETTER = re.compile(r"\u201d(?=[^\W\d_])")


_GLUED_THAT = re.compile(r"\b(said|says|stated|states|noted|notes|added|adds|stressed|stresses|warned|warns|claimed|claims|"
                         r"explained|explains|announced|announces|confirmed|confirms|emphasi[sz]ed|emphasi[sz]es|believes|believed)that\b")


def _unglue_quotes(text: str) -> str:
    cuts = [m.start() for m in _OPENING_BEFORE_LETTER.finditer(text) if m.start() and text[m.start() - 1].isalpha()]
    # (A closing mark after a space or a line break opens the words that follow: '”On the morning ...”'.)
    cuts += [m.end() for m in _CLOSING_BEFORE_LETTER.finditer(text) if m.start() and not text[m.start() - 1].isspace()]
    if not cuts:
        return text
    cuts.sort()
    return " ".join(text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)]))


_PRINT_HYPHEN = re.compile(r"(?<=[a-z])\u2010 (?=[a-z])")


def normalise(text: str) -> str:
    """Repair mojibake, unify line ends and spaces, drop control characters (a saved web page:
    its text, see html_text)."""
    if "<" in text and looks_like_html(text):
        text = html_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:   # Unicode's line and paragraph separators, as plain text writes them
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    if "&" in text and _HTML_ENTITY.search(text):
        # Text copied from a page's source, a feed or a JSON corpus keeps its entities ("&quot;",
        # "&#8217;"): marks the reader must see as marks.
        import html  # here: most articles have none
        text = html.unescape(text)
    if _MOJIBAKE.search(text):
        text = _MOJIBAKE.sub(_unmojibake, text)
    if "\u00e2\u20ac" in text:
        # The closing mark \u201d is E2 80 9D, and Windows-1252 has no character for 9D: pages show
        # "\u00e2\u20ac" and nothing, or a replacement character. Left so, the quote it closes
        # never closes. (Of the undefined bytes, 9D is the one that follows E2 80 in prose.)
        text = _BROKEN_CLOSING_MARK.sub("\u201d", text)
    if "\u2010 " in text:
        # A printed page's line-break hyphen, left with the line end as a space: "in\u2010 frastructure".
        text = _PRINT_HYPHEN.sub("", text)
    text = _ANSI.sub("", text)
    text = text.replace("\t", " ").replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    text = _CONTROL.sub("", text)
    if "\u201c" in text and "\u201e" not in text:
        text = _unglue_quotes(text)
    if "dthat" in text or "sthat" in text:
        # "Blinken saidthat the U.S. ...": a page that lost the space after a verb of saying.
        text = _GLUED_THAT.sub(r"\1 that", text)
    # A run of spaces is one space to a reader; left long, every pattern that reads spaces
    # between words would try each way of dividing the run (quadratic in its length). Most texts
    # hold neither a run nor an odd space: the two tests cost a third of the substitution.
    return _SPACE_RUN.sub(" ", text) if "  " in text or _ODD_SPACE.search(text) else text


# --- paragraphs ---------------------------------------------------------------

@dataclass
class Paragraph:
    start: int
    end: int
    text: str
    label: str = "body"   # body | header | heading | caption | clutter


_CLOSING_MARKS = "\"'\u201d\u2019\u00bb)]"
_TERMINALS = (".", "!", "?", "\u2026")


def ends_sentence(text: str) -> bool:
    """Whether `text` ends with . ! ? or an ellipsis, closing quotes or brackets after it allowed
    (a final line break too). Read from the end: called on every line of every article."""
    core = text[:-1] if text.endswith("\n") else text
    return core.rstrip(_CLOSING_MARKS)[-1:] in _TERMINALS


_WORD = re.compile(r"\w+")


# A "Read also:" headline with the next sentence glued on: the last word of the headline runs into
# a capitalised word ("GeneralWhen"), and at least eight words follow. ("McDonald" is no seam.)
_GLUED_AFTER_TEASER = re.compile(r"(?P<teaser>(?i:read (?:also|more)|see also|also read)\s*:.{5,200}?(?<![A-Z][a-z])(?<!Ma)[a-z])"
                                 r"(?=[A-Z][a-z]+\b(?:\W+\w+){8})")


# A page's share button kept at the end of a paragraph: "... - emphasized the minister. Share".
_SHARE_BUTTON = re.compile(r"(?<=[.!?\"'\u201d\u2019])\s+Share$")


# A site's address opening a line, glued to what follows ("aa.com.trMOSCOW Russia on Monday ..."):
# a source label, never the continuation of the line above.
_ADDRESS_START = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|news|ua|ru|uk|tr|de|fr|pl|by|kz|eu|io)(?:\.[a-z]{2})?(?=[A-Z\s]|$)"
                            # (a saved page's date label under its headline: "date 2024-11-19 International")
                            r"|(?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}")


def split_paragraphs(text: str) -> list[Paragraph]:
    """Each line is a paragraph, except hard-wrapped prose: a line that does not end
    a sentence, followed by one that starts in lower case, continues it."""
    paragraphs: list[Paragraph] = []
    pos = 0
    previous_open = False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.endswith("Share") and (button := _SHARE_BUTTON.search(stripped)) is not None:
            stripped = stripped[: button.start()]
        if stripped:
            start = pos + (len(line) - len(line.lstrip()))
            end = start + len(stripped)
            if previous_open and paragraphs and stripped[0].islower() and not _ADDRESS_START.match(stripped):
                last = paragraphs[-1]
                last.end = end
                last.text = text[last.start:end]
            elif stripped[:4].lower() in ("read", "see ", "also") and (glued := _GLUED_AFTER_TEASER.match(stripped)):
                # "Read also: Ukraine closer to NATO - Secretary GeneralWhen asked whether ...": the
                # page lost the line break after another story's headline; the article goes on.
                cut = start + glued.end("teaser")
                paragraphs += [Paragraph(start, cut, text[start:cut]), Paragraph(cut, end, text[cut:end])]
            else:
                paragraphs.append(Paragraph(start, end, stripped))
            previous_open = not ends_sentence(stripped) and not stripped.endswith(":")
        else:
            previous_open = False
        pos += len(line) + 1
    return paragraphs


# --- clutter ------------------------------------------------------------------

# A header after which the rest of the page belongs to other stories or to the site.
_END_OF_ARTICLE = re.compile(
    r"^(?:news ?feed|latest news|more news|editors?['\u2019]? ?picks?|you (?:may|might) also like|"
    r"most (?:read|popular|viewed)|trending(?: now)?|popular(?: now| stories| articles)?|"
    r"related (?:stories|articles|posts|coverage|topics)|recommended(?: for you| stories)?|top stories|"
    r"leave a (?:comment|reply)|\d* ?comments?|show comments|more from [\w ]+|what to read next|read next|"
    r"more stories|other news|more on this story|sponsored(?: content)?|around the web|from the web|"
    r"latest(?: stories| updates)?|in other news|don['\u2019]t miss|next article|next|"
    r"(?:other )?(?:topics|stories|articles|news) of interest|more on (?:the|this) topic|you may be interested(?: in)?)\W*$",
    re.IGNORECASE,
)
# A header after which come a few headlines of other stories, then the article resumes.
_RELATED_LIST = re.compile(
    r"^(?:read (?:more|also)|see also|also read|related(?: news| content| reading)?|more on this|"
    r"read more related news|further reading|more:|watch|listen|recommended reading)\b.{0,40}$",
    re.IGNORECASE,
)
# Lines that are site furniture wherever they stand: words anywhere in the line...
_FURNITURE_ANYWHERE = re.compile(
    r"subscribe|newsletter|sign (?:up|in)\b|\bsigning up\b|enter (?:your|correct) e-?mail|e-?mail address|"
    r"indicates required|successful+y subscribed|\bmin read\b|advertisement|cookies?\b.*(?:accept|policy|consent)|"
    r"all rights reserved|follow us\b|share (?:this|on)\b|click here|download (?:the|our) app|"
    r"this audio is (?:created|generated)|listen to this article|(?:our|us on) telegram(?: channel)?|do not fall for fakes|"
    # Appeals for money: "become a member now", "Gift a membership", "Support us just once", "funded by our readers".
    r"become a (?:member|patron|subscriber)|gift (?:a )?membership|\bdonate (?:now|today|to us)\b|support us\b|funded by (?:our )?readers|"
    r"support independent journalism|"
    # ... and a reporter's own: "Your support helps us to tell the story", "As your White House correspondent, I ask ...".
    r"your support (?:helps|enables|makes)|your donation\b|without your contributions|^as your [\w ]{1,30}correspondent\b",
    re.IGNORECASE,
)
# ...which a cheap test finds first (a long case-insensitive alternation is slow to run on every line).
_FURNITURE_WORDS = ("subscri", "newsletter", "sign up", "sign in", "signing up", "mail", "indicates required",
                    "min read", "advertisement", "cookie", "rights reserved", "follow us", "share ", "click here",
                    "app", "this audio", "listen to this", "telegram", "fakes", "member", "donate", "support us", "readers",
                    "independent journalism", "your support", "your donation", "your contributions", "correspondent")
# ...or at its start.
_FURNITURE_START = re.compile(
    r"skip to (?:main )?content|edit post$|advert\b|\u00a9|copyright\b|share$|\[[\w-]+(?: [^\]]*)?\]$|"
    r"(?:tags?|topics?|filed under)\s*:|(?:photo|image|video)\s*:|read (?:more|also)\s*:|(?:also read|see also)\s*:|"
    # A picture's credit and download links: "Credit: Air Force Staff Sgt. X, DOD", "VIRIN: ...".
    r"(?:(?:photo|image|picture)\s+)?credits?\s*:|download\s*:|virin\s*:|"
    r"(?:next|previous) (?:article|story|post)\b|(?:home|menu|search)\b(?: \w+){0,12}$|"
    # A language switcher: "ua en ru", "EN | DE | FR".
    r"(?:(?:ua|uk|en|ru|de|fr|pl|es|it|ro|hu|ar|zh|ja|tr|pt|cz|cs|sk|lt|lv|et|ka|kz|be)(?:\s*\|?\s+|\s*$)){2,8}$",
    re.IGNORECASE,
)


# Someone reported speaking: "Peskov said Moscow did not subscribe to the idea ..." is news,
# whatever furniture word it holds.
_REPORTED_SPEECH = re.compile(r"\b(?:said|says|told|tells|wrote|writes|added|stressed|warned|reported|announced|stated|according to)\b")


def _is_furniture(text: str) -> bool:
    if _FURNITURE_START.match(text):
        return True
    lowered = text.lower()
    return (any(word in lowered for word in _FURNITURE_WORDS) and bool(_FURNITURE_ANYWHERE.search(text))
            and not (ends_sentence(text) and _REPORTED_SPEECH.search(text) and words_in(text) >= 8))


def _is_ticker(text: str) -> bool:
    """A ticker of other stories' headlines run into one line: "Modi meets ... | G7 Spotlight: ... | ..."."""
    return text.count(" | ") >= 4 and all(len(part) <= 160 for part in text.split(" | "))


# Pager links in capitals ("NEXT Russia, fire destroys..."); "Next week, he said" is prose.
_PAGER = re.compile(r"^(?:NEXT|PREVIOUS|PREV|UP NEXT)\b")
# Captions and photo credits: a credit in brackets at the end, or "is pictured".
_CAPTION = re.compile(
    r"\((?:[^()]*(?:getty|afp|reuters|\bap\b|epa|anadolu|shutterstock|photo|pool|via|credit|ukrinform|tass|ria)[^()]*)\)\s*$|"
    r"\b(?:is|are) (?:pictured|seen|shown)\b|^(?:photo|picture|image)s? (?:by|credit)\b",
    re.IGNORECASE,
)


def _is_caption(text: str) -> bool:
    lowered = text.lower()
    if "[/caption]" in lowered or lowered.startswith("[caption"):
        return True   # a page builder's caption shortcode, left in the text ("... into Russia[/caption]")
    if not (text.rstrip().endswith(")") or "pictured" in lowered or " seen" in lowered or " shown" in lowered
            or lowered.startswith(("photo", "picture", "image"))):
        return False
    return bool(_CAPTION.search(text))


# A page that calls itself a live blog above its first paragraph ("Russia-Ukraine war live: ...",
# "Live updates", "as it happened"): its timestamps open new entries, not a feed of other stories.
_LIVE_BLOG = re.compile(r"\blive(?:\s*:|\s+(?:updates?|blog|coverage|reporting)\b)|\bas it happened\b|^live$", re.IGNORECASE)
_TIMESTAMP_ONLY = re.compile(r"^(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*(?:min|mins|minutes|hours?|h)\s+ago)$", re.IGNORECASE)
_BULLETED = re.compile(r"(?:\s\*\s.*){2,}|(?:\s\u2022\s.*){2,}")
_OPENING_QUOTES = "\"\u201c\u201e\u00ab\u2018"


def words_in(text: str) -> int:
    return len(_WORD.findall(text))


_QUOTE_THEN_SPEAKER = re.compile("[\"\u201d\u00bb],?\\s+(?:[\\w.'\u2019-]+\\s+){0,5}?(?:said|says|told|tells|added|adds|stated|stressed|noted|warned|insisted|wrote)\\b")
_ATTRIBUTED_QUOTE = re.compile("[\"\u201d\u00bb\u201c],?\\s+\\w+(?:\\s+\\w+){0,3}\\s+\\w+[.!?]$")


def is_prose(text: str, min_words: int = 6, words: int | None = None) -> bool:
    """A sentence of running text, not a headline, menu or label.

    Short lines count when they are a quote with its attribution ('"We are united," he said.').
    `words` is the text's word count when the caller has it already.
    """
    n = words_in(text) if words is None else words
    if n >= 25 or (n >= min_words and ends_sentence(text)):
        return True
    if n >= max(min_words, 12) and text.rstrip().endswith((":", ";")):
        # "Details: X reported that drones struck four sites over the past week:" and a list below
        # ("... this morning. The statement reads below;": a semicolon for the colon).
        return True
    if n >= 12 and _PAST_REPORT.search(text):
        return True   # "Earlier, Mayor X said that air defense forces had thwarted ..." without its full stop: no headline says so
    return n >= 3 and bool(_ATTRIBUTED_QUOTE.search(text))


# A report in the past with its "that", or closing the line: prose (headlines report in the present, "X says ...").
_PAST_REPORT = re.compile(r"\b(?:said|stated|told \w+|announced|reported|claimed|noted|added|confirmed|clarified|explained|stressed|warned) that\b"
                          r"|\b(?:said|stated|reported|clarified|added|noted|wrote|confirmed)[\s\W]*$|^\W*[Aa]ccording to\b")


# No paragraph of a real article is this long; longer ones are data dumps, not read for statements.
MAX_PARAGRAPH_CHARS = 20_000


@dataclass(frozen=True)
class _Traits:
    """What a paragraph's text alone says about it; `classify` adds what its neighbours say."""
    ends_article: bool      # "Latest news", "Leave a comment": other stories or the site follow
    timestamp: bool         # a time alone on the line
    opens_related: bool     # "Read more:": a few headlines of other stories follow
    furniture: bool         # newsletter box, pager link, share buttons
    caption: bool
    bulleted: bool
    prose: bool             # running text (at least 6 words)
    long_prose: bool        # running text of at least 12 words: the article resumes after a related list
    cut_off: bool           # ends with an ellipsis outside a quote: a teaser of another story
    quoted_speech: bool     # a quote and who said it, with its last full stop lost ('"...," X told reporters on Thursday')
    whole_quote: bool       # nothing but a quoted sentence ('"We will open on time."'): words set apart, never a heading


_WHOLE_QUOTE = re.compile("[\"\u201c\u00ab\u201e][^\"\u201c\u201d\u00ab\u00bb\u201e]+[.!?\u2026][\"\u201d\u00bb]")


@remember_texts(32768)  # boilerplate lines repeat on every page of a site; the traits are pure
def _traits(text: str) -> _Traits:
    stripped = text.rstrip()
    words = words_in(text)
    prose = is_prose(text, words=words)
    return _Traits(
        ends_article=bool(_END_OF_ARTICLE.match(text)),
        timestamp=bool(_TIMESTAMP_ONLY.match(text)),
        opens_related=bool(_RELATED_LIST.match(text)),
        furniture=(len(text) < 400 and words < 40 and (_is_furniture(text) or bool(_PAGER.match(text)))) or _is_ticker(text),
        caption=_is_caption(text),
        bulleted=(" * " in text or " \u2022 " in text) and bool(_BULLETED.search(text)),
        prose=prose,
        long_prose=is_prose(text, min_words=12, words=words),
        cut_off=stripped.endswith(("\u2026", "...")) and not stripped.endswith(("\u2026\u201d", '..."')),
        quoted_speech=not prose and words >= 8 and bool(_QUOTE_THEN_SPEAKER.search(text)),
        whole_quote=not prose and words >= 2 and bool(_WHOLE_QUOTE.fullmatch(stripped)),
    )


def _lone_time_before_prose(paragraphs: list[Paragraph], i: int) -> bool:
    """Whether the time alone at `i` is followed by running text, with no other time soon after
    (a feed of other stories repeats them)."""
    following = paragraphs[i + 1 : i + 5]
    if not following or not _traits(following[0].text).long_prose:
        return False
    return not any(_traits(p.text).timestamp for p in following)


def _long_headline(text: str, paragraphs: list[Paragraph], i: int) -> bool:
    """A headline of 25 words or more above the body: one line with no full stop and no quotes,
    reporting nothing in the past ("X believes that it is useless for the US to allow ... the
    Russian Federation"), above a paragraph that ends its sentences."""
    return (len(text) <= 250 and not ends_sentence(text) and "\n" not in text.strip()
            and not any(mark in text for mark in _OPENING_QUOTES) and not _PAST_REPORT.search(text)
            and i + 1 < len(paragraphs) and ends_sentence(paragraphs[i + 1].text.rstrip())
            and is_prose(paragraphs[i + 1].text))


def classify(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Label each paragraph; statements are read from `body` ones only."""
    seen_body = False
    in_related_list = False
    at_end = False
    live_blog = False
    for i, para in enumerate(paragraphs):
        text = para.text
        if len(text) > MAX_PARAGRAPH_CHARS:
            para.label = "clutter"
            continue
        if at_end:
            para.label = "clutter"
            continue
        traits = _traits(text)
        if seen_body and traits.timestamp and live_blog:
            para.label = "heading"   # the time of the next entry: quotes below it start afresh
            continue
        if traits.ends_article or (seen_body and traits.timestamp):
            # Timestamps alone on a line after the article has begun open a feed of other stories;
            # one alone before more of the article ("Updated:" and "0:00", a player's clock) does not.
            para.label = "clutter"
            at_end = seen_body and (traits.ends_article or not _lone_time_before_prose(paragraphs, i))
            continue
        if traits.opens_related:
            para.label = "clutter"
            in_related_list = True
            continue
        if traits.furniture:
            para.label = "clutter"
            continue
        if traits.caption:
            para.label = "caption"
            continue
        if traits.bulleted:
            para.label = "clutter"
            continue
        if in_related_list:
            if traits.long_prose:
                in_related_list = False
            else:
                para.label = "clutter"
                continue
        if not seen_body:
            if traits.prose and not _long_headline(text, paragraphs, i):
                seen_body = True
                para.label = "body"
            else:
                para.label = "header"
                live_blog = live_blog or bool(_LIVE_BLOG.search(text))
            continue
        if not traits.prose and not traits.quoted_speech and not traits.whole_quote:
            para.label = "heading"
            continue
        # A teaser card of another story: a heading followed by text cut off with an ellipsis.
        if traits.cut_off:
            previous = paragraphs[i - 1] if i else None
            if previous is not None and previous.label == "heading":
                previous.label = "clutter"
                para.label = "clutter"
                continue
        para.label = "body"
    return paragraphs
