import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_cli import extract_article
from timeline_cli.cleaning import UnreadableInput, classify, decode_bytes, ends_sentence, normalise, split_paragraphs


def labels(text: str) -> dict[str, str]:
    return {p.text: p.label for p in classify(split_paragraphs(normalise(text)))}


ARTICLE = """Skip to content
Minister says the bridge will reopen

by Jane Roe May 3, 2024 10:00 AM 2 min read
The minister, pictured at the bridge on May 2, 2024. (John Doe/Getty Images)

The transport minister said on Friday that the bridge would reopen within a month after repairs.

Read more:

Floods hit the north again

Ten things to know about the budget

"We are ahead of schedule and the crews are working around the clock," the minister told reporters.

Subscribe to our newsletter
* indicates required

News Feed

12:08 PM

"This is from another story entirely," another official said on Tuesday.
"""


def test_article_body_is_kept_and_clutter_labelled():
    got = labels(ARTICLE)
    assert got["The transport minister said on Friday that the bridge would reopen within a month after repairs."] == "body"
    # The article resumes after a related-stories list.
    assert got['"We are ahead of schedule and the crews are working around the clock," the minister told reporters.'] == "body"
    assert got["Floods hit the north again"] == "clutter"
    assert got["Ten things to know about the budget"] == "clutter"
    assert got["Subscribe to our newsletter"] == "clutter"
    assert got["* indicates required"] == "clutter"
    assert got["The minister, pictured at the bridge on May 2, 2024. (John Doe/Getty Images)"] == "caption"


def test_a_quote_and_its_speaker_that_lost_the_full_stop_is_body_but_a_heading_is_not():
    quote = "\u201cThis will mean that the alliance is at war with us,\u201d the president told reporters on Thursday, September 12"
    got = labels("A headline\n\nThe president has warned the alliance against lifting the limits on long-range weapons.\n\n"
                 f"{quote}\n\nKyiv seeks flexibility for strikes\n\nThe minister said the talks would continue next week in Brussels.")
    assert got[quote] == "body"
    assert got["Kyiv seeks flexibility for strikes"] == "heading"


def test_a_sentence_introducing_a_list_is_body_but_a_label_with_a_colon_is_a_heading():
    intro = "Details: Holm reported that storms have damaged at least four large ferries in the harbour over the past week:"
    got = labels("A headline\n\nThe harbour commander has summed up a hard week at the port of Lakeside.\n\n"
                 f"{intro}\n\n- 14 August, the ferry Lakeside;\n\nBackground:\n\nThe port has been shut since May, the council said.")
    assert got[intro] == "body"
    assert got["Background:"] == "heading"


def test_news_feed_of_other_stories_is_never_body():
    got = labels(ARTICLE)
    assert got['"This is from another story entirely," another official said on Tuesday.'] == "clutter"


LIVE_BLOG = """Russia-Ukraine war live: Kremlin vows response to strikes

Last updated 7 June 2024, 18:42

18:42

Kremlin spokesman Dmitry Peskov said the Kremlin was aware of the attacks on the airfield.

17:15

Stoltenberg says allies must lift restrictions

NATO Secretary General Jens Stoltenberg said on Friday it was time to lift some of the restrictions.
"""


def test_the_entries_of_a_live_blog_are_body_and_a_feed_without_one_is_not():
    got = labels(LIVE_BLOG)
    assert got["NATO Secretary General Jens Stoltenberg said on Friday it was time to lift some of the restrictions."] == "body"
    assert got["Stoltenberg says allies must lift restrictions"] == "heading"
    # The same page without calling itself live: the timestamps open a feed of other stories.
    got = labels(LIVE_BLOG.replace("war live:", "war:"))
    assert got["NATO Secretary General Jens Stoltenberg said on Friday it was time to lift some of the restrictions."] == "clutter"
    assert got["Kremlin spokesman Dmitry Peskov said the Kremlin was aware of the attacks on the airfield."] == "body"


def test_a_time_alone_before_more_of_the_article_does_not_end_it():
    # "Updated:" and a media player's "0:00" between the standfirst and the story.
    got = labels("A headline about the ferries\n\nThe harbour master said on Monday that the ferries would stay in port.\n\n"
                 "Updated:\n\n0:00\n\nThe harbour master has refused to confirm if the ferries would sail again this winter.\n\n"
                 "\u201cWe will not be drawn on the details of the timetable,\u201d she said.")
    assert got["0:00"] == "clutter"
    assert got["The harbour master has refused to confirm if the ferries would sail again this winter."] == "body"
    assert got["\u201cWe will not be drawn on the details of the timetable,\u201d she said."] == "body"


def test_reports_of_speech_are_news_even_with_furniture_words_and_the_sites_own_channel_is_not():
    got = labels("The governor said on Monday that drones had hit an oil depot near the border overnight.\n\n"
                 "Deputy Chairman Ivan Example wrote on his Telegram channel that the strikes would be answered.\n\n"
                 "Only verified information on our Telegram channel. Do not fall for fakes!\n\n"
                 "Subscribe to our Telegram channel\n\n"
                 "The spokesman said Moscow did not subscribe to the idea that the strikes were self-defence.\n\n"
                 "The minister said he would not sign in advance any new restrictions on the weapons.")
    assert got["Deputy Chairman Ivan Example wrote on his Telegram channel that the strikes would be answered."] == "body"
    # Furniture words in a report of what someone said: still the article.
    assert got["The spokesman said Moscow did not subscribe to the idea that the strikes were self-defence."] == "body"
    assert got["The minister said he would not sign in advance any new restrictions on the weapons."] == "body"
    assert got["Only verified information on our Telegram channel. Do not fall for fakes!"] == "clutter"
    assert got["Subscribe to our Telegram channel"] == "clutter"


def test_a_report_announced_on_a_telegram_channel_is_news():
    # ("in your Telegram channel": a translation's rendering of "in his own", not a site asking to subscribe.)
    got = labels("The governor said on Monday that drones had hit an oil depot near the border overnight.\n\n"
                 "Debris from a drone damaged a roof in Lakeside. About this in your Telegram channel reported Governor Piet Holm.\n\n"
                 "The mayor announced on her Telegram channel that the schools would stay closed on Tuesday.")
    assert got["Debris from a drone damaged a roof in Lakeside. About this in your Telegram channel reported Governor Piet Holm."] == "body"
    assert got["The mayor announced on her Telegram channel that the schools would stay closed on Tuesday."] == "body"


def test_teaser_card_of_another_story_is_clutter():
    text = ("Officials met in Oslo on Thursday to discuss the summit and the results of the talks.\n\n"
            "Ukraine war latest: drones hit Moscow\n\n"
            "Key developments on May 30: the talks went on and officials agreed that the deli\u2026\n\n"
            "The foreign minister said that the talks would continue next week in Brussels.")
    got = labels(text)
    assert got["Ukraine war latest: drones hit Moscow"] == "clutter"
    assert got["The foreign minister said that the talks would continue next week in Brussels."] == "body"


def test_a_read_also_headline_glued_to_the_next_sentence_is_cut_off_it():
    text = ("The minister spoke to the press in the capital on Monday about the plan.\n\n"
            "Read also: Ferries return to the harbour - Port AuthorityWhen asked about the quay, the minister said "
            "that it would reopen in May.\n\n"
            "Read also: McDonald opens a new restaurant at the port of Harbourville this week")
    got = labels(text)
    assert got["Read also: Ferries return to the harbour - Port Authority"] == "clutter"
    assert got["When asked about the quay, the minister said that it would reopen in May."] == "body"
    # No sentence is glued on here: "McDonald" is a name, and the line stays one teaser.
    assert got["Read also: McDonald opens a new restaurant at the port of Harbourville this week"] == "clutter"


def test_pager_in_capitals_is_clutter_but_a_sentence_starting_with_next_is_not():
    got = labels("The minister spoke to the press in the capital on Monday about the plan.\n\n"
                 "Next week, the minister said, the plan will go to parliament for a vote.\n\n"
                 "NEXT Fire destroys a dacha")
    assert got["Next week, the minister said, the plan will go to parliament for a vote."] == "body"
    assert got["NEXT Fire destroys a dacha"] == "clutter"


def test_mojibake_is_repaired_and_controls_removed():
    broken = "It\u00e2\u0080\u0099s the \u00e2\u0080\u009cright\u00e2\u0080\u009d \x1b[31mred\x1b[0m\x07 text"
    assert normalise(broken) == "It\u2019s the \u201cright\u201d red text"


@pytest.mark.parametrize("word", ["Z\u00fcrich", "Krak\u00f3w", "\u20ac5 bn", "Pe\u0161kov", "na\u00efve \u2014 \u201cright\u201d"])
def test_two_and_three_byte_mojibake_is_repaired(word):
    # UTF-8 bytes read as Windows-1252 (its five unused bytes as C1 controls, as browsers do):
    # a two-byte letter becomes "\u00c3\u00bc", a three-byte sign "\u00e2\u201a\u00ac".
    broken = "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in word.encode("utf-8"))
    assert broken != word
    assert normalise(f"In {broken}, he said.") == f"In {word}, he said."


@pytest.mark.parametrize("lost", ["", "\ufffd"])
def test_a_closing_mark_whose_last_byte_was_lost_closes_again(lost):
    # "\u201d" is E2 80 9D, and 9D has no Windows-1252 character: decoders drop it or show "\ufffd".
    broken = f"\u00e2\u20ac\u0153We will respond,\u00e2\u20ac{lost} she said. \u201cNo more,\u00e2\u20ac{lost} he said."
    assert normalise(broken) == "\u201cWe will respond,\u201d she said. \u201cNo more,\u201d he said."
    # And the quote it closes is a statement, with the words after it read too.
    article = extract_article("A headline\n\nJune 3, 2024\n\n\u201cWe will keep hitting the depots,\u00e2\u20ac{} Anna Berg said on Monday. "
                              "Piet Holm said that the port would stay closed.".format(lost))
    assert [(s.speaker, s.text) for s in article.statements] == [("Anna Berg", "We will keep hitting the depots"),
                                                                 ("Piet Holm", "the port would stay closed.")]


def test_html_entities_of_a_pages_source_are_the_characters_they_stand_for():
    assert normalise("&quot;We will respond,&quot; she said of the port&#8217;s gates &amp; the ferry&#x2019;s crew&nbsp;today.") == (
        "\"We will respond,\" she said of the port\u2019s gates & the ferry\u2019s crew today.")
    # An ampersand that starts no entity stays; a control character written as an entity becomes none.
    assert normalise("AT&T and R&D spoke &#27;[31mred") == "AT&T and R&D spoke [31mred"


def test_clean_text_is_left_alone():
    text = "Zürich, Kraków and São Paulo \u2014 \u201cquoted\u201d \u00e0 la carte"
    assert normalise(text) == text


def test_hard_wrapped_prose_is_one_paragraph():
    paragraphs = split_paragraphs("The minister said the plan was\nready and would be signed.\nA new line.")
    assert [p.text for p in paragraphs] == ["The minister said the plan was\nready and would be signed.", "A new line."]


def test_decoding_utf8_cp1252_and_refusals():
    assert decode_bytes("caf\u00e9".encode()) == ("caf\u00e9", None)
    text, warning = decode_bytes("caf\u00e9 \u201cquoted\u201d".encode("cp1252"))
    assert text == "caf\u00e9 \u201cquoted\u201d" and "Windows-1252" in warning
    with pytest.raises(UnreadableInput, match="empty"):
        decode_bytes(b"  \n ")
    with pytest.raises(UnreadableInput, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


@pytest.mark.parametrize("line", [
    "Advertisement", "ADVERTISEMENT", "Share this article", "Share on Facebook", "Follow us on Google News",
    "Leave a Comment", "12 Comments", "\u00a9 2024 Daily Courier. All rights reserved.", "Cookie policy: we use cookies, accept all",
    "Tags: Ukraine, Russia, NATO", "Photo: Reuters", "Click here to download our app", "Listen to this article",
    "Three years of reporting, funded by our readers \u2014 become a member now and help us prepare for 2025.",
    "Goal: 1,000 new members for our birthday. Gift a membership to your friend.", "Become a member Support us just once",
])
def test_ads_share_buttons_comments_and_footers_are_clutter(line):
    text = ("The minister said on Friday that the bridge would reopen within a month after repairs.\n\n"
            f"{line}\n\n"
            "The minister added that the repairs had cost more than planned but were now finished.")
    got = labels(text)
    assert got[line] == "clutter"
    assert got["The minister said on Friday that the bridge would reopen within a month after repairs."] == "body"


def test_membership_and_donations_in_a_sentence_of_news_are_body():
    text = ("The minister said on Friday that the bridge would reopen within a month after repairs.\n\n"
            "Talks on membership cannot start while the war goes on, and allies donate more each month.")
    assert set(labels(text).values()) == {"body"}


def test_end_markers_above_the_article_do_not_swallow_it():
    got = labels("Latest news\n\nTrending\n\n12 Comments\n\nHeadline of the story here\n\n"
                 "The minister said on Friday that the bridge would reopen within a month after repairs.")
    assert got["The minister said on Friday that the bridge would reopen within a month after repairs."] == "body"
    assert got["Latest news"] == got["12 Comments"] == "clutter"


# What `ends_sentence` replaced: a regex search, the definition it must keep.
_TERMINAL_REGEX = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*$")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=".!?\u2026\"'\u201d\u2019\u00bb)]\n :a\u201c(", max_size=12))
def test_ends_sentence_agrees_with_the_terminal_punctuation_regex(text):
    assert ends_sentence(text) == (_TERMINAL_REGEX.search(text) is not None)


@pytest.mark.parametrize("line, ends", [
    ("He left.", True), ('"We will win."', True), ("(See below.)", True), ("Wait\u2026\u201d", True),
    ("Read more:", False), ("Kyiv, June 1", False), ("", False), ('"', False), ("Done.\n", True),
])
def test_ends_sentence_on_lines(line, ends):
    assert ends_sentence(line) is ends


def test_runs_of_spaces_become_one_space_and_unicode_separators_break_lines():
    assert normalise("The port  is\u2003shut \t\u00a0 today.\n\n  Next") == "The port is shut today.\n\n Next"
    assert normalise("First paragraph.\u2029Second line\u2028third line") == "First paragraph.\n\nSecond line\nthird line"
    assert [p.text for p in split_paragraphs(normalise("One.\u2029Two."))] == ["One.", "Two."]


def test_curly_quotation_marks_glued_to_words_are_set_apart():
    assert normalise("admitting that\u201ctrue peace\u201d is far") == "admitting that \u201ctrue peace\u201d is far"
    assert normalise("\u201cThe port will stay open\u201dhe said.") == "\u201cThe port will stay open\u201d he said."
    # Where low marks open quotes, the high one closes them after the last word: left alone.
    assert normalise("\u201eDer Hafen bleibt offen\u201c, sagte er.") == "\u201eDer Hafen bleibt offen\u201c, sagte er."


def test_a_quote_glued_to_its_attribution_is_read():
    from timeline_cli.extract import extract_article
    article = extract_article("A headline about the port\n\nMarch 4, 2024\n\nPiet Holm thanked the crews for the season.\n\n"
                              "\u201cFrom now on, the port will always have its own ferries\u201dhe said in the harbour.")
    assert [(s.speaker, s.text) for s in article.statements] == [
        ("Piet Holm", "From now on, the port will always have its own ferries")]


def test_a_caption_shortcode_left_in_the_text_marks_a_caption():
    got = labels("A headline\n\nThe mayor spoke to the council on Monday about the port and the ferries.\n\n"
                 "The mayor has been angered by the storm that closed the port[/caption]\n\n"
                 "But she refused to say when the ferries would sail again.")
    assert got["The mayor has been angered by the storm that closed the port[/caption]"] == "caption"
    assert got["But she refused to say when the ferries would sail again."] == "body"


def test_a_reporters_appeal_for_donations_is_clutter_not_the_articles_lead():
    text = ("Your support helps us to tell the story\n"
            "As your White House correspondent, I ask the tough questions and seek the answers that matter.\n"
            "Your support enables me to be in the room, pressing for transparency and accountability.\n"
            "Your donation makes it possible for us to keep doing this important work, keeping you informed\n"
            "The harbour minister said on Friday that the ferries would sail again within a month after repairs.\n")
    got = labels(text)
    assert got["Your support helps us to tell the story"] == "clutter"
    assert got["As your White House correspondent, I ask the tough questions and seek the answers that matter."] == "clutter"
    assert got["Your donation makes it possible for us to keep doing this important work, keeping you informed"] == "clutter"
    assert got["The harbour minister said on Friday that the ferries would sail again within a month after repairs."] == "body"
    # A quote that thanks readers for their support is the article's, not an appeal.
    assert labels('"We thank everyone for your support this winter," the harbour minister said on Friday.\n')[
        '"We thank everyone for your support this winter," the harbour minister said on Friday.'] == "body"


def test_a_line_opened_by_a_sites_address_never_continues_the_line_above():
    paragraphs = split_paragraphs("Harbourland says the ferry is safe Related news\nexample.com.trHARBOURTOWN The ministry said on Monday ...")
    assert [p.text for p in paragraphs] == ["Harbourland says the ferry is safe Related news",
                                            "example.com.trHARBOURTOWN The ministry said on Monday ..."]
    # A hard-wrapped line in lower case still does.
    assert len(split_paragraphs("The minister said the ferry was\nexpected to sail on Monday.")) == 1


def test_a_closing_mark_that_opens_a_paragraph_is_left_glued_to_its_words():
    text = "The ministry said: \u201cWe act.\u201d\n\n\u201dOn the morning of May 5, drones were shot down.\u201d"
    assert normalise(text) == text
    from timeline_cli.extract import extract_article
    article = extract_article("A headline about the port\n\nMarch 4, 2024\n\n"
                              "The Harbourland Ministry of Defence has announced that it shot down two drones. The statement reads below;\n\n"
                              "\u201dOn the morning of March 3, drones tried to strike the port.\u201d\n\n"
                              "The ministry continued: \u201cThe port is safe.\u201d")
    assert [s.text for s in article.statements] == ["it shot down two drones.", "On the morning of March 3, drones tried to strike the port.",
                                                    "The port is safe."]


def test_a_ticker_of_other_stories_headlines_in_one_line_is_clutter():
    ticker = ("Mayor meets the ferry crews in Harbourtown | Council Spotlight: the budget for 2026 | Storm closes the quay "
              "again | Port workers granted a new contract | Ferry prices rise by 2% in January as fuel costs surge")
    got = labels(f"A headline about the port\n\n{ticker}\n\nThe mayor said on Monday that the port would reopen for the ferries.")
    assert got[ticker] == "clutter"
    assert got["The mayor said on Monday that the port would reopen for the ferries."] == "body"


def test_a_past_report_without_its_full_stop_is_still_body_and_topics_of_interest_end_the_article():
    # A saved page lost the last full stop; "said that" is no headline's wording ("says" is).
    text = ("Harbour airports operating normally after partial restrictions\n\n"
            "The minister said on Friday that the bridge would reopen within a month after repairs.\n\n"
            "Earlier, Mayor Anna Berg said that the harbour guard had thwarted an attack on the port in the north district\n\n"
            "Other Topics of Interest\n\n"
            "Piet Holm said the mainland has exposed 11 networks spying for the islands so far this year.")
    got = labels(text)
    assert got["Earlier, Mayor Anna Berg said that the harbour guard had thwarted an attack on the port in the north district"] == "body"
    assert got["Other Topics of Interest"] == "clutter"
    assert got["Piet Holm said the mainland has exposed 11 networks spying for the islands so far this year."] == "clutter"


def test_a_printed_pages_line_break_hyphens_are_joined():
    # "in\u2010 frastructure": a print edition's hyphen with the line end left as a space; a real compound keeps its hyphen.
    assert normalise("oil and gas in\u2010 frastructure, acknowl\u2010 edged by a well\u2010known analyst") == (
        "oil and gas infrastructure, acknowledged by a well\u2010known analyst")


def test_a_web_page_becomes_its_headline_date_and_paragraphs_and_broken_markup_still_reads():
    from timeline_cli.html_text import html_to_text, looks_like_html
    page = ("<!doctype html><html><head><title>Port reopens</title><meta name=\"date\" content=\"2023-06-01\"></head>"
            "<body><header><nav>Home | News</nav></header><h1>Port reopens</h1><p>The mayor said the port would&nbsp;reopen.</p>"
            "<p>It closed in May.<br>Ships wait.</p><footer>Copyright</footer><script>alert(1)</script></body></html>")
    assert looks_like_html(page)
    assert html_to_text(page) == "date 2023-06-01\n\nPort reopens\n\nThe mayor said the port would reopen.\n\nIt closed in May.\n\nShips wait."
    # Plain text that mentions a tag is no page.
    assert not looks_like_html("The minister wrote <b>urgent</b> in the memo and said the port would reopen.")
    # A declaration html.parser refuses: the tags are dropped, the words kept.
    broken = "<!DOCTYPE html><p>The mayor said the port would reopen.</p><![x<p>Ships wait.</p>"
    assert "The mayor said the port would reopen." in html_to_text(broken) and "Ships wait." in html_to_text(broken)


def test_a_page_without_date_meta_tags_is_dated_by_its_structured_data():
    from timeline_cli.html_text import html_to_text
    article = ('{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Example Wire"}, '
               '{"@type": ["NewsArticle"], "headline": "Port reopens", "datePublished": "2024-06-01T23:40:00-04:00"}]}')
    related = '{"@type": "ItemList", "itemListElement": [{"@type": "NewsArticle", "datePublished": "2020-01-01"}]}'
    page = ("<!doctype html><html><head><title>Port reopens</title>"
            f"<script type=\"application/ld+json\">{related}</script>"
            f"<script type=\"application/ld+json\">{article}</script></head>"
            "<body><h1>Port reopens</h1><p>The mayor said the port would reopen.</p>"
            "<p>Updated <time datetime=\"2024-06-03\">Monday</time></p></body></html>")
    text = html_to_text(page)
    # The article's own day as the page wrote it (not a related story's, not converted to UTC), and no JSON in the text.
    assert text.startswith("date 2024-06-01\n\nPort reopens\n\nThe mayor said")
    assert "@type" not in text
    # Broken structured data is ignored; a <time> in the page dates it then.
    assert html_to_text(page.replace(article, '{"@type": "NewsArticle", "datePublished": ')).startswith("date 2024-06-03")
    # A meta tag still wins.
    dated = page.replace("<title>", "<meta property=\"article:published_time\" content=\"2024-05-31T10:00:00Z\"><title>")
    assert html_to_text(dated).startswith("date 2024-05-31")


def test_a_headline_of_25_words_without_a_full_stop_is_the_title_not_a_statement():
    headline = ("Anna Berg believes that it is useless for Harbourland to allow Northvale to carry out missile "
                "attacks deep into the territory of the Lakeside Federation and its ports")
    text = headline + "\n\nAnna Berg commented on her channel on the decision.\n\nAccording to her, it is not clear why.\n"
    article = extract_article(text)
    assert article.title == headline
    assert [s.text for s in article.statements] == ["it is not clear why."]
    # A first paragraph that reports in the past, or ends its sentence, is the body.
    for first in (headline.replace("believes", "said"), headline + "."):
        article = extract_article(first + "\n\nAnna Berg commented on her channel on the decision.\n")
        assert article.title is None and len(article.statements) == 1


def test_a_headline_line_that_carries_its_date_is_the_title_but_a_date_stamp_or_a_clock_is_not():
    text = ("Department Press Briefing \u2013 May 23, 2023\n\n1:18 p.m. EDT\n\n"
            "MR HOLM: Good afternoon, everyone.\n\nQUESTION: Welcome.\n\nMR HOLM: The port is open again today.\n")
    assert extract_article(text).title == "Department Press Briefing \u2013 May 23, 2023"
    text = "Published: May 23, 2023 10:15 AM\n\n1:18 p.m. EDT\n\nAnna Berg said the port is open again today.\n"
    assert extract_article(text).title is None


def test_a_date_label_under_the_headline_is_no_continuation_of_it():
    text = ("Harbour Ministry Keeps Watch After Reports Of Ferry Plans - Port\n"
            " date 2024-11-19 International\n"
            "The port is monitoring the situation very closely, Harbour Minister Anna Berg said on Tuesday.\n")
    article = extract_article(text)
    assert article.title == "Harbour Ministry Keeps Watch After Reports Of Ferry Plans - Port"
    assert article.published == dt.date(2024, 11, 19)
    assert [s.date.iso() for s in article.statements] == ["2024-11-19"]


def test_a_utf8_text_with_a_few_stray_bytes_keeps_its_utf8_and_reads_the_strays_as_cp1252():
    raw = ("\u201cWe will reopen the port,\u201d Harbour Minister Anna Berg said in Caf\u00e9 Nord.\n".encode()
           + b"The owner called it a f\xeate.\n")
    text, warning = decode_bytes(raw)
    assert text.startswith("\u201cWe will reopen the port,\u201d") and "f\u00eate" in text
    assert "stray" in warning
    article = extract_article("Port to reopen\n\n" + text)
    assert [(s.speaker, s.text) for s in article.statements] == [("Anna Berg", "We will reopen the port")]
    # A text with no UTF-8 in it at all is still read as Windows-1252 throughout.
    text, warning = decode_bytes("\u201cquoted\u201d f\u00eate".encode("cp1252"))
    assert text == "\u201cquoted\u201d f\u00eate" and "Windows-1252" in warning
