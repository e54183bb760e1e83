import datetime as dt

import pytest

from timeline_cli.dates import find_published, find_published_month, may_give_a_date, parse_user_date, period_end, resolve_statement_date
from timeline_cli.errors import UsageError

D = dt.date
FRIDAY = D(2024, 6, 7)      # a Friday
THURSDAY = D(2024, 6, 6)

# (line as it appears near the top of an article, expected publication date or None)
DATELINES = [
    ("June 1, 2023 3:24 PM", D(2023, 6, 1)),
    ("by Dinara Khalilova June 1, 2023 3:24 PM 3 min read", D(2023, 6, 1)),
    ("7th Jun 24 1:32 pm", D(2024, 6, 7)),
    ("1st Feb 23 9:05 am", D(2023, 2, 1)),
    ("10 April 2024", D(2024, 4, 10)),
    ("19:02, 10 April 2024", D(2024, 4, 10)),
    ("Thursday, 22 February 2024", D(2024, 2, 22)),
    ("22 February 2024, 14:05", D(2024, 2, 22)),
    ("28.05.2024", D(2024, 5, 28)),
    ("28.05.24 12:00", D(2024, 5, 28)),
    ("2024-05-28", D(2024, 5, 28)),
    ("2024-05-28T14:05:00Z", D(2024, 5, 28)),
    ("May 28, 2024 14:05 EET", D(2024, 5, 28)),
    ("Updated: May 28, 2024", D(2024, 5, 28)),
    ("Published 3 March 2022", D(2022, 3, 3)),
    ("Published: Sept. 9, 2023", D(2023, 9, 9)),
    ("Mon, Jan 8, 2024", D(2024, 1, 8)),
    ("Dec. 31, 2023", D(2023, 12, 31)),
    ("07-Jun-2024 10:15", D(2024, 6, 7)),     # hyphens for spaces, month in letters
    ("7-June-24", D(2024, 6, 7)),
    ("13/05/2024", D(2024, 5, 13)),      # day > 12: unambiguous
    ("05/13/2024", D(2024, 5, 13)),      # US order, unambiguous
    ("05/06/2024", None),                # May 6 or 5 June: refuse to guess
    ("28/05/2024 14:05", D(2024, 5, 28)),  # a day of 20 or more first
    ("Posted on 28-05-2024", D(2024, 5, 28)),  # dashes: the same rules as slashes
    ("05-28-2024", D(2024, 5, 28)),
    ("05-06-2024", None),
    ("Updated 5/28/24 3:15 PM", D(2024, 5, 28)),   # a two-digit year, US order told by a day over 12
    ("28/05/24", D(2024, 5, 28)),
    ("05/06/24", None),                  # still ambiguous with a short year
    ("Fri, 06/07/2024 - 10:01", D(2024, 6, 7)),    # the weekday tells: Friday 7 June, not Saturday 6 July
    ("Saturday 06/07/2024", D(2024, 7, 6)),
    ("Thu, 06/07/2024", None),                     # neither reading is a Thursday: refuse to guess
    ("Updated: 03-02-2024 16:23 IST", D(2024, 2, 3)),   # the time zone tells: India writes the day first
    ("03/02/2024 4:23 PM EST", D(2024, 3, 2)),          # the United States the month
    ("03/02/2024 16:23 UTC", None),                     # a zone of no country: refuse to guess
    ("2024-6-7", D(2024, 6, 7)),                       # year first, single digits
    ("31.02.2024", None),                # no such day
    ("\u00a9 Daily Courier 2024", None),  # a copyright year is not a date
    ("3 min read", None),
    ("Posted on 2 July 2023 | 18:40", D(2023, 7, 2)),
    ("2024/06/07 15:39", D(2024, 6, 7)),               # year first: unambiguous
    ("2024.06.07", D(2024, 6, 7)),
    ("Fri, 07 Jun 2024 15:39:00 GMT", D(2024, 6, 7)),
    # A page that glued the date to the headline: the label names the date, however long the rest.
    (" date 2024-08-17 Governor Example: drones attacked two villages in the border region overnight", D(2024, 8, 17)),
    ("Published 3 March 2022 Ministers of six countries met in the capital to discuss the next package", D(2022, 3, 3)),
    # A byline names its authors and desk before the date.
    ("by Anna Example and The Example Post news desk March 22, 2024 11:24 PM 2 min read", D(2024, 3, 22)),
    # A byline glued to its date by the page's markup.
    ("Anna Example21 November 2024", D(2024, 11, 21)),
    # A live page's entry: its date (twice), then its headline, which is no sentence.
    ("08/26/2024 August 26, 2024 Ministers of six countries call for a new package of aid to the port towns", D(2024, 8, 26)),
    ("12 May 2024 Ministers of six countries met in the capital and agreed on the next package.", None),
    # A page that lost the spaces around its timestamps: the year glued to the next word.
    ("Published September 1, 2024last updated September 2, 2024What you need to know", D(2024, 9, 1)),
    ("Anna Example12 March 2024Updated 13 March 2024", D(2024, 3, 12)),
    # A line that opens "Updated" and names the day of publication too: that day.
    ("Updated June 3, 2024, originally published June 1, 2024", D(2024, 6, 1)),
    ("Last updated on June 3, 2024 | Published on June 1, 2024", D(2024, 6, 1)),
    # A comma that lost its space before the year.
    ("Published August 14,2024", D(2024, 8, 14)),
    ("Published 14 August,2024", D(2024, 8, 14)),
    # Without a label right before it, a date in a long line is an event the line reports.
    ("Drones attacked two villages on 2024-08-17 in the border region overnight, the regional governor said", None),
]


@pytest.mark.parametrize("line, expected", DATELINES)
def test_publication_date_from_a_dateline(line, expected):
    paragraphs = [("header", "Headline about a thing"), ("header", line),
                  ("body", "The minister said on Friday that the talks would continue next week in the capital.")]
    assert find_published(paragraphs)[0] == expected


def test_event_dates_in_the_body_are_not_the_publication_date():
    paragraphs = [("header", "Drones over the city"),
                  ("body", "Multiple attacks have occurred since the start of the war on Feb. 24, 2022, officials said."),
                  ("body", "The offensive has gone on since May 10 in the north of the region.")]
    assert find_published(paragraphs) == (None, None)


def test_a_sentence_opening_on_a_date_is_no_dateline():
    paragraphs = [("header", "Drones over the city"),
                  ("body", "On 2024-08-17 the governor said that two villages had been shelled by drones from across the border at night.")]
    assert find_published(paragraphs) == (None, None)


def test_published_wins_over_updated():
    paragraphs = [("header", "Updated: June 2, 2024"), ("header", "Published: June 1, 2024"),
                  ("body", "The minister said on Friday that the talks would continue next week.")]
    assert find_published(paragraphs)[0] == D(2024, 6, 1)


def test_a_wire_dateline_without_a_year_picks_the_date_above_it_names():
    paragraphs = [("header", "Thursday, 2 January 2025"), ("header", "30 December 2024, 10:19"),
                  ("header", "Ferry line to reopen in the spring"),
                  ("body", "HARBOURTOWN, 30 December (Example Wire) \u2013 The minister said the ferry would sail again in the spring.")]
    assert find_published(paragraphs)[0] == D(2024, 12, 30)
    # A dateline naming neither date leaves the first one.
    other = paragraphs[:3] + [("body", "HARBOURTOWN, 29 December (Example Wire) \u2013 The minister said the ferry would sail again.")]
    assert find_published(other)[0] == D(2025, 1, 2)


def test_a_bylines_date_wins_over_todays_date_printed_above_the_headline():
    paragraphs = [("header", "Friday July 26, 2024"), ("header", "Ferry line to reopen in the spring"),
                  ("header", "By Example Wire"), ("header", "May 29, 2024"),
                  ("body", "The minister said on Tuesday that the ferry would sail again in the spring.")]
    assert find_published(paragraphs)[0] == D(2024, 5, 29)
    # Without a byline, the first date stays the publication date.
    assert find_published([paragraphs[0], paragraphs[1], paragraphs[3], paragraphs[4]])[0] == D(2024, 7, 26)
    # A wire dateline opening the body wins too, in capitals or not.
    for place in ("HARBOURTOWN", "Harbourtown"):
        wired = [("header", "\u2022 Friday, 27 September 2024"), ("header", "Ferry line to reopen in the spring"),
                 ("body", f"{place}, 6 September 2024 (Example Wire) - The minister said the ferry would sail again in the spring.")]
        assert find_published(wired)[0] == D(2024, 9, 6)


@pytest.mark.parametrize("line, expected", [
    (" date 2024-05 Ferry line to reopen", D(2024, 5, 31)),
    ("Published: February 2024", D(2024, 2, 29)),
    ("date 2023-12", D(2023, 12, 31)),
    ("date 2024-13", None),                    # no such month
    ("The 2023-24 season ended early", None),  # a span of years, no label
])
def test_a_page_dated_to_a_month_only(line, expected):
    paragraphs = [("header", line), ("body", "The minister said on May 28 that the ferry would sail again in the spring.")]
    assert find_published(paragraphs) == (None, None)
    assert find_published_month(paragraphs) == expected


def test_feed_timestamps_after_the_article_are_ignored():
    paragraphs = [("header", "A headline"), ("body", "The minister said the talks would continue next week in Brussels."),
                  ("body", "Another long paragraph of the article that has many words in it for sure."),
                  ("body", "A third paragraph of the article that also has many words in it for sure."),
                  ("body", "A fourth paragraph of the article that also has many words in it for sure."),
                  ("clutter", "January 22, 2025 12:08 PM")]
    assert find_published(paragraphs) == (None, None)


# (frame around the attribution, publication date, expected date, precision) -- None: no date of its own
STATEMENT_DATES = [
    ("Berg said in May that", FRIDAY, D(2024, 5, 1), "month"),
    ("Berg pointed to the elections in May as a turning point, suggesting that", FRIDAY, None, None),   # the event's month, not the words'
    ("Zakharova said on Friday that", FRIDAY, D(2024, 6, 7), "day"),       # the publication day itself
    ("the minister said on Wednesday", THURSDAY, D(2024, 6, 5), "day"),    # the day before
    ("he told reporters on Thursday", FRIDAY, D(2024, 6, 6), "day"),
    ("she said on Saturday", FRIDAY, D(2024, 6, 1), "day"),                # never a future day
    ("said last Friday", FRIDAY, D(2024, 5, 31), "day"),                   # 'last Friday' on a Friday: a week back
    ("said yesterday", FRIDAY, D(2024, 6, 6), "day"),
    ("said today", FRIDAY, D(2024, 6, 7), "day"),
    ("said this morning", FRIDAY, D(2024, 6, 7), "day"),
    ("said last night", FRIDAY, D(2024, 6, 6), "day"),                     # the evening before publication
    ("Holm said the day before that", FRIDAY, D(2024, 6, 6), "day"),
    ("Holm said the day before the vote", FRIDAY, None, None),           # a day before a day the text does not give
    ("said two days ago", FRIDAY, D(2024, 6, 5), "day"),
    ("told reporters 3 days ago", FRIDAY, D(2024, 6, 4), "day"),
    ("said ten days ago", FRIDAY, D(2024, 5, 28), "day"),
    ("said a week ago", FRIDAY, D(2024, 5, 31), "day"),
    ("told reporters one week ago", FRIDAY, D(2024, 5, 31), "day"),
    ("Stoltenberg said at a June 1 press conference.", D(2023, 6, 1), D(2023, 6, 1), "day"),
    ("said at a June 1 press conference", D(2024, 6, 7), D(2024, 6, 1), "day"),
    ("in an interview published on 24 May", FRIDAY, D(2024, 5, 24), "day"),
    ("said on May 30", FRIDAY, D(2024, 5, 30), "day"),
    ("said on December 30", D(2024, 1, 5), D(2023, 12, 30), "day"),         # the year on or before publication
    ("said on Dec. 30, 2022", FRIDAY, D(2022, 12, 30), "day"),
    ("told reporters last week", FRIDAY, D(2024, 5, 27), "week"),
    ("said earlier this week", FRIDAY, D(2024, 6, 3), "week"),
    ("said last month", FRIDAY, D(2024, 5, 1), "month"),
    ("said in May", FRIDAY, D(2024, 5, 1), "month"),
    ("said in November", FRIDAY, D(2023, 11, 1), "month"),
    ("said in 2022", FRIDAY, D(2022, 1, 1), "year"),
    ("Stoltenberg said", FRIDAY, None, None),
    ("said on June 9", FRIDAY, D(2023, 6, 9), "day"),                      # June 9 2024 is after publication
    ("said on Friday that", None, None, None),                           # undated article: no anchor
    ("said at a June 1 press conference", None, None, None),             # no year to put it in
    ("said on June 1, 2023", None, D(2023, 6, 1), "day"),                # a full date needs no anchor
    ("said in 2025", FRIDAY, None, None),                                # after publication: ignored
    ("he told the Sunday Times", FRIDAY, None, None),                    # a newspaper, not a day
    ("she said on Sunday night", FRIDAY, D(2024, 6, 2), "day"),
    # A weekday that dates the event the words are about, not the words.
    ("Whether or not Thursday night's attack succeeded, Holm indicated", FRIDAY, None, None),
    ("After Monday's drone strike, Holm said", FRIDAY, None, None),
    ("Holm said at Monday's briefing", FRIDAY, D(2024, 6, 3), "day"),      # where he spoke: his words' day
]


@pytest.mark.parametrize("frame, published, expected, precision", STATEMENT_DATES)
def test_statement_date_from_the_attribution(frame, published, expected, precision):
    date, phrase = resolve_statement_date(frame, published)
    if expected is None:
        assert date is None
    else:
        assert (date.value, date.precision) == (expected, precision)
        assert phrase and phrase.lower() in frame.lower()


USER_DATES = [
    ("2024-05-28", D(2024, 5, 28), "day"),
    ("28.05.2024", D(2024, 5, 28), "day"),
    ("1 June 2023", D(2023, 6, 1), "day"),
    ("June 1st, 2023", D(2023, 6, 1), "day"),
    ("May 2024", D(2024, 5, 1), "month"),
    ("2024-05", D(2024, 5, 1), "month"),
    ("2024", D(2024, 1, 1), "year"),
    ("  2023-12-31 ", D(2023, 12, 31), "day"),
    ("2024-1-5", D(2024, 1, 5), "day"),          # year first is year-month-day, never day-first
    ("2024/01/05", D(2024, 1, 5), "day"),
    ("2024.1.5", D(2024, 1, 5), "day"),
    ("13/01/2024", D(2024, 1, 13), "day"),       # day first when the year comes last
]


@pytest.mark.parametrize("text, value, precision", USER_DATES)
def test_dates_people_type(text, value, precision):
    parsed = parse_user_date(text)
    assert (parsed.value, parsed.precision) == (value, precision)


@pytest.mark.parametrize("text", ["", "soon", "yesterday", "2024-13", "June 1", "32.01.2024",
                                  "2024-13-01", "2024/13/01", "2024-02-30"])
def test_what_is_not_a_date_is_a_usage_error(text):
    with pytest.raises(UsageError):
        parse_user_date(text)


def test_a_month_or_year_until_includes_all_of_it():
    assert period_end(parse_user_date("May 2024")) == D(2024, 5, 31)
    assert period_end(parse_user_date("2024-02")) == D(2024, 2, 29)
    assert period_end(parse_user_date("2023")) == D(2023, 12, 31)
    assert period_end(parse_user_date("2024-05-28")) == D(2024, 5, 28)


def test_a_dateline_opening_the_first_paragraph():
    paragraphs = [("header", "Headline of the story"), ("body", "June 7, 2024 \u2014 Ukraine said it had hit an airfield deep inside Russia overnight.")]
    assert find_published(paragraphs)[0] == D(2024, 6, 7)
    paragraphs = [("header", "Headline of the story"), ("body", "Since June 7, 2024, Ukraine has hit several airfields deep inside Russia.")]
    assert find_published(paragraphs) == (None, None)
    # The date closing the agency's tag after the place.
    paragraphs = [("body", "HARBOURTOWN (Example News / Example Wire - 07th December, 2022) The port will stay closed, "
                           "the mayor said on Wednesday in a long statement to the press.")]
    assert find_published(paragraphs)[0] == D(2022, 12, 7)
    paragraphs = [("body", "HARBOURTOWN (Example Wire) The port, closed since 07th December, 2022, will open soon, "
                           "the mayor said on Wednesday in a long statement to the press.")]
    assert find_published(paragraphs) == (None, None)


@pytest.mark.parametrize("frame", ["Stoltenberg said on Friday", "at a June 1 press conference", "he told reporters last week",
                                   "she said in May", "the ministry said in 2023", "Peskov said on 28.05.2024", "he said yesterday"])
def test_an_attribution_with_date_words_may_give_a_date(frame):
    assert may_give_a_date(frame)
    assert resolve_statement_date(frame, dt.date(2024, 6, 7))[0] is not None


@pytest.mark.parametrize("frame", ["he said", "Stoltenberg told reporters", "the Kremlin spokesman added, ", "Mayday, he said", ""])
def test_an_attribution_without_date_words_gives_none_whatever_the_day(frame):
    assert not may_give_a_date(frame)
    for published in (None, dt.date(2024, 6, 7), dt.date(1999, 1, 1)):
        assert resolve_statement_date(frame, published) == (None, None)


def test_a_timestamp_to_the_second_run_into_the_first_line_is_the_publication_date():
    paragraphs = [("body", "Which ferry? The Harbour Ministry states it knows nothing about the sale of the ferries "
                           "10/19/2022 15:49:57. Total views 527. Views today \u2014 0."),
                  ("body", "The ministry stated on Monday that the port would stay open through the winter months.")]
    assert find_published(paragraphs)[0] == D(2022, 10, 19)
    # (A date in a long first line without a time to the second is an event the line reports.)
    paragraphs[0] = ("body", "Which ferry? The Harbour Ministry states it knows nothing about the sale of the ferries "
                             "on 10/19/2022. Total views 527. Views today \u2014 0.")
    assert find_published(paragraphs) == (None, None)


@pytest.mark.parametrize("frame", ["she said on 30 September 2024", "she said on September 30, 2024", "at a briefing on 2024-09-30"])
def test_a_day_with_its_year_after_publication_is_never_moved_to_another_year(frame):
    # Published 2023-08-21: the text contradicts its date, so the words are not dated by that day at all.
    assert resolve_statement_date(frame, D(2023, 8, 21)) == (None, None)
    assert resolve_statement_date(frame, D(2024, 10, 1))[0].iso() == "2024-09-30"


def test_a_live_pages_first_entry_stamp_below_a_long_header_dates_the_page():
    header = [("header", "Last Updated:"), ("header", "Harbour LIVE: the ferries are back"),
              ("body", "The ministry has claimed that the ferries will sail. The council denied it and said it had no say."),
              ("header", "Harbour Crisis"), ("header", "| Written By"), ("header", "Anna Berg"), ("header", "Image: Example"),
              ("header", "23:09 IST, May 3rd 2023"), ("header", "How the day unfolded: a quick recap")]
    assert find_published(header)[0] == D(2023, 5, 3)
    # A sentence that mentions a day is no stamp.
    header[7] = ("body", "At 23:09 the ferry left, on May 3rd 2023, for the island.")
    assert find_published(header) == (None, None)


def test_a_bylines_date_below_the_headline_wins_over_the_day_the_page_was_saved_above_it():
    page = [("header", "February 18, 2026 10:16 pm (IST)"), ("header", "Harbour"),
            ("body", "Mayor Anna Berg says a drone hit the same tower in the port that was hit earlier."),
            ("heading", "Harbour news: the mayor says a drone hit the tower again"),
            ("heading", "| @harbourwire | Aug 01, 2023, at 03:58 pm"),
            ("body", "Mayor Anna Berg on Tuesday said a drone hit the same tower in the port that was hit earlier.")]
    assert find_published(page)[0] == D(2023, 8, 1)
    # Without a byline, the date above stays the publication date.
    page[4] = ("heading", "Aug 01, 2023, at 03:58 pm")
    assert find_published(page)[0] == D(2026, 2, 18)


def test_a_publication_label_glued_before_a_caption_still_dates_the_page():
    # A saved page runs its date label into the photo's caption: the caption is dropped, not the date.
    page = [("caption", " date 2025-03-28 Harbour Airport (Photo: wikipedia.org)"),
            ("body", "In the early hours of March 28, the harbour came under drone attack, the mayor said on Friday.")]
    assert find_published(page)[0] == D(2025, 3, 28)
    # A caption's own event is no publication date.
    page[0] = ("caption", "On May 3, drones hit the tower (Photo: Example Wire)")
    assert find_published(page) == (None, None)


def test_a_wire_dateline_a_day_after_the_page_date_is_the_day_weekdays_count_from():
    # The page is dated in another time zone (the 29th, a Tuesday); the wire's dateline says August 30.
    from timeline_cli import extract_article
    article = extract_article(" date 2023-08-29 International\n\n"
                              "HARBOURTOWN, August 30 (Example Wire) - The harbour guard is repelling a drone attack on the port, "
                              "Mayor Anna Berg said early Wednesday.\n\n"
                              "Piet Holm said on Monday that the ferries would sail.")
    assert article.published == D(2023, 8, 29)
    assert [s.date.value for s in article.statements] == [D(2023, 8, 30), D(2023, 8, 28)]
    # Without the dateline, Wednesday is the one before the page's Tuesday.
    article = extract_article(" date 2023-08-29 International\n\n"
                              "The harbour guard is repelling a drone attack on the port, Mayor Anna Berg said early Wednesday.")
    assert [s.date.value for s in article.statements] == [D(2023, 8, 23)]


def test_a_quote_added_with_a_participle_after_dated_words_shares_their_day():
    from timeline_cli import extract_article
    article = extract_article("Port headline\n\nWednesday, 7 August 2024\n\n"
                              "On the morning of 6 August, Governor Anna Berg claimed that drones had tried to reach the port. "
                              "\"The guard prevented the quay from being breached,\" she added, asking residents to \"remain alert\".")
    assert [s.date.value for s in article.statements] == [D(2024, 8, 6), D(2024, 8, 6)]
