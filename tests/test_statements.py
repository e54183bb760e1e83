"""Extraction on short texts written for these tests (never the seed sentences)."""
import datetime as dt

import pytest

from timeline_cli import extract_article, statements
from timeline_cli.speakers import find_names

HEAD = "A headline about the talks\n\nMarch 4, 2024\n\n"


def assert_offsets(article, statement) -> None:
    """Provenance: the offsets point at exactly the statement's words (a joined quote spans its paragraphs)."""
    span = article.text[statement.start:statement.end]
    if statement.kind == "indirect" or "\u2026" not in statement.text:
        first, last = statement.text.split()[0], statement.text.split()[-1]
        assert span.startswith(first) and span.rstrip().endswith(last), (span, statement.text)
    if statement.kind == "indirect" and "\u2026" not in statement.text:
        assert span == statement.text
    elif statement.kind == "indirect":
        # Words around an attribution set inside them ("Kyiv, X said, has the right"): both parts, in order.
        head, tail = statement.text.split(" \u2026 ", 1)
        assert span.startswith(head) and span.endswith(tail), (span, statement.text)


def found(body: str, published_line: bool = True) -> list[tuple[str, str, str]]:
    article = extract_article((HEAD if published_line else "A headline about the talks\n\n") + body)
    for s in article.statements:
        assert_offsets(article, s)
    return [(s.speaker, s.text, s.kind) for s in article.statements]


def speakers_of(body: str) -> list[str]:
    return [speaker for speaker, _, _ in found(body)]


def test_quote_then_speaker_and_speaker_then_quote():
    got = found('"We will not stop until the work is done," Finance Minister Anna Berg said on Monday.\n\n'
                'Berg added: "The budget is ready and parliament will vote on it next week."')
    assert got[0][:2] == ("Anna Berg", "We will not stop until the work is done")
    assert got[1][:2] == ("Anna Berg", "The budget is ready and parliament will vote on it next week.")
    assert {kind for *_, kind in got} == {"direct"}


def test_inverted_attribution_with_role_after_name():
    got = found('\u201cThe line is holding and the reserves have arrived,\u201d says Petro Ivanenko of the General Staff.')
    assert got == [("Petro Ivanenko", "The line is holding and the reserves have arrived", "direct")]


def test_curly_guillemet_and_low_quotes():
    got = found('\u00abWe are ready to talk at any time and in any place,\u00bb Foreign Minister Karl Weber said.\n\n'
                '\u201eThe door remains open for a deal this year,\u201c Weber told reporters.')
    assert [g[1] for g in got] == ["We are ready to talk at any time and in any place", "The door remains open for a deal this year"]
    assert speakers_of('\u00abWe are ready to talk at any time and in any place,\u00bb Foreign Minister Karl Weber said.') == ["Karl Weber"]


def test_a_quote_inside_a_quote_in_the_same_curly_marks_keeps_the_outer_quote_whole():
    body = ("Mayor Anna Berg spoke on Friday.\n\n"
            "\u201cThe ferries are not \u201cfloating hotels\u201d, so there must be a plan for the winter,\u201d she said.\n\n"
            # (An opening mark again with one closing mark after it: the first was never closed.)
            "\u201cThe port is closed. \u201cThe crews went home,\u201d Piet Holm said.")
    assert found(body) == [("Anna Berg", "The ferries are not \u201cfloating hotels\u201d, so there must be a plan for the winter", "direct"),
                           ("Piet Holm", "The crews went home", "direct")]


def test_a_name_after_an_aside_set_off_by_dashes_is_the_subject():
    body = ("Harbour Minister Anna Berg spoke to the council.\n\n"
            "When pressed about the mayor\u2019s plans for the ferries\u2014which the council did not endorse\u2014Berg "
            "stated, \u201cWe are not ruling out any options.\u201d")
    assert found(body) == [("Anna Berg", "We are not ruling out any options.", "direct")]


def test_quote_split_by_attribution_keeps_speaker():
    got = found('"The first part of the plan is ready," she said, "and the second part will follow in May."\n\n'
                'Deputy Prime Minister Olga Marsh spoke after the meeting in Kyiv on Tuesday evening.', )
    # "she" has no antecedent before the quote: no guess.
    assert got == []
    got = found('Deputy Prime Minister Olga Marsh spoke after the meeting in the capital on Tuesday evening.\n\n'
                '"The first part of the plan is ready," she said, "and the second part will follow in May."')
    assert [(s, t) for s, t, _ in got] == [("Olga Marsh", "The first part of the plan is ready"),
                                          ("Olga Marsh", "and the second part will follow in May.")]


def test_quote_running_over_two_paragraphs_is_one_statement():
    got = found('Defence Secretary Tom Hale continued, "This is the first point of the plan we made.\n\n'
                'And this is the second point, which follows from it."')
    assert got == [("Tom Hale", "This is the first point of the plan we made. And this is the second point, which follows from it.", "direct")]


def test_a_quote_continued_in_the_next_paragraph_ends_without_the_attributions_comma():
    article = extract_article(HEAD + 'Chief of staff Tom Hale said Russia "must feel the consequences" of its attacks.\n\n'
                              '"We will continue. This is our land and our right.\n\n'
                              '"Nobody can take this right from us," Hale added.')
    last = article.statements[-1]
    assert last.text == "We will continue. This is our land and our right. Nobody can take this right from us"
    assert article.text[last.end - 2 : last.end] == "us"   # the offsets end with the words too


def test_quote_only_paragraph_continues_previous_speaker():
    got = found('Ambassador Lena Frost said the talks had gone well and that a deal was close.\n\n'
                '"We have never been this close to an agreement in ten years of talks."')
    assert [s for s, _, _ in got] == ["Lena Frost", "Lena Frost"]


def test_an_author_boxs_tagline_in_quotation_marks_is_not_the_last_speakers_words():
    body = ("Mayor Anna Berg called the plan \u201cwrong and dangerous\u201d for the port.\n\n"
            "\u201cFreelance writer. Coffee lover. Web scholar. Music fan.\u201d\n\n"
            "Governor Piet Holm said the ferries would sail.\n\n"
            # (Terse words of the speaker stay theirs.)
            "\u201cThe port is closed. The crews wait. We will open soon.\u201d")
    assert [(s, t) for s, t, _ in found(body)] == [("Anna Berg", "called the plan \u201cwrong and dangerous\u201d for the port."),
                                                  ("Piet Holm", "the ferries would sail."),
                                                  ("Piet Holm", "The port is closed. The crews wait. We will open soon.")]


def test_colon_introduction():
    assert found('Chancellor Max Richter said: "Our support will last as long as it is needed."') == [
        ("Max Richter", "Our support will last as long as it is needed.", "direct")]


def test_a_statement_released_before_a_colon_introduces_the_quote_below():
    body = ("The port was hit on Monday night.\n\n"
            "Mayor Anna Berg released an ironic statement about the attack on the port:\n\n"
            "\u201cI am grateful to the harbour crews for the work they did.\u201d\n\n"
            "After the meeting on Tuesday, Piet Holm gave his first address as the new governor:\n\n"
            "\u201cWe stand together and we will rebuild the port.\u201d\n\n"
            # (Something else made, and no one named: nobody's words.)
            "The ferries made their way back to the port:\n\n"
            "\u201cHome again after a long week at sea.\u201d")
    assert found(body) == [("Anna Berg", "I am grateful to the harbour crews for the work they did.", "direct"),
                           ("Piet Holm", "We stand together and we will rebuild the port.", "direct")]


def test_partial_quote_inside_reported_speech_is_one_statement():
    got = found('Spokeswoman Irina Volkova has said that the shelling was a "clear provocation by the other side."')
    assert len(got) == 1
    speaker, text, _ = got[0]
    assert speaker == "Irina Volkova" and "clear provocation by the other side" in text


def test_reported_speech_frames():
    body = ("President Ana Ruiz said that the border would stay open through the winter.\n\n"
            "Ruiz also told reporters on Tuesday that talks with the neighbours were going well.\n\n"
            "According to Ruiz, the new road will open in the spring.\n\n"
            "The health minister, asked about the hospitals, said that the beds were enough.\n\n"
            "Health Minister Carl Moss reiterated that no hospital would close this year.\n\n"
            "Moss warned that the flu season could be hard for the old.")
    got = found(body)
    texts = [t for _, t, _ in got]
    assert "the border would stay open through the winter." in texts
    assert "talks with the neighbours were going well." in texts
    assert "the new road will open in the spring." in texts
    assert "no hospital would close this year." in texts
    assert "the flu season could be hard for the old." in texts
    assert all(kind == "indirect" for _, _, kind in got)
    speakers = dict((t, s) for s, t, _ in got)
    assert speakers["the new road will open in the spring."] == "Ana Ruiz"
    assert speakers["the beds were enough."] == "Carl Moss"   # "The health minister" named later: role resolved
    # After a connective or a page's section label too: "For example, according to Ruiz, ...", "Details: According to ...".
    assert found("President Ana Ruiz spoke in the capital.\n\nFor example, according to Ruiz, the new bridge will open in May.\n\n"
                 "Details: According to Ruiz, the old bridge will close in June.") == [
        ("Ana Ruiz", "the new bridge will open in May.", "indirect"),
        ("Ana Ruiz", "the old bridge will close in June.", "indirect")]


def test_predicate_verbs_keep_the_predicate():
    got = found("Opposition leader Marta Nowak denied any part in the leak.\n\n"
                "Nowak accused the government of hiding the report from the public.")
    assert got == [("Marta Nowak", "denied any part in the leak.", "indirect"),
                   ("Marta Nowak", "accused the government of hiding the report from the public.", "indirect")]


def test_titles_and_appositions_give_the_bare_name():
    body = ("U.K. Foreign Secretary James Mills said that the embassy would reopen.\n\n"
            "Maria Petrova, a spokeswoman for the foreign ministry, said that the talks had failed.\n\n"
            "NATO's Secretary General Jan Olsen has said the alliance is ready.")
    assert speakers_of(body) == ["James Mills", "Maria Petrova", "Jan Olsen"]


def test_surname_pronoun_and_role_resolve_to_the_full_name():
    body = ("Alliance Secretary General Jan Olsen met ministers in Brussels on Thursday morning.\n\n"
            "Olsen said that the allies agreed on the plan.\n\n"
            '"We are united," he said.\n\n'
            'The alliance chief added, "We will meet again in June."\n\n'
            'The Secretary General said that the plan was final.')
    assert set(speakers_of(body)) == {"Jan Olsen"} and len(speakers_of(body)) == 4


def test_the_head_of_an_institution_is_the_person_given_a_role_there_not_any_leader():
    named = ("Port Authority chief Eva Lind met Harbourland's Secretary of Transport Piet Holm, who discussed the ferries.\n\n")
    assert speakers_of(named + "Earlier, the head of the Port Authority criticised the closure of the quay.") == ["Eva Lind"]
    assert speakers_of(named + "Earlier, the head of the Fisheries Agency criticised the closure of the quay.") == []
    # "Secretary of Transport" is his title; his name is "Piet Holm".
    assert speakers_of(named + "The Secretary of Transport said that the ferries would wait.") == ["Piet Holm"]


def test_a_country_named_before_a_role_finds_the_person_given_the_role_with_its_adjective():
    named = ("British Foreign Secretary Tom Exemplar visited Kyiv on Thursday. Ukrainian Foreign Minister Ivo Sample "
             "met him there.\n\n")
    assert speakers_of(named + "Ukraine's foreign minister said that the weapons would be used against targets in Russia.\n\n"
                       "Britain's top diplomat said that the aid package was crucial for the army.") == ["Ivo Sample", "Tom Exemplar"]
    # Another country's minister is not one of them; nor is a country with a similar name.
    assert speakers_of(named + "Russia's foreign minister said that the visit was a provocation.") == ["Russia's foreign minister"]
    assert speakers_of("Australian Foreign Minister Ann Example spoke on Friday.\n\n"
                       "Austria's foreign minister said that the talks were useful.") == ["Austria's foreign minister"]


def test_he_after_someone_the_article_does_not_name_is_not_the_person_named_before():
    body = ("Deputy minister Pal Example warned that permission to strike deep into Russia could change the conflict.\n\n"
            "The Russian president noted that strikes on Russian territory would mean the alliance's involvement. "
            "According to him, such a decision would change the entire nature of the conflict.\n\n")
    assert speakers_of(body) == ["Pal Example"]
    # Once the person is named again, "he" is theirs once more.
    assert speakers_of(body + "Example said that Russia would respond. He added that the West was responsible.") == ["Pal Example"] * 3


def test_the_official_is_not_a_president_named_paragraphs_before():
    body = ("President Pal Example has authorized the use of American weapons against targets in Russia.\n\n"
            "Russian forces have made gains in the region following a surprise offensive close to the border.\n\n"
            "The US official emphasized that the policy prohibiting the use of Army Tactical Missile Systems (ATACMS) "
            "inside Russia remains unchanged. When asked by a broadcaster whether the policy included aircraft, the "
            "official responded, \u201cWe have never told them they cannot shoot down a plane that is coming to attack them.\u201d")
    assert found(body) == []
    # Right after a titled person is named, "the official" is still that person.
    assert speakers_of("Deputy Minister Ivo Sample visited the border on Monday.\n\n\u201cWe will answer every strike on our "
                       "territory,\u201d the official said.") == ["Ivo Sample"]


def test_a_surname_shared_by_many_people_means_the_one_named_last():
    named = "".join(f"Person{i} Example met the delegation. " for i in range(40))
    body = (named + "\n\nAnna Example, the deputy minister, arrived later.\n\nExample said that the talks had failed.\n\n"
            "Boris Example, the envoy, arrived next.\n\nExample said that the talks would resume.")
    assert speakers_of(body) == ["Anna Example", "Boris Example"]


def test_two_transliterations_of_one_surname_are_one_speaker():
    body = ("Adviser Mykhailo Examplyak said that the report was fictitious.\n\n"
            "Exampliak said that no one would dictate the conditions of the war to Ukraine.")
    assert speakers_of(body) == ["Mykhailo Examplyak"] * 2
    assert speakers_of("President Volodymyr Samplenskyy spoke in Kyiv on Friday evening.\n\n"
                       "\u201cWe need long-range permits for our army,\u201d Samplensky said.") == ["Volodymyr Samplenskyy"]
    # Short names are left alone: "Kim" and "Kimm" may be two people.
    assert speakers_of("Anna Kim said that the talks failed. Boris Kimm said that they did not.") == ["Anna Kim", "Boris Kimm"]


def test_a_quote_labelled_with_its_speaker_is_theirs_and_an_unknown_label_gives_nobody():
    assert speakers_of("The minister spoke at length.\n\nQuote from Pal Example: \"We will strike back at every target "
                       "inside Russia that attacks us.\"") == ["Pal Example"]
    assert found("Lavrenko said that the talks had failed.\n\nQuote from the ministry: \"We will strike back at every target "
                 "inside Russia that attacks us.\"") == [("Lavrenko", "the talks had failed.", "indirect")]


def test_words_without_quotation_marks_closed_by_a_dash_and_the_speaker_after_the_verb():
    got = found("The minister spoke in the evening.\n\nWe need long-range permits, and we need your missiles. We cannot "
                "postpone vital decisions - said the President of Ukraine, Pal Example.")
    assert got == [("Pal Example", "We need long-range permits, and we need your missiles. We cannot postpone vital decisions",
                    "indirect")]


def test_words_referred_back_to_leave_out_the_pages_date_label():
    article = extract_article(" date 2024-08-31 Terror is stopped by strikes on military airfields, bases and logistics.\n\n"
                              "This was announced by the President of Ukraine Pal Example in his evening address.")
    [statement] = article.statements
    assert (statement.speaker, statement.text) == ("Pal Example", "Terror is stopped by strikes on military airfields, bases and logistics.")
    assert article.published == dt.date(2024, 8, 31)


def test_a_name_given_with_a_middle_name_elsewhere_is_one_speaker_at_its_fullest():
    body = ("Foreign Minister Sergey Example said that the response would already be in effect.\n\n"
            "\"We will find out about it,\" Example said.\n\n"
            "Details\n\nSergey Viktorovich Example (born 1950) is a diplomat who has served as foreign minister since 2004.")
    assert speakers_of(body) == ["Sergey Viktorovich Example"] * 2
    # Another first name is another person.
    assert speakers_of("Anna Example said that the talks failed. Boris Example said that they did not.") == ["Anna Example", "Boris Example"]


def test_unnamed_speakers_keep_their_role_and_institutions_their_name():
    body = ("Meanwhile, a U.S. State Department spokesperson said that the sanctions would stay.\n\n"
            "The Russian Foreign Ministry said that the talks were over.\n\n"
            "The Kremlin said that it had no comment.")
    assert speakers_of(body) == ["U.S. State Department spokesperson", "Russian Foreign Ministry", "Kremlin"]


def test_an_unknown_role_is_not_guessed():
    assert found("The spokesman said that the meeting had been cancelled.") == []


def test_quotes_without_a_speaker_and_scare_quotes_are_not_statements():
    body = ('The city calls the plan "historic" and says it will change everything.\n\n'
            'Drones hit the "industrial zone" overnight, and Kyiv said nothing.\n\n'
            '"A quote with nobody near it at all in the whole paragraph, really."')
    assert [t for _, t, _ in found(body)] == []


def test_narration_and_events_are_not_statements():
    body = ("Drones hit the refinery overnight, starting a large fire.\n\n"
            "Washington gave Kyiv permission to use the weapons last week.\n\n"
            "The government has not claimed responsibility for the attacks.\n\n"
            "The minister announces new restrictions on exports.")
    assert found(body) == []


def test_sidebar_and_feed_statements_are_not_this_articles():
    body = ("President Ana Ruiz said that the border would stay open through the winter.\n\n"
            "Read more:\n\nRuiz says border will stay open\n\n"
            "News Feed\n\n10:15 AM\n\n"
            '"This belongs to another story completely and must be dropped," Mayor Leo Park said.')
    assert speakers_of(body) == ["Ana Ruiz"]


def test_statement_dates_follow_the_attribution_not_the_reported_event():
    article = extract_article("Talks headline\n\nFriday, 7 June 2024\n\n"
                              "Minister Eva Lind said on Wednesday that the attack on May 10 had been repelled.\n\n"
                              "Lind said that the offensive since May 10 was over.")
    dates = [s.date.value for s in article.statements]
    assert dates == [dt.date(2024, 6, 5), dt.date(2024, 6, 7)]


def test_undated_article_gives_undated_statements():
    article = extract_article("Headline only\n\nMinister Eva Lind said on Wednesday that the talks were over.")
    assert article.published is None and [s.date for s in article.statements] == [None]
    assert "no publication date found" in article.warnings[0]


def test_publication_date_given_by_the_user_dates_statements():
    article = extract_article("Headline only\n\nMinister Eva Lind said on Wednesday that the talks were over.",
                              fallback_published=dt.date(2024, 6, 7))
    assert article.published == dt.date(2024, 6, 7)
    assert article.statements[0].date.value == dt.date(2024, 6, 5)


def test_wire_datelines_are_never_speakers():
    got = found("KYIV, May 28 (Reuters) - Ukrainian President Petro Sample on Tuesday urged allies to lift the limits on weapons.\n\n"
                "MOSCOW, June 3. /TASS/. Deputy Foreign Minister Sergey Example said that the talks were over.")
    assert [s for s, _, _ in got] == ["Petro Sample", "Sergey Example"]
    assert got[0][1] == "urged allies to lift the limits on weapons."
    # A date without a place or year, and the agency's tag: "May 31 (UPI) -- ".
    assert found("May 31 (Example Wire) -- Harbourtown on Wednesday said that the ferries would sail again.") == [
        ("Harbourtown", "the ferries would sail again.", "indirect")]
    # An agency's tag without a dash: "MOSCOW (Sputnik) The ...", or with its date.
    assert found("HARBOURTOWN (Example Wire) The ferries will sail again in May, Mayor Anna Berg said on Tuesday.") == [
        ("Anna Berg", "The ferries will sail again in May", "indirect")]
    assert found("HARBOURTOWN (Example News / Example Wire - 07th December, 2022) The ferries will sail again, Anna Berg said.") == [
        ("Anna Berg", "The ferries will sail again", "indirect")]


def test_the_speakers_own_aside_is_no_report_inside_the_words():
    # "as I have said" is the speaker's; "X said this, Example Wire reports" is an outlet citing X.
    assert found("But, as I have said many times, we will keep talking to the port workers - said Mayor Anna Berg.") == [
        ("Anna Berg", "But, as I have said many times, we will keep talking to the port workers", "indirect")]


def test_words_first_then_informed_and_the_speaker_after_it():
    # A translation's "..., informed Governor X": the governor informed; an outlet only passes news on.
    body = ("The ferries were held in port for a week, informed Governor of the Harbour region Piet Holm.\n\n"
            "The crews were sent home for the winter, informed TASS.")
    assert found(body) == [("Piet Holm", "The ferries were held in port for a week", "indirect")]


def test_a_pages_pipes_set_apart_its_headline_date_and_body():
    body = ("Drones attack the port - mayor --Several drones were seen, the top official has said | 1 June 2023 | Several drones were "
            "shot down near the port, Mayor Anna Berg said. She urged residents to stay calm.\n\n"
            # (A pipe inside a quote is part of the words.)
            "\u201cThe port is closed | the ferries are not,\u201d Piet Holm said.")
    assert found(body) == [("Anna Berg", "Several drones were shot down near the port", "indirect"),
                           ("Anna Berg", "urged residents to stay calm.", "indirect"),
                           ("Piet Holm", "The port is closed | the ferries are not", "direct")]


def test_who_made_the_statement_where_is_an_outlets_report_not_its_words():
    body = ("Harbourland and Northvale say the ferries should sail again.\n\n"
            "Mayor Anna Berg and Governor Piet Holm made the statement during a press conference on Friday, HBN reports.")
    assert found(body) == [("Harbourland", "the ferries should sail again.", "indirect"),
                           ("Northvale", "the ferries should sail again.", "indirect")]


def test_a_title_with_for_and_of_before_the_name_is_the_subject_of_a_participles_words():
    body = ("The following day, Harbourland High Representative for Foreign Affairs and Security Policy Anna Berg endorsed the "
            "plan, stating that allowing the ferries to sail is entirely feasible.\n\n"
            "Minister of Transport Piet Holm of Northvale backed the plan, saying that the crews were ready.")
    assert found(body) == [("Anna Berg", "allowing the ferries to sail is entirely feasible.", "indirect"),
                           ("Piet Holm", "the crews were ready.", "indirect")]


def test_a_role_its_holder_and_where_they_spoke_set_off_by_commas_before_the_verb():
    body = ("The Permanent Representative of Harbourland to the UN, Ivan Sample, during a meeting of the Security Council, "
            "accused Northvale of the losses in the port. This is reported by HBN.")
    assert found(body) == [("Ivan Sample", "accused Northvale of the losses in the port.", "indirect")]


def test_a_subject_citing_its_own_sources_is_an_outlet_not_a_speaker():
    body = ("Earlier, HBN, citing its own sources, reported that drones attacked the pumping station in the port.\n\n"
            "The Defence Ministry, citing intelligence sources, said that the station was hit twice.")
    assert found(body) == [("Defence Ministry", "the station was hit twice.", "indirect")]


def test_a_participle_after_he_said_is_his_not_the_sentences_first_noun():
    body = ("The Northvale governor spoke to reporters on Friday.\n\n"
            "The US decision \u201ccould be read as a move to close the port for good,\u201d he said, "
            "pointing out that the ferries were late again.")
    assert found(body) == []


def test_words_first_leave_out_the_dateline_or_bullet_that_opens_the_paragraph():
    got = found("LVIV (Example Wire) - The bridge must be rebuilt before the winter, Mayor Anna Holm said.\n\n"
                "TALLINN, Estonia: The ferry will sail again in May, Minister Eva Lind said on Tuesday.\n\n"
                "- But only the northern route will open at first, Lind said.\n\n"
                "UPDATE: The port stays closed for trucks, Lind said.")
    assert got == [("Anna Holm", "The bridge must be rebuilt before the winter", "indirect"),
                   ("Eva Lind", "The ferry will sail again in May", "indirect"),
                   ("Eva Lind", "But only the northern route will open at first", "indirect"),
                   # A word in capitals with a colon, and no place named, may be part of the words: kept.
                   ("Eva Lind", "UPDATE: The port stays closed for trucks", "indirect")]


def test_a_newsrooms_byline_is_neither_a_speaker_nor_part_of_the_words():
    # "Web Desk:" is who wrote the page, not a transcript's speaker; and not part of the words after it.
    got = found("Web Desk: The ferry will sail again in May, Harbour Minister Eva Lind said in an interview.\n\n"
                "News Desk: Eva Lind said that the port would stay closed for trucks until June.")
    assert got == [("Eva Lind", "The ferry will sail again in May", "indirect"),
                   ("Eva Lind", "the port would stay closed for trucks until June.", "indirect")]


def test_a_month_label_places_a_day_without_a_year_but_no_weekday():
    article = extract_article(" date 2024-05 Ferry line to reopen in the spring\n\n"
                              "Minister Eva Lind said at a press conference on May 28 that the ferry would sail again.\n\n"
                              "Lind said on Tuesday that the northern route would open first.\n\n"
                              "Lind added that trucks would wait until June.")
    assert article.published is None and article.title == "Ferry line to reopen in the spring"
    assert [(s.date.value if s.date else None, s.date_phrase) for s in article.statements] == [
        (dt.date(2024, 5, 28), "May 28"), (None, None), (None, None)]


def test_a_pages_relative_timestamp_is_no_headline():
    text = ("3 days ago\nFerry line to reopen in the spring, minister says\n"
            "Minister Eva Lind said on Monday that the ferry would sail again in the spring.")
    assert extract_article(text).title == "Ferry line to reopen in the spring, minister says"


def test_the_headline_a_page_prints_twice_is_the_title_not_a_menu_line():
    text = ("ua en ru\n\nFerry line to reopen in the spring\n\nFerry line to reopen in the spring\n\n"
            "Minister Eva Lind said on Monday that the ferry would sail again in the spring.")
    assert extract_article(text).title == "Ferry line to reopen in the spring"
    # A language switcher is no headline, even when the page prints the headline once.
    assert extract_article(text.replace("Ferry line to reopen in the spring\n\n", "", 1)).title == "Ferry line to reopen in the spring"
    # The second copy may carry a photo credit: still the headline, not the menu above it.
    glued = ("Ports and harbours\n\nFerry line to reopen in the spring\n\n"
             "Ferry line to reopen in the spring Photo: the quay at dawn (Eva Lind, Harbour Weekly)\n\n"
             "Minister Eva Lind said on Monday that the ferry would sail again in the spring.")
    assert extract_article(glued).title == "Ferry line to reopen in the spring"
    # ... or a section name on the next line; and a slogan above it is no headline either.
    section = ("Harbour news, every day\n\nFerry line to reopen in the spring\nports\n\n"
               "Ferry line to reopen in the spring\n\n"
               "Minister Eva Lind said on Monday that the ferry would sail again in the spring.")
    assert extract_article(section).title == "Ferry line to reopen in the spring"


def test_an_occasion_sentence_dates_the_words_just_before_it():
    article = extract_article(HEAD + "Minister Eva Lind believes that the ferry should sail again in May.\n\n"
                              "Lind said this at a press conference with the mayor on March 1, the agency reports.\n\n"
                              "Mayor Anna Holm said the port was ready. She said so in an interview on Saturday.\n\n"
                              "Lind said that trucks would wait. Holm said this at the port on Friday.\n\n"
                              "Lind stressed that the route was safe.\n\n"
                              "The weather was fine.\n\n"
                              "Lind said this at the port on Monday.")
    got = [(s.speaker, s.date.value, s.date_phrase) for s in article.statements]
    assert got == [("Eva Lind", dt.date(2024, 3, 1), "March 1"),
                   ("Anna Holm", dt.date(2024, 3, 2), "Saturday"),
                   # Another speaker's occasion, or one paragraphs away, dates nothing.
                   ("Eva Lind", dt.date(2024, 3, 4), None),
                   ("Eva Lind", dt.date(2024, 3, 4), None)]


def test_clause_first_reported_speech():
    got = found("Any use of Western missiles against the city would be an escalation, Kremlin spokesman Ivan Example added.\n\n"
                "The strikes are a legitimate response, said Petra Sample, an adviser to the president.\n\n"
                "The bridge will reopen in May, according to Olga Example, a regional official.")
    assert got == [("Ivan Example", "Any use of Western missiles against the city would be an escalation", "indirect"),
                   ("Petra Sample", "The strikes are a legitimate response", "indirect"),
                   ("Olga Example", "The bridge will reopen in May", "indirect")]


def test_words_first_with_a_long_account_of_when_and_where_they_were_said():
    article = extract_article(HEAD + "Ukraine has the right to use British weapons against targets inside Russia, Foreign "
                              "Secretary Tom Exemplar said on Friday as he traveled to Kyiv to discuss the annual military aid package.")
    [statement] = article.statements
    assert (statement.speaker, statement.text) == ("Tom Exemplar", "Ukraine has the right to use British weapons against targets inside Russia")
    assert statement.date.value == dt.date(2024, 3, 1)
    # Words after the verb are the words said, not a circumstance: not words first.
    assert found("The talks went on all night, Tom Exemplar said the allies should lift the limits on long-range weapons now.") == [
        ("Tom Exemplar", "the allies should lift the limits on long-range weapons now.", "indirect")]


def test_a_long_participle_phrase_before_the_subject_is_never_the_speaker():
    question = ("Answering the question at the briefing whether what is happening in the Kursk region, which the army entered, "
                "corresponds to what Ukraine may do with American weapons, Singh said that ")
    got = found(question + "\u201cyes, it is consistent with our policy.\u201d\n\n" + question + "the operation is consistent with US policy.")
    assert got == [("Singh", "yes, it is consistent with our policy.", "direct"),
                   ("Singh", "the operation is consistent with US policy.", "indirect")]
    assert speakers_of("Asked whether the attack, which hit a refinery, was legitimate, Pal Example, the deputy minister, "
                       "said that it was a legitimate target.") == ["Pal Example"]
    # First-person words after such a sentence are nobody's: "Answering" is no name.
    assert found("Answering questions from reporters about the strikes on the border, the room went quiet. "
                 "\u201cWe will answer every strike on our territory,\u201d was the message.") == []


def test_a_warning_that_opens_with_if_is_a_condition_not_a_question():
    assert found("Pal Example warned that if Western countries approved the use of long-range weapons, it would mean "
                 "direct involvement in the conflict.") == [
        ("Pal Example", "if Western countries approved the use of long-range weapons, it would mean direct involvement in the conflict.",
         "indirect")]
    assert found("Pal Example did not say whether Russia would respond to the strikes on its territory.") == []
    assert found("Pal Example would not say if the strikes on the refinery had been planned.") == []


def test_lead_in_phrases_do_not_become_statements():
    got = found("In an interview with the Economist, Secretary General Jan Example said allies should lift the restrictions.\n\n"
                "U.S. Secretary of State Tom Sample, speaking in Moldova, said the policy would adapt.")
    assert got == [("Jan Example", "allies should lift the restrictions.", "indirect"),
                   ("Tom Sample", "the policy would adapt.", "indirect")]


def test_subject_after_a_clause_boundary():
    got = found("Ukraine struck an airfield overnight, officials said Saturday, while the governor of the region said that drones had been shot down.\n\n"
                "Governor Vasily Example said on Telegram that there were no casualties.")
    assert [(s, t) for s, t, _ in got] == [("Vasily Example", "drones had been shot down."),
                                          ("Vasily Example", "there were no casualties.")]


def test_reference_back_to_the_person_just_named():
    got = found("Deputy Foreign Minister Sergey Example told reporters that the talks were over.\n\n"
                '"We will not leave these actions without a response," the diplomat stressed.')
    assert [s for s, _, _ in got] == ["Sergey Example", "Sergey Example"]


def test_scare_quote_in_mid_sentence_takes_no_later_subject():
    assert found('Drones hit the "industrial zone" overnight, and Kyiv said nothing about it.') == []


def test_british_honorifics_and_called_with_a_quote():
    got = found("Kremlin spokesman Dmitry Example spoke to reporters in the capital on Monday.\n\n"
                'Spokesman Dmitry Example called the remarks "a very dangerous statement".\n\n'
                'Mr Example told reporters that the comments were "direct evidence" of involvement.\n\n'
                "The so-called peace plan was called a success by the organisers of the event.\n\n"
                "Ms Petrova, the ministry's spokeswoman, warned that the ministry would respond.")
    assert [(s, t) for s, t, _ in got] == [
        ("Dmitry Example", 'called the remarks "a very dangerous statement".'),
        ("Dmitry Example", 'the comments were "direct evidence" of involvement.'),
        ("Petrova", "the ministry would respond.")]
    # "referred to ... as" with a quote is words too; without one, a mention.
    assert found('Mayor Anna Berg referred to the closure as "a large-scale provocation."\n\n'
                 "Berg referred to the talks in Harbourtown.") == [
        ("Anna Berg", 'referred to the closure as "a large-scale provocation."', "indirect")]
    # So is labelling with a quote: and "the ministry" after it is the ministry that labelled.
    assert found("In response to the operation, Harbourland\u2019s Defence Ministry labeled the drone strikes a "
                 "\u201cterrorist attack.\u201d It listed the four regions where the airfields lie.\n\n"
                 "The ministry reported that several suspects had been detained.\n\n"
                 "The army labeled the crates with the names of the units.") == [
        ("Harbourland\u2019s Defence Ministry", "labeled the drone strikes a \u201cterrorist attack.\u201d", "indirect"),
        ("Harbourland\u2019s Defence Ministry", "several suspects had been detained.", "indirect")]


def test_long_titles_possessive_roles_and_reports():
    got = found("Ukraine's Air Force reported that 20 drones had been shot down overnight.\n\n"
                "Head of the Main Intelligence Directorate (HUR) Kyrylo Example said that the strike hit an airfield.\n\n"
                "Ukraine's Foreign Minister Dmytro Example met his counterparts in Prague on Friday.\n\n"
                "Ukraine's foreign minister said that the allies must lift the restrictions.\n\n"
                "Poland's foreign minister said that the border was secure.")
    assert [(s, t) for s, t, _ in got] == [
        ("Ukraine's Air Force", "20 drones had been shot down overnight."),
        ("Kyrylo Example", "the strike hit an airfield."),
        ("Dmytro Example", "the allies must lift the restrictions."),
        ("Poland's foreign minister", "the border was secure.")]   # another country's minister: not the one named


def test_intelligence_services_and_military_units_speak_as_bodies():
    got = found("Ukraine's military intelligence said late on Wednesday that its drones had hit an oil refinery.\n\n"
                "British military intelligence said that Russia had moved its bombers further from the border.\n\n"
                "The Azov Regiment said that it had repelled an attack near the village.")
    assert [(s, k) for s, _, k in got] == [("Ukraine's military intelligence", "indirect"),
                                           ("British military intelligence", "indirect"), ("Azov Regiment", "indirect")]


def test_initials_and_asides_in_a_subject_do_not_hide_the_speaker():
    got = found('"The President directed his team to ensure that Ukraine can use the weapons," a U.S. official said.\n\n'
                "Sen. Eva Example (R-S.C.) urged the administration to go further.\n\n"
                "The Main Intelligence Directorate (HUR) said that its drones had hit a refinery.")
    assert [(s, k) for s, _, k in got] == [("U.S. official", "direct"), ("Eva Example", "indirect"),
                                           ("Main Intelligence Directorate", "indirect")]
    assert got[1][1] == "urged the administration to go further."


def test_an_aside_after_the_verb_does_not_hide_the_reported_clause():
    article = extract_article("A headline about the strikes\n\nFriday, 7 June 2024\n\n"
                              "Minister Eva Example said on Thursday, June 6, that Ukraine would strike military targets.")
    [statement] = article.statements
    assert (statement.speaker, statement.text) == ("Eva Example", "Ukraine would strike military targets.")
    assert statement.date.value == dt.date(2024, 6, 6)


def test_drawing_attention_to_the_fact_reports_the_fact_and_not_a_mere_topic():
    got = found("Minister Eva Lind drew attention to the fact that the quay was closed.\n\n"
                "Lind also pointed to the fact that the ferries had not sailed since May.\n\n"
                "Lind drew attention to the queues at the border.")
    assert got == [("Eva Lind", "the quay was closed.", "indirect"),
                   ("Eva Lind", "the ferries had not sailed since May.", "indirect")]


def test_a_phrase_of_time_between_verb_and_clause_dates_the_words_and_stays_out_of_them():
    article = extract_article("A headline about the strikes\n\nFriday, 7 June 2024\n\n"
                              "Minister Eva Example said yesterday Ukraine has the right to defend itself.\n\n"
                              "Example said late on Tuesday night she would not comment on the strikes.\n\n"
                              "The Kremlin said in a statement the strikes were terrorist acts.\n\n"
                              "Example said on Friday in Prague.")
    got = [(s.speaker, s.text, s.date.value) for s in article.statements]
    assert got == [("Eva Example", "Ukraine has the right to defend itself.", dt.date(2024, 6, 6)),
                   ("Eva Example", "she would not comment on the strikes.", dt.date(2024, 6, 4)),
                   ("Kremlin", "the strikes were terrorist acts.", dt.date(2024, 6, 7))]


def test_names_with_initials_and_suffixes_are_whole_names_and_acronyms_are_not_initials():
    got = found("Defense Secretary Lloyd J. Example III said that Ukraine could strike targets near the border.\n\n"
                "Example added that the allies agreed.\n\n"
                "Gen. Charles Q. Sample Jr., chairman of the Joint Chiefs of Staff, said that the strikes were legitimate.\n\n"
                "Vice President J. D. Tester said that Europe must do more.\n\n"
                "U.S. Secretary of State Anna Lind said that the policy had not changed.")
    assert [s for s, _, _ in got] == ["Lloyd J. Example", "Lloyd J. Example", "Charles Q. Sample", "J. D. Tester", "Anna Lind"]


def test_descriptive_titles_before_a_name_policy_chief_spy_chief_negotiator():
    got = found("E.U. foreign policy chief Anna Lind said that Ukraine may strike.\n\n"
                "Ukraine's spy chief Ivan Example said that the strikes would continue.\n\n"
                "Russia's chief negotiator Oleg Sample said that talks were possible.")
    assert [s for s, _, _ in got] == ["Anna Lind", "Ivan Example", "Oleg Sample"]


def test_an_attribution_inside_the_words_names_its_own_subject_never_the_words_before_it():
    got = found("Foreign Minister Ivan Example and spokesman Oleg Sample spoke on Monday.\n\n"
                "Ukraine, Example insisted, has the right to strike back.\n\n"
                "The strikes, Sample said, were acts of terrorism that would be answered.")
    assert got == [("Ivan Example", "Ukraine \u2026 has the right to strike back.", "indirect"),
                   ("Oleg Sample", "The strikes \u2026 were acts of terrorism that would be answered.", "indirect")]


def test_a_high_office_of_a_country_names_the_one_person_given_that_country_and_no_office():
    body = ("The plan is a big mistake, Turkey's Piet Holm said in remarks published on Wednesday.\n\n"
            "\u201cThis step will only prolong the war,\u201d the Turkish president told journalists on the flight back.")
    assert [s for s, _, _ in found(body)] == ["Piet Holm", "Piet Holm"]
    # (A president of that country named as such is someone else: then the words are nobody's here.)
    body = ("The plan is a big mistake, Turkey's Piet Holm said on Wednesday.\n\n"
            "Turkish President Ivan Sample met the envoys on Tuesday.\n\n"
            "\u201cThis step will only prolong the war,\u201d the Turkish president told journalists.")
    assert [s for s, _, _ in found(body)] == ["Piet Holm", "Ivan Sample"]


def test_a_name_with_its_own_titles_in_apposition_to_a_role_is_the_speaker():
    got = found("A spokesman for the Pentagon, Maj. Gen. Ivan Example, told reporters that the policy had not changed.\n\n"
                "Russia's envoy to the UN, Ambassador Oleg Sample, said that the strikes were terrorism.")
    assert [s for s, _, _ in got] == ["Ivan Example", "Oleg Sample"]


def test_a_commanders_abbreviated_title_ends_no_sentence_and_is_no_name():
    got = found("\u201cThe fleet has become smaller,\u201d Harbourland Navy Cmdr. Piet Holm said in a message.\n\n"
                "The ferries are safe, Cdr. Eva Lind said. Brig. Anna Berg said that they were late.")
    assert [(s, t) for s, t, _ in got] == [("Piet Holm", "The fleet has become smaller"), ("Eva Lind", "The ferries are safe"),
                                          ("Anna Berg", "they were late.")]


def test_he_after_a_possessors_remarks_is_that_possessor_not_the_person_named_last():
    body = ("The ferries will sail again, Transport Minister Ivan Sample said on Friday.\n\n"
            "Governor Piet Holm said on Thursday that the port had been closed for a week.\n\n"
            # (A possessor the article does not tie to anyone: nobody, not the governor named last.)
            "The Harbourland minister's remarks came as he announced \u201cmore money for all the crews\u201d on Friday.\n\n"
            "Sample's remarks came as he announced \u201cnew money for the port and its ferries\u201d on Friday.")
    assert [(s, t) for s, t, _ in found(body)][2:] == [("Ivan Sample", "new money for the port and its ferries")]


def test_a_speaker_in_a_subordinate_clause_speaks_and_the_main_clauses_day_is_not_theirs():
    article = extract_article("A headline about the strikes\n\nFriday, 7 June 2024\n\n"
                              "His comments came on Monday after Foreign Minister Ivan Example said on Sunday that the West "
                              "was playing with fire.\n\n"
                              "The strike came two days after the Kremlin said that it would respond to the attacks.\n\n"
                              "Minister Oleg Sample, speaking before Ivan Example arrived, said that Ukraine would strike back.\n\n"
                              "This comes as Harbourland's defence ministry said that the port had been retaken.")
    got = [(s.speaker, s.text, s.date.value) for s in article.statements]
    assert got == [("Ivan Example", "the West was playing with fire.", dt.date(2024, 6, 2)),   # Sunday, not Monday
                   ("Kremlin", "it would respond to the attacks.", dt.date(2024, 6, 7)),
                   ("Oleg Sample", "Ukraine would strike back.", dt.date(2024, 6, 7)),
                   ("Harbourland's defence ministry", "the port had been retaken.", dt.date(2024, 6, 7))]


def test_it_refers_to_the_institution_that_just_spoke_and_questions_are_not_statements():
    got = found("The Russian Defence Ministry said that air defences destroyed 20 drones.\n\n"
                "It added that two missiles had also been shot down over the region.\n\n"
                "Minister Eva Example did not say whether the talks would resume soon.")
    assert got == [("Russian Defence Ministry", "air defences destroyed 20 drones.", "indirect"),
                   ("Russian Defence Ministry", "two missiles had also been shot down over the region.", "indirect")]


def test_it_is_nobody_when_a_sentence_with_another_subject_came_between():
    # "It" is the subject of the sentence before: another speaker, not the ministry that spoke first.
    got = found("The Port Ministry said that two ferries had been damaged.\n\n"
                "Harbourville did not respond to a request for comment. It has previously denied that its boats sailed.\n\n"
                "The Port Ministry said that the quay was closed. The damage was light. It added that nobody was hurt.\n\n"
                "The Port Ministry said that the quay would reopen. Nordwire quoted officials as saying repairs had begun. "
                "It said three cranes were damaged.")
    assert got == [("Port Ministry", "two ferries had been damaged.", "indirect"),
                   ("Port Ministry", "the quay was closed.", "indirect"),
                   ("Port Ministry", "nobody was hurt.", "indirect"),
                   ("Port Ministry", "the quay would reopen.", "indirect")]


def test_source_lines_name_the_speaker_of_the_quotes_below():
    got = found("Secretary General Jan Example said that the allies would meet in June.\n\n"
                "Source: Dmitry Example at a briefing in Moscow\n\n"
                'Quote: "We will respond to every attack on our territory with all means available."\n\n'
                "Details: Dmitry Example added that the talks were over.")
    assert [(s, k) for s, _, k in got] == [("Jan Example", "indirect"), ("Dmitry Example", "direct"), ("Dmitry Example", "indirect")]


def test_a_source_line_of_several_sources_names_the_first_the_article_identifies():
    # An outlet cited first, then the person whose words the quote below gives.
    got = found("A storage tank at the ferry terminal has caught fire.\n\n"
                "Source: Example Wire with reference to the harbour services; Anna Berg, Governor of the Harbour Region, on Telegram\n\n"
                'Quote: "A storage tank at the ferry terminal has caught fire after the storm."')
    assert got == [("Anna Berg", "A storage tank at the ferry terminal has caught fire after the storm.", "direct")]


def test_a_heading_breaks_the_chain_of_unattributed_quotes():
    got = found("Secretary General Jan Example said that the allies would meet in June.\n\n"
                "Kharkiv prepares a counterattack\n\n"
                '"The situation is stable and under control, the troops have been stopped."')
    assert [s for s, _, _ in got] == ["Jan Example"]


def test_participle_adds_a_statement_and_think_tanks_are_bodies():
    got = found('"We have the right to use these weapons," President Ivan Example said, adding that Kyiv would respect the conditions.\n\n'
                "According to the Institute for the Study of War (ISW), the border area is a staging ground.\n\n"
                'Minister Eva Example accused the army of shelling, claiming that it had hit a school.')
    assert got == [("Ivan Example", "We have the right to use these weapons", "direct"),
                   ("Ivan Example", "Kyiv would respect the conditions.", "indirect"),
                   ("Institute for the Study of War", "the border area is a staging ground.", "indirect"),
                   ("Eva Example", "accused the army of shelling, claiming that it had hit a school.", "indirect")]


def test_a_cleft_names_the_speaker_of_the_sentence_before():
    got = found("The allies must lift the limits on long-range weapons now. It is Anna Example, the foreign minister, "
                "who calls for a change of course.\n\n"
                "It was raining. It is the weather that matters.")
    assert got == [("Anna Example", "The allies must lift the limits on long-range weapons now.", "indirect")]


def test_he_and_she_mean_the_last_subject_not_the_last_name():
    got = found('President Ana Example met Chancellor Max Sample in Berlin on Monday. "We discussed air defence," she said.\n\n'
                'Chancellor Max Sample spoke after the meeting with President Ana Example. "The talks were good," he said.\n\n'
                '"This is a dangerous path," said Kremlin spokesman Dmitry Example. "Such strikes will not go unanswered," he added.')
    assert [s for s, _, _ in got] == ["Ana Example", "Max Sample", "Dmitry Example", "Dmitry Example"]


def test_he_means_a_surname_that_spoke_first_not_the_full_name_named_after_it():
    got = found("Holm said this at a press conference with Mayor Eva Lind on Friday.\n\n"
                '"The ferries will sail again next week," he said.')
    assert got == [("Holm", "The ferries will sail again next week", "direct")]


def test_she_is_never_a_man_nor_he_a_woman_when_the_article_or_the_surname_says_so():
    got = found("Spokeswoman Maria Examplova said that the talks were over.\n\n"
                "Spokesman Dmitry Samplov told reporters that the drones were shot down. She added that the airport was closed.\n\n"
                "Samplov said that it was calm. He added that nobody was hurt.\n\n"
                "Mayor Anna Holm said that the port was open. He added that the ferries would sail.")
    assert [(s, t) for s, t, _ in got] == [("Maria Examplova", "the talks were over."),
                                          ("Dmitry Samplov", "the drones were shot down."),
                                          ("Dmitry Samplov", "it was calm."), ("Dmitry Samplov", "nobody was hurt."),
                                          ("Anna Holm", "the port was open.")]   # "he" is not Anna: nobody
    # A first name in -a that is a man's says nothing against "he".
    got = found("Mayor Nicola Holm said that the port was open. He added that the ferries would sail.")
    assert [s for s, _, _ in got] == ["Nicola Holm", "Nicola Holm"]


def test_a_name_at_the_end_of_a_sentence_is_still_found_by_its_surname():
    got = found('"We will respond," said Kremlin spokesman Dmitry Example. Maria Sample said that the talks were over.\n\n'
                "Example told reporters that the strikes were a provocation.")
    assert [s for s, _, _ in got] == ["Dmitry Example", "Maria Sample", "Dmitry Example"]


def test_generic_plural_subjects_are_not_people():
    got = found("Officials said that the bridge was closed.\n\n"
                "Analysts say the strikes will continue through the summer.\n\n"
                "Ukrainians said that the sirens went off twice.\n\n"
                "Kowalski said that the talks were over.")
    assert got == [("Kowalski", "the talks were over.", "indirect")]   # a surname the article never spelled out


def test_a_name_in_apposition_to_a_role_is_the_speaker():
    got = found("The head of the Kremlin administration, Sergei Example, said that the elections would go ahead.\n\n"
                "Ukraine's top diplomat, Dmytro Sample, said on Monday that the allies must act.\n\n"
                "The ministry, Ukraine's largest, said that the budget was ready.")
    assert [(s, t) for s, t, _ in got] == [("Sergei Example", "the elections would go ahead."),
                                          ("Dmytro Sample", "the allies must act.")]


def test_the_ministry_refers_back_to_the_named_ministry():
    got = found("The Russian Defence Ministry said that 20 drones had been destroyed.\n\n"
                "The ministry also said that two missiles had been shot down.")
    assert [s for s, _, _ in got] == ["Russian Defence Ministry", "Russian Defence Ministry"]


def test_references_to_an_institution_follow_any_way_it_spoke():
    got = found('"The air defence worked," the Russian Defence Ministry said.\n\n'
                "It added that two missiles had been shot down over the region.")
    assert [s for s, _, _ in got] == ["Russian Defence Ministry", "Russian Defence Ministry"]


def test_event_dates_in_a_lead_in_do_not_date_the_words():
    article = extract_article("Talks headline\n\nFriday, 7 June 2024\n\n"
                              'After the May 30 attack on the city, Spokesman Dmitry Example said: "We will respond to this."\n\n'
                              "On Wednesday, Minister Eva Example said that the talks were over.")
    assert [s.date.value for s in article.statements] == [dt.date(2024, 6, 7), dt.date(2024, 6, 5)]


def test_words_said_jointly_are_a_statement_of_each_speaker():
    got = found("Finance Minister Anna Berg and Economy Minister Piet Holm both said on Monday that the budget would pass.\n\n"
                "The Regional Administration and the Port Ministry said the quay would reopen in the spring.")
    assert got == [("Anna Berg", "the budget would pass.", "indirect"), ("Piet Holm", "the budget would pass.", "indirect"),
                   ("Regional Administration", "the quay would reopen in the spring.", "indirect"),
                   ("Port Ministry", "the quay would reopen in the spring.", "indirect")]


def test_a_joint_quote_and_its_continuation_belong_to_both_speakers():
    got = found('"The budget is ready and it will pass," Anna Berg and Piet Holm said in a joint statement. '
                '"Parliament will vote on it next week."')
    assert [(speaker, text) for speaker, text, _ in got] == [
        ("Anna Berg", "The budget is ready and it will pass"), ("Piet Holm", "The budget is ready and it will pass"),
        ("Anna Berg", "Parliament will vote on it next week."), ("Piet Holm", "Parliament will vote on it next week.")]


def test_and_between_clauses_or_vague_partners_names_no_joint_speakers():
    # Two clauses joined by "and", and a partner too vague to name: never a guessed speaker.
    assert found("Storms hit the Port Ministry and Piet Holm said the quay would reopen in the spring.") == []
    assert found("Anna Berg and her aides said the budget would pass in the spring.") == []


def test_told_an_audience_then_the_words_without_that():
    got = found("Finance Minister Anna Berg told reporters there was no change in the budget.\n\n"
                "Piet Holm told the Financial Times the quay would reopen in the spring.\n\n"
                "Berg told Reuters on Monday Holm had the numbers wrong.")
    assert got == [("Anna Berg", "there was no change in the budget.", "indirect"),
                   ("Piet Holm", "the quay would reopen in the spring.", "indirect"),
                   ("Anna Berg", "Holm had the numbers wrong.", "indirect")]
    # "on Monday" in the audience phrase dates the words (published Monday, March 4, 2024).
    article = extract_article(HEAD + "Berg told Reuters on Friday Holm had the numbers wrong.")
    assert article.statements[0].date.iso() == "2024-03-01"


def test_told_an_audience_then_words_that_hold_a_that_of_their_own():
    # The "that" further on belongs to the words; whom one told is still no part of them.
    got = found("Spokesman Ivan Sample told reporters it was clear from the comments that Holm would take a tougher line.\n\n"
                "Piet Holm told reporters he is considering new ferries but that he wants a loan first.")
    assert got == [("Ivan Sample", "it was clear from the comments that Holm would take a tougher line.", "indirect"),
                   ("Piet Holm", "he is considering new ferries but that he wants a loan first.", "indirect")]


def test_told_a_named_medium_then_the_words_without_that():
    got = found("Finance Minister Anna Berg told Example television on Friday the port figures were false.\n\n"
                "Piet Holm told Nordic radio the quay would reopen in the spring.")
    assert got == [("Anna Berg", "the port figures were false.", "indirect"),
                   ("Piet Holm", "the quay would reopen in the spring.", "indirect")]
    article = extract_article(HEAD + "Anna Berg told Example television on Friday the port figures were false.")
    assert article.statements[0].date.iso() == "2024-03-01"   # published Monday, March 4


def test_said_later_or_earlier_and_a_time_belong_to_the_frame():
    article = extract_article(HEAD + "The Finance Ministry said later on Friday it had nothing to do with the fire.\n\n"
                              "Piet Holm said earlier this month it would pay the workers.")
    got = [(s.speaker, s.text, s.date.iso() if s.date else None) for s in article.statements]
    assert got == [("Finance Ministry", "it had nothing to do with the fire.", "2024-03-01"),
                   ("Piet Holm", "it would pay the workers.", "2024-03")]


def test_but_a_named_subject_with_words_of_its_own_starts_another_report():
    # Without a comma before "but": the accusation is the ministry's, the answer Holm's.
    got = found("The Finance Ministry accused the port of the delay but Piet Holm said on Monday it had nothing to do with it.\n\n"
                "Anna Berg denied the report but Holm said that the quay would reopen.")
    assert got == [("Finance Ministry", "accused the port of the delay", "indirect"),
                   ("Piet Holm", "it had nothing to do with it.", "indirect"),
                   ("Anna Berg", "denied the report", "indirect"),
                   ("Piet Holm", "the quay would reopen.", "indirect")]
    # "although" and "while" too; the clause ends there whether or not the other speaker is known.
    assert found("Piet Holm says the port has a right to close although the workers have said they do not want a strike.\n\n"
                 "Holm said the quay will close while Anna Berg said it would stay open.") == [
        ("Piet Holm", "the port has a right to close", "indirect"),
        ("Piet Holm", "the quay will close", "indirect"),
        ("Anna Berg", "it would stay open.", "indirect")]
    # Not a subject of its own: "but" before a plain noun phrase keeps the words whole.
    assert found("Anna Berg said that the quay would reopen but the repairs would take a year.") == [
        ("Anna Berg", "the quay would reopen but the repairs would take a year.", "indirect")]


def test_the_other_report_after_but_may_quote_or_follow_a_quoted_fragment():
    # The second subject's words in quotation marks are that subject's, not the first one's.
    assert found('The Finance Ministry denied any part in the delay but Port Director Piet Holm said '
                 '"we are pleased to see the quay close for a month."') == [
        ("Finance Ministry", "denied any part in the delay", "indirect"),
        ("Piet Holm", "we are pleased to see the quay close for a month.", "direct")]
    # A quoted fragment inside the first report does not hide the second report after ", but".
    assert found('The Finance Ministry said the plan was "quite understandable", but Anna Berg said now was not the time to close the port.') == [
        ("Finance Ministry", 'the plan was "quite understandable"', "indirect"),
        ("Anna Berg", "now was not the time to close the port.", "indirect")]


def test_told_an_audience_about_something_is_no_clause():
    assert found("Anna Berg told reporters about the budget in the spring.") == []
    assert found("Anna Berg told the BBC's morning programme the budget was ready.") == []


def test_a_quote_right_after_dated_words_of_its_speaker_shares_their_day():
    # Published Monday, March 4, 2024.
    article = extract_article(HEAD + 'On Friday, Finance Minister Anna Berg urged parliament to pass the budget. '
                              '"We cannot wait any longer," she said.\n\n'
                              '"The harbour needs the money," Berg said.\n\n'
                              'Berg said on Saturday that the vote would be close. "It will be close," she told the BBC.')
    dates = [(s.text, s.date.iso()) for s in article.statements]
    assert dates == [("urged parliament to pass the budget.", "2024-03-01"), ("We cannot wait any longer", "2024-03-01"),
                     # the next paragraph's bare quote goes on with that occasion; a new audience may be
                     # another one: the publication date
                     ("The harbour needs the money", "2024-03-01"), ("the vote would be close.", "2024-03-02"),
                     ("It will be close", "2024-03-04")]


def test_words_first_then_a_role_and_name_in_commas():
    got = found("The port can reopen once the quay is repaired, the finance minister, Anna Berg, has confirmed.")
    assert got == [("Anna Berg", "The port can reopen once the quay is repaired", "indirect")]


def test_words_first_then_a_verb_such_as_stated_or_announces_before_the_speaker():
    got = found("Piet Holm was given a task to present a plan for the harbour by May, stated Finance Minister Anna Berg.\n\n"
                "One thing is certain: the quay will be the first to reopen, announces the press secretary of the "
                "Ministry of Finance, Piet Holm.\n\n"
                "The budget will pass next year, believes Professor Eva Lind.")
    assert got == [("Anna Berg", "Piet Holm was given a task to present a plan for the harbour by May", "indirect"),
                   ("Piet Holm", "One thing is certain: the quay will be the first to reopen", "indirect"),
                   ("Eva Lind", "The budget will pass next year", "indirect")]
    # An outlet that writes or reports the words only passes them on.
    assert found("The budget will pass next year, writes Example News.") == []


def test_the_spokesperson_is_the_press_secretary_named_before():
    got = found("The press secretary of the Ministry of Finance, Piet Holm, said that the quay will reopen.\n\n"
                "\u201cThe repairs are done,\u201d the spokesperson said.")
    assert [speaker for speaker, *_ in got] == ["Piet Holm", "Piet Holm"]


def test_a_seat_of_government_speaks_for_it():
    got = found("Downing Street said the prime minister had discussed the budget by phone.\n\n"
                "The Elysee said the talks would resume in the spring.")
    assert got == [("Downing Street", "the prime minister had discussed the budget by phone.", "indirect"),
                   ("Elysee", "the talks would resume in the spring.", "indirect")]
    assert found("Wall Street said the budget would pass in the spring.") == []


# --- a paragraph read before (wire copy in many articles) -------------------------------------

SHARED_QUOTE = "\u201cUkraine has every right to strike the bases the attacks come from,\u201d Lindqvist said."


def test_a_paragraph_read_before_takes_this_articles_speaker():
    first = speakers_of("Defence Minister Anna Lindqvist spoke in Oslo.\n\n" + SHARED_QUOTE)
    second = speakers_of("Foreign Minister Jonas Lindqvist spoke in Riga.\n\n" + SHARED_QUOTE)
    assert first == ["Anna Lindqvist"]
    assert second == ["Jonas Lindqvist"]


@pytest.mark.parametrize("shared", [
    "\u201cThe strikes on the airfields are lawful self-defence, and they will go on,\u201d he said.",
    "According to the minister, the strikes on airfields inside Russia are lawful and will continue.",
])
def test_a_paragraph_read_before_gives_no_speaker_where_this_article_names_none(shared):
    named = "Defence Minister Pal Berg visited the front on Monday.\n\n" + shared
    unnamed = "Drones hit two airfields overnight, the regional governor reported.\n\n" + shared
    # Both orders: a remembered "he" or "the minister" that meant someone must not give a
    # speaker where it means nobody.
    assert speakers_of(named) == ["Pal Berg"]
    assert speakers_of(unnamed) == []
    assert speakers_of(named) == ["Pal Berg"]


def test_a_quote_continued_from_the_paragraph_before_keeps_this_articles_speaker():
    rest = "\u201cThat is why the limits on Western weapons have to go.\u201d"
    for name in ("Greta Hale", "Tomas Costa"):
        body = (f"Prime Minister {name} said: \u201cWe cannot fight with one hand tied behind our back.\n\n" + rest)
        assert found(body) == [(name, "We cannot fight with one hand tied behind our back. That is why the limits on "
                                      "Western weapons have to go.", "direct")]


def test_a_quote_left_open_by_nobody_is_not_continued_from_a_paragraph_read_before():
    opened = "\u201cWe cannot fight with one hand tied behind our back.\n\n\u201cThat is why the limits on Western weapons have to go.\u201d"
    assert speakers_of("Prime Minister Greta Hale said: " + opened) == ["Greta Hale"]
    assert speakers_of(opened) == []


def test_a_paragraph_read_before_and_read_afresh_asks_each_subject_once():
    # Read again from its first different answer ("he" means nobody here), the paragraph must not
    # ask about "It" a second time: by then the Kremlin has spoken after it, and "It" would mean nobody.
    shared = ("It added that nobody was hurt. The Kremlin said the attack was a provocation. "
              "\u201cWe will answer every strike on our territory,\u201d he said.")
    ministry = "The Defence Ministry said the drones were shot down over the border."
    with_person = speakers_of(f"Defence Minister Pal Berg spoke in Oslo.\n\n{ministry}\n\n{shared}")
    without = found(f"{ministry}\n\n{shared}")
    assert with_person == ["Defence Ministry", "Defence Ministry", "Kremlin", "Pal Berg"]
    assert [speaker for speaker, _, _ in without][:3] == ["Defence Ministry", "Defence Ministry", "Kremlin"]
    statements._READINGS.clear()
    assert found(f"{ministry}\n\n{shared}") == without   # as read with nothing remembered


# --- a quote's own attribution, to someone the article does not identify ----------------------------

def test_a_quote_attributed_to_an_unidentified_role_is_not_given_to_the_speaker_before():
    said = "Lavrenko said the attack on the refinery was a provocation. "
    quote = "\u201cWe will answer every strike on our territory,\u201d"
    assert speakers_of(f"{said}{quote} the general said.") == ["Lavrenko"]
    assert speakers_of(f"{said}\n\n{quote} the general said.") == ["Lavrenko"]
    assert speakers_of(f"The Kremlin said the attack was a provocation. {quote} an official added.") == ["Kremlin"]


def test_a_quote_introduced_by_an_unidentified_role_is_not_given_to_the_speaker_before():
    said = "A senior Pentagon official told reporters that the strikes were within the rules.\n\n"
    quote = "\u201cThis is a dangerous escalation by the West and we will answer it.\u201d"
    assert speakers_of(f"{said}The Kremlin spokesman added: {quote}") == ["senior Pentagon official"]
    # The second half of a split quote whose attribution names nobody the article knows: no guess.
    split = "\u201cThe situation on the front,\u201d the adviser said, \u201cis difficult but under control.\u201d"
    assert speakers_of(f"Lavrenko said the attack on the refinery was a provocation.\n\n{split}") == ["Lavrenko"]
    # Someone the article does know still speaks.
    assert speakers_of(f"{said}Kremlin spokesman Ivo Tarrant was asked about it. The Kremlin spokesman added: {quote}") == [
        "senior Pentagon official", "Ivo Tarrant"]
    # And a quote that stands alone still continues the speaker before.
    assert speakers_of(f"Lavrenko said the attack on the refinery was a provocation.\n\n{quote}") == ["Lavrenko", "Lavrenko"]


def test_words_said_after_what_the_speaker_would_not_say_are_theirs():
    assert found("Anna Example did not directly confirm the report, but said that Kyiv has the right to strike "
                 "military targets in Russia.") == [
        ("Anna Example", "Kyiv has the right to strike military targets in Russia.", "indirect")]
    # The whole sentence before the verb frames it: its day dates the words.
    article = extract_article(HEAD + "On Friday, the Pentagon declined to comment on the strike, but noted that the "
                              "policy on long-range weapons has not changed.")
    [statement] = article.statements
    assert (statement.speaker, statement.date.value) == ("Pentagon", dt.date(2024, 3, 1))
    # "it" after ", but" is the sentence's subject, not an institution that spoke before.
    assert speakers_of("The Kremlin said the attack was a provocation. The Ukrainian army did not claim the attack, "
                       "but it said that the refinery was a legitimate target.") == ["Kremlin", "Ukrainian army"]
    # What was not said is no statement; nor are words of someone the sentence does not name.
    assert found("Anna Example did not say that the strike was planned in Kyiv.") == []
    assert found("The strike was not confirmed, but officials said that two people were hurt in the attack.") == []


def test_he_or_she_never_continues_an_institution_but_may_continue_a_person():
    quote = "\u201cWe will answer every strike on our territory,\u201d"
    assert speakers_of(f"The Kremlin said the attack was a provocation. {quote} he said.") == ["Kremlin"]
    assert speakers_of(f"Lavrenko said the attack was a provocation. {quote} he said.") == ["Lavrenko", "Lavrenko"]


def test_the_source_refers_back_to_the_unnamed_official_who_spoke_before():
    source = "A source in Ukraine's SBU security service told the Kyiv Independent that the drones hit fuel depots."
    quote = "\u201cThese are legitimate military targets and we will hit them again,\u201d"
    assert speakers_of(f"{source}\n\n{quote} the source said.") == ["source in Ukraine's SBU security service"] * 2
    # Another role is someone else: no guess.
    assert speakers_of(f"{source}\n\n{quote} the general said.") == ["source in Ukraine's SBU security service"]


def test_the_spokesperson_is_the_one_who_just_spoke_not_one_named_paragraphs_ago():
    peskov = "Kremlin spokesman Dmitry Peskov said the decision marked a new round of tension.\n\n"
    french = "A spokesperson for the French Foreign Ministry said Paris had long been open to the idea.\n\n"
    quote = "\u201cWe have said it many times, and we say it again today,\u201d the spokesperson said."
    assert speakers_of(peskov + french + quote)[-1] == "spokesperson for the French Foreign Ministry"
    # Named again after the ministry spoke, the Kremlin's spokesman is the one meant.
    again = "Peskov repeated that Moscow would respond.\n\n"
    assert speakers_of(peskov + french + again + quote)[-1] == "Dmitry Peskov"


def test_a_reporting_verb_in_a_relative_clause_is_not_the_statement():
    body = ("German Chancellor Olaf Scholz, who has refused to supply Taurus missiles, said Germany's position "
            "would not change.")
    assert found(body) == [("Olaf Scholz", "Germany's position would not change.", "indirect")]


def test_a_named_person_who_said_that_is_the_speaker_of_the_relative_clause():
    body = ("The warning followed remarks by Foreign Minister Pal Example, who mentioned that his government "
            "was weighing strikes on airfields in Russia.")
    assert found(body) == [("Pal Example", "his government was weighing strikes on airfields in Russia.", "indirect")]


def test_a_relative_clause_inside_the_subject_gives_no_statement():
    # Where the aside's words end is anyone's guess ("..., met ..."): a missing row beats a wrong one.
    assert found("Pal Example, who has said that the missiles will not be sent, met the envoy on Friday.") == []
    assert found("On Friday, Pal Example, who said that the missiles will not be sent, met the envoy.") == []
    # A role is not resolved through the relative pronoun, and no earlier name takes its words.
    assert found("Anna Berg met the envoy, who said that the missiles would be sent.") == []


def test_a_quote_opened_with_the_closing_mark_is_a_quote():
    # Swedish and Finnish typography, and many a scraped page: ”words,” he wrote.
    body = ("Regional Governor Pal Example said that drones had struck the district overnight.\n\n"
            "His statement was grim: ”Windows were broken in 14 apartments, and a car was damaged,” he wrote.\n\n"
            "Example confirmed that power lines were cut. ”Repairs will begin once the area is safe,” he stated.")
    got = found(body)
    assert ("Pal Example", "Windows were broken in 14 apartments, and a car was damaged", "direct") in got
    assert ("Pal Example", "power lines were cut.", "indirect") in got   # the reported clause ends at its sentence
    assert ("Pal Example", "Repairs will begin once the area is safe", "direct") in got
    # A closing mark after a word still closes: nothing is opened by it.
    assert found("Pal Example said the plan was “not realistic” and left.") == [
        ("Pal Example", "the plan was “not realistic” and left.", "indirect")]


def test_the_head_of_the_region_is_its_governor():
    body = ("Border Region Governor Pal Example said that the army had shelled two villages.\n\n"
            "“No residents were injured. Emergency services are working on the ground,” the head of the region specified.")
    assert speakers_of(body) == ["Pal Example", "Pal Example"]


def test_according_to_a_regional_official_with_an_aside():
    body = ("Three districts were struck by drone attacks, according to regional governor Pal Example, "
            "who confirmed the strikes in a post on his channel.")
    assert found(body) == [("Pal Example", "Three districts were struck by drone attacks", "indirect")]


def test_an_outlet_citing_a_report_is_not_its_speaker():
    body = ("Pal Example previously stated that Kyiv should decide for itself whether to strike Russian territory, RT writes.\n\n"
            "Anna Berg said that the strikes were lawful, the Daily Courier reports.")
    assert found(body) == [
        ("Pal Example", "Kyiv should decide for itself whether to strike Russian territory", "indirect"),
        ("Anna Berg", "the strikes were lawful", "indirect")]


def test_this_statement_was_made_by_names_the_speaker_of_the_words_before():
    body = ("Washington is ready to discuss strikes deep into Russian territory with Kyiv. "
            "This statement was made by Secretary of State Pal Example.\n\n"
            "The drone had a range of 2,000 km and hit a depot. It was made by Iran.")
    assert found(body) == [("Pal Example", "Washington is ready to discuss strikes deep into Russian territory with Kyiv.", "indirect")]


def test_a_second_verb_of_saying_without_its_own_subject_reports_for_the_same_speaker():
    body = ("Pal Example said that the United States does not encourage strikes on Russia, but noted that Ukraine "
            "decides how to conduct its war.")
    assert found(body) == [("Pal Example", "the United States does not encourage strikes on Russia", "indirect"),
                           ("Pal Example", "Ukraine decides how to conduct its war.", "indirect")]
    # A second verb of doing may belong to the reported clause's own subject: it stays in the words.
    assert found("Pal Example said that the army shelled the village, and warned residents to leave.") == [
        ("Pal Example", "the army shelled the village, and warned residents to leave.", "indirect")]


def test_a_participle_without_that_reports_when_a_subject_and_verb_follow():
    body = ("NATO Secretary General Jens Example defended Kyiv, saying it has the right to strike military targets in Russia.\n\n"
            "Ukraine's President, Pal Example, reacted to the shift, saying he couldn't share details.\n\n"
            "Anna Berg opened the meeting, stressing the need for increased aid.\n\n"
            "Anna Berg left the summit, saying goodbye to the staff.")
    assert found(body) == [("Jens Example", "it has the right to strike military targets in Russia.", "indirect"),
                           ("Pal Example", "he couldn't share details.", "indirect")]


def test_according_to_an_outlet_that_reports_someones_words_does_not_make_the_outlet_speak():
    body = ("According to the Daily Courier, Anna Berg said that the drones were shot down over the border.\n\n"
            "Foreign Ministry spokeswoman Maria Example said that the drones targeted civilian areas. She described "
            "the incursion as another act of terrorism, according to the Daily Courier.\n\n"
            "Three people were hurt in the strike, according to regional governor Pal Example.")
    assert found(body) == [
        ("Anna Berg", "the drones were shot down over the border.", "indirect"),
        ("Maria Example", "the drones targeted civilian areas.", "indirect"),
        ("Maria Example", "described the incursion as another act of terrorism", "indirect"),
        ("Pal Example", "Three people were hurt in the strike", "indirect")]


def test_an_outlet_name_with_its_kind_after_the_words_is_cut_off():
    body = ("Spokeswoman Maria Example said Wednesday that the attacks would not be possible without help from abroad, "
            "Eastland's Example news agency reported.")
    assert found(body) == [("Maria Example", "the attacks would not be possible without help from abroad", "indirect")]


def test_a_quote_that_reports_a_named_persons_words_is_that_persons_statement():
    body = ("Spokeswoman Maria Example spoke on Wednesday.\n\n"
            "“Example stressed that the drones could not have flown that far without satellite data,” the agency reported.\n\n"
            "“He said that the drones came from the border,” Anna Berg said.")
    got = found(body)
    assert ("Maria Example", "the drones could not have flown that far without satellite data", "indirect") in got
    # "He" inside someone's quote is whoever that speaker means: the quote stays hers.
    assert ("Anna Berg", "He said that the drones came from the border", "direct") in got


def test_a_quoted_fragment_ending_a_sentence_ends_it():
    body = ("Maria Example added that the attacks will not “go unpunished” and criticised attacks on “civilian targets.” "
            "The report also said that the purpose of the attacks is to have a “psychological impact” on people.")
    assert found(body) == [
        ("Maria Example", "the attacks will not “go unpunished” and criticised attacks on “civilian targets.”", "indirect")]


def test_a_date_label_glued_to_the_first_sentence_hides_no_speaker():
    article = extract_article(" date 2023-07-05 Example Times - Foreign Ministry spokeswoman Maria Example criticised "
                              "the allies, stating that they are sponsoring a regime of terror.")
    assert article.published == dt.date(2023, 7, 5)
    assert [s.speaker for s in article.statements] == ["Maria Example"]


def test_a_title_with_a_long_portfolio_then_the_name_is_that_persons_role():
    # "European and Euro-Atlantic Integration" is a portfolio, never a person's name.
    body = ("Kyiv considers refineries legitimate targets. This was stated by Deputy Prime Minister for European "
            "and Euro-Atlantic Integration of Eastland, Olha Example during the forum.\n\n"
            "\"We understand the calls of our partners,\" she said.\n\n"
            "The Deputy Prime Minister noted that this means the destruction of infrastructure.")
    assert speakers_of(body) == ["Olha Example"] * 3
    from timeline_cli.speakers import find_names
    assert find_names("the Minister for European Integration and Digital Transformation") == []


def test_according_to_a_role_with_the_name_in_apposition():
    body = ("According to the adviser to the head of the Office of the President, Mykhailo Example, the authorities "
            "never asked Kyiv to stop attacks on oil infrastructure.")
    assert found(body) == [("Mykhailo Example", "the authorities never asked Kyiv to stop attacks on oil infrastructure.", "indirect")]


def test_a_clause_of_time_after_a_quote_is_no_attribution_and_a_lone_word_no_person():
    body = ("The rally in the square drew thousands of people from across the region on a cold and windy evening.\n\n"
            "Banners in the square read \"no more drones over our homes\" after Harbourland claimed to have repelled the attack.\n\n"
            "The crowd sang \"we will stand here every night\" while Piet Holm spoke of the damage.")
    assert found(body) == []


def test_a_day_of_the_month_between_subject_and_verb_dates_the_words():
    article = extract_article("A headline about the border\n\nFriday, 9 August 2024\n\n"
                              "President Anna Berg on August 8 said that the war had come home to those who started it.\n\n"
                              "Piet Holm on Thursday, Aug. 8, said that the talks were over.\n\n"
                              "Eva Lind on 7 August warned that more drones would come.")
    got = [(s.speaker, s.text, s.date.value) for s in article.statements]
    assert got == [("Anna Berg", "the war had come home to those who started it.", dt.date(2024, 8, 8)),
                   ("Piet Holm", "the talks were over.", dt.date(2024, 8, 8)),
                   ("Eva Lind", "more drones would come.", dt.date(2024, 8, 7))]


def test_a_so_called_name_is_nobodys_words():
    body = ("Regional authorities on August 10 announced a so-called \"counter-terrorism operation\" in three districts.\n\n"
            "Governor Piet Holm announced a so-called buffer zone along the border.")
    assert found(body) == []


def test_the_ministry_refers_to_the_one_ministry_named_before_though_it_did_not_speak():
    body = ("The Ministry of Emergency Situations of Northvale reported a fire at the refinery in the early hours, "
            "without naming the cause. There were no casualties, and the ministry said later that the blaze had been put out.")
    assert found(body) == [("Ministry of Emergency Situations of Northvale", "the blaze had been put out.", "indirect")]
    # Two ministries named: which one "the ministry" means, the text does not say.
    body = ("Harbourland\u2019s Defence Ministry published a video of the launch, and the Northvale Foreign Ministry summoned "
            "the ambassador. The ministry said that the strikes would go on.")
    assert found(body) == []


def test_a_sentence_adverb_before_a_role_is_no_name_that_holds_the_role():
    # "Initially, the German chancellor announced": "Initially" is no person with the role "chancellor".
    body = ("The chancellor's remarks drew the attention of politicians and the press. Initially, the Harbourland "
            "chancellor announced that the limits on the range of the weapons had been lifted.\n\n"
            "Soon after, the vice-chancellor corrected him, stating that no such decision had been taken.")
    assert [speaker for speaker, _, _ in found(body)] == []


def test_he_after_an_official_spoke_is_the_person_named_since_by_a_bare_surname():
    body = ("\u201cUntil recently, the islands could not do it, with very few exceptions,\u201d Holm added on Monday.\n\n"
            "A Harbourland official told Example Wire the change was \u201cnothing new at all for the government.\u201d\n\n"
            "Parliament elected Holm as chancellor on May 6. He denied that the ferries had been sold to the navy.")
    assert [speaker for speaker, _, _ in found(body)] == ["Holm", "Harbourland official", "Holm"]


def test_the_president_is_the_one_the_text_made_its_subject_not_one_named_in_passing():
    body = ("President Anna Berg said that the partners should support strikes on the depots across the border.\n\n"
            "She said this on April 3 at a press conference with Northvale President Piet Holm.\n\n"
            "\"The other side understands nothing except force,\" the president emphasized.\n\n"
            "Holm added that the strikes served legitimate purposes.")
    assert [speaker for speaker, _, _ in found(body)] == ["Anna Berg", "Anna Berg", "Piet Holm"]


def test_the_day_before_that_is_a_time_then_the_conjunction():
    # "said on that day that ..." holds a demonstrative; "said the day before that ..." a conjunction.
    assert found("Eva Lind said the day before that the ferries would not sail.\n\n"
                 "Piet Holm said a day earlier that the depot was hit.") == [
        ("Eva Lind", "the ferries would not sail.", "indirect"),
        ("Piet Holm", "the depot was hit.", "indirect")]


def test_words_then_a_speaker_quoted_as_saying_are_the_speakers():
    article = extract_article("A headline about the port\n\nTuesday, 1 October 2024\n\n"
                              "HARBOURTOWN (Example Wire) \u2013 The islands must prepare for a long winter without ferries and "
                              "have sent repeated warnings to the council, Deputy Minister Piet Holm was quoted as saying on Monday.\n\n"
                              "The depot will stay closed all winter, Eva Lind was quoted as saying by the Daily Courier.")
    got = [(s.speaker, s.text, s.date.value) for s in article.statements]
    assert got == [
        ("Piet Holm", "The islands must prepare for a long winter without ferries and have sent repeated warnings to the council",
         dt.date(2024, 9, 30)),
        ("Eva Lind", "The depot will stay closed all winter", dt.date(2024, 10, 1))]


def test_words_then_an_outlet_quoting_a_speaker_are_the_speakers():
    # "..., TASS news agency quoted X as saying in a comment on ...": what follows "as saying" says
    # only where he spoke; the words are before the outlet.
    got = found("The islands have become a haven for smugglers, whose boats are clearly behind the thefts, "
                "Example Wire news agency quoted Piet Holm as saying in a comment on the statement of the harbour master.\n\n"
                "Example Wire quoted Eva Lind as saying on Friday that the ferries would sail again.")
    assert got == [("Piet Holm", "The islands have become a haven for smugglers, whose boats are clearly behind the thefts", "indirect"),
                   ("Eva Lind", "the ferries would sail again.", "indirect")]


def test_the_department_or_military_department_is_the_ministry_a_translation_named():
    # Russian "vedomstvo": "the (military) department said" after "the Ministry of Defense of ..."
    # means that ministry, which did not speak before; a Department named is still the department.
    body = ("Earlier, the Ministry of Defense of the Republic of Northvale reported the liquidation of the saboteurs. "
            "\u201cIn total, more than 50 saboteurs and four armored vehicles,\u201d the military department said.\n\n"
            "\u201cTwelve of them were taken prisoner,\u201d the department said.\n\n"
            "The Harbour Department of Lakeside spoke next. \u201cThe quay is closed,\u201d the department said.")
    assert speakers_of(body) == ["Ministry of Defense of the Republic of Northvale"] * 2 + ["Harbour Department of Lakeside"]


def test_a_lone_name_made_like_a_company_is_a_body_not_a_person():
    # "Rosenergoatom confirmed ...": -atom, -neft, -gaz, -energo name companies, never surnames.
    article = extract_article(HEAD + "Harbourenergoatom confirmed the plant operated normally.\n\n"
                              "Northneft said the depot was hit.\n\nProkopenko said the depot was hit.")
    assert [(s.speaker, s.speaker_type) for s in article.statements] == [
        ("Harbourenergoatom", "body"), ("Northneft", "body"), ("Prokopenko", "person")]


def test_a_lists_own_heading_gives_its_unbulleted_points_to_the_speaker_it_names():
    # "The main statements from X's briefing:" and one point per line, each closed by a semicolon
    # but the last; what follows the last point is no longer the list.
    body = ("The main statements from Anna Berg's briefing:\n"
            "For the islands, closing the ferry line is unacceptable, it threatens the harbour.;\n"
            "Talks with the new mainland minister have not yet been discussed.;\n"
            "The council expects the mainland to attend the harbour festival in May.\n"
            "The weather stayed calm all week over the islands and the ferries kept sailing.\n"
            "#Harbour #Berg")
    assert found(body) == [
        ("Anna Berg", "For the islands, closing the ferry line is unacceptable, it threatens the harbour.", "indirect"),
        ("Anna Berg", "Talks with the new mainland minister have not yet been discussed.", "indirect"),
        ("Anna Berg", "The council expects the mainland to attend the harbour festival in May.", "indirect")]


def test_the_verbs_of_a_question_put_to_the_speaker_report_nothing():
    # "When asked if he thought ..., X said ...": what "he thought" is the question, not his words.
    got = found("Piet Holm spoke on Monday.\n\n"
                "When asked if he thought it would be wise to close the port, Piet Holm said there was a constant dialogue with the council.\n\n"
                "Asked whether he believed the ferries were safe, Holm said every ship is inspected twice a year.")
    assert got == [("Piet Holm", "there was a constant dialogue with the council.", "indirect"),
                   ("Piet Holm", "every ship is inspected twice a year.", "indirect")]


def test_words_whose_verb_is_one_of_stance_after_said_are_read():
    # "said the Chinese side calls on all parties to ...": "calls" is the words' verb, not a second report.
    got = found("Anna Berg said the council calls on all parties to keep the harbour open.\n\n"
                "Piet Holm said the mainland urges the islands to stay calm.")
    assert got == [("Anna Berg", "the council calls on all parties to keep the harbour open.", "indirect"),
                   ("Piet Holm", "the mainland urges the islands to stay calm.", "indirect")]


def test_words_then_reads_in_the_statement_of_a_body_are_the_bodys():
    # A translation's "..., reads in the statement of the Ministry of ...": the words before are the ministry's.
    got = found("The council is closely monitoring the situation in the harbour and calls on all parties to stay calm, "
                "reads in the statement of the Harbour Ministry of Northvale.")
    assert got == [("Harbour Ministry of Northvale",
                    "The council is closely monitoring the situation in the harbour and calls on all parties to stay calm", "indirect")]


def test_a_name_and_role_alone_on_a_line_label_the_quotation_below():
    # "Péter Example, Hungarian Foreign Minister:" and the quote as its own paragraph, whether or not
    # the article named him before.
    got = found("Strikes on the pipeline equal an attack on the islands, Piet Holm said.\n\n"
                "Piet Holm, Northvale Foreign Minister:\n\n"
                "\"So, it is absolutely clear what the mainland is saying. There is no room for doubt here.\"\n\n"
                "Eva Lind, Lakeside Harbour Master:\n\n"
                "\"The quay will stay closed until the spring, and the ferries will not sail.\"")
    assert got == [("Piet Holm", "Strikes on the pipeline equal an attack on the islands", "indirect"),
                   ("Piet Holm", "So, it is absolutely clear what the mainland is saying. There is no room for doubt here.", "direct"),
                   ("Eva Lind", "The quay will stay closed until the spring, and the ferries will not sail.", "direct")]


def test_a_surname_first_spelt_without_its_accents_is_the_person_named_in_full_later():
    # "Foreign Minister Szabo" then "Péter Szabó": one person, named as the fuller form spells it.
    assert speakers_of("The depot was hit, said Foreign Minister Szabo.\n\n"
                       "P\u00e9ter Szab\u00f3 said the ferries would sail.\n\nSzabo added that the quay was closed.") == [
        "P\u00e9ter Szab\u00f3"] * 3


def test_the_place_a_local_office_is_of_is_no_part_of_the_name_after_it():
    # "Head of Nizhnekamsk Ramil Example": a town the reader may not know, then the name.
    assert speakers_of("Head of Harbourtown Ramil Example told reporters that there was no damage in the town.\n\n"
                       "Mayor of Lakeside Eva Lind said the ferries would sail.") == ["Ramil Example", "Eva Lind"]


def test_an_agencys_tag_alone_opening_the_text_is_no_part_of_the_words():
    # "(MENAFN) A Ukrainian drone assault ...": the aggregator's tag, then the words.
    assert found("(EXAMPLEWIRE) A drone assault on the harbour left 13 people wounded, Governor Anna Berg said on Sunday.") == [
        ("Anna Berg", "A drone assault on the harbour left 13 people wounded", "indirect")]


def test_bulleted_lines_of_an_aggregators_summary_without_full_stops_are_read():
    # "\u25aa\ufe0f... the Defense Ministry said", "\u25aa\ufe0fAccording to the statement, ...": a summary's
    # points, each a line without its full stop.
    body = ("What we know about the night:\n"
            "\u25aa\ufe0fThe harbour guard intercepted and destroyed 31 drones over the islands overnight, the Harbour Ministry said\n"
            "\u25aa\ufe0fAccording to the statement, 15 drones were shot down over the bay and seven over the north\n"
            "\u25aa\ufe0fLakeside Mayor Eva Lind clarified that there were no threats to citizens or the port\n"
            "\u25aa\ufe0fThe Lakeside airport continues to dispatch and receive flights")
    assert [(speaker, text[:40]) for speaker, text, _ in found(body)] == [
        ("Harbour Ministry", "The harbour guard intercepted and destro"),
        ("Harbour Ministry", "15 drones were shot down over the bay an"),
        ("Eva Lind", "there were no threats to citizens or the")]


def test_a_long_bare_role_in_apposition_after_a_quote_still_attributes_it():
    # '"...," Francisco Example, co-founder and chief executive officer of drone manufacturer X, said'.
    assert found("\u201cThe port is a fuel station with a navy, and we intend on closing that station,\u201d Francisco Serra-Example, "
                 "co-founder and chief executive officer of drone manufacturer Harbour Autonomy, said in an interview.") == [
        ("Francisco Serra-Example", "The port is a fuel station with a navy, and we intend on closing that station", "direct")]


def test_a_quote_label_after_a_paragraph_of_no_ones_words_is_the_named_sources():
    # Ukrainska Pravda's layout: "Source: X during a briefing", "Quote: ...", a paragraph saying what
    # X would not answer, and "Quote: ..." again: X's words too.
    body = ("The harbour office has given a reminder that the mainland's troops attack the islands from the north.\n\n"
            "Source: Harbour spokesperson Anna Berg during a briefing\n\n"
            "Quote: \"We have been supportive of the islands as they defend themselves.\"\n\n"
            "The spokeswoman declined to answer a question about the ferries, saying only that the policy remains unchanged.\n\n"
            "Quote: \"We have to remember that the mainland's troops are there, and they attack the islands from there.\"")
    assert [(speaker, kind) for speaker, _, kind in found(body)] == [("Anna Berg", "direct"), ("Anna Berg", "direct")]


def test_a_port_or_the_place_a_mayor_is_of_is_no_person():
    # A caption's "Commercial Sea Port Harbourtown" and "the mayor of Harbourtown" name a place, so
    # "Harbourtown's mayor" is no person called Harbourtown.
    article = extract_article(HEAD + "Harbourtown\u2019s mayor claims naval drones attacked the port overnight.\n\n"
                              "Commercial Sea Port Harbourtown, Northvale. Credit: Example.ge\n\n"
                              "Naval forces near the port were attacked by drones, according to Anna Berg, the mayor of Harbourtown.\n\n"
                              "The Northvale Pipeline Consortium said the movement of ships had been suspended.")
    assert [(s.speaker, s.speaker_type) for s in article.statements] == [
        ("Harbourtown\u2019s mayor", "role"), ("Anna Berg", "person"), ("Northvale Pipeline Consortium", "body")]


def test_numbered_quoted_points_after_laid_out_points_are_the_speakers_words():
    body = ("Piet Holm responded to the comments by calling them absurd and laid out three points:\n\n"
            "  1. \u201cThe mainland will definitely and inevitably lose.\u201d\n"
            "  2. \u201cAll the islands will be free, and this refers to every harbour as well.\u201d")
    assert found(body) == [("Piet Holm", "The mainland will definitely and inevitably lose.", "direct"),
                           ("Piet Holm", "All the islands will be free, and this refers to every harbour as well.", "direct")]


def test_an_unnamed_source_who_told_this_to_an_outlet_and_the_interlocutor_after():
    # Ukrinform's layout: the words, "A source at the SBU told this to Ukrinform.", then the source's
    # quotes, "the source said" and "the interlocutor said".
    body = ("Long-range drones carried out the largest wartime attack on the airfields of the mainland overnight.\n\n"
            "A source at the Harbour Guard told this to Example Wire.\n\n"
            "\"It was a fun night today at the airfields,\" the source said.\n\n"
            "\"Their correspondents are already complaining that the defences failed,\" the interlocutor said.")
    assert [(speaker, kind) for speaker, _, kind in found(body)] == [("source at the Harbour Guard", "indirect")] + [
        ("source at the Harbour Guard", "direct")] * 2


def test_an_outlets_source_is_the_speaker_and_the_outlet_none():
    # "Ukrainska Pravda reported that its source ..." names no person Ukrainska Pravda; "Ukrainska
    # Pravda's source in the SBU said" is the source.
    got = found("Ukrainska Pravda reported on Aug. 27 that the harbour had been hit overnight.\n\n"
                "However, Ukrainska Pravda's source in the Harbour Guard said that almost all drones reached their targets.")
    assert got == [("source in the Harbour Guard", "almost all drones reached their targets.", "indirect")]


def test_a_quoted_fragment_opening_words_first_is_part_of_the_reported_sentence():
    # '"33 drones" were "destroyed and intercepted" over ..., the ministry said': the whole sentence is
    # the ministry's report, its quoted fragments in it.
    got = found("The harbour guard downed 33 drones, the Harbour Ministry said on Sunday.\n\n"
                "\"33 unmanned aerial vehicles\" were \"destroyed and intercepted\" over the islands of Northvale and Lakeside, "
                "the ministry said in a post.")
    assert got[1] == ("Harbour Ministry",
                      "\"33 unmanned aerial vehicles\" were \"destroyed and intercepted\" over the islands of Northvale and Lakeside", "indirect")
    assert len(got) == 2


def test_three_titled_speakers_in_a_list_each_said_the_words():
    got = found("Earlier, Northvale President Anna Berg, Lakeside Chancellor Piet Holm and Harbourland Prime Minister Eva Lind "
                "said following telephone consultations that the strike amounted to an unacceptable escalation.")
    assert [speaker for speaker, _, _ in got] == ["Anna Berg", "Piet Holm", "Eva Lind"]


def test_agencies_noting_the_report_at_its_end_are_no_part_of_the_words():
    # "..., EFE and Reuters note.": the agencies pass the ministry's words on.
    assert found("The Harbour Ministry acknowledged on Wednesday that fighting on the islands continues for a second day, "
                 "EFE and Reuters note.") == [
        ("Harbour Ministry", "fighting on the islands continues for a second day", "indirect")]


def test_words_first_then_a_claiming_to_participle_give_both_the_words_and_the_claim():
    got = found("Two more drones were shot down over the harbour overnight, the Harbour Ministry said, "
                "claiming to have thwarted a \"terrorist attack\".")
    assert got == [("Harbour Ministry", "Two more drones were shot down over the harbour overnight", "indirect"),
                   ("Harbour Ministry", "claiming to have thwarted a \"terrorist attack\".", "indirect")]


def test_a_role_without_its_article_is_the_role_the_article_named():
    # Headline English: "Harbourtown mayor said ..." is "the Harbourtown mayor", named before.
    assert speakers_of("A tower was hit again, Harbourtown Mayor Anna Berg has said.\n\n"
                       "Harbourtown mayor said the building's glazing was destroyed.") == ["Anna Berg", "Anna Berg"]


def test_two_titles_joined_by_and_before_a_name_are_that_persons():
    assert speakers_of("\u201cThe world recognises this right,\u201d presidential aide and conflict negotiator Piet Holm "
                       "wrote on Twitter.") == ["Piet Holm"]


def test_an_adverb_before_a_leading_phrase_and_he_after_it():
    # "Even before taking office, Holm said ...": the phrase is a lead-in, and "he" next is Holm,
    # not the person the sentence before made its subject.
    body = ("Lind refused to supply the long-range missiles that the islands wanted for their defence.\n\n"
            "Even before taking office as chancellor on May 6, Holm repeatedly said the missiles could be given to the islands. "
            "However, on May 15, he said there were no plans to supply such missiles.\n\n"
            "Long before the storm, Eva Berg said that the port would close.")
    assert [(speaker, text) for speaker, text, _ in found(body)][1:] == [
        ("Holm", "the missiles could be given to the islands."),
        ("Holm", "there were no plans to supply such missiles."),
        ("Eva Berg", "the port would close.")]


def test_according_to_a_source_with_an_aside_on_the_source():
    body = ("According to a Harbourland intelligence official, who requested anonymity because of the nature of the "
            "information, the operation destroyed 41 aircraft at four airfields.\n\n"
            "According to Piet Holm, who leads the regional council, the bridge will reopen in the spring.")
    assert found(body) == [
        ("Harbourland intelligence official", "the operation destroyed 41 aircraft at four airfields.", "indirect"),
        ("Piet Holm", "the bridge will reopen in the spring.", "indirect")]


def test_words_first_with_a_quoted_fragment_are_reported():
    body = ("The refineries that have been attacked are \"absolutely legitimate targets\" from a military point of view, "
            "Eastland's Deputy Prime Minister Olha Example said at the forum on March 2.\n\n"
            "\"We will respond to every strike, whatever it takes,\" Anna Berg said on Friday.")
    assert found(body) == [
        ("Olha Example", "The refineries that have been attacked are \"absolutely legitimate targets\" from a military point of view", "indirect"),
        ("Anna Berg", "We will respond to every strike, whatever it takes", "direct")]


def test_complaints_and_mentions_report_words():
    body = ("Prime Minister Anna Berg complained that while the permission helps, it is not enough.\n\n"
            "Pal Example mentioned that the drones were launched from the border region.")
    assert found(body) == [("Anna Berg", "while the permission helps, it is not enough.", "indirect"),
                           ("Pal Example", "the drones were launched from the border region.", "indirect")]


def test_making_it_clear_and_voicing_a_view_report_words():
    body = ("While weighing the request, President Anna Berg made it clear that she did not want the war to spread.\n\n"
            "Pal Example voiced concern that the strikes would continue through the winter.\n\n"
            "The strikes made it clear that the air defences of the region were weak.")
    assert found(body) == [("Anna Berg", "she did not want the war to spread.", "indirect"),
                           ("Pal Example", "the strikes would continue through the winter.", "indirect")]


def test_a_word_of_an_institutions_name_is_no_person_even_after_a_possessive():
    # "the Union's Consultative Assembly": "Consultative" stands before an institution word, so
    # it is part of a body's name; "he" must go to the one person named, not to it.
    body = ("The plan was presented by Foreign Minister Pal Example at a session of the Union's Consultative Assembly "
            "in Riga. He said that strikes on military targets in Russia were lawful.\n\n"
            "Russia's Investigative Directorate met the Council's Permanent Committee on Monday.")
    assert speakers_of(body) == ["Pal Example"]
    from timeline_cli.speakers import find_names
    assert [run.name for run in find_names("at the Alliance's Parliamentary Assembly in Sofia")] == []
    assert [run.name for run in find_names("Minister Anna Berg of the Council's Permanent Committee")] == ["Anna Berg"]


def test_a_that_clause_of_reports_or_claims_is_not_the_speakers_words():
    # "denied reports that X" says the opposite of X; "commented on claims that X" says nothing of X.
    body = ("The Defence Ministry denied reports that its air base had been hit.\n\n"
            "Pal Example dismissed claims that the drones came from his country.\n\n"
            "Anna Sample commented on media reports that the army had crossed the border.\n\n"
            "Greta Hale responded to allegations that the refinery was a military target.\n\n"
            "Jonas Berg said in a statement that the strikes on the airfields were lawful.")
    assert found(body) == [
        ("Defence Ministry", "denied reports that its air base had been hit.", "indirect"),
        ("Pal Example", "dismissed claims that the drones came from his country.", "indirect"),
        ("Jonas Berg", "the strikes on the airfields were lawful.", "indirect"),
    ]


def test_a_sentence_adverb_before_the_subject_is_no_speaker():
    body = ("Thus, the Kremlin said that the drones had been shot down.\n\n"
            "Hence the Defence Ministry said that the bridge was open again.\n\n"
            "Nevertheless, Anna Sample said that the talks would go on.")
    assert speakers_of(body) == ["Kremlin", "Defence Ministry", "Anna Sample"]


def test_what_a_speaker_did_not_say_is_no_statement():
    # "did not say that X" and "never said that X" would put X in the speaker's mouth.
    body = ("Jonas Berg did not say that the limits would be lifted.\n\n"
            "Jonas Berg never said that the army could strike the airfields.\n\n"
            "Jonas Berg didn\u2019t publicly say that the ban was over.\n\n"
            "Jonas Berg refused to say that the ban was over.\n\n"
            "Jonas Berg denied saying that the ban was over.\n\n"
            "Jonas Berg did not specifically say if the permission covers targets that are deeper inside Russia.")
    assert found(body) == [
        ("Jonas Berg", "refused to say that the ban was over.", "indirect"),
        ("Jonas Berg", "denied saying that the ban was over.", "indirect"),
    ]


def test_that_as_a_relative_pronoun_does_not_open_the_reported_words():
    got = found("Anna Sample said the permission covers targets that are used to attack the city.\n\n"
                "Anna Sample said that was the plan from the start.")
    assert got == [("Anna Sample", "the permission covers targets that are used to attack the city.", "indirect"),
                   ("Anna Sample", "that was the plan from the start.", "indirect")]


def test_he_after_an_unnamed_official_spoke_means_the_official_not_a_person_named_before():
    body = ("President Anna Example has quietly allowed strikes near the border.\n\n"
            "\u201cThe permission covers the area around the city,\u201d an unnamed U.S. official told reporters.\n\n"
            "He added that the policy on long-range strikes inside Russia had not changed.\n\n"
            "Anna Example said on Friday that the decision was final. She said the allies agreed.")
    assert speakers_of(body) == ["unnamed U.S. official", "unnamed U.S. official", "Anna Example", "Anna Example"]


def test_a_day_in_a_relative_clause_about_the_speaker_does_not_date_the_words():
    article = extract_article("A headline about the strikes\n\nWednesday, 3 January 2024\n\n"
                              "Anna Example, who visited Kyiv on Friday, said the strikes on the airfields were lawful.\n\n"
                              "Greta Sample, whose ministry banned the flights on 28 December, said on Tuesday that the ban would stay.\n\n"
                              "Pal Example, speaking on Monday, said that the talks were over.")
    got = [(s.speaker, s.date.value) for s in article.statements]
    assert got == [("Anna Example", dt.date(2024, 1, 3)),    # the visit's Friday is not the words' day
                   ("Greta Sample", dt.date(2024, 1, 2)),
                   ("Pal Example", dt.date(2024, 1, 1))]     # an aside of speaking does date them


def test_a_reporting_word_after_a_possessive_or_determiner_is_a_noun():
    # "Example's earlier remarks were criticised": remarks, not a verb; nobody speaks.
    body = ("President Andrzej Example spoke in Warsaw on Monday.\n\n"
            "Example's earlier remarks were sharply criticised by lawmakers.\n\n"
            "His calls for more air defence were heard in Berlin.\n\n"
            "The latest reports from the region were not confirmed.\n\n"
            "Ukraine's president calls for the limits on Western weapons to be lifted.\n\n"
            "The Kremlin notes that the drones were shot down.")
    assert found(body) == [
        ("Ukraine's president", "calls for the limits on Western weapons to be lifted.", "indirect"),   # a verb after a role
        ("Kremlin", "the drones were shot down.", "indirect"),
    ]
    # A past form is an adjective right after the determiner ("the widely reported attack"), not
    # after a noun: "the head of the region reported that ..." is a subject and its verb.
    body = ("Governor of the region Piet Holm said in his channel that air defences shot down the tenth drone since the night.\n\n"
            "The head of the region reported that nine drones attacked the district.\n\n"
            "Despite the widely reported attack on the depot, the port stayed open.")
    assert found(body) == [
        ("Piet Holm", "air defences shot down the tenth drone since the night.", "indirect"),
        ("Piet Holm", "nine drones attacked the district.", "indirect")]
    # "Recall that", a translated "we remind you", leads in before the subject.
    body = ("Governor of the region Piet Holm said in his channel that air defences shot down the tenth drone since the night.\n\n"
            "Recall that earlier the head of the region said that nine drones attacked the district.")
    assert [speaker for speaker, _, _ in found(body)] == ["Piet Holm", "Piet Holm"]


def test_a_reporting_word_after_a_preposition_is_a_noun_and_the_verb_comes_later():
    # "in comments published on Sunday": not the verb "comments", whose words would begin "published".
    article = extract_article("A headline about the missiles\n\nTuesday, 4 June 2024\n\n"
                              "President Ivan Sample, in comments published on Sunday, warned that the supply of long-range "
                              "missiles would damage relations with Harbourland.\n\n"
                              "Piet Holm, in remarks to reporters, said that the strikes on the airfields were lawful.\n\n"
                              "According to reports in the press, the drones were launched from trucks near the base.")
    got = [(s.speaker, s.text, s.date.value) for s in article.statements]
    assert got == [
        ("Ivan Sample", "the supply of long-range missiles would damage relations with Harbourland.", dt.date(2024, 6, 2)),
        ("Piet Holm", "the strikes on the airfields were lawful.", dt.date(2024, 6, 4)),
    ]


def test_an_office_named_with_a_possessive_role_speaks_and_it_refers_to_it():
    body = ("The war has killed at least 324 children, the Ukrainian prosecutor general\u2019s office has said.\n\n"
            "Another 592 children have been injured, it added.")
    assert found(body) == [
        ("Ukrainian prosecutor general\u2019s office", "The war has killed at least 324 children", "indirect"),
        ("Ukrainian prosecutor general\u2019s office", "Another 592 children have been injured", "indirect"),
    ]


def test_words_then_he_said_adding_that_gives_both_statements_dated_by_the_attribution():
    article = extract_article("A headline about the strikes\n\nFriday, 2 February 2024\n\n"
                              "Governor Vasily Example said that a fire had broken out at the site.\n\n"
                              "The refinery\u2019s operations were suspended on Wednesday as a result, he said, adding that two drones "
                              "were later found at the site.")
    got = [(s.speaker, s.text, s.date.value) for s in article.statements]
    assert got == [("Vasily Example", "a fire had broken out at the site.", dt.date(2024, 2, 2)),
                   ("Vasily Example", "The refinery\u2019s operations were suspended on Wednesday as a result", dt.date(2024, 2, 2)),
                   ("Vasily Example", "two drones were later found at the site.", dt.date(2024, 2, 2))]


def test_a_name_after_a_long_lead_in_is_the_subject_and_the_local_governor_is_no_guess():
    body = ("Volgograd governor Andrei Example said that the attack was repelled. He added that one worker was hurt.\n\n"
            "In the Smolensk region west of Moscow, governor Vasily Sample claimed there had been a drone attack. "
            "He said one drone was intercepted.\n\n"
            "Air defences also destroyed several drones in the Tver region, according to the local governor.")
    assert speakers_of(body) == ["Andrei Example", "Andrei Example", "Vasily Sample", "Vasily Sample"]


def test_an_object_then_a_second_verb_is_no_reported_clause():
    # "acknowledged the attack but claimed ...": "the attack" is what was acknowledged, not words;
    # what the second verb claims is.
    body = ("Governor Andrei Example acknowledged the attack but claimed all the drones had been shot down.\n\n"
            "Governor Andrei Example said the drones were shot down and the fire was out.")
    assert found(body) == [("Andrei Example", "all the drones had been shot down.", "indirect"),
                           ("Andrei Example", "the drones were shot down and the fire was out.", "indirect")]


def test_an_outlet_citing_words_said_by_someone_else_is_not_their_speaker():
    body = ("President Anna Example spoke in Yalta on Friday.\n\n"
            "The head of state said this during an address to the annual meeting, Example News reports.\n\n"
            "On 12 September, Russian ruler Ivan Sample said that allowing the strikes would mean war.")
    assert found(body) == [("Ivan Sample", "allowing the strikes would mean war.", "indirect")]


def test_a_second_clause_after_but_or_a_verb_of_doing_is_no_attribution():
    body = ("Allies have not yet given the army permission for strikes deep inside the country, but Kyiv continues to work on this.\n\n"
            "The talks will resume in May, and Minister Anna Example hopes to attend them.\n\n"
            "The strikes will go on as long as needed, Minister Anna Example continued.")
    assert found(body) == [("Anna Example", "The strikes will go on as long as needed", "indirect")]


def test_this_was_stated_by_gives_the_words_before_it_to_whom_it_names():
    body = ("No decision on the long-range strikes has been made. Kyiv will be told first. This was stated by the spokesperson "
            "for the Defence Ministry, Olena Example, during a telethon on Wednesday, writes Example News.\n\n"
            "The allies have not yet lifted the limits on the weapons.\n\n"
            "According to Example Post, this was reported by Petro Sample, a senior adviser, in an interview.\n\n"
            "The spokesperson emphasized that the talks go on.")
    article = extract_article("A headline about the talks\n\nFriday, 8 March 2024\n\n" + body)
    got = [(s.speaker, s.text, s.kind, s.date.value) for s in article.statements]
    assert got == [
        ("Olena Example", "No decision on the long-range strikes has been made. Kyiv will be told first.", "indirect", dt.date(2024, 3, 6)),
        ("Petro Sample", "The allies have not yet lifted the limits on the weapons.", "indirect", dt.date(2024, 3, 8)),
        ("Olena Example", "the talks go on.", "indirect", dt.date(2024, 3, 8)),   # the spokesperson named before, with a comma
    ]
    for s in article.statements:
        assert_offsets(article, s)


def test_words_set_off_by_a_dash_and_a_bare_attribution_paragraph():
    # Outlets that strip their blockquotes leave the words without quotation marks, then "- He said."
    body = ("Spokesman Ivan Example said that the decision was near.\n\n"
            "The partners will give in. We hope it happens soon\n\n"
            "- He said.\n\n"
            "There is pressure on the partners. We keep making the case - Example added.\n\n"
            "The weather in the capital was mild.\n\n"
            "- Reporters noted.")
    assert found(body) == [
        ("Ivan Example", "the decision was near.", "indirect"),
        ("Ivan Example", "The partners will give in. We hope it happens soon", "indirect"),
        ("Ivan Example", "There is pressure on the partners. We keep making the case", "indirect"),
    ]


def test_a_role_is_not_given_to_someone_named_only_much_later():
    body = ("The spokesperson emphasized that the talks would go on.\n\n"
            + "The capital spent a quiet night and the markets opened as usual on the morning after the talks. " * 5 + "\n\n"
            "Recall\n\n"
            "White House spokeswoman Karin Example said that no new decisions should be expected.")
    assert speakers_of(body) == ["Karin Example"]


def test_an_aside_of_time_after_a_name_is_no_role():
    body = ("This was stated by Ivan Example, during the telethon, writes Example News.\n\n"
            "The telethon host said that the broadcast would go on.")
    article = extract_article(HEAD + body)
    assert [s.speaker for s in article.statements] == []


def test_a_full_stop_without_a_space_still_ends_the_sentence():
    body = ("\u201cThe strike was a response,\u201d Spokesman Ivan Example told reporters.The spokesman added that the city was calm."
            "Governor Petro Sample said that two drones were shot down.\n\n"
            "Harbourville confirmed that the ferry sank on Monday.\u201cThe crew is safe,\u201d Mayor Anna Holm said.")
    assert found(body) == [("Ivan Example", "The strike was a response", "direct"),
                           ("Ivan Example", "the city was calm.", "indirect"),
                           ("Petro Sample", "two drones were shot down.", "indirect"),
                           ("Harbourville", "the ferry sank on Monday.", "indirect"),
                           ("Anna Holm", "The crew is safe", "direct")]


def test_a_comment_on_information_spread_by_others_does_not_report_it():
    body = ("The Kremlin commented on the information disseminated by a number of channels that the army attacked the city.\n\n"
            "The Kremlin denied reports in the Western media that its troops had crossed the border.")
    assert found(body) == [("Kremlin", "denied reports in the Western media that its troops had crossed the border.", "indirect")]


def test_a_report_joined_on_after_a_comma_is_read_as_its_own():
    body = ("The Russian authorities accused Kyiv of a drone attack on the city, and presidential spokesman Ivan Example "
            "said that Moscow considers it an act of terror.\n\n"
            "Minister Anna Example said the strikes were legitimate, and the drones would keep flying.")
    assert found(body) == [("Russian authorities", "accused Kyiv of a drone attack on the city", "indirect"),
                           ("Ivan Example", "Moscow considers it an act of terror.", "indirect"),
                           ("Anna Example", "the strikes were legitimate, and the drones would keep flying.", "indirect")]


def test_a_speech_participle_after_a_role_in_lower_case_and_a_name():
    body = ("Estonian foreign policy chief Eva Lind also joined the call, adding that the ferries must sail again.\n\n"
            "Officials thanked Regional Governor Anna Holm on Monday, adding that the port would reopen.\n\n"
            "Regional transport chief Ines Berg also joined the call, adding that the trains must run again.")
    # The second sentence's subject is the officials, not the governor they thanked; in the third
    # a plain noun ("transport") qualifies the title.
    assert found(body) == [("Eva Lind", "the ferries must sail again.", "indirect"),
                           ("Ines Berg", "the trains must run again.", "indirect")]


def test_a_plain_noun_before_a_title_and_a_senators_party_and_state():
    got = found("The harbour will reopen in May, port spokeswoman Anna Berg said.\n\n"
                "The reported lifting of the fees \u201cdoes not excuse the slow work on the quay,\u201d Finance Committee "
                "ranking member Sen. Piet Holm (R-Miss.) said in a statement.\n\n"
                "\u201cThe repairs are late,\u201d Sen. Eva Lind (D-Calif.) said.")
    assert [speaker for speaker, *_ in got] == ["Anna Berg", "Piet Holm", "Eva Lind"]
    assert got[2] == ("Eva Lind", "The repairs are late", "direct")


def test_people_around_a_titled_person_are_not_that_person():
    assert found("Critics of spokeswoman Anna Berg said that the harbour would never reopen.\n\n"
                 "Aides to Minister Piet Holm said that the quay would reopen.") == []


def test_the_outlet_that_reported_it_first_is_no_part_of_the_speaker():
    body = ("As Example Wire reported, on 1 March, Port spokesman Ivan Holm, commenting on the ferry, said that the port would stay closed.\n\n"
            "As reported by Example Wire, Minister Eva Lind said that trucks would wait.")
    article = extract_article(HEAD + body)
    assert [(s.speaker, s.text, s.date_phrase) for s in article.statements] == [
        ("Ivan Holm", "the port would stay closed.", "1 March"),
        ("Eva Lind", "trucks would wait.", None)]


def test_words_first_then_a_name_and_its_role_without_a_second_comma():
    got = found("The port will stay closed until May, Anna Holm, the mayor of the city said on Monday.\n\n"
                "The head of the port authority, Ivan Berg, said that the ferries would wait.")
    assert got == [("Anna Holm", "The port will stay closed until May", "indirect"),
                   ("Ivan Berg", "the ferries would wait.", "indirect")]


def test_declining_to_say_is_no_statement_but_what_follows_but_is():
    got = found("Minister Eva Lind spoke on Monday.\n\n"
                "She refused to specify what kind of ferry she meant but added that the port would reopen in May.\n\n"
                "Lind refused to comment.\n\n"
                "Lind also reassured reporters that the trucks would wait.")
    assert got == [("Eva Lind", "the port would reopen in May.", "indirect"),
                   ("Eva Lind", "the trucks would wait.", "indirect")]


def test_an_official_of_a_named_office_is_the_person_who_holds_a_role_there():
    got = found("Ivan Holm, Coordinator for Communications at the Harbour Office, spoke on Monday.\n\n"
                "The Harbour Office official noted that the port would reopen.\n\n"
                "President Anna Berg arrived later. The Harbour official said that the ferries would wait.")
    # One word before "official" fits too many people: nobody.
    assert got == [("Ivan Holm", "the port would reopen.", "indirect")]


def test_a_line_that_introduces_the_quote_set_apart_below_it():
    got = found("Minister Eva Lind spoke on Monday.\n\n"
                "When asked about the ferry, Lind reiterated:\n\n"
                "\u201cThere is no change in our plans for the ferry.\u201d\n\n"
                "When questioned on whether the trucks would wait, Lind replied\n\n"
                "\u201cThe trucks will wait until May.\u201d\n\n"
                "Lind said that the port was ready and added:\n\n"
                "\u201cWe will open on time.\u201d\n\n"
                "Here is what the report said:\n\n"
                "\u201cThe port is not ready for the season.\u201d")
    assert got == [("Eva Lind", "There is no change in our plans for the ferry.", "direct"),
                   ("Eva Lind", "The trucks will wait until May.", "direct"),
                   ("Eva Lind", "the port was ready", "indirect"),
                   ("Eva Lind", "We will open on time.", "direct")]


def test_said_that_and_added_a_quote_in_one_sentence():
    got = found('Minister Eva Lind said that the port was ready and added: "We will open on time."')
    assert got == [("Eva Lind", "the port was ready", "indirect"), ("Eva Lind", "We will open on time.", "direct")]


def test_a_second_report_joined_by_and_without_a_comma():
    got = found('Minister Eva Lind warned that the port remains \u201cclosed\u201d and stressed that the ferries will wait for \u201cbetter weather\u201d.\n\n'
                "Mayor Anna Holm said that the trucks and the ferries would wait.")
    assert got == [("Eva Lind", "the port remains \u201cclosed\u201d", "indirect"),
                   ("Eva Lind", "the ferries will wait for \u201cbetter weather\u201d.", "indirect"),
                   ("Anna Holm", "the trucks and the ferries would wait.", "indirect")]


def test_as_someone_noted_gives_their_words_and_as_an_outlet_reported_gives_none():
    article = extract_article(HEAD + "Minister Eva Lind spoke.\n\n"
                              "As Lind noted on Friday, if the ferry does not sail, the trucks will have to wait.\n\n"
                              "As Example Wire reported, a spokesman said that the port was closed.\n\n"
                              "As Lind said, Mayor Anna Holm stressed that the port was closed.\n\n"
                              "As the ferry sailed, the port was closed.\n\n"
                              "As the Mayor of Harbourville, Piet Holm, stated, the quay has not yet reopened.")
    assert [(s.speaker, s.text, s.date_phrase) for s in article.statements] == [
        ("Eva Lind", "if the ferry does not sail, the trucks will have to wait.", "Friday"),
        ("Anna Holm", "the port was closed.", None),
        ("Piet Holm", "the quay has not yet reopened.", None)]


def test_a_news_site_passing_the_story_on_is_no_speaker():
    got = found("Minister Eva Lind gave another reason why the ferry should not sail.\n\n"
                "This was reported by Example.NET with reference to the Daily Example.\n\n"
                "The port will stay closed. This was reported by the news agency Example Wire.")
    assert got == []


def test_a_website_spelled_with_cyrillic_letters_is_no_speaker_and_a_role_after_the_name_ends_it():
    # "Example.N\u0415\u0422" with a Cyrillic E and T, as a page may spell it.
    got = found("All ferries from which the smugglers work are a legal target for the police.\n\n"
                "This was stated in an interview on March 3 by Piet Holm, a member of the \"Harbour First\" party, "
                "informs Example.N\u0415\u0422 referring to Harbour Weekly.")
    assert got == [("Piet Holm", "All ferries from which the smugglers work are a legal target for the police.", "indirect")]


def test_an_object_then_a_colon_and_a_quote_is_no_reported_clause():
    got = found("Mayor Anna Holm confirmed the same storm, on her channel: \u201cAnother ferry was damaged at the quay\u201d.")
    assert got == [("Anna Holm", "Another ferry was damaged at the quay", "direct")]


def test_a_dateline_with_an_agency_tag_is_no_statement_and_yesterday_dates_the_participles_words():
    article = extract_article("Harbour News\n\n"
                              "March 14, 2024 (EXWIRE)\u2014Yesterday, Minister Eva Lind reiterated her opposition to the plan, "
                              "arguing that the ferries would need help from the navy, reported Harbour Weekly.")
    assert [(s.speaker, s.text, s.date.value) for s in article.statements] == [
        ("Eva Lind", "the ferries would need help from the navy", dt.date(2024, 3, 13))]


def test_that_and_a_comma_before_a_condition_still_reports_it():
    got = found("Minister Eva Lind stressed that, if the storm returns, the ferries would stay in port.")
    assert got == [("Eva Lind", "if the storm returns, the ferries would stay in port.", "indirect")]


def test_capitalised_words_of_a_headline_in_title_case_are_no_name():
    article = extract_article("Lind Repeats \u2018No\u2019 to Ferry Plans for Winter\n\nMarch 4, 2024\n\n"
                              "Reporters met Minister Eva Lind in the port on Monday.\n\n"
                              "She argued that the route should stay closed until spring.")
    assert [(s.speaker, s.text) for s in article.statements] == [("Eva Lind", "the route should stay closed until spring.")]


def test_the_and_an_acronym_is_a_body_but_the_pm_is_not_and_told_an_outlet_before_an_occasion():
    got = found("The ICRC said their team had been preparing to bring aid to the village.\n\n"
                "The PM said that the quay would reopen.\n\n"
                "The ferry plans of the port show what they are worth, Harbour Minister Eva Lind told Example.ru on the "
                "sidelines of the Northern Economic Forum (NEF).")
    assert got == [("ICRC", "their team had been preparing to bring aid to the village.", "indirect"),
                   ("Eva Lind", "The ferry plans of the port show what they are worth", "indirect")]


def test_a_subordinate_clause_before_the_subject_and_a_passive_verb_inside_the_words():
    got = found("As the summit officially begins on July 9 in Harbourville, Mayor Anna Holm said there will be new ferries.\n\n"
                "When the storm ended, Holm said the port would reopen.\n\n"
                "Across the region, 170 boats were damaged, while at least 37 were confirmed sunk in the storm, "
                "Minister Eva Lind said.")
    assert got == [("Anna Holm", "there will be new ferries.", "indirect"),
                   ("Anna Holm", "the port would reopen.", "indirect"),
                   ("Eva Lind", "Across the region, 170 boats were damaged, while at least 37 were confirmed sunk in the storm", "indirect")]


def test_the_same_words_of_the_same_speaker_printed_twice_are_one_statement():
    # (a pull quote, a "What you need to know" box: the same words again)
    article = extract_article(HEAD + "The port will stay closed until May, Harbour Minister Eva Lind said on Friday.\n\n"
                              "\u201cThe ferries will wait,\u201d Lind said.\n\n"
                              "The port will stay closed until May, Harbour Minister Eva Lind said on Friday.\n\n"
                              "\u201cThe ferries will wait,\u201d Lind said.\n\n"
                              "\u201cThe ferries will wait,\u201d Mayor Anna Holm said on Monday.\n\n"
                              "Lind said on Saturday: \u201cThe ferries will wait.\u201d")
    got = [(s.speaker, s.text, s.date_phrase) for s in article.statements]
    assert got == [("Eva Lind", "The port will stay closed until May", "Friday"),
                   ("Eva Lind", "The ferries will wait", "Friday"),   # (bare, in the next paragraph: that day too)
                   ("Anna Holm", "The ferries will wait", "Monday"),    # another speaker's
                   ("Eva Lind", "The ferries will wait.", "Saturday")]  # on another day
    # A lead that repeats a sentence of the body, one with its full stop and one without, is one statement.
    words = ("the risk of a storm in the harbour is growing daily and the ferries that serve the islands may have to stay "
             "in port for weeks, which has only added to the costs of the towns on the coast")
    article = extract_article(HEAD + f"The port is closed.\n\nAccording to Eva Lind, {words}\n\nThe ferries wait.\n\n"
                              f"According to Lind, {words}.")
    assert [(s.speaker, s.text) for s in article.statements] == [("Eva Lind", words)]


def test_a_reported_clause_with_a_common_verb_in_s_and_a_quoted_fragment_is_reported():
    got = found("Minister Eva Lind said the port takes the \u201cwarnings seriously\u201d and would stay closed.")
    assert got == [("Eva Lind", "the port takes the \u201cwarnings seriously\u201d and would stay closed.", "indirect")]


def test_a_participle_of_saying_before_a_colon_and_words_set_apart_and_the_last_verb_before_a_quote():
    got = found("Minister Eva Lind strongly criticised the closure of the quay that the ferries of the island use, stating:\n\n"
                "\u201cWe warned them yesterday and we warn them today, it is a mistake.\u201d\n\n"
                "When asked about it, Mayor Anna Holm responded, \u201cI have no changes to announce today.\u201d")
    assert [(s, t) for s, t, k in got if k == "direct"] == [
        ("Eva Lind", "We warned them yesterday and we warn them today, it is a mistake."),
        ("Anna Holm", "I have no changes to announce today.")]


def test_the_remarks_came_from_names_the_speaker_and_the_premier_is_the_prime_minister():
    got = found("Norway has voiced serious concerns about the closure of the quay, warning that it could hurt trade. "
                "The remarks came from Harbour Minister Eva Lind during a press conference on Monday.\n\n"
                "Prime Minister Piet Holm met the mayor.\n\n"
                "\u201cIt is absurd that the port is closed,\u201d the premier added.")
    assert got == [("Eva Lind", "Norway has voiced serious concerns about the closure of the quay, warning that it could hurt trade.",
                    "indirect"),
                   ("Piet Holm", "It is absurd that the port is closed", "direct")]


def test_he_after_an_attribution_with_a_name_in_its_apposition_is_the_speaker():
    got = found('"Sanctions are essential," Andriy Examplak, President Samplenskiy\'s chief of staff, said after the talks.\n\n'
                '"We discussed the plan," he added.')
    assert [s for s, _, _ in got] == ["Andriy Examplak", "Andriy Examplak"]


def test_a_photo_credit_is_nobody_he_or_she_could_mean():
    got = found("Ferries will sail again next week, said Port Secretary Anna Berg, who spoke to the media today.\n\n"
                "Credit: Staff Sgt. John Example, Harbour Weekly\n\n"
                'The port has not confirmed the date, she said, adding, "The ships are ready for a reason."')
    assert [s for s, _, k in got if k == "direct"] == ["Anna Berg"]


def test_the_department_refers_back_to_the_department_that_spoke():
    got = found("The meeting went well, according to a Harbour Department readout.\n\n"
                '"The Secretary reiterated our support for the port," the Department said.')
    assert got[-1] == ("Harbour Department", "The Secretary reiterated our support for the port", "direct")


def test_a_participle_without_that_and_a_past_tense_after_a_pronoun():
    got = found("Mayor Anna Holm has pressed the ministry to reopen the quay, arguing she needed the ferries for the winter.")
    assert got == [("Anna Holm", "she needed the ferries for the winter.", "indirect")]


def test_words_then_a_dash_and_a_name_and_a_name_as_a_label_and_a_role_of_a_place_before_a_name():
    got = found('"Tonight the ferry was hit by a storm. There were no victims," - Piet Holm.\n\n'
                'Mayor Anna Berg: "The port will open again in the morning."\n\n'
                'Breaking: "The port is closed."\n\n'
                '"One ship hit the same quay as last time," the mayor of the northern harbour Eva Lind said on Monday.')
    assert [(s, k) for s, _, k in got] == [("Piet Holm", "direct"), ("Anna Berg", "direct"), ("Eva Lind", "direct")]


def test_x_said_this_at_an_occasion_gives_x_the_paragraph_above_where_nobody_spoke():
    article = extract_article("Ferries\n\nFriday, 7 June 2024\n\n"
                              "(EXWIRE) The port is working to ensure that as many ferries as possible sail again this summer.\n\n"
                              "Minister Eva Lind stated this in an evening address on Wednesday, Harbour Weekly reports.")
    assert [(s.speaker, s.text, s.date.value) for s in article.statements] == [
        ("Eva Lind", "The port is working to ensure that as many ferries as possible sail again this summer.", dt.date(2024, 6, 5))]


def test_a_transcript_gives_each_labelled_answer_to_its_speaker_and_leaves_questions_out():
    article = extract_article(
        "Transcript of an interview with Minister Eva Lind\n\n"
        "Harbour Weekly editor Piet Holm interviewed Minister Eva Lind on the ferry to the island.\n\n"
        "PIET HOLM: Do you worry that the port will stay closed?\n\n"
        "EVA LIND: Of course, I am worried. The ferries must sail.\n\n"
        "And the trucks are waiting at the gate every morning.\n\n"
        "Piet Holm: (00:49)\n\nWill it open in May?\n\n"
        "Eva Lind: (01:03)\n\nYes.\n\n"
        "Harbour Fears: the quay is closed again, and nobody knows for how long it will be.\n\n"
        "Eva Lind: \u201cWe will open it in May.\u201d")
    got = [(s.speaker, s.text, s.kind) for s in article.statements]
    assert got == [("Eva Lind", "Of course, I am worried. The ferries must sail.", "direct"),
                   ("Eva Lind", "And the trucks are waiting at the gate every morning.", "direct"),
                   ("Eva Lind", "Yes.", "direct"),
                   ("Eva Lind", "We will open it in May.", "direct")]
    for statement in article.statements:
        assert article.text[statement.start:statement.end] == statement.text


def test_a_title_and_surname_in_capitals_label_a_speaker_named_nowhere_else():
    # Official transcripts: "SECRETARY HOLM:" names its speaker by title and surname only.
    article = extract_article(
        "SECRETARY HOLM:  Well, good afternoon, everyone. It is a pleasure to be with my colleague, Eva Lind.\n\n"
        "MINISTER LIND:  Likewise. We speak regularly and we meet regularly.\n\n"
        "The port is grateful for the support of the islands.")
    got = [(s.speaker, s.text) for s in article.statements]
    assert got == [("Holm", "Well, good afternoon, everyone. It is a pleasure to be with my colleague, Eva Lind."),
                   ("Eva Lind", "Likewise. We speak regularly and we meet regularly."),
                   ("Eva Lind", "The port is grateful for the support of the islands.")]


def test_that_after_a_preposition_is_a_determiner_not_the_start_of_the_words():
    got = found("Mayor Anna Holm said the closure of the port in that city will mean an end to trade.\n\n"
                "Minister Eva Lind said on that day that the ferries would wait.")
    assert got == [("Anna Holm", "the closure of the port in that city will mean an end to trade.", "indirect"),
                   ("Eva Lind", "the ferries would wait.", "indirect")]


def test_expressing_hope_or_conviction_reports_a_clause():
    got = found("Minister Eva Lind expressed hope that the ferries would sail.\n\n"
                "Lind expressed her conviction that the quay will reopen.\n\n"
                "Lind expressed her condolences to the families of those killed.")
    assert got == [("Eva Lind", "the ferries would sail.", "indirect"), ("Eva Lind", "the quay will reopen.", "indirect")]


def test_a_question_or_a_bullet_before_the_subject():
    got = found("To the question why the ferry did not sail, Minister Eva Lind said that the port was closed.\n\n"
                "- Earlier, Lind opposed the new timetable, arguing that the trucks would have to wait.")
    assert got == [("Eva Lind", "the port was closed.", "indirect"), ("Eva Lind", "the trucks would have to wait.", "indirect")]


def test_an_agency_tag_and_a_lead_in_before_the_speaker():
    body = "(EXAMPLEWIRE) In a stern rebuke, Maria Example, spokeswoman for the Foreign Ministry, has warned that the West is playing with fire."
    assert found(body) == [("Maria Example", "the West is playing with fire.", "indirect")]


def test_a_speech_participle_after_the_subjects_own_deed():
    body = ("Speaking to reporters, Maria Example underscored the risks of the conflict, alleging that the capitals are complicit.\n\n"
            "She issued a stark warning, asserting that the country will respond to any strike.\n\n"
            "The Foreign Ministry published a report, saying that the drones came from the south.\n\n"
            "The army fired the weapons, stating that the targets were military.")
    # An institution's participle says its words too, when "that" opens them.
    assert found(body) == [("Maria Example", "the capitals are complicit.", "indirect"),
                           ("Maria Example", "the country will respond to any strike.", "indirect"),
                           ("Foreign Ministry", "the drones came from the south.", "indirect")]


def test_a_manner_adverb_between_the_speaker_and_the_verb():
    got = found("Minister Eva Lind spoke in the port.\n\n"
                "\u201cThe ferry will sail when the storm is over,\u201d Lind calmly explained at a press conference.\n\n"
                "Her deputy Anna Holm publicly stated that the port was closed.\n\n"
                "\u201cThe trucks will wait,\u201d the family said.")
    assert got == [("Eva Lind", "The ferry will sail when the storm is over", "direct"),
                   ("Anna Holm", "the port was closed.", "indirect")]
    # After an auxiliary, and more than one: "has repeatedly, vaguely said".
    assert found("Minister Eva Lind spoke in the port.\n\n"
                 "Lind has repeatedly, vaguely said that the ferry would sail in May.") == [
        ("Eva Lind", "the ferry would sail in May.", "indirect")]


def test_words_first_that_open_with_this_or_now_are_words_not_a_lead_in():
    got = found("Minister Eva Lind spoke in the port.\n\n"
                "This is decided by those who run the ferries, she pointed out.\n\n"
                "Now the trucks are waiting in the rain, Lind said.\n\n"
                "This week in an interview with the Daily Example, Lind said.")
    assert got == [("Eva Lind", "This is decided by those who run the ferries", "indirect"),
                   ("Eva Lind", "Now the trucks are waiting in the rain", "indirect")]


def test_words_first_may_end_in_a_quoted_fragment():
    got = found("The port keeps the ferries in, citing \u201cthe storm,\u201d the cost of fuel, or \u201cother risks,\u201d "
                "ministry spokeswoman Eva Lind said in an interview.")
    assert got == [("Eva Lind", "The port keeps the ferries in, citing \u201cthe storm,\u201d the cost of fuel, "
                    "or \u201cother risks,\u201d", "indirect")]


def test_a_that_clause_after_someone_elses_participle_is_not_the_subjects():
    got = found("Minister Eva Lind spoke in the port.\n\n"
                "Lind responded to a question about former mayor Anna Holm suggesting in an interview "
                "that the ferries should sail at night.")
    assert got == []
    # The subject's own participle, after the channel of the words: the that-clause is the subject's.
    got = found("Governor Piet Holm confirmed the attack on Telegram saying that \"today Harbourtown suffered a massive drone attack.\"\n\n"
                "Mayor Eva Lind confirmed the closure in a post saying that the ferries would not sail before Monday.")
    assert got == [("Piet Holm", "today Harbourtown suffered a massive drone attack.", "direct"),
                   ("Eva Lind", "the ferries would not sail before Monday.", "indirect")]


def test_a_title_with_of_before_the_titled_name():
    got = found("Port Board of Harbours Chairman Capt. Eva Lind added that the ferries will sail.")
    assert got == [("Eva Lind", "the ferries will sail.", "indirect")]


def test_as_recently_as_opens_the_sentence_before_the_speaker():
    article = extract_article(HEAD + "As recently as March 1, ministry spokeswoman Eva Lind said that the ferries would sail.")
    assert [(s.speaker, s.text, s.date.iso() if s.date else None) for s in article.statements] == [
        ("Eva Lind", "the ferries would sail.", "2024-03-01")]


def test_any_participles_phrase_or_a_few_hours_after_opens_the_sentence_before_the_speaker():
    got = found("Arriving at a summit focused on the port, Finance Minister Anna Berg said Paris would send more ferries.\n\n"
                "A few hours after Berg spoke at the summit, a spokesperson for the Transport Ministry told the press "
                "that the ferries had already sailed.\n\n"
                "Something is wrong with the quay, Piet Holm said.")
    assert got == [("Anna Berg", "Paris would send more ferries.", "indirect"),
                   ("spokesperson for the Transport Ministry", "the ferries had already sailed.", "indirect"),
                   ("Piet Holm", "Something is wrong with the quay", "indirect")]


def test_words_first_then_a_day_and_a_long_account_of_the_occasion():
    # Published Monday, March 4: "Tuesday" is the day before the last.
    article = extract_article(HEAD + "The port has sent some longer ferries to the islands, Finance Minister Anna Berg "
                              "announced Tuesday, as she arrived for the Baltic summit in Vilnius, Lithuania.")
    assert [(s.speaker, s.text, s.date.iso()) for s in article.statements] == [
        ("Anna Berg", "The port has sent some longer ferries to the islands", "2024-02-27")]


def test_words_first_then_the_writers_participle_phrase():
    got = found("The ferries have left the port in a storm, the Transport Ministry said Tuesday, marking the first "
                "sailing of the U.S.-built ferries in the stormy season in more than twenty-five years of service.")
    assert got == [("Transport Ministry", "The ferries have left the port in a storm", "indirect")]


def test_quotes_in_a_that_clause_of_an_unknown_subject_are_not_the_last_speakers():
    got = found("Minister Eva Lind said the port was closed.\n\n"
                "The people running the night shift said that \u201cthe ferries will sail again once the storm is gone\u201d "
                "and warned that the port \u201cmay stay closed for a week.\u201d")
    assert got == [("Eva Lind", "the port was closed.", "indirect")]


def test_a_body_in_a_city_and_a_bodys_statement_speak():
    got = found("The transport ministry in Lisbon said that the ferries will sail.\n\n"
                "\u201cThe port is open again,\u201d the Harbour Authority statement said.")
    assert got == [("Transport ministry in Lisbon", "the ferries will sail.", "indirect"),
                   ("Harbour Authority", "The port is open again", "direct")]


def test_the_statement_of_a_body_speaks_for_it_and_therefore_sits_between_subject_and_verb():
    got = found("A statement by the Port Ministry revealed that the quay was closed.\n\n"
                "The statement of the Harbour Authority said that the ferries would wait.\n\n"
                "A statement by his lawyer said that he was ill.\n\n"
                "The Harbour Authority therefore accused the crew of \u201cputting the ship at risk\u201d.")
    assert got == [("Port Ministry", "the quay was closed.", "indirect"),
                   ("Harbour Authority", "the ferries would wait.", "indirect"),
                   ("Harbour Authority", "accused the crew of \u201cputting the ship at risk\u201d.", "indirect")]


def test_a_name_with_a_long_role_in_apposition_after_a_quote():
    got = found("Harbour Weekly reports that the quay will reopen in May.\n\n"
                "\u201cWe saw the ships waiting at the gate and there was nothing we could do,\u201d Eva Lind, the head of "
                "Ukraine\u2019s special parliamentary commission on ports and harbours, commented on the situation.")
    assert got[-1] == ("Eva Lind", "We saw the ships waiting at the gate and there was nothing we could do", "direct")
    assert len(got) == 2


def test_a_quote_that_runs_on_into_the_sentence_before_said_and_the_name():
    got = found("\u201cThe main problem right now is the policy to limit our capability\u201d to reopen the port, "
                "said Piet Holm, the leader of the harbour party.")
    assert got == [("Piet Holm", "The main problem right now is the policy to limit our capability", "direct")]


def test_who_was_told_or_asked_is_no_speaker():
    assert found("Eva Lind was asked about recent complaints that a ban meant the port was unable to open.\n\n"
                 "Piet Holm was told that the ferries would stay in the harbour for now.\n\n"
                 "The city was accused by the port of breaking the contract on the quay.") == []
    # Hearsay in the passive still gives the person's words.
    assert found("Anna Berg is reported to have said that the ferries must stop.") == [
        ("Anna Berg", "the ferries must stop.", "indirect")]


def test_he_after_a_title_that_follows_the_name_of_its_committee():
    got = found("Eva Lind said that the decision on the port should be made by the city.\n\n"
                "US Harbour Relations Committee Chairman Holm is trying to convince the council to reopen the port.\n\n"
                "\u201cThey will not be able to trade with the limits that you have imposed on them,\u201d - he said.")
    assert [speaker for speaker, _, _ in got] == ["Eva Lind", "Holm"]


def test_the_secretary_of_state_is_the_state_secretary_named_before():
    got = found("US State Secretary Eva Lind. Photo:\n\n"
                "\u201cWe have not encouraged trips outside the harbour, and the port has to decide for itself,\u201d "
                "the US Secretary of State stressed.")
    assert got == [("Eva Lind", "We have not encouraged trips outside the harbour, and the port has to decide for itself", "direct")]


def test_a_place_in_capitals_with_a_colon_is_a_dateline_but_a_name_is_a_speakers_label():
    got = found("MOSCOW: The Port Authority said on Monday that the ferries would wait.\n\n"
                "date 2024-03-04 ODESA: The Harbour Council said that the quay would reopen.\n\n"
                "HOLM: We said that the quay would reopen.")
    assert got[:2] == [("Port Authority", "the ferries would wait.", "indirect"),
                       ("Harbour Council", "the quay would reopen.", "indirect")]
    assert "HOLM" not in [speaker for speaker, _, _ in got]
    # In title case, a place and its country before a dash.
    assert found("Odesa, Ukraine \u2014 The port will reopen in May, Eva Lind said.") == [
        ("Eva Lind", "The port will reopen in May", "indirect")]


def test_words_with_an_irregular_past_around_a_pronouns_attribution():
    got = found("Eva Lind spoke to reporters in the port.\n\n"
                "The harbour, she said, knew how and when to respond.")
    assert got == [("Eva Lind", "The harbour \u2026 knew how and when to respond.", "indirect")]


def test_a_second_that_clause_joined_by_but_keeps_the_first():
    got = found("Asked about the wreck, Eva Lind said divers brought the cargo up but that the question of the hull was for the ministry.")
    assert got == [("Eva Lind", "divers brought the cargo up but that the question of the hull was for the ministry.", "indirect")]


def test_the_united_nations_and_the_politician_named_before_speak():
    got = found("The United Nations said in August last year, following a fire in the port, that it did not want to see "
                "any targeting of civilian ships.\n\n"
                "This was stated by Harbour Secretary Eva Lind during a hearing.\n\n"
                "The politician also said that she wants to guarantee the port the equipment it needs.")
    assert got == [("United Nations", "it did not want to see any targeting of civilian ships.", "indirect"),
                   ("Eva Lind", "she wants to guarantee the port the equipment it needs.", "indirect")]


def test_a_preposition_or_an_adjective_before_a_verb_of_saying_is_nobody():
    assert found("Despite repeated hints from Piet Holm earlier this week that the port would close, the council "
                 "is still refusing to confirm the reports.\n\n"
                 "Despite Anna Berg's repeated warnings that the port would close, the ferries left.") == []


def test_a_subordinate_clause_ends_where_the_main_clauses_report_begins():
    got = found("While Mayor Anna Berg emphasised that the ferries must comply with the law, she said it is up to "
                "the port to decide how to run them.\n\n"
                "Although Piet Holm said that the quay would reopen, the ferries left.")
    assert got[:2] == [("Anna Berg", "the ferries must comply with the law", "indirect"),
                       ("Anna Berg", "it is up to the port to decide how to run them.", "indirect")]
    assert got[2][0] == "Piet Holm"   # not "Although Piet Holm"


def test_an_opening_mark_set_where_the_closing_one_belongs_closes_the_quote():
    article = extract_article(HEAD + "Mayor Anna Berg said in a statement that the quay was closed. \u201cA fire broke out on the quay, "
                              "which was promptly extinguished.\n\nOne worker was hospitalised,\u201c she said. The Port Authority "
                              "said in a statement that 49 ships had been turned back overnight.")
    got = [(s.speaker, s.text) for s in article.statements]
    assert ("Port Authority", "49 ships had been turned back overnight.") in got
    assert not any("she said" in text for _, text in got)


def test_a_newly_appointed_title_before_the_name():
    assert found("Newly appointed Harbour Minister Piet Holm has indicated that the port may reopen.") == [
        ("Piet Holm", "the port may reopen.", "indirect")]


def test_claimed_with_a_bare_clause_and_a_sentence_adverb_before_the_subject():
    assert found("The Harbour Ministry claimed 13 ships were turned back at the gate.\n\n"
                 "Elsewhere, Harbour authorities said three ferries were shot at in the bay.\n\n"
                 "Odesa: The Port Authority said that the quay would reopen.") == [
        ("Harbour Ministry", "13 ships were turned back at the gate.", "indirect"),
        ("Harbour authorities", "three ferries were shot at in the bay.", "indirect"),
        ("Port Authority", "the quay would reopen.", "indirect")]


def test_words_first_with_a_clock_time_a_lower_case_ministry_and_an_aside_after_the_verb():
    got = found("At 3:25 a.m. local time (7:25 p.m. ET), six ferries left the harbour, the ministry of transport in Odesa said.\n\n"
                "The ferries left the harbour at dawn, Odesa said Tuesday, in what would be the first sailing in 1,000 days.")
    assert got == [("Ministry of transport in Odesa", "At 3:25 a.m. local time (7:25 p.m. ET), six ferries left the harbour", "indirect"),
                   ("Odesa", "The ferries left the harbour at dawn", "indirect")]


def test_an_agency_cited_after_the_speakers_attribution_is_not_the_speaker():
    assert found("But the harbour master, Piet Holm, said that the ferries were delayed.\n\n"
                 "\u201cThe ferries will sail again,\u201d Holm said, according to state news agency Port-Wire.\n\n"
                 "Anna Berg said the quay will reopen, according to Olga Lind.") == [
        ("Piet Holm", "the ferries were delayed.", "indirect"),
        ("Piet Holm", "The ferries will sail again", "direct"),
        ("Anna Berg", "the quay will reopen", "indirect")]


def test_a_ministers_portfolio_keeps_him_apart_from_another_minister():
    # The armed forces minister is not the foreign minister named before; nobody is better than him.
    assert found("The ports are closed, Sweden's foreign minister Piet Holm said.\n\n"
                 "Anna Berg was asked about the ferries.\n\n"
                 "The armed forces minister said: \"The ferries must stay in port.\"\n\n"
                 "He added that the quay would reopen.") == [
        ("Piet Holm", "The ports are closed", "indirect")]


def test_a_relative_that_inside_a_bare_clause_does_not_start_the_words():
    assert found("Anna Berg has said harbour crews have taken control of quays that smugglers had used for years.\n\n"
                 "Piet Holm said it was clear that the ferries had left.\n\n"
                 "Olga Lind said in a statement released on Monday that the ferries had left.") == [
        ("Anna Berg", "harbour crews have taken control of quays that smugglers had used for years.", "indirect"),
        ("Piet Holm", "it was clear that the ferries had left.", "indirect"),
        ("Olga Lind", "the ferries had left.", "indirect")]


def test_that_with_a_comma_and_a_news_agency_tail():
    assert found("The Port Authority stated that, amid general \"gloomy moods\" on social media, smugglers are spreading rumours.\n\n"
                 "Harbour Minister Piet Holm told the mayor that ten ferries had been held, local news agencies reported.") == [
        ("Port Authority", "amid general \"gloomy moods\" on social media, smugglers are spreading rumours.", "indirect"),
        ("Piet Holm", "ten ferries had been held", "indirect")]


def test_a_participles_phrase_with_a_relative_clause_before_the_speaker():
    assert found("Hinting at Norway and Denmark, which, unlike Finland, have already sent ferries, Anna Berg said: "
                 "\"Others have made sure they know where everything goes.\"") == [
        ("Anna Berg", "Others have made sure they know where everything goes.", "direct")]


def test_words_said_to_someone_are_not_theirs_but_words_quoted_of_them_are():
    assert found("Piet Holm spoke at the quay.\n\n"
                 "While appearing on the show \u2018Port Talk,\u2019 Holm was asked if he was content.\n\n"
                 "\u201cIt is not allowed,\u201d Holm was told.\n\n"
                 "\u201cThe quay is open,\u201d Holm was quoted by Port-Wire as saying.") == [
        ("Piet Holm", "The quay is open", "direct")]


def test_a_quote_introduced_by_someone_else_with_an_unknown_verb_is_not_the_last_speakers():
    assert found("\u201cIt is their decision,\u201d Anna Berg replied.\n\n"
                 "She went further: \u201cThe quay will stay open.\u201d\n\n"
                 "Port News reviewed: \u201cWith a range of 190 miles, the ferries could reach the quay.\u201d") == [
        ("Anna Berg", "It is their decision", "direct"),
        ("Anna Berg", "The quay will stay open.", "direct")]


def test_a_website_cited_before_a_pronouns_words_is_nobody():
    assert found("Harbour Minister Piet Holm explained why the ferries stay in port.\n\n"
                 "According to Port-News.com, he said this in an interview with a radio station.\n\n"
                 "According to Anna Berg, the ferries left after the mayor announced the closure.") == [
        ("Anna Berg", "the ferries left after the mayor announced the closure.", "indirect")]


def test_a_reported_clause_that_introduces_the_quote_below():
    assert found("Harbour Minister Piet Holm has closed the port.\n\n"
                 "Holm told reporters that he had discussed the idea with Anna Berg, saying,\n\n"
                 "\u201cIf the storm does not pass, we keep the ferries in port.\u201d\n\n"
                 "He added that he would raise the issue with the mayor:\n\n"
                 "\u201cDo they want ferries sailing into a storm? I do not think so.\u201d") == [
        ("Piet Holm", "he had discussed the idea with Anna Berg", "indirect"),
        ("Piet Holm", "If the storm does not pass, we keep the ferries in port.", "direct"),
        ("Piet Holm", "he would raise the issue with the mayor", "indirect"),
        ("Piet Holm", "Do they want ferries sailing into a storm? I do not think so.", "direct")]


def test_a_quote_inside_a_later_sentence_of_the_writers_is_not_the_last_speakers():
    assert found("Anna Berg confirmed that she is working with the mayor. The plan comes after a deal "
                 "aiming to create a \u201ccalm and open zone\u201d in the bay.\n\n"
                 "Anna Berg said the quay was open. And \u201cit is a great day for all of us and the crews.\u201d") == [
        ("Anna Berg", "she is working with the mayor.", "indirect"),
        ("Anna Berg", "the quay was open.", "indirect"),
        ("Anna Berg", "it is a great day for all of us and the crews.", "direct")]


def test_he_after_a_lone_surname_that_spoke_is_that_speaker_not_whom_they_mentioned():
    assert found("Holmqvist told reporters that he had discussed the ferries with Harbour Minister Anna Berg.\n\n"
                 "He added that the talks would go on.") == [
        ("Holmqvist", "he had discussed the ferries with Harbour Minister Anna Berg.", "indirect"),
        ("Holmqvist", "the talks would go on.", "indirect")]


def test_a_block_of_words_then_a_dash_and_the_verb_before_its_speaker():
    # Some outlets set a speaker's words apart without quotation marks, then "- said X."
    assert found("Foreign Minister Piet Holm spoke at the quay.\n\n"
                 "Asked whether he supports the plan, Holm replied:\n\n"
                 "Let us not forget that the ferries run at a loss. It is a decision for each city\n\n"
                 "- said the Foreign Minister.\n\n"
                 "The ferries will keep sailing through the winter months\n\n"
                 "- said Holm.") == [
        ("Piet Holm", "Let us not forget that the ferries run at a loss. It is a decision for each city", "indirect"),
        ("Piet Holm", "The ferries will keep sailing through the winter months", "indirect")]
    # A comma before the dash: ", - Holm said." closes all the words since nobody spoke.
    assert found("Foreign Minister Piet Holm spoke at the quay.\n\n"
                 "Everyone waits for the council. That is the truth. Not the ferries, but the port, - Holm said.") == [
        ("Piet Holm", "Everyone waits for the council. That is the truth. Not the ferries, but the port", "indirect")]


def test_said_this_at_an_occasion_refers_to_words_said_before():
    # "said this in an interview with Fareed Example": no words of its own (a name ending in "ed" is no verb).
    assert found("Mayor Anna Berg said that the port would stay shut.\n\n"
                 "Berg said this in an interview with Fareed Example on Example TV, Example Wire reports.") == [
        ("Anna Berg", "the port would stay shut.", "indirect")]


def test_a_portfolio_of_any_name_before_minister_is_part_of_the_title():
    assert found("Harbour Minister Piet Holm spoke at the quay. Yesterday Minister Anna Berg toured the port.\n\n"
                 "The ferries will keep sailing through the winter months\n\n"
                 "- said the Harbour Minister.") == [
        ("Piet Holm", "The ferries will keep sailing through the winter months", "indirect")]


def test_a_byline_glued_to_a_date_is_no_name_and_meanwhile_does_not_hide_an_unnamed_speaker():
    article = extract_article("Ferries stay in port\n\nAnna Example21 November 2024\n\n"
                              "The ferries face a \u201cserious moment\u201d in the storm, Harbour Minister Piet Holm said as he "
                              "refused to be drawn into confirming reports the port has closed.\n\n"
                              "The Prime Minister has meanwhile insisted the port is \u201calways open\u201d, as he accused the "
                              "mayor of wanting \u201cchaos not order\u201d.")
    assert article.published == dt.date(2024, 11, 21)
    assert [(s.speaker, s.text) for s in article.statements] == [
        ("Piet Holm", "The ferries face a \u201cserious moment\u201d in the storm")]


def test_a_denial_then_but_said_with_a_bare_clause_and_words_around_an_attribution():
    got = found("Harbour Minister Piet Holm spoke on Monday.\n\n"
                "Holm did not confirm the reports, but said he had met the mayor the previous day.\n\n"
                "Those delays, Holm said, include storms in the bay and strikes at the docks.\n\n"
                "The mayor, Anna Berg, reacted to the plan, saying she couldn't share details, but believes it could help.")
    # (What the mayor "believes" after her participle is hers: the subject before its apposition.)
    assert got == [("Piet Holm", "he had met the mayor the previous day.", "indirect"),
                   ("Piet Holm", "Those delays \u2026 include storms in the bay and strikes at the docks.", "indirect"),
                   ("Anna Berg", "it could help.", "indirect")]


def test_the_source_with_an_adjective_it_was_called_and_a_relative_aside_before_the_verb():
    assert found("Ferries have stopped at 12 ports, a Swedish harbour source told Port-Wire on Sunday.\n\n"
                 "The Swedish source said the quay, which handles about 4.5 million tons a year, had been closed.\n\n"
                 "The Danish source said the quay was open.") == [
        ("Swedish harbour source", "Ferries have stopped at 12 ports", "indirect"),
        ("Swedish harbour source", "the quay, which handles about 4.5 million tons a year, had been closed.", "indirect")]


def test_abbreviations_between_the_verb_and_that_keep_the_reported_clause():
    # AP style writes months and countries with full stops ("on Aug. 10", "U.S. lawmakers").
    got = found("Harbour Minister Piet Holm said on Aug. 10 that the ferries would sail again within a week.\n\n"
                "Anna Berg told U.S. lawmakers that the quay had been closed since the storm.")
    assert got == [("Piet Holm", "the ferries would sail again within a week.", "indirect"),
                   ("Anna Berg", "the quay had been closed since the storm.", "indirect")]


def test_the_words_before_an_institutions_head_or_after_its_of_name_no_person():
    got = found("The Emergency Situations Ministry said on Aug. 9 that the harbour had been declared a disaster zone.\n\n"
                "The Ministry of Coastal Affairs said that the quay would stay closed.")
    assert got == [("Emergency Situations Ministry", "the harbour had been declared a disaster zone.", "indirect"),
                   ("Ministry of Coastal Affairs", "the quay would stay closed.", "indirect")]
    assert all(s.speaker_type == "body" for s in extract_article(HEAD + "The Ministry of Coastal Affairs said that the quay "
                                                                 "would stay closed.").statements)


def test_an_outlet_reporting_words_that_name_their_own_speaker_in_the_present_tense_is_no_speaker():
    got = found("The Harbour Authority claims that the ferries left the harbour on Tuesday, Example Wire reports citing Port News .")
    assert got == [("Harbour Authority", "the ferries left the harbour on Tuesday", "indirect")]


def test_a_closing_mark_glued_to_the_next_sentence_ends_the_quote_and_the_sentence():
    # A headline run on into the body: "... \u2018a dangerous step\u2019Moscow claimed ...".
    got = found("Piet Holm calls the closure of the port \u2018a dangerous step\u2019The Harbour Authority claimed that "
                "the ferries left the harbour on Monday.")
    assert got == [("Piet Holm", "a dangerous step", "direct"),
                   ("Harbour Authority", "the ferries left the harbour on Monday.", "indirect")]


def test_datelines_glued_to_a_dash_or_with_a_state_code_and_an_agency_with_its_acronym():
    got = found("HARBOURTOWN\u2014The ferries will sail again on Friday, a Danish official told Agence France-Presse (AFP) "
                "on Sunday, hours after the storm hit the coast.\n\n"
                "Harbourtown DC - The quay will stay closed, a Swedish official told Example Wire.")
    assert got == [("Danish official", "The ferries will sail again on Friday", "indirect"),
                   ("Swedish official", "The quay will stay closed", "indirect")]
    # An updated wire story glues the dash to the first word: "(Reuters) -An oil refinery".
    assert found("HARBOURTOWN (Example Wire) -The ferries will sail again, the regional governor said on Friday.\n\n"
                 "Piet Holm, the governor, said in a statement that the storm had passed.") == [
        ("Piet Holm", "The ferries will sail again", "indirect"), ("Piet Holm", "the storm had passed.", "indirect")]


def test_a_title_after_a_lower_case_possessive_and_a_statement_of_an_institution_named_before():
    got = found("The ferries will sail again on Friday, the Harbour Ministry said Thursday.\n\n"
                "A ministry statement said the quay would stay closed until the storm passed.\n\n"
                "\u201cThe storm has not reached the coast yet,\u201d the region\u2019s acting deputy governor Piet Holm "
                "said Thursday, according to Example Wire.")
    assert got == [("Harbour Ministry", "The ferries will sail again on Friday", "indirect"),
                   ("Harbour Ministry", "the quay would stay closed until the storm passed.", "indirect"),
                   ("Piet Holm", "The storm has not reached the coast yet", "direct")]


def test_posted_on_a_network_roles_before_a_name_set_off_by_commas_and_in_response_to_something():
    got = found("\u201cThe victim of a storm has the right to shelter,\u201d Foreign Minister Anna Berg posted on X.\n\n"
                "Danish senator and first deputy chairman of the Council\u2019s Harbour Committee, Piet Holm, also said "
                "that the closure could lead to a crisis.\n\n"
                "The ferries left the harbour overnight on Aug. 11, head of the district, Eva Lind, claimed.\n\n"
                "In response to the move, Harbour Ministry spokesperson Maria Sund recalled that the minister had "
                "already spoken about the closure.")
    assert got == [("Anna Berg", "The victim of a storm has the right to shelter", "direct"),
                   ("Piet Holm", "the closure could lead to a crisis.", "indirect"),
                   ("Eva Lind", "The ferries left the harbour overnight on Aug. 11", "indirect"),
                   ("Maria Sund", "the minister had already spoken about the closure.", "indirect")]


def test_a_title_and_name_before_the_outlet_that_writes_it_is_no_role_of_the_outlet():
    got = found("The ferries will not sail this week. This was stated by Danish Foreign Minister Piet Holm, Example Wire writes.")
    assert [speaker for speaker, _, _ in got] == ["Piet Holm"]


def test_according_to_a_news_outlet_is_no_speakers_statement():
    got = found("The ferries left after the storm passed, according to French outlet Le Port.\n\n"
                "The quay will reopen on Friday, according to Harbour Minister Piet Holm.")
    assert got == [("Piet Holm", "The quay will reopen on Friday", "indirect")]
    # Nor are the Telegram channels Russian news cites, known by their one-word names.
    got = found("Baza wrote that eyewitnesses heard explosions before the fire started. According to Shot, the tank "
                "that caught fire had diesel fuel in it.\n\n"
                "SHOT, a news outlet with contacts in the security services, said four drones had been destroyed.")
    assert got == []


def test_a_title_of_a_place_described_in_lower_case_words_before_the_name():
    got = found("Several ferries were stopped near the coast, governor of Denmark\u2019s borderline Harbour Region Piet Holm said.")
    assert got == [("Piet Holm", "Several ferries were stopped near the coast", "indirect")]


def test_a_dateline_of_a_place_and_its_country_before_a_hyphen_is_no_speaker():
    got = found("Harbourtown, Denmark - The Harbour Ministry said Monday that the ferries will sail again on Friday.")
    assert got == [("Harbour Ministry", "the ferries will sail again on Friday.", "indirect")]


def test_a_quote_with_its_own_attribution_inside_reported_words_is_a_quote_of_its_own():
    got = found("Harbour Minister Piet Holm noted that the ferries may not sail this week \u2013 \u201cthe storm decides "
                "for us,\u201d he said on Sunday.\n\n"
                "Eva Lind stressed that the port could not stay closed for long, and \"I think that is impossible,\" Lind said.")
    assert got == [("Piet Holm", "the ferries may not sail this week", "indirect"),
                   ("Piet Holm", "the storm decides for us", "direct"),
                   ("Eva Lind", "the port could not stay closed for long", "indirect"),
                   ("Eva Lind", "I think that is impossible", "direct")]


def test_a_quote_inside_reported_words_stays_with_them_when_an_outlet_passes_them_on():
    got = found("Harbour Minister Piet Holm said the closure of the port was \"a dangerous step for the region,\" "
                "Example Wire reported.\n\n"
                "Harbour Minister Piet Holm said the closure was a mistake \u2013 \"a dangerous step for the region,\" "
                "Example Wire reported.")
    assert [(speaker, kind) for speaker, _, kind in got] == [("Piet Holm", "indirect"), ("Piet Holm", "indirect")]


def test_a_report_in_a_clause_of_time_before_the_sentences_speaker_ends_at_its_comma():
    got = found("A day after Denmark accused Sweden of closing the port, Harbour Minister Piet Holm said the ferries "
                "would sail again on Friday.")
    assert got == [("Denmark", "accused Sweden of closing the port", "indirect"),
                   ("Piet Holm", "the ferries would sail again on Friday.", "indirect")]


def test_where_and_when_after_the_speaker_of_words_first_are_no_part_of_the_name():
    article = extract_article(HEAD + "The fire at the port was likely caused by a storm, said Harbour Governor Piet Holm "
                              "in a Telegram post on Friday.\n\n"
                              "Earlier, Harbour Minister Piet Holm, commenting on the storm, emphasized that the port is "
                              "closed, but that the Harbour Ministry is on alert and doing what it can.")
    assert [(s.speaker, s.text, s.date.value.isoformat()) for s in article.statements][:1] == [
        ("Piet Holm", "The fire at the port was likely caused by a storm", "2024-03-01")]
    # A clause after "emphasized" is never read as a speaker cut short before its "on".
    assert [s.speaker for s in article.statements][1:] == ["Piet Holm"]


def test_a_time_counted_from_another_event_opens_the_sentence_before_its_speaker():
    got = found("About an hour later, Piet Holm, governor of the region bordering Denmark, said the ferry had left.\n\n"
                "Two days earlier, Eva Lind said the port was closed for the night.\n\n"
                "A few hours after Anna Berg spoke at the summit, a spokesperson for the Harbour Ministry told Example "
                "Wire that the quay would reopen.")
    assert got[:2] == [("Piet Holm", "the ferry had left.", "indirect"),
                       ("Eva Lind", "the port was closed for the night.", "indirect")]
    assert [speaker for speaker, _, _ in got[2:]] == ["spokesperson for the Harbour Ministry"]


def test_a_long_subject_opened_by_a_determiner_after_said_is_the_start_of_the_words():
    got = found("Piet Holm said any move to let the ferries sail at night without the pilots of the harbour "
                "would mean a disaster.\n\n"
                "The Harbour Ministry expressed concern over the storms along the coast of the islands, "
                "but the port authority considers the quay safe.")
    assert got == [("Piet Holm", "any move to let the ferries sail at night without the pilots of the harbour "
                                 "would mean a disaster.", "indirect")]


def test_bullet_glyphs_and_a_bullet_lost_to_its_encoding_are_no_part_of_the_words():
    got = found("Developments:\n\n"
                "\u220e Two ferries were damaged in the storm, according to local Governor Piet Holm.\n\n"
                "? Three boats were lost in the night, harbour master Eva Lind said.")
    assert got == [("Piet Holm", "Two ferries were damaged in the storm", "indirect"),
                   ("Eva Lind", "Three boats were lost in the night", "indirect")]
    # Shapes and emoji set as bullets, with no space before the words.
    got = found("Developments:\n\n"
                "\u25feThe islands must brace for a long winter without ferries, harbour master Eva Lind said.\n\n"
                "\u26a1\ufe0fDrones hit the depot near the port overnight, Governor Piet Holm said.")
    assert got == [("Eva Lind", "The islands must brace for a long winter without ferries", "indirect"),
                   ("Piet Holm", "Drones hit the depot near the port overnight", "indirect")]


def test_a_source_line_naming_a_persons_address_gives_the_quote_below_to_that_person():
    got = found("Harbour Minister Piet Holm has spoken about the storm.\n\n"
                "Source: Holm's evening address\n\n"
                "Quote: \"The ferries will sail again as soon as the wind drops below the limit.\"")
    assert got == [("Piet Holm", "The ferries will sail again as soon as the wind drops below the limit.", "direct")]


def test_a_role_of_something_named_after_of_is_its_holder_only_when_the_article_gave_that_role():
    got = found("\u201cThe port will reopen on Friday,\u201d Denmark\u2019s President Piet Holm said.\n\n"
                "The commander of Denmark\u2019s coast guard says a second pier in the harbour was badly damaged.\n\n"
                "Chief of the Harbour Police of Denmark Eva Lind said the pier was closed.\n\n"
                "\u201cThe quay is closed until the storm passes,\u201d explained the Chief of the Harbour Police of Denmark.")
    assert got == [("Piet Holm", "The port will reopen on Friday", "direct"),
                   ("Eva Lind", "the pier was closed.", "indirect"),
                   ("Eva Lind", "The quay is closed until the storm passes", "direct")]


def test_a_titled_name_that_said_this_on_an_occasion_speaks_the_paragraph_before():
    got = found("Only the member states that sent the ferries can grant the port permission to sail at night.\n\n"
                "Harbour Minister Piet Holm said this in Oslo during his first press conference, an Example Wire "
                "correspondent reports.")
    assert got == [("Piet Holm", "Only the member states that sent the ferries can grant the port permission to sail at night.",
                    "indirect")]


def test_also_read_teasers_name_nobody_that_he_could_mean():
    got = found("Harbour Minister Piet Holm said the ferries would sail on Friday.\n\n"
                "Also read: Denmark Accuses Sweden Of Closing The Old Harbour\n\n"
                "He further said, \u201cThe port is open to everyone who needs it\u201d.")
    assert [speaker for speaker, _, _ in got] == ["Piet Holm", "Piet Holm"]


def test_a_stray_comma_before_a_time_and_that_leaves_the_words_after_that():
    got = found("The old harbour master, Piet Holm said, earlier Wednesday that decisions on the ferries are made in Oslo.")
    assert got == [("Piet Holm", "decisions on the ferries are made in Oslo.", "indirect")]


def test_claims_as_a_noun_in_words_first_are_no_report_of_an_outlet():
    got = found("The harbour authorities\u2019 claims that the ferries damaged the pier are false, Harbour Minister Piet Holm said.")
    assert got == [("Piet Holm", "The harbour authorities\u2019 claims that the ferries damaged the pier are false", "indirect")]


def test_plural_abstract_words_in_a_long_title_are_no_names():
    got = found("Harbour Security Communications Advisor Piet Holm addressed the storm damage at the port, emphasizing "
                "that the ferries will not sail before Friday.\n\n"
                "Denmark's Emergency Situations Ministry also said that the quay was closed.")
    assert got == [("Piet Holm", "the ferries will not sail before Friday.", "indirect"),
                   ("Denmark's Emergency Situations Ministry", "the quay was closed.", "indirect")]


def test_a_list_inside_a_participles_phrase_is_neither_speaker_nor_words():
    # "Appealing to A, B, C and D, she said": the pronoun after the list speaks, and the phrase is no words.
    got = found("Eva Lind, the president of the port authority, spoke on Monday.\n\n"
                "Appealing to Norway, Britain, France and Denmark, she said, \u201cWe need the ships to protect the harbour.\u201d\n\n"
                "Speaking to Britain, Norway and Denmark, she said the harbour needed more cranes.")
    assert got == [("Eva Lind", "We need the ships to protect the harbour.", "direct"),
                   ("Eva Lind", "the harbour needed more cranes.", "indirect")]


def test_a_deed_then_and_or_but_and_a_verb_of_saying():
    # Irregular pasts and an apposition before the first verb; "declared" after "and" is a verb, no adjective.
    got = found("Piet Holm, the governor of the northern province, sent his sympathies to the families and declared that there "
                "was \u201cabsolutely no threat to inhabitants\u201d in the town itself.\n\n"
                "Anna Berg went to the scene of the incident and said that the authorities would help the victims.\n\n"
                "Port spokesperson Maria Sund visited the quay and declared that the ferries would sail again.")
    assert got == [("Piet Holm", "there was \u201cabsolutely no threat to inhabitants\u201d in the town itself.", "indirect"),
                   ("Anna Berg", "the authorities would help the victims.", "indirect"),
                   ("Maria Sund", "the ferries would sail again.", "indirect")]


def test_a_long_title_before_the_name_then_a_deed_and_but_said():
    # "communications" ends in s like a verb; the subject is the titled name before the real verb.
    got = found("National Security Council coordinator for strategic communications Piet Holm deferred to the navy for "
                "confirmation of who was responsible, but said the harbour has neither sent nor received any ships.")
    assert got == [("Piet Holm", "the harbour has neither sent nor received any ships.", "indirect")]


def test_the_role_with_the_nationality_for_a_role_written_with_the_country():
    got = found("Ukraine\u2019s air force spokesman Petro Example claimed the explosions were caused by faulty fuel.\n\n"
                "The damage will soon be seen in satellite images, the spokesman for the Ukrainian air force said.")
    assert got == [("Petro Example", "the explosions were caused by faulty fuel.", "indirect"),
                   ("Petro Example", "The damage will soon be seen in satellite images", "indirect")]


def test_a_ministry_named_by_what_it_is_for_in_lower_case():
    # Never the institution that spoke last when it is another ministry; "the country's" names no owner.
    got = found("The drone was shot down over the base, but its debris killed three workers, according to the defence ministry.\n\n"
                "The Kremlin said it would respond. The foreign ministry said the envoy had been summoned.\n\n"
                "The drone was downed at around 1am, according to the country's defense ministry.\n\n"
                "The harbour was closed, according to the ministry.")
    assert got == [("defence ministry", "The drone was shot down over the base, but its debris killed three workers", "indirect"),
                   ("Kremlin", "it would respond.", "indirect"),
                   ("foreign ministry", "the envoy had been summoned.", "indirect"),
                   # (the defence ministry that spoke first, the same ministry whatever the spelling)
                   ("defence ministry", "The drone was downed at around 1am", "indirect"),
                   ("defence ministry", "The harbour was closed", "indirect")]
    # Nor in capitals: "the nation's Foreign Ministry" is the Foreign Ministry, not a "Nation's" one.
    assert found('The nation\u2019s Foreign Ministry said "the quay will stay closed."') == [
        ("Foreign Ministry", "the quay will stay closed.", "direct")]


def test_an_institutions_participle_after_its_deed_but_not_a_possessive_before_it():
    got = found("The White House sought to distance the US from the attacks, saying that the US respects Kyiv\u2019s decisions.\n\n"
                "Denmark\u2019s state news agency, Ritzau, cited a statement from the shipyard, saying that work had been suspended.")
    assert got == [("White House", "the US respects Kyiv\u2019s decisions.", "indirect")]


def test_so_says_after_a_quote():
    got = found("\u201cWe need to survive,\u201d so says President Anna Example ahead of the decision on the missiles.")
    assert got == [("Anna Example", "We need to survive", "direct")]


def test_the_head_of_someones_office_is_not_that_someone():
    # "head of Example's office Petro Sample, who told me:" speaks; Example gains no title "head of".
    got = found("President Anna Example thanked the allies.\n\n"
                "It was a similar message from the head of Example\u2019s office Petro Sample, who told me: "
                "\u201cWe did everything necessary from our side.\u201d")
    assert got == [("Petro Sample", "We did everything necessary from our side.", "direct")]
    assert [run.name for run in statements.find_names("the head of Example\u2019s office Petro Sample")] == ["Petro Sample"]


def test_told_me_then_a_clause_without_that():
    got = found("President Anna Example visited the port.\n\n"
                "The president told me her country now needs long-range missiles to protect the harbour.")
    assert got == [("Anna Example", "her country now needs long-range missiles to protect the harbour.", "indirect")]


def test_went_on_to_say_and_the_writers_remark_after_the_words():
    got = found("President Anna Example spoke in the port.\n\n"
                "Example went on to say that there are agreements on the delivery of the ships, but she did not elaborate.")
    assert got == [("Anna Example", "there are agreements on the delivery of the ships", "indirect")]


def test_the_writers_remark_after_though_or_naming_the_words_is_not_theirs():
    got = found("Mayor Piet Holm said the ferry had been hit by a drone, though he offered no further details on its route.")
    assert got == [("Piet Holm", "the ferry had been hit by a drone", "indirect")]
    got = found("The Harbourland port authority denied any involvement, a stance that has persisted despite the photographs.")
    assert got == [("Harbourland port authority", "denied any involvement", "indirect")]
    # Words of the speaker's own that name a claim stay theirs.
    got = found("Mayor Piet Holm said the charge was false, a claim the ministry had made before.")
    assert got == [("Piet Holm", "the charge was false, a claim the ministry had made before.", "indirect")]


def test_the_writers_remark_after_the_words_may_leave_out_its_subject():
    got = found("The Harbourland defence ministry said it had repelled an attack on its base, but did not admit any damage.")
    assert got == [("Harbourland defence ministry", "it had repelled an attack on its base", "indirect")]
    got = found("Mayor Piet Holm said the ferries would sail again, but he did not confirm when.")
    assert got == [("Piet Holm", "the ferries would sail again", "indirect")]
    # Words after "but" that go on with the reported clause stay in it.
    got = found("Mayor Piet Holm said the ship was hit, but did not sink.")
    assert got == [("Piet Holm", "the ship was hit, but did not sink.", "indirect")]


def test_per_an_outlet_after_the_words_names_the_outlet_not_the_words():
    got = found("Adviser Anton Example said the blast left a hole in the ship, per Example Wire.")
    assert got == [("Anton Example", "the blast left a hole in the ship", "indirect")]
    got = found("The mayor, Piet Holm, claimed the crew reacted at once, per the Harbour Daily Journal.")
    assert got == [("Piet Holm", "the crew reacted at once", "indirect")]
    # "per cent" is no outlet.
    got = found("Mayor Piet Holm said prices rose by ten per cent.")
    assert got == [("Piet Holm", "prices rose by ten per cent.", "indirect")]


def test_a_clause_whose_verb_is_an_irregular_past_is_reported_words():
    for verb in ("left", "lost", "led", "sank"):
        got = found(f"Mayor Piet Holm said the storm {verb} the harbour in ruins.")
        assert got == [("Piet Holm", f"the storm {verb} the harbour in ruins.", "indirect")], verb


def test_a_writers_adverb_opening_the_sentence_is_no_speaker():
    got = found("Mayor Piet Holm visited the port. Surprisingly, the mayor said the ferries would not sail.")
    assert got == [("Piet Holm", "the ferries would not sail.", "indirect")]
    assert found("Interestingly, Harbourland is the only country mentioned by Holm that hasn't delivered ships.") == []
    # A surname before an apposition is still the speaker.
    got = found("Kelly, the mayor, said the ferries would not sail.")
    assert got == [("Kelly", "the ferries would not sail.", "indirect")]


def test_the_writers_words_before_a_colon_introduce_a_quote_that_runs_to_its_attribution():
    got = found('The reaction from the port was immediate: "We will respond harshly if the ferries stop," Piet Holm said.')
    assert got == [("Piet Holm", "We will respond harshly if the ferries stop", "direct")]
    # Not when the quote is only part of the words before the attribution.
    got = found('The plan has one aim: "safe ferries" for the whole coast, Piet Holm said.')
    assert got == [("Piet Holm", 'The plan has one aim: "safe ferries" for the whole coast', "indirect")]


def test_the_subject_of_a_subordinate_clause_before_the_verb_speaks():
    got = found("Mayor Piet Holm made headlines when he said that the ferries would no longer sail.")
    assert got == [("Piet Holm", "the ferries would no longer sail.", "indirect")]
    got = found("Piet Holm left the port. The ferries stopped after Anna Berg said that the storm was coming.")
    assert got == [("Anna Berg", "the storm was coming.", "indirect")]


def test_over_the_weekend_before_the_subject_is_a_phrase_of_time():
    got = found("Over the weekend, Mayor Piet Holm said that the ferries would sail again.")
    assert got == [("Piet Holm", "the ferries would sail again.", "indirect")]
    got = found("Throughout the week, Anna Berg said that the port was safe.")
    assert got == [("Anna Berg", "the port was safe.", "indirect")]


def test_a_programmes_name_after_on_is_no_quote():
    got = found('"There is no way back," Mayor Piet Holm told Example Radio\'s Eva Lind on "Meet the Harbour." '
                '"The ferries will sail in spring."')
    assert got == [("Piet Holm", "There is no way back", "direct"), ("Piet Holm", "The ferries will sail in spring.", "direct")]
    # Words quoted after "on" that make a sentence are words.
    got = found('Mayor Piet Holm insisted on "a full and honest account of the storm damage," he said.')
    assert ("Piet Holm", "a full and honest account of the storm damage", "direct") in got


def test_a_capitalised_area_word_makes_a_place_of_a_title_not_a_name():
    body = ("Ten drones were destroyed over the port, Governor of the Northvale Region Piet Holm said on his Telegram channel.\n"
            "\"Drone fragments became the cause of a fire,\" the governor wrote.")
    assert found(body) == [("Piet Holm", "Ten drones were destroyed over the port", "indirect"),
                           ("Piet Holm", "Drone fragments became the cause of a fire", "direct")]


def test_words_first_with_a_place_set_off_by_commas_before_said_and_the_speaker():
    # "Northvale, was attacked by drones," is no subject of "said": the speaker follows the verb.
    got = found("A drone plant in Lakeside, Northvale, was attacked by drones, said Mayor Piet Holm.")
    assert got == [("Piet Holm", "A drone plant in Lakeside, Northvale, was attacked by drones", "indirect")]
    # A long title in apposition after the speaker, with its abbreviations, still ends the sentence.
    got = found("A drone plant in Lakeside was attacked by drones, said Piet Holm, head of the Centre for Countering "
                "Harbour Rumours (CCHR) of the National Coast and Harbour Security Council of Northvale (NCHSC).")
    assert got == [("Piet Holm", "A drone plant in Lakeside was attacked by drones", "indirect")]


def test_a_clause_before_a_noun_that_looks_like_a_verb_is_no_body():
    # "reports" is a noun here; "The Harbour Secretary pointed to recent intelligence" names no body.
    body = ("Harbour Secretary Piet Holm spoke in the port.\n\n"
            "\"We see clear signs of trouble,\" Holm told the council. The Harbour Secretary pointed to recent "
            "intelligence reports from the coast guard, which revealed a \"reckless campaign of sabotage.\"")
    got = found(body)
    assert [speaker for speaker, _, _ in got] == ["Piet Holm"]


def test_agencies_reported_and_quoted_by_close_no_ones_words():
    got = found("Harbourtown blamed Denmark for the attacks on two ports, in which three people died, the world agencies "
                "reported, quoted by Example Wire.")
    assert got == [("Harbourtown", "blamed Denmark for the attacks on two ports, in which three people died", "indirect")]


def test_announced_on_a_date_set_off_by_commas_by_whom():
    got = found("The navy is constantly shelling the northern district. This was announced on Thursday, June 1, by the "
                "governor of the province Piet Example in his channel.")
    assert [(s, t) for s, t, _ in got] == [("Piet Example", "The navy is constantly shelling the northern district.")]


def test_stated_at_a_place_and_an_occasion_by_whom():
    got = found("The ferries should have the right to sail for their own safety.\n\n"
                "This was stated in Harbourtown before a meeting of the port's harbour masters by Port Minister Eva Lind, "
                "an Example Wire correspondent reports.")
    assert got == [("Eva Lind", "The ferries should have the right to sail for their own safety.", "indirect")]


def test_a_place_ending_the_sentence_before_is_no_title_of_the_next_name():
    runs = statements.find_names("The navy fired at border settlements in Denmark. Piet Example wrote about this in his channel.")
    assert [(run.name, run.title) for run in runs] == [("Piet Example", "")]


def test_a_quote_left_open_ends_with_a_mark_glued_to_the_verb():
    # 'medical care, \u201dsaid the governor': the mark closes the quote opened a paragraph before.
    got = found("Governor Piet Example claims that the navy fired at the village again.\n\n"
                "\u201cThere is shelling of our village.\n\n"
                "There is one victim. He is now receiving the necessary medical care, \u201dsaid the governor.")
    assert got == [("Piet Example", "the navy fired at the village again.", "indirect"),
                   ("Piet Example", "There is shelling of our village. There is one victim. He is now receiving the necessary "
                                    "medical care", "direct")]


def test_a_quote_whose_closing_mark_was_forgotten_before_its_attribution_ends_there():
    # "\u2018Words, said the director, X." and the next paragraph quotes again: two statements, not one
    # quote carried over with the attribution inside it.
    got = found("\u2018The plans for the port are ready, said the director of the agency, Ivan Sample.\n\n"
                "\u2018We have stopped two groups this year,\u2019 said Sample at a meeting.")
    assert got == [("Ivan Sample", "The plans for the port are ready", "direct"),
                   ("Ivan Sample", "We have stopped two groups this year", "direct")]
    # (A dash after the comma, as some translations set it: ",\u2014 she wrote.")
    got = found("Mayor Anna Berg wrote about the storm on Telegram.\n\n"
                "\u201cThe port is closed. The crews went home,\u2014 she wrote.\n\n"
                "The ferries stay in the harbour, the mayor added.")
    assert got == [("Anna Berg", "The port is closed. The crews went home", "direct"),
                   ("Anna Berg", "The ferries stay in the harbour", "indirect")]
    # An open quote ending in the speaker's own report of someone else is still carried on.
    got = found("Anna Berg said: \u201cWe asked again and again, and yesterday Piet Holm insisted that the deal was off.\n\n"
                "\u201cSo we wait,\u201d she added.")
    assert got == [("Anna Berg", "We asked again and again, and yesterday Piet Holm insisted that the deal was off. So we wait", "direct")]


def test_a_city_before_an_officials_title_and_at_least_a_number_after_said():
    got = found("Meanwhile, Northport City official Maria Sund said at least three people were killed in a drone strike.")
    assert got == [("Maria Sund", "at least three people were killed in a drone strike.", "indirect")]


def test_recalling_the_words_of_someone_who_stated_them():
    got = found("Minister Piet Holm spoke at a briefing in the port.\n\n"
                "He recalled the words of Chancellor Anna Example, who stated that the ships can be used within the law.")
    assert got == [("Anna Example", "the ships can be used within the law.", "indirect")]


def test_characterising_a_decision_is_a_statement():
    got = found("Minister Piet Holm characterised the decision to close the port as a \u201cstrategic adaptation to the storm\u201d.")
    assert got == [("Piet Holm", "characterised the decision to close the port as a \u201cstrategic adaptation to the storm\u201d.",
                    "indirect")]


def test_a_day_before_words_that_run_on_to_a_second_that_dates_them():
    article = extract_article(HEAD + "Harbour spokeswoman Maria Sund said on Friday the drone strike against the port was a "
                                     "warning to the West that it would also face the madness of the regime.")
    got = [(s.speaker, s.text, s.date.value) for s in article.statements]
    assert got == [("Maria Sund", "the drone strike against the port was a warning to the West that it would also face the "
                                  "madness of the regime.", dt.date(2024, 3, 1))]


def test_he_after_a_sentence_opened_by_a_lead_in_and_a_titled_name_means_that_name():
    # Not the spokesman who spoke before: the subject of the sentence right before "He".
    got = found("\u201cWe said exactly what we wanted,\u201d Kremlin spokesman Ivan Sample said.\n\n"
                "Earlier, White House national security spokesman Piet Example called the claims false. He also pointed "
                "out that the port does not allow ships to sail at night.")
    assert got == [("Ivan Sample", "We said exactly what we wanted", "direct"),
                   ("Piet Example", "the port does not allow ships to sail at night.", "indirect")]


def test_a_bracketed_headline_and_a_bare_date_before_the_speaker():
    got = found("[Sample: the storms will not close the port] May 31, Sample, press secretary of the Harbour Authority, "
                "said that although the quay has been hit by storms, the port will stay open. Earlier, Danish Chechen "
                "leader Piet Example said the port should close.")
    assert got == [("Sample", "although the quay has been hit by storms, the port will stay open.", "indirect"),
                   ("Piet Example", "the port should close.", "indirect")]


def test_the_head_of_state_is_the_president():
    got = found("President Anna Example said that the troops have a good record in the north.\n\n"
                "The Head of State emphasized that the largest enemy units are in the north. According to her, the "
                "enemy wants a buffer zone.")
    assert got == [("Anna Example", "the troops have a good record in the north.", "indirect"),
                   ("Anna Example", "the largest enemy units are in the north.", "indirect"),
                   ("Anna Example", "the enemy wants a buffer zone.", "indirect")]


def test_a_bare_weekday_after_said_dates_the_words_that_follow():
    article = extract_article(HEAD + "President Anna Example said Sunday the incursion into the region aims to create a "
                                     "\u201cbuffer zone\u201d to prevent further attacks.")
    got = [(s.speaker, s.text, s.date.value) for s in article.statements]
    assert got == [("Anna Example", "the incursion into the region aims to create a \u201cbuffer zone\u201d to prevent further "
                                    "attacks.", dt.date(2024, 3, 3))]


def test_he_after_the_one_person_an_earlier_sentence_of_its_paragraph_introduces():
    got = found("Minister Anna Example told a press conference that the port would stay open.\n\n"
                "The comments follow the Danish Foreign Secretary, Lord Sample, lifting a similar restriction. "
                "\u201cYou can quite understand why the port needs to defend itself,\u201d he said this month.\n\n"
                "Minister Piet Holm said that the quay was closed.\n\n"
                "After meeting Lord Sample, he said: \u201cThe ferries will wait.\u201d\n\n"
                "Holm met Lord Sample on Friday. \u201cThe ferries will sail,\u201d he said.")
    assert [(speaker, kind) for speaker, _, kind in got] == [
        ("Anna Example", "indirect"), ("Sample", "direct"),
        # In the pronoun's own sentence, or with the subject named in the paragraph: the subject still.
        ("Piet Holm", "indirect"), ("Piet Holm", "direct"), ("Piet Holm", "direct")]


def test_a_gerund_that_opens_the_words_is_their_subject_not_a_lead_in():
    got = found("Getting permission to use the new ferries could be a key factor in the port's recovery, Mayor Anna Berg says.\n\n"
                "Arriving at the harbour, Mayor Anna Berg said the quay would reopen.\n\n"
                "Dismissing fears the port was closed, Mayor Anna Berg said.\n\n"
                "Commenting on the closure the governor had ordered, Mayor Anna Berg said.")
    assert got == [("Anna Berg", "Getting permission to use the new ferries could be a key factor in the port's recovery", "indirect"),
                   # A participle's phrase, one whose "was" belongs to the fear inside it, and a participle
                   # of speech with a clause of its own: lead-ins, no words of anyone.
                   ("Anna Berg", "the quay would reopen.", "indirect")]


def test_an_opening_mark_glued_to_the_last_word_closes_the_quote():
    got = found("\u201cEach port is free to decide how to use the ferries. We are not at war with the storm\u201c, "
                "said Mayor Eva Lind.")
    assert got == [("Eva Lind", "Each port is free to decide how to use the ferries. We are not at war with the storm", "direct")]


def test_a_country_named_in_several_words_speaks_as_a_body():
    got = found("The United States has said it does not encourage attacks on the port.\n\n"
                "The United Kingdom and Denmark said they would keep the ferries running.")
    assert got == [("United States", "it does not encourage attacks on the port.", "indirect"),
                   ("United Kingdom", "they would keep the ferries running.", "indirect"),
                   ("Denmark", "they would keep the ferries running.", "indirect")]


def test_a_participle_that_opens_a_sentence_is_no_speaker():
    # "claims" reads as a verb; "Dismissing", before it, as a surname the article never spelled out.
    got = found("Dismissing claims the port was closed, Mayor Anna Berg said the ferries would sail.")
    assert got == [("Anna Berg", "the ferries would sail.", "indirect")]


def test_an_outlet_quoting_a_person_as_saying_gives_that_persons_words():
    article = extract_article(HEAD + "Governor Anna Berg visited the port.\n\n"
                              "\u201cThe quay has not moved a single meter,\u201d state news agency Example Wire reported Berg as saying.\n\n"
                              "The agency quoted Mayor Piet Holm as saying on Friday that the ferries would sail.\n\n"
                              "Example Wire quoted Maria Sund as saying: \u201cThe harbour is closed for the winter.\u201d\n\n"
                              "\u201cThe storm has passed,\u201d Example Wire quoted Eva Lind as saying on Sunday.\n\n"
                              "Example Wire quoted a source as saying that the port was hit.")
    got = [(s.speaker, s.text, s.kind, s.date.value) for s in article.statements]
    assert got == [("Anna Berg", "The quay has not moved a single meter", "direct", dt.date(2024, 3, 4)),
                   ("Piet Holm", "the ferries would sail.", "indirect", dt.date(2024, 3, 1)),
                   ("Maria Sund", "The harbour is closed for the winter.", "direct", dt.date(2024, 3, 4)),
                   # The quote before is the words: "on Sunday" is no statement of its own.
                   ("Eva Lind", "The storm has passed", "direct", dt.date(2024, 3, 3))]


def test_a_defence_agency_is_a_body_not_an_outlet():
    got = found("Attempts to reach the harbour have been thwarted, according to the Danish defence agency.\n\n"
                "The port will close on Monday, according to the news agency Example Wire.")
    assert got == [("Danish defence agency", "Attempts to reach the harbour have been thwarted", "indirect")]


def test_a_participle_before_a_capitalised_word_opens_a_lead_in_not_a_speaker():
    got = found("Citing Danish intelligence, Mr Holm said the quay was now \u201cless stable than at any time\u201d.\n\n"
                "Quoting Harbour officials, Mayor Eva Lind said the ferries were late.")
    assert got == [("Holm", "less stable than at any time", "direct"),
                   ("Eva Lind", "the ferries were late.", "indirect")]


def test_authorities_alone_name_no_body():
    got = found("Authorities said two people were injured at the port.\n\n"
                "Danish authorities said the port was closed.")
    assert got == [("Danish authorities", "the port was closed.", "indirect")]


def test_a_headline_in_the_form_of_a_label_is_the_articles_own_not_a_statement():
    article = extract_article("Mayor Lind: Storm warning declared in the harbour\n\nMarch 4, 2024\n\n"
                              "A storm warning has been declared in the harbour. This was reported by Mayor Eva Lind.\n\n"
                              "\u201cStay at home until the all clear,\u201d Lind wrote.")
    assert [(s.speaker, s.text) for s in article.statements] == [
        ("Eva Lind", "A storm warning has been declared in the harbour."),
        ("Eva Lind", "Stay at home until the all clear")]


def test_a_straight_quote_inside_a_straight_quote_does_not_end_it():
    got = found('"The storm was the worst in years. Today this "calm sea" sent us another "wave" and more. '
                'We must be ready," Mayor Eva Lind said.\n\n'
                # A stray first mark: the inner quote's closing mark closes the words, as before.
                '"The new ferry is a ship "that, if steered badly, can reach the far quay," said Lind.')
    assert got == [("Eva Lind", 'The storm was the worst in years. Today this "calm sea" sent us another "wave" and more. '
                                'We must be ready', "direct"),
                   ("Eva Lind", 'The new ferry is a ship "that, if steered badly, can reach the far quay', "direct")]


def test_an_outlet_that_reports_news_is_no_speaker():
    got = found("The NYT reported that the port was closed.\n\n"
                "TASS reported that the ferry was late.\n\n"
                "RIA Novosti reported that the quay was hit.\n\n"
                "Governor Eva Lind told RIA-Novosti that the ferries would sail.")
    assert got == [("Eva Lind", "the ferries would sail.", "indirect")]


def test_a_source_set_inside_the_words_gives_no_cut_short_statement():
    # "according to X," in mid-sentence: the words go on after it; never "the port's position" alone,
    # and never the rest of the sentence read as part of who said it.
    got = found("The port's position, according to Mayor Anna Berg, should be clear to everyone.\n\n"
                "Two ferries were damaged, according to Governor Eva Lind, who confirmed it on the radio.")
    assert got == [("Eva Lind", "Two ferries were damaged", "indirect")]


def test_a_sentence_after_a_quote_opening_with_as_or_when_is_no_attribution():
    # '"...." As the vote continued, ...' starts a sentence of the writer's: the quote is still the
    # last speaker's, not someone unnamed's.
    got = found('"We will open the port in May," Eva Lind said. "The ferries are ready and the crews are trained." '
                "As the vote continued, the council closed the old quay.")
    assert got == [("Eva Lind", "We will open the port in May", "direct"),
                   ("Eva Lind", "The ferries are ready and the crews are trained.", "direct")]


def test_when_and_where_set_inside_after_the_speakers_name_are_no_words():
    # "X, Name, states, during a briefing, Example Wire reports": no statement of "during a briefing".
    got = found("Spokesperson of the Harbour Ministry, Piet Holm, states, during a video briefing, Example Wire reports.\n\n"
                '"The ferries will sail again in May," Holm noted.')
    assert got == [("Piet Holm", "The ferries will sail again in May", "direct")]


def test_an_attribution_set_inside_the_words_between_dashes_keeps_the_words_before():
    got = found("The return of the islands to their old owners \u2013 Anna Berg claims \u2013 would break the treaty of 1920.\n\n"
                "The ferry - Piet Holm added - will sail again in June.")
    assert got == [("Anna Berg", "The return of the islands to their old owners \u2026 would break the treaty of 1920.", "indirect"),
                   ("Piet Holm", "The ferry \u2026 will sail again in June.", "indirect")]


def test_a_dateline_of_two_cities_is_nobodys_words():
    got = found("MOSCOW / PRAGUE - The patience of the port authority is wearing thin, warned Anna Berg, its head, on Saturday.\n\n"
                "KYIV/LONDON (Example Wire) - Piet Holm said that the ferry would sail again.")
    assert got == [("Anna Berg", "The patience of the port authority is wearing thin", "indirect"),
                   ("Piet Holm", "the ferry would sail again.", "indirect")]


def test_a_possessive_after_the_audience_of_told_opens_the_words():
    got = found("Anna Berg told EWN Holm's Port Authority had \"organised\" the closure.")
    assert got == [("Anna Berg", "Holm's Port Authority had \"organised\" the closure.", "indirect")]


def test_a_verb_after_which_used_to_belongs_to_the_relative_clause():
    # "Harbourtown, which used not to claim such closures, has changed tactic": nobody's words.
    assert found("Harbourtown, which used not to claim such closures, has changed tactic and now publicly takes responsibility.\n\n"
                 "Anna Berg, who tended to deny such reports, has resigned from the board.") == []


def test_a_phrase_of_time_after_said_is_never_the_start_of_the_words():
    # "X said Saturday, after a strike claimed by Y": no words of anyone after "Saturday".
    assert found("Anna Berg said Saturday, after a drone strike claimed by rebels.") == []


def test_a_place_in_title_case_with_an_agencys_tag_is_a_dateline():
    got = found("Harbourtown, (EWN - Example Wire / Example News - 3rd Feb, 2024) The ferry will sail again in May, "
                "Anna Berg said on Saturday.")
    assert got == [("Anna Berg", "The ferry will sail again in May", "indirect")]


def test_a_known_place_and_an_agencys_initials_before_a_dash_are_a_dateline():
    got = found("Kyiv, EWN- The ferries will sail again in May, the ministry of transport told reporters.\n\n"
                # (Initials in a sentence, no known place before them: the words keep them.)
                "Harbourtown, EWN - the port's owner - is selling, Anna Berg said.")
    assert got == [("Ministry of transport", "The ferries will sail again in May", "indirect"),
                   ("Anna Berg", "Harbourtown, EWN - the port's owner - is selling", "indirect")]


def test_words_in_straight_single_quotes_before_he_said_are_a_direct_quote_without_the_marks():
    got = found("Governor Anna Berg said the port was closed.\n\n"
                "'Nine ferries were held back overnight and the day before in the harbour,' she said in a post.")
    assert got[1] == ("Anna Berg", "Nine ferries were held back overnight and the day before in the harbour", "direct")


def test_agreed_that_reports_words_but_agreed_to_and_an_agreed_plan_do_not():
    got = found("Minister Eva Lind spoke on Monday.\n\n"
                "She agreed that the ferries want the port to stay open through the winter.\n\n"
                "The ministers agreed to send more ferries to the port.\n\n"
                "Harbourtown's agreed ceasefire was broken on Sunday.")
    assert got == [("Eva Lind", "the ferries want the port to stay open through the winter.", "indirect")]


def test_a_quote_over_several_paragraphs_belongs_to_whom_it_names_where_it_closes():
    # The speaker is named only after the closing mark, paragraphs below the opening one:
    # every paragraph of the quote is theirs, one statement.
    marked = found("Deputy press secretary Anna Berg referred to the ferries.\n\n"
                   "\u201cNothing has changed in our policy. We can have a long conversation about this.\n\n"
                   "\u201cThe ships stay in the port until the storms have passed.\n\n"
                   "\u201cAnd of course, we are worried about the storms,\u201d Berg said.")
    assert marked == [("Anna Berg", "Nothing has changed in our policy. We can have a long conversation about this. "
                       "The ships stay in the port until the storms have passed. And of course, we are worried about the storms", "direct")]
    # Some pages mark only where the quote opens and where it closes.
    bare = found("Deputy press secretary Anna Berg referred to the ferries.\n\n"
                 "\u201cNothing has changed in our policy. We can have a long conversation about this.\n\n"
                 "The ships stay in the port until the storms haven\u2019t passed.\n\n"
                 "And of course, we are worried about the storms\u201d, Berg said.")
    assert bare == [("Anna Berg", "Nothing has changed in our policy. We can have a long conversation about this. "
                     "The ships stay in the port until the storms haven\u2019t passed. And of course, we are worried about the storms", "direct")]


def test_a_quote_never_closed_gives_no_speaker_to_the_paragraphs_after_it():
    got = found("Deputy press secretary Anna Berg referred to the ferries.\n\n"
                "\u201cNothing has changed in our policy, a banner at the gate read.\n\n"
                "The ships stay in the port until the storms have passed.\n\n"
                "Anna Berg said that the port would open in May.")
    assert got == [("Anna Berg", "the port would open in May.", "indirect")]


def test_a_sentence_adverb_before_the_subject_is_never_the_speaker():
    got = found("Recently, Harbourtown's newly appointed Port Minister Anna Berg said that the port had received new ferries.\n\n"
                "Currently, Minister Piet Holm said, the quay is closed.")
    assert [speaker for speaker, _, _ in got] == ["Anna Berg", "Piet Holm"]


def test_words_then_this_was_stated_by_in_the_same_sentence_are_theirs():
    body = ("The talks will take place in private, this was stated by Piet Holm, Coordinator for Ports at the Harbour "
            "Council, according to the reporter Eva Lind on X.\n\n"
            "The port will stay closed, this was reported by HBN.")   # (reported by: an outlet passing it on)
    assert found(body) == [("Piet Holm", "The talks will take place in private", "indirect")]


def test_an_institutions_words_stated_by_a_person_named_right_after_are_that_persons():
    body = ("The Port Ministry believes that the ferries should stay in the harbour until June. This was stated by "
            "Deputy Spokesperson Anna Berg during a briefing on May 30.")
    article = extract_article("June 1, 2024\n\n" + body)
    got = [(s.speaker, s.text, str(s.date.value)) for s in article.statements]
    assert got == [("Anna Berg", "the ferries should stay in the harbour until June.", "2024-05-30")]
    # A person's words stay theirs; and a back reference naming an institution takes no one's words.
    assert speakers_of("Minister Eva Lind said that the ferries should stay in the harbour. This was stated by "
                       "Deputy Spokesperson Anna Berg during a briefing.") == ["Eva Lind"]
    assert speakers_of("The Port Ministry said that the ferries should stay in the harbour. This was stated by "
                       "the Harbour Council during a briefing.") == ["Port Ministry"]


def test_an_outlet_passing_the_words_on_via_another_is_cut_off_them():
    got = found("Anna Berg has said the ferry line aims to link the islands again, Example News informs via Example Wire.")
    assert got == [("Anna Berg", "the ferry line aims to link the islands again", "indirect")]


def test_a_quote_after_continued_to_is_nobodys_and_according_to_after_the_verb_is_no_words():
    got = found("Minister Eva Lind said that the port was closed.\n\n"
                "Harbourtown had continued to make rapid progress on the quay \u201cfollowing the storm damage\u201d.\n\n"
                "The quay was rebuilt last week, the harbour master, Piet Holm, and Mayor Anna Berg confirmed, "
                "according to Example Wire.")
    assert got == [("Eva Lind", "the port was closed.", "indirect")]


def test_a_denial_joined_on_by_but_ends_the_first_report():
    got = found("Harbourtown claimed that the islanders attacked the ferry with a drone but Island officials denied "
                "that they had anything to do with it.")
    assert got == [("Harbourtown", "the islanders attacked the ferry with a drone", "indirect")]


def test_a_paragraph_after_a_quote_never_closed_is_no_quote_when_the_next_mark_opens_another():
    got = found("\u201cWe cannot sail with one hand tied behind our back.\n\n"
                "The Port Ministry said the ferries were held in the harbour.\n\n"
                "Minister Anna Berg spoke in Harbourtown.\n\n"
                "\u201cThe islands have every right to their ferries,\u201d Berg said.")
    assert got == [("Port Ministry", "the ferries were held in the harbour.", "indirect"),
                   ("Anna Berg", "The islands have every right to their ferries", "direct")]


def test_a_stray_mark_before_a_few_words_is_not_the_start_of_the_next_paragraphs_quote():
    got = found("The ferries stayed in the harbour on Monday.\n\n"
                "The banners at the quay all carried one slogan for the ferry crews and their families, \u201cNo surrender to the storms.\n\n"
                "\u201cThe islands have every right to their ferries,\u201d Mayor Anna Berg said.")
    assert got == [("Anna Berg", "The islands have every right to their ferries", "direct")]


def test_a_participles_subject_must_be_someone_the_article_names():
    # Words whose quotation marks the page lost: "Ferries are ..., suggesting that ..." makes no person of "Ferries".
    got = found("Mayor Anna Berg stated, Do they want the ferries to stay? I don't think so... Ferries are a new step "
                "forward, suggesting that the council should reconsider its plans for the port.")
    assert "Ferries" not in [speaker for speaker, _, _ in got]


def test_a_surname_alone_labels_a_transcript_speaker_the_article_names_in_full():
    article = extract_article(
        "Mayor Anna Berg met reporters at the harbour on Monday.\n\n"
        "Piet Holm:  Madam Mayor, dear guests!\n\n"
        "Berg: Were you offered a tour of the port?\n\n"
        "Piet Holm:  We were. After the talk, we might go up to the lighthouse.\n\n"
        "Berg: Just don't agree to it.\n\n"
        "Holm: Why not?\n\n"
        "Note: the ferries were not discussed.")
    got = [(s.speaker, s.text) for s in article.statements]
    assert got == [("Piet Holm", "Madam Mayor, dear guests!"),
                   ("Piet Holm", "We were. After the talk, we might go up to the lighthouse."),
                   ("Anna Berg", "Just don't agree to it.")]


def test_a_weekday_and_its_date_after_one_comma_date_the_words_after_that():
    article = extract_article("Talks on the ferries\n\nJune 7, 2024\n\n"
                              "Minister Anna Berg said on Saturday, March 2 that the port would open again soon.")
    got = [(s.speaker, s.text, str(s.date.value), s.date_phrase) for s in article.statements]
    assert got == [("Anna Berg", "the port would open again soon.", "2024-03-02", "March 2")]


def test_an_age_or_a_role_before_the_name_refers_back_to_that_person():
    got = found("The island leader, Piet Example, said that the strikes on the harbour were lawful.\n\n"
                '"We need more ferries," the island leader added.\n\n'
                '"This is a matter of survival," the 46-year-old said.')
    assert got == [("Piet Example", "the strikes on the harbour were lawful.", "indirect"),
                   ("Piet Example", "We need more ferries", "direct"),
                   ("Piet Example", "This is a matter of survival", "direct")]


def test_declining_to_confirm_reports_gives_no_words_and_a_date_after_the_name_is_no_role():
    article = extract_article("Talks on the ferries\n\nJune 7, 2024\n\n"
                              "The Port Minister, Anna Berg, on June 5, declined to confirm reports that the ferries had left the port.\n\n"
                              '"I cannot go into details," Berg said.')
    assert [(s.speaker, s.text) for s in article.statements] == [("Anna Berg", "I cannot go into details")]
    assert "June 5" not in article.statements[0].topic_context   # the role is "Port Minister" only


def test_said_then_a_clause_whose_verb_is_hit_reports_the_clause():
    got = found("The Harbour Guard, known as HG, said the storm hit a fuel depot on the island.")
    assert got == [("Harbour Guard", "the storm hit a fuel depot on the island.", "indirect")]


def test_then_is_no_speaker_and_to_which_he_said_gives_the_words_to_him():
    got = found("In early January, Mayor Anna Berg spoke to Example Wire.\n\n"
                "Then she was asked whether the port on the island had been closed by the council, to which she said: "
                "\u201cI cannot answer that question now. Only after the storm.\u201d")
    assert got == [("Anna Berg", "I cannot answer that question now. Only after the storm.", "direct")]


def test_words_first_then_says_a_role_in_lower_case_and_the_name_then_where():
    got = found("Repairs on the quay will continue until the end of the storm season, says the chief of the "
                "Harbour Guard (HG) Piet Holm on the air of the morning show.")
    assert got == [("Piet Holm", "Repairs on the quay will continue until the end of the storm season", "indirect")]


def test_the_diplomat_is_never_the_defence_secretary_named_just_before():
    got = found("The head of the Ministry of Foreign Affairs, Eva Lind, answered the critics on Monday.\n\n"
                "Defence Secretary Piet Holm said on Monday that closing the port carries a risk for the islands. "
                "Commenting on the criticism, the diplomat said that she does not see such a risk.")
    assert got[-1][:2] == ("Eva Lind", "she does not see such a risk.")
    # And with no diplomat in the article, "the diplomat" is nobody, not the secretary.
    alone = found("Defence Secretary Piet Holm said on Monday that closing the port carries a risk for the islands. "
                  "Commenting on the criticism, the diplomat said that she does not see such a risk.")
    assert [speaker for speaker, _, _ in alone] == ["Piet Holm"]


def test_an_outlet_passing_on_someones_response_is_not_its_speaker():
    got = found("Harbour Minister Eva Lind responded to the criticism of the islands regarding the closure of the port, "
                "Example Wire informs, with reference to Example News.\n\n"
                "Harbourtown responded with new ferries, the Port Ministry said.")
    assert got == [("Port Ministry", "Harbourtown responded with new ferries", "indirect")]


def test_a_list_of_speakers_gives_each_of_them_the_joint_words():
    got = found("Norway, Sweden and Finland said in a joint statement that the ferry line must reopen.\n\n"
                "The former mayor, as well as Piet Holm, Anna Berg and Eva Lind, said the port should stay open.\n\n"
                "On Friday, Holm and Lind said that the quay was safe.")
    assert [speaker for speaker, _, _ in got] == ["Norway", "Sweden", "Finland", "Piet Holm", "Anna Berg", "Eva Lind", "Piet Holm", "Eva Lind"]


def test_that_before_a_verb_in_the_past_opens_a_relative_clause_not_the_words():
    # "said the attack that killed ..." reports "the attack that killed ... was ...", not "killed ...".
    assert found("Anna Berg said the fire that broke out at the depot was caused by a drone.\n\n"
                 "Berg said the boats that hit the quay were not hers.") == [
        ("Anna Berg", "the fire that broke out at the depot was caused by a drone.", "indirect"),
        ("Anna Berg", "the boats that hit the quay were not hers.", "indirect")]
    # A "that" before a subject is still the conjunction, after a relative one or not.
    assert found("Piet Holm told reporters that the fire that broke out at the depot was an accident.") == [
        ("Piet Holm", "the fire that broke out at the depot was an accident.", "indirect")]
    # After a demonstrative "that" ("on that day") too, and the words are never the masked text.
    got = found("Anna Berg said on that day a fire that broke out at the depot was caused by a drone.")
    assert all("th_t" not in text for _, text, _ in got)


def test_adding_that_after_reported_words_is_a_statement_of_its_own():
    assert found("Anna Berg said that the port was ready for the winter, adding that the ferries would sail in May.") == [
        ("Anna Berg", "the port was ready for the winter", "indirect"),
        ("Anna Berg", "the ferries would sail in May.", "indirect")]
    # Quoted, the added words are a direct quote of the same speaker; a predicate keeps its whole length.
    assert found("Ahead of the vote, Piet Holm told parliament that the town was \u201cdoubling down\u201d on the port, "
                 "adding that \u201cthe harbour speaks for itself.\u201d Mayor Anna Berg noted that the vote was close.\n\n"
                 "Holm accused the council of delay, claiming that the ferries were ready.") == [
        ("Piet Holm", "the town was \u201cdoubling down\u201d on the port", "indirect"),
        ("Piet Holm", "the harbour speaks for itself.", "direct"),
        ("Anna Berg", "the vote was close.", "indirect"),
        ("Piet Holm", "accused the council of delay, claiming that the ferries were ready.", "indirect")]


def test_a_quote_after_a_participle_is_the_sentence_subjects():
    got = found("Mayor Anna Berg spoke about the port again.\n\n"
                "In recent days, Berg had only hinted at the closure, stating on Thursday that \u201cthe harbour must stay shut for a month.\u201d\n\n"
                "The ministry hinted at a delay, adding: \u201cthe ferries are not ready for the season.\u201d")
    assert got == [("Anna Berg", "the harbour must stay shut for a month.", "direct")]
    # Where it was said may stand between ("saying in a post on Telegram that"), and the speaker
    # of the paragraph before does not take the quote.
    got = found("Piet Holm said the ferries were ready.\n\n"
                "Mayor Anna Berg slammed the council after the vote, saying in a post on Telegram that \u201cthe council does not want the port to open,\u201d "
                "adding that \u201conly a vote can open it\u201d.")
    assert got == [("Piet Holm", "the ferries were ready.", "indirect"),
                   ("Anna Berg", "the council does not want the port to open", "direct"),
                   ("Anna Berg", "only a vote can open it", "direct")]


def test_a_key_events_list_item_opens_with_a_headline_that_is_no_ones_words():
    got = found("Here are the key events:\n\n"
                "\u2022 Berg warns of \u201ca long winter\u201d: Mayor Anna Berg said on Monday that the port would stay shut until March.\n\n"
                "\u2022 Holm accuses the council: The council has \u201cfailed the town,\u201d Piet Holm said.")
    assert got == [("Anna Berg", "the port would stay shut until March.", "indirect"),
                   ("Piet Holm", "The council has \u201cfailed the town,\u201d", "indirect")]


def test_the_local_governor_of_another_place_is_not_the_governor_named_before():
    got = found("\u2022 A fire at the port of Harbourtown destroyed two ships. The city\u2019s governor, Anna Berg, said the fire had spread fast.\n\n"
                "\u2022 Another fire in nearby Lakeside destroyed a depot, according to the local governor.\n\n"
                "\u2022 A third fire at the port of Harbourtown was put out within an hour, according to the local governor.")
    assert got == [("Anna Berg", "the fire had spread fast.", "indirect"),
                   ("Anna Berg", "A third fire at the port of Harbourtown was put out within an hour", "indirect")]


def test_a_quote_glued_to_the_next_sentence_ends_there():
    got = found("Piet Holm praised the move as \u201can example of leadership.\u201dMayor Anna Berg said in an interview that the port would reopen.")
    assert got == [("Piet Holm", "praised the move as \u201can example of leadership.\u201d", "indirect"),
                   ("Anna Berg", "the port would reopen.", "indirect")]


def test_an_apposition_between_dashes_after_the_speakers_name():
    assert found("And now harbour master Piet Holm \u2013 a former mayor \u2013 responded with a warning: "
                 "\u201cThe new ferries could end badly for everyone.\u201d") == [
        ("Piet Holm", "The new ferries could end badly for everyone.", "direct")]


def test_did_not_confirm_but_said_before_a_quote_and_a_participle_without_its_comma():
    got = found("In keeping with the town\u2019s long-standing practice of not confirming the closures but welcoming their results, "
                "harbour spokesman Piet Holm did not directly acknowledge the council\u2019s part in the closure but said: "
                "\u201cThese are the consequences of the strike.\u201d\n\n"
                "Mayor Anna Berg hinted at the council\u2019s part.\n\n"
                "Speaking to the local outlet Example.ua she said: \u201cThe port was never going to open this winter.\u201d")
    assert got == [("Piet Holm", "These are the consequences of the strike.", "direct"),
                   ("Anna Berg", "The port was never going to open this winter.", "direct")]


def test_initials_without_stops_and_a_programme_in_quotes_and_by_saying():
    got = found("Vice President JD Example said on Sunday that the request was being weighed. "
                "UK PM Anna Berg said the talks would go on.\n\n"
                "\u201cWe are looking at it,\u201d Example said on \u201cExample News Sunday.\u201d\n\n"
                "Anchor Maria Sund asked Example whether he backed the idea, now that Piet Holm had reportedly "
                "answered the request by saying, \u201cWe\u2019ll work on it.\u201d")
    assert got == [("JD Example", "the request was being weighed.", "indirect"),
                   ("Anna Berg", "the talks would go on.", "indirect"),
                   ("JD Example", "We are looking at it", "direct"),
                   ("Piet Holm", "We\u2019ll work on it.", "direct")]


def test_she_after_a_lead_in_and_a_role_in_lower_case_means_that_person():
    got = found("Mayor Piet Holm spoke first. During the interview, anchor Maria Sund referenced the request for new ferries. "
                "She noted that the ferries could carry a thousand people.")
    assert got == [("Maria Sund", "the ferries could carry a thousand people.", "indirect")]


def test_replying_introduces_the_quote_below_and_he_added_goes_on_with_its_speaker():
    got = found("Mayor Anna Berg spoke on the radio.\n\n"
                "Berg dodged the question, replying:\n\n"
                "\u201cRight now, as the council said, we are looking at it.\u201d She added that the town was "
                "\u201clooking at a number of requests from the ferry companies.\u201d")
    assert got == [("Anna Berg", "Right now, as the council said, we are looking at it.", "direct"),
                   ("Anna Berg", "looking at a number of requests from the ferry companies.", "direct")]
    # Without the introducer, "He added that" after the full stop is the quote's own attribution.
    got = found("Mayor Anna Berg spoke on the radio. Piet Holm, her deputy, spoke after her.\n\n"
                "\u201cRight now we are looking at it.\u201d He added that the town was busy with the ferries.")
    assert got[0] == ("Piet Holm", "Right now we are looking at it.", "direct")


def test_an_institution_named_after_what_it_is_is_no_person():
    article = extract_article(HEAD + "Harbourland\u2019s aviation watchdog Avialand said on Telegram it had halted all flights.\n\n"
                              "Harbourland\u2019s port watchdog said that the quay had been closed.\n\n"
                              "The spokesperson for the Harbour Ministry Anna Berg said that the ferries would sail.")
    got = [(s.speaker, s.speaker_type, s.text) for s in article.statements]
    assert got == [("Avialand", "body", "it had halted all flights."),
                   ("Harbourland\u2019s port watchdog", "body", "the quay had been closed."),
                   ("Anna Berg", "person", "the ferries would sail.")]


def test_an_office_in_lower_case_before_the_institution_title_is_part_of_the_role():
    # "Deputy spokeswoman for the Harbour Department Anna Berg": "the spokesperson" later is her.
    got = found("The quay will stay shut, said Deputy spokeswoman for the Harbour Department Anna Berg.\n\n"
                "Mayor Piet Holm visited the port on Monday.\n\n"
                "\u201cWe do not support the new ferry timetable at all,\u201d the spokesperson said.")
    assert got == [("Anna Berg", "The quay will stay shut", "indirect"),
                   ("Anna Berg", "We do not support the new ferry timetable at all", "direct")]


def test_a_second_verb_of_saying_after_and_and_a_new_sentence_after_a_quote():
    got = found("Governor Anna Berg confirmed the boats were launched from a truck and said the quay had been secured.\n\n"
                "Harbourtown labelled the strike a \u201cterrorist act.\u201d In Lakeside, Mayor Piet Holm confirmed the ferries were stopped.\n\n"
                "Congressman Ivan Sample said that the port would reopen.")
    assert [(s, t) for s, t, _ in got] == [
        ("Anna Berg", "the boats were launched from a truck"),
        ("Anna Berg", "the quay had been secured."),
        ("Harbourtown", "labelled the strike a \u201cterrorist act.\u201d"),   # labelling with a quote is speech
        ("Piet Holm", "the ferries were stopped."),
        ("Ivan Sample", "the port would reopen.")]


def test_a_participles_words_hold_a_second_verb_once():
    # "saying A, but hopes B": B is the end of the participle's words, not a second statement.
    assert found("Anna Berg reacted to the news, saying the talks had failed, but hopes they will resume.") == [
        ("Anna Berg", "the talks had failed, but hopes they will resume.", "indirect")]


def test_a_participle_without_that_may_report_a_number_of_things():
    got = found("Piet Holm confirmed the attack, claiming 13 drones were shot down over the port.\n\n"
                "Anna Berg reacted to the news, saying two ferries had been damaged.\n\n"
                "Eva Lind reacted at once, claiming responsibility for the attack.")
    assert got == [("Piet Holm", "confirmed the attack", "indirect"),   # (an event confirmed: see the test below)
                   ("Piet Holm", "13 drones were shot down over the port.", "indirect"),
                   ("Anna Berg", "two ferries had been damaged.", "indirect")]


def test_the_governor_of_a_region_named_later_is_the_governor_of_the_region():
    got = found("The bridge was hit at night. The governor of the region, Piet Holm, visited the site in the morning.\n\n"
                "According to the governor of the Lakeside region, two people were hurt in the attack.")
    assert got == [("Piet Holm", "two people were hurt in the attack.", "indirect")]
    # Nobody, when the article names another governor (of a place this reader may not know), or
    # two governors of unnamed regions.
    assert found("The governor of the region, Piet Holm, visited the site. Harbourtown governor Eva Lind stayed home.\n\n"
                 "According to the governor of the Harbourtown region, two people were hurt in the attack.") == []
    assert found("The governor of the region, Piet Holm, visited the site. The governor of the province, Eva Lind, stayed home.\n\n"
                 "According to the governor of the Harbourtown region, two people were hurt in the attack.") == []


def test_words_first_then_said_speaking_at_and_a_colon_are_the_words_before():
    got = found("The summit of the harbour towns opened on Monday in Lakeside, with the ferries and the future of the port "
                "at the top of its agenda for the three days of talks.\n\n"
                "Harbourtown knows that the council has already decided to close the port to the ferries for good, Piet Holm said, "
                "speaking at the opening of the summit:\n\n"
                "The council is pushing the port to the stage of poorly controlled decline;")
    assert got == [("Piet Holm", "Harbourtown knows that the council has already decided to close the port to the ferries for good", "indirect")]


def test_an_attribution_after_a_quote_runs_past_u_s_to_its_date():
    article = extract_article("A headline about the talks\n\nSeptember 7, 2024\n\n"
                              "\"I don't believe that one ferry is going to be decisive,\" U.S. Secretary of Transport "
                              "Piet Holm said on the sidelines of a meeting in Harbourtown on September 6.")
    [statement] = article.statements
    assert (statement.speaker, statement.date.iso(), statement.date_phrase) == ("Piet Holm", "2024-09-06", "September 6")


def test_an_office_names_again_the_untitled_person_just_named():
    got = found("Sir Piet Holm has declined to rule out opening the port to the ferries.\n\n"
                "The Harbourland prime minister said he did not want to get into operational details.")
    assert got == [("Piet Holm", "he did not want to get into operational details.", "indirect")]
    # Not when someone else is named in between, when the article gives the office to someone by
    # title, nor after a lone surname it never spells out.
    assert found("Piet Holm spoke after Eva Lind left.\n\n"
                 "The prime minister said he did not want to get into operational details.") == []
    assert [s for s, _, _ in found("Prime Minister Anna Berg arrived on Monday. Piet Holm spoke after her.\n\n"
                                   "The prime minister said she did not want to get into details.")] == ["Anna Berg"]
    assert found("Holm spoke on Monday.\n\nThe prime minister said he did not want to get into operational details.") == []


def test_a_governor_in_the_lead_is_the_governor_named_right_after():
    got = found("A Harbourland regional governor said on Thursday that the drone attacks had been repelled.\n\n"
                "The Lakeside region was \u201csubjected to a massive attack\u201d, local governor Ivan Sample said on Telegram.")
    assert [speaker for speaker, _, _ in got] == ["Ivan Sample", "Ivan Sample"]
    # Named before, the governor is someone else ("a governor" is a new one): the role as written.
    got = found("Local governor Ivan Sample said on Telegram that the port was closed.\n\n"
                "A Harbourland regional governor said on Thursday that the drone attacks had been repelled.")
    assert [speaker for speaker, _, _ in got] == ["Ivan Sample", "Harbourland regional governor"]
    # Several governors: the one the article names next, who is new there.
    got = found("A drone hit a fuel depot early on Friday and set it on fire, a regional governor said.\n\n"
                "Ivan Sample, governor of the Lakeside region, said the strike happened at dawn.\n\n"
                "In the Northvale region, Governor Piet Holm said a drone had been downed.")
    assert [speaker for speaker, _, _ in got] == ["Ivan Sample", "Ivan Sample", "Piet Holm"]
    # Someone else named next: no governor is more likely than another, and "a regional governor"
    # (no place in it) is too vague to stand as the speaker.
    got = found("A drone hit a fuel depot early on Friday and set it on fire, a regional governor said.\n\n"
                "Mayor Eva Lind said the strike happened at dawn.\n\n"
                "In the Northvale region, Governor Piet Holm said a drone had been downed.\n\n"
                "In the Lakeside region, Governor Anna Berg said the power was back.")
    assert [speaker for speaker, _, _ in got] == ["Eva Lind", "Piet Holm", "Anna Berg"]


def test_a_capitalised_word_with_a_participle_is_no_name():
    # "Lakeside's Harbourtown-appointed governor X": an adjective before the title, not a name
    # with "Lakeside's" as its title.
    got = found("A drone was shot down, according to Lakeside\u2019s Harbourtown-appointed governor Ivan Sample.\n\n"
                "Lakeside\u2019s pro-Harbourtown governor Piet Holm said the depot had burned.")
    assert got == [("Ivan Sample", "A drone was shot down", "indirect"),
                   ("Piet Holm", "the depot had burned.", "indirect")]
    # A name with a lower-case part after its hyphen stays a name.
    assert found("Kim Jong-un said the depot had burned.") == [("Kim Jong-un", "the depot had burned.", "indirect")]


def test_the_regions_governor_is_the_governor_the_article_names():
    got = found("A drone attack on Saturday injured one person in the region, the region\u2019s governor said.\n\n"
                "The governor, Ivan Sample, writing on Telegram, said the incident occurred in the town of Lakeside.")
    assert [speaker for speaker, _, _ in got] == ["Ivan Sample", "Ivan Sample"]
    # Two governors named: neither, and the role as the text gives it.
    got = found("Harbourtown governor Piet Holm spoke on Friday.\n\n"
                "A drone attack on Saturday injured one person in Lakeside, the region\u2019s governor said.\n\n"
                "The governor, Ivan Sample, writing on Telegram, said the incident occurred in the town of Lakeside.")
    assert [speaker for speaker, _, _ in got] == ["the region\u2019s governor", "Ivan Sample"]
    # Nobody named so: the role as the text gives it.
    got = found("A drone attack on Saturday injured one person in the region, the region\u2019s governor said.")
    assert [speaker for speaker, _, _ in got] == ["the region\u2019s governor"]


def test_advised_quipped_and_answered_attribute_quotes():
    got = found("Piet Holm spoke to reporters on Monday about the ferries and the storm.\n\n"
                "\u201cLet us wait until the storm has passed,\u201d he advised.\n\n"
                "\u201cThe sea does not read our timetables,\u201d Holm quipped.\n\n"
                "Asked about the port, Holm answered that the quays would reopen in May.")
    assert got == [("Piet Holm", "Let us wait until the storm has passed", "direct"),
                   ("Piet Holm", "The sea does not read our timetables", "direct"),
                   ("Piet Holm", "the quays would reopen in May.", "indirect")]


def test_the_russian_presidential_spokesman_is_the_kremlin_spokesman():
    got = found("\u201cThe statement coincides with our position,\u201d Kremlin spokesman Ivan Sample told reporters.\n\n"
                "At the same time, the Russian presidential spokesman warned against \u201cjumping ahead of ourselves\u201d and predicting the actions of the new council.\n\n"
                "\u201cLet us wait until the moment when the new council takes office,\u201d he advised.")
    assert [speaker for speaker, _, _ in got] == ["Ivan Sample", "Ivan Sample", "Ivan Sample"]
    # ... and the Kremlin leader is the Russian President (not another country's).
    got = found("Russian President Piet Holm warned in September that the strikes would change the conflict.\n\n"
                "\u201cIt would mean war,\u201d the Kremlin leader said at the time.")
    assert got[-1] == ("Piet Holm", "It would mean war", "direct")
    assert found("US President Piet Holm spoke in September.\n\n\u201cIt would mean war,\u201d the Kremlin leader said at the time.") == []


def test_a_whether_clause_before_the_subject_is_a_lead_in():
    got = found("Piet Holm spoke on Monday.\n\n"
                "Whether or not the night's attack can be counted a success, Holm indicated that the council intends to strike again.")
    assert got == [("Piet Holm", "the council intends to strike again.", "indirect")]


def test_an_object_then_stating_and_a_quote_is_the_quote():
    got = found("Piet Holm, head of the council, emphasized the need for decisive action via the Example messaging app, "
                "stating, \"Strong decisions are needed. The storm can be stopped.\"")
    assert got == [("Piet Holm", "Strong decisions are needed. The storm can be stopped.", "direct")]


def test_an_outlet_quoting_an_unnamed_adviser_as_saying_gives_his_words_and_his_he():
    got = found("Piet Holm warned that the talks were over.\n\n"
                "On Wednesday, Example Wire quoted a Harbourland presidential adviser as saying that the ministers made no decisions. "
                "He said that during the meeting, the ministers discussed the ferries.")
    assert got == [("Piet Holm", "the talks were over.", "indirect"),
                   ("Harbourland presidential adviser", "the ministers made no decisions.", "indirect"),
                   ("Harbourland presidential adviser", "during the meeting, the ministers discussed the ferries.", "indirect")]


def test_the_points_a_speaker_made_listed_as_bullets_are_theirs():
    got = found("At her press conference, Harbour Council spokeswoman Eva Lind made several statements about the storm. "
                "The key points are:\n\n"
                "\u2022 The ferries will not sail before Friday.\n\n"
                "\u2022 The quays at Lakeside were damaged by the waves.\n\n"
                "The Harbour Council said on Tuesday that the roads were open.")
    assert got == [("Eva Lind", "The ferries will not sail before Friday.", "indirect"),
                   ("Eva Lind", "The quays at Lakeside were damaged by the waves.", "indirect"),
                   ("Harbour Council", "the roads were open.", "indirect")]
    # A list after a colon that introduces no one's points is nobody's words.
    assert found("The storm hit three towns:\n\n\u2022 The ferries will not sail before Friday.") == []


def test_a_video_teasers_hear_is_no_given_name():
    got = found("Harbourland claims the council is behind the attack. Hear Ivan Sample\u2019s response\n\n"
                "In an interview with Example Wire, the council\u2019s Ivan Sample denied the claim that the council is behind the attack.")
    assert [speaker for speaker, _, _ in got] == ["Ivan Sample"]


def test_an_outlet_closing_a_sentence_whose_speaker_said_that_only_cites():
    got = found("Harbour Council spokesperson Eva Lind clarified on Tuesday that the ferries will not sail, "
                "Examplenews informs via Example Wire.")
    assert got == [("Eva Lind", "the ferries will not sail", "indirect")]


def test_a_quote_after_one_attributed_to_someone_unnamed_is_not_the_last_speakers():
    got = found("President Piet Holm warned in September that the strikes \u201cwould change the nature of the conflict.\u201d\n\n"
                "\u201cIt would mean war,\u201d a Harbourland admiral said at the time. "
                "\u201cIf that is the case, we will take the appropriate decisions.\u201d")
    assert got == [("Piet Holm", "would change the nature of the conflict.", "direct")]
    # A paragraph of quotes with no attribution of its own still goes on with the last speaker.
    assert found("\u201cWe will win,\u201d Piet Holm said.\n\n\u201cThe ferries will sail again.\u201d") == [
        ("Piet Holm", "We will win", "direct"), ("Piet Holm", "The ferries will sail again.", "direct")]


def test_the_institutions_spokesman_in_the_lead_is_the_one_it_names_paragraphs_later():
    filler = ("The ferries stayed in port for a third day as the storm moved east along the coast, and the quays "
              "would stay closed until the wind dropped. Fishermen waited in the town. ") * 4
    got = found("The strikes would trigger a new round of escalation, the Harbour Council\u2019s top spokesman said Monday.\n\n"
                + filler + "\n\n\u201cIt marks a new stage,\u201d Harbour Council spokesman Piet Holm told journalists.")
    assert got == [("Piet Holm", "The strikes would trigger a new round of escalation", "indirect"),
                   ("Piet Holm", "It marks a new stage", "direct")]


def test_an_aside_on_the_opening_phrase_is_not_the_subject():
    got = found("In an interview with Example Magazine, which named him its person of the year, Ivan Sample "
                "stated that he disagrees with the strikes.")
    assert got == [("Ivan Sample", "he disagrees with the strikes.", "indirect")]


def test_president_elect_is_a_title_not_part_of_the_name():
    got = found("Harbourland President-elect Ivan Sample said that the strikes were a big mistake.\n\n"
                "Sample added that the war must end.")
    assert [speaker for speaker, _, _ in got] == ["Ivan Sample", "Ivan Sample"]


def test_a_titled_name_after_u_s_inside_a_sentence_is_no_subject_for_he():
    # "U.S." ends no sentence: "U.S. President Ivan Sample" is an object here, and "He" is Holm.
    got = found("Reacting to media reports, Piet Holm condemned the decision by U.S. President Ivan Sample, "
                "labeling it as an escalation.\n\n"
                "He further criticized the outgoing administration for taking actions that would provoke tensions.")
    assert [speaker for speaker, _, _ in got] == ["Piet Holm", "Piet Holm"]


def test_a_report_after_a_quote_that_ends_its_own_sentence_is_read():
    got = found("\u201cWe agree,\u201d Piet Holm told reporters. \u201cWe see it the same way.\u201d "
                "He added that the plan \u201cappeals\u201d to Harbourland.")
    assert got == [("Piet Holm", "We agree", "direct"), ("Piet Holm", "We see it the same way.", "direct"),
                   ("Piet Holm", "the plan \u201cappeals\u201d to Harbourland.", "indirect")]
    # "said that at a rally": "that" is the quote, and no words follow.
    assert found("\u201cWe will win.\u201d Piet Holm said that at a rally in Harbourtown on Monday.") == []


def test_an_ex_minister_after_the_and_before_his_name_speaks():
    got = found("Piet Holm spoke on Monday.\n\n"
                "Responding to the comments, the ex-Defense Minister Ivan Sample, who sent the missiles, "
                "said Holm was \"the wrong man, in the wrong job at the wrong time.\u201d")
    assert got == [("Ivan Sample", "the wrong man, in the wrong job at the wrong time.", "direct")]


def test_the_governor_of_the_region_before_a_name_is_his_title():
    # "the governor of the region Piet Holm" (no comma): the title, so that "the head of the
    # region" and the "he" after him are Holm.
    got = found("Five residents were killed, the governor of the region Piet Holm said in his Telegram channel.\n\n"
                "Commenting on the situation in the district, the head of the region said that 371 shells were fired.\n\n"
                "\u201cUnfortunately, there are two dead,\u201d he said.")
    assert got == [("Piet Holm", "Five residents were killed", "indirect"),
                   ("Piet Holm", "371 shells were fired.", "indirect"),
                   ("Piet Holm", "Unfortunately, there are two dead", "direct")]


def test_a_name_set_apart_after_the_role_that_opens_the_sentence_is_whom_he_means():
    got = found("\u201cTwo ferries were hit,\u201d Governor Piet Holm said.\n\n"
                "The head of the Office of the President of Harbourland, Ivan Sample, declared Harbourland\u2019s lack of involvement.\n\n"
                "\u201cHarbourland observes the events with interest,\u201d \u2013 He wrote on Twitter.")
    assert got == [("Piet Holm", "Two ferries were hit", "direct"),
                   ("Ivan Sample", "Harbourland observes the events with interest", "direct")]


def test_the_governor_read_as_one_regions_is_not_the_governor_of_another_region():
    # The article's one governor is the Lakeside governor; the Northvale governor is unnamed, and
    # neither he nor "He" after him may become the Lakeside governor: the office as written speaks.
    got = found("The governor of Russia\u2019s Lakeside region said a drone caused a fire at the refinery.\n\n"
                "The fire was soon put out, governor Ivan Sample said.\n\n"
                "Separately, the governor of Russia\u2019s Northvale region says an artillery strike wounded one person. "
                "He has blamed Kyiv for the attack.")
    assert got == [("Ivan Sample", "a drone caused a fire at the refinery.", "indirect"),
                   ("Ivan Sample", "The fire was soon put out", "indirect"),
                   ("governor of Russia\u2019s Northvale region", "an artillery strike wounded one person.", "indirect"),
                   ("governor of Russia\u2019s Northvale region", "blamed Kyiv for the attack.", "indirect")]


def test_a_place_before_region_is_no_name_for_he_to_refer_to():
    # "Northvale" after "the governor of Russia's" is a region, not a governor named Northvale: the
    # article names no governor, so the office as written speaks, and "He" is that governor.
    assert speakers_of("Separately, the governor of Russia\u2019s Northvale region says an artillery strike wounded one person. "
                       "He has blamed Kyiv for the attack.") == ["governor of Russia\u2019s Northvale region"] * 2


def test_a_later_sentence_that_said_this_gives_the_sentences_before_it_to_whom_it_names():
    got = found("Two drones were shot down over the port. The mayor of the town, Piet Holm, announced this in a post on Telegram.\n\n"
                "The strike hit a depot. TASS said this on Monday.\n\n"
                "\u201cWe are ready,\u201d Holm said. He said this at a briefing.")
    assert got == [("Piet Holm", "Two drones were shot down over the port.", "indirect"),
                   ("Piet Holm", "We are ready", "direct")]


def test_a_surname_set_in_capitals_is_part_of_the_name():
    got = found("Earlier, the head of the Harbour Ministry Piet HOLM said that the port urgently needs new ferries.\n\n"
                "Holm said that the quay would reopen.\n\n"
                "Ivan Sample TASS reported that the talks were over.")
    assert got == [("Piet Holm", "the port urgently needs new ferries.", "indirect"),
                   ("Piet Holm", "the quay would reopen.", "indirect")]


def test_an_outlet_that_quotes_a_role_as_saying_passes_on_that_persons_words():
    got = found("Mayor Piet Holm spoke on Telegram.\n\n"
                "Example Wire quotes the mayor as saying that the ferries would sail again in May.\n\n"
                "Example Wire quotes the mayor as saying in the post.")
    assert got == [("Piet Holm", "the ferries would sail again in May.", "indirect")]


def test_a_sites_name_in_title_case_ends_no_sentence():
    got = found("Mayor Piet Holm spoke on Telegram.\n\n"
                "\u201cThe forces shot down two drones. Crews are working at the crash sites,\u201d Caliber.Az quotes the mayor as saying.")
    assert got == [("Piet Holm", "The forces shot down two drones. Crews are working at the crash sites", "direct")]


def test_words_then_as_announced_by_are_the_words_of_whom_it_names():
    got = found("EXWIRE: Two drones were destroyed over the port, as announced by Mayor Piet Holm on his Telegram channel.\n\n"
                "Two drones were destroyed over the port, as reported by Example Wire.\n\n"
                "The ferry was hit, as stated by TASS.")
    assert got == [("Piet Holm", "Two drones were destroyed over the port", "indirect")]


def test_a_programme_after_a_networks_possessive_is_no_quotation():
    got = found("Mayor Piet Holm visited the quay.\n\n"
                "\u201cThe quay is still under threat,\u201d Holm said during an interview with Example TV\u2019 \u201cFace the Harbour.\u201d")
    assert got == [("Piet Holm", "The quay is still under threat", "direct")]


def test_a_participles_quotation_already_read_is_not_reported_again():
    got = found("\u201cThe quay will reopen in May,\u201d Mayor Piet Holm said, adding that it is \u201cnot about money. It is about safety.\u201d")
    assert got == [("Piet Holm", "The quay will reopen in May", "direct"),
                   ("Piet Holm", "not about money. It is about safety.", "direct")]


def test_a_noun_before_that_opens_a_relative_clause_not_the_words():
    got = found("The Harbour Ministry says 17 of the 24 ferries that the company ordered were delivered in May.\n\n"
                "Anna Berg told the council that the quay was closed.")
    assert [(s, t) for s, t, _ in got] == [("Harbour Ministry", "17 of the 24 ferries that the company ordered were delivered in May."),
                                          ("Anna Berg", "the quay was closed.")]


def test_a_places_governor_is_the_articles_one_governor_of_no_named_place():
    got = found("Lakeside\u2019s governor has confirmed that the ferry sank overnight. Governor Piet Holm said on Telegram that the crew was safe.")
    assert got == [("Piet Holm", "the ferry sank overnight.", "indirect"), ("Piet Holm", "the crew was safe.", "indirect")]
    # Never a president: a country's president is no other country's ("the Harbourland president").
    assert found("The Harbourland president said that the talks were over. President Anna Berg visited the port.") == []


def test_words_set_apart_below_an_introducer_without_marks_are_a_quotation():
    got = found("A fire broke out at the harbour overnight after a drone attack.\n\n"
                "Governor Piet Holm said on Telegram:\n\n"
                "Last night, the air defence repelled an attack by drones on the harbour.\n\n"
                "He added that the fire had been put out by the morning.\n\n"
                "The ministry listed the damage:\n\n"
                "Two cranes and a warehouse were hit.")
    assert got == [("Piet Holm", "Last night, the air defence repelled an attack by drones on the harbour.", "direct"),
                   ("Piet Holm", "the fire had been put out by the morning.", "indirect")]


def test_a_participle_with_where_before_that_still_reports_the_words():
    got = found("Mayor Piet Holm sought to calm the town, saying in a post on Telegram that the quay was safe.\n\n"
                "The ferry sank at the quay, Governor Anna Berg said, adding on Telegram that the crew was safe.")
    assert got == [("Piet Holm", "the quay was safe.", "indirect"),
                   ("Anna Berg", "The ferry sank at the quay", "indirect"),
                   ("Anna Berg", "the crew was safe.", "indirect")]


def test_a_teasers_section_label_is_not_part_of_the_words():
    got = found("Harbour War: The ferry service has been stopped for now, the mayor said.\n\n"
                "The ferry service has been stopped for now, Mayor Piet Holm said.")
    assert got == [("Piet Holm", "The ferry service has been stopped for now", "indirect")]


def test_a_surname_after_a_title_in_lower_case_says_the_participles_words():
    got = found("Piet Holm was elected in May.\n\n"
                "Harbourland\u2019s president Holm reacted to the news, saying in a post on Telegram that the quay was safe.\n\n"
                "Holm sought to defuse the row, saying in a post that his \u201cposition on the ferry has been clear from day one\u201d.")
    assert got == [("Piet Holm", "the quay was safe.", "indirect"),
                   ("Piet Holm", "position on the ferry has been clear from day one", "direct")]


def test_a_chain_of_outlets_after_the_words_is_not_part_of_them():
    got = found("Mayor Anna Berg stressed that the ferry has many ways to reach the island, including boats, Example TV reports, Harbour Wire writes.")
    assert got == [("Anna Berg", "the ferry has many ways to reach the island, including boats", "indirect")]


def test_a_long_title_before_a_name_still_names_the_speaker():
    got = found("Mayor Anna Berg spoke first.\n\n"
                "Assistant to the Mayor of the City of Harbourtown for National Security Piet Holm announced that the decision was made in May. "
                "According to him, the ferries were sold in March.")
    assert got == [("Piet Holm", "the decision was made in May.", "indirect"),
                   ("Piet Holm", "the ferries were sold in March.", "indirect")]


def test_a_dateline_with_an_ordinal_day_is_not_part_of_the_words():
    got = found("HARBOURTOWN, April 26th. /Example Wire/. The ferries will sail again in May. This statement was made by Mayor Piet Holm.")
    assert got == [("Piet Holm", "The ferries will sail again in May.", "indirect")]


def test_the_pentagon_chief_is_the_defense_secretary_the_article_named():
    got = found("US Secretary of Defense Piet Holm spoke at a press conference.\n\n"
                "\u201cOur hopes are that the ferries will sail again,\u201d the Pentagon chief said.")
    assert got == [("Piet Holm", "Our hopes are that the ferries will sail again", "direct")]


def test_with_a_person_saying_that_reports_that_persons_words():
    got = found("The ferries were late again on Monday, with Mayor Anna Berg saying that the storm had closed the port.\n\n"
                'The donation comes as the storm goes on, with Holm stating that the harbour is "already failing."')
    assert got == [("Anna Berg", "the storm had closed the port.", "indirect"),
                   ("Holm", 'the harbour is "already failing."', "indirect")]
    # Not when nobody is named after "with"; the sentence's other participles are still read.
    assert found("The port reopened on Monday, with ferries saying that the storm had passed.") == []
    got = found("Piet Holm said the port was closed for the night, adding that the ferries would wait, "
                "with officials saying that the storm was over.")
    assert [text for _, text, _ in got][:2] == ["the port was closed for the night",
                                                "the ferries would wait, with officials saying that the storm was over."]


def test_with_a_person_saying_that_inside_another_report_is_that_persons_own_words():
    body = ("Mayor Piet Holm said on Monday that the ferries would sail again.\n\n"
            "The Port Authority has dismissed the warnings about the storm, with spokeswoman Anna Berg asserting that "
            "no storm could close the harbour for long. However, she warned that the quay would need repairs.")
    assert found(body)[1:] == [("Port Authority", "dismissed the warnings about the storm", "indirect"),
                               ("Anna Berg", "no storm could close the harbour for long.", "indirect"),
                               ("Anna Berg", "the quay would need repairs.", "indirect")]
    # "He" after such a sentence is the person who asserted, not the one who spoke before.
    body = body.replace("spokeswoman Anna Berg", "spokesman Ivan Sample").replace("she warned", "he warned")
    assert found(body)[-1][0] == "Ivan Sample"
    # Every participle that introduces a report after a comma counts, not only the commonest, and
    # the person named in the sentence before is not the one who goes on.
    body = body.replace(".\n\nThe Port Authority has dismissed the warnings about the storm",
                        ". The Port Authority has dismissed his warnings")
    for participle in ("asserting", "confirming", "acknowledging", "pointing out"):
        assert found(body.replace("asserting", participle))[-1][0] == "Ivan Sample", participle


def test_pointing_out_that_splits_a_report_as_adding_that_does():
    # The one participle of two words: the plain tests before the patterns looked for "ing that".
    assert found("Mayor Piet Holm said the port was closed for the night, pointing out that the ferries would wait.") == [
        ("Piet Holm", "the port was closed for the night", "indirect"),
        ("Piet Holm", "the ferries would wait.", "indirect")]
    assert found("The Port Authority dismissed the warnings, with spokesman Ivan Sample pointing out that no storm "
                 "could close the harbour.")[-1] == ("Ivan Sample", "no storm could close the harbour.", "indirect")


def test_a_statement_carried_by_agencies_is_a_lead_in():
    got = found("Harbourland\u2019s Defence Ministry said on Tuesday that the port had been hit by six missiles.\n\n"
                "In a statement carried by Harbourland news agencies, the ministry said the military shot down five of them.")
    assert got[1] == ("Harbourland\u2019s Defence Ministry", "the military shot down five of them.", "indirect")


def test_the_statement_said_is_the_institution_that_just_spoke():
    body = ("The General Staff of Harbourland said that several explosions were heard in the targeted area.\n\n"
            "\u201cThe destruction of the depots of the occupying forces will continue until the war is over,\u201d the statement said.")
    assert speakers_of(body) == ["General Staff of Harbourland", "General Staff of Harbourland"]
    # Not after a person spoke, nor a person's statement.
    assert speakers_of("The General Staff of Harbourland said that several explosions were heard in the area.\n\n"
                       "Piet Holm said the port was closed for the night.\n\n"
                       "\u201cThe destruction of the depots of the occupying forces will continue,\u201d the statement said.") == [
        "General Staff of Harbourland", "Piet Holm"]
    assert speakers_of("The General Staff of Harbourland said that several explosions were heard in the area.\n\n"
                       "\u201cThe destruction of the depots of the occupying forces will continue,\u201d his statement said.") == [
        "General Staff of Harbourland"]


def test_a_spokeswoman_in_the_lead_is_the_untitled_person_quoted_next():
    got = found("HARBOURTOWN (Example Wire) - The ferries will not sail to the islands this winter, a Harbourland "
                "Navy spokeswoman said on Monday.\n\n"
                "\"We don't support crossings in the storm season, and we will not change that,\" Eva Lind told reporters.")
    assert [speaker for speaker, _, _ in got] == ["Eva Lind", "Eva Lind"]
    # Not someone named in passing, nor a person with a title of their own, nor one named before.
    for second in ("Her remarks came after Piet Holm closed the port on Sunday for the whole winter season.",
                   "\"We don't support crossings in the storm season,\" Mayor Eva Lind told reporters.",):
        got = found("HARBOURTOWN (Example Wire) - The ferries will not sail to the islands this winter, a Harbourland "
                    "Navy spokeswoman said on Monday.\n\n" + second)
        assert got[0][0] == "Harbourland Navy spokeswoman"
    got = found("Eva Lind spoke about the ferries at length on Sunday evening in the harbour.\n\n"
                "The ferries will not sail to the islands this winter, a Harbourland Navy spokeswoman said on Monday.\n\n"
                "\"We don't support crossings in the storm season,\" Eva Lind told reporters.")
    assert got[0][0] == "Harbourland Navy spokeswoman"
    # The office's spokeswoman, named next with her title.
    got = found("The ferries will not sail to the islands this winter, a Harbourland Navy spokeswoman said on Monday.\n\n"
                "Harbourland Navy spokeswoman Anna Berg said the storms were too strong for the ferries.")
    assert [speaker for speaker, _, _ in got] == ["Anna Berg", "Anna Berg"]
    # A spokesperson of another office, named next, is not this one.
    got = found("The ferries will not sail to the islands this winter, a Harbourland Navy spokeswoman said on Monday.\n\n"
                "Coast Guard spokeswoman Anna Berg said the ferries would sail.")
    assert [speaker for speaker, _, _ in got] == ["Harbourland Navy spokeswoman", "Anna Berg"]


def test_the_institutions_representative_is_who_holds_a_role_there():
    body = ("Deputy Pentagon Press Secretary Eva Lind spoke at a briefing on Monday about the ferries.\n\n"
            "She said that the navy had not changed its position. According to the Pentagon representative, "
            "the ferries should sail only in the summer.")
    assert found(body)[1] == ("Eva Lind", "the ferries should sail only in the summer.", "indirect")
    # A country alone fits a president as well as his aide: nobody.
    body = ("US Deputy Press Secretary Eva Lind spoke at a briefing on Monday about the ferries.\n\n"
            "She said that the navy had not changed its position. According to the US official, "
            "the ferries should sail only in the summer.")
    assert [speaker for speaker, _, _ in found(body)] == ["Eva Lind"]



def test_a_lone_word_between_two_titles_is_part_of_the_title():
    # "Former Harbourland President X": not a person "Harbourland" titled "Former".
    got = found("A close ally of Eva Lind has warned that the new ferry could reach the islands in minutes and change the bay.\n\n"
                "Former Harbourland President Piet Holm claims that a new ferry could cross the bay in minutes.")
    assert got[-1] == ("Piet Holm", "a new ferry could cross the bay in minutes.", "indirect")


def test_a_former_office_holder_is_not_the_office_now():
    body = ("A close ally of Eva Lind has warned that the new ferry could reach the islands in minutes and change the bay.\n\n"
            "Former Harbourland President Piet Holm claims that a new ferry could cross the bay in minutes.\n\n"
            "In a televised speech on Thursday, the Harbourland leader said the old ferries would be powerless.\n\n"
            "The former Harbourland president said the port was closed.")
    assert [(speaker, text) for speaker, text, _ in found(body)] == [
        ("Piet Holm", "a new ferry could cross the bay in minutes."),
        ("Piet Holm", "the port was closed.")]


def test_an_office_before_a_title_is_not_the_speaker_of_a_participle():
    got = found("In a briefing on Tuesday, Harbour Safety Council spokesman Piet Holm commented on the reports of damage, "
                "emphasizing that such storms are a well-known part of the winter.")
    assert got == [("Piet Holm", "such storms are a well-known part of the winter.", "indirect")]


def test_the_defence_ministry_is_the_one_that_spoke_though_another_body_spoke_since():
    got = found("Earlier in the day, the Harbourland Defence Ministry said that a missile was intercepted over the port.\n\n"
                "Sixteen people were hurt, the Centre for Disaster Medicine of the Harbourland Health Ministry told reporters.\n\n"
                "Later, the defence ministry said that another missile had been intercepted over the bay.")
    assert [speaker for speaker, _, _ in got] == ["Harbourland Defence Ministry",
                                                  "Centre for Disaster Medicine of the Harbourland Health Ministry",
                                                  "Harbourland Defence Ministry"]


def test_a_gerund_subject_may_hold_an_abbreviation_with_stops():
    got = found("Striking targets far inside Harbourland with U.S. and other Western ferries would not make a big "
                "difference for the port, Transport Minister Piet Holm said on Friday.")
    assert got == [("Piet Holm", "Striking targets far inside Harbourland with U.S. and other Western ferries would not make "
                                 "a big difference for the port", "indirect")]


def test_this_opinion_was_expressed_by_names_the_speaker_of_the_words_before():
    got = found("In the harbour, there is no quick fix, meaning that no single ferry will change the course of the season.\n\n"
                "This opinion was expressed by Transport Minister Piet Holm in an article published in a weekly magazine.")
    assert got == [("Piet Holm", "In the harbour, there is no quick fix, meaning that no single ferry will change the "
                                 "course of the season.", "indirect")]


def test_a_back_reference_reads_through_the_stops_of_u_s():
    got = found("No single ferry will change the course of the season in the harbour, whatever the weather brings.\n\n"
                "This was stated by U.S. Secretary of Transport Piet Holm in an article published in a weekly magazine.")
    assert [speaker for speaker, _, _ in got] == ["Piet Holm"]


def test_the_ministry_after_a_ministry_of_defence_and_a_nationality_before_ministry():
    got = found("The Polish Ministry of Defence said that 22 drones were destroyed over several regions during the night.\n\n"
                "\"Air defence systems on duty intercepted and destroyed the drones over the harbour,\" the ministry revealed in a post.\n\n"
                "The Polish ministry stated that the drones had been launched from the sea.")
    assert [speaker for speaker, _, _ in got] == ["Polish Ministry of Defence"] * 3
    # A ministry of another nation is not that one.
    got = found("The Polish Ministry of Defence said that 22 drones were destroyed over several regions during the night.\n\n"
                "The Lithuanian ministry stated that the drones had been launched from the sea.")
    assert [speaker for speaker, _, _ in got] == ["Polish Ministry of Defence", "Lithuanian ministry"]


def test_a_hyphenated_military_rank_is_a_title():
    got = found("The Commander of the Harbourland Navy, Lt-Gen Piet Holm, confirmed that the crews had found the ferry.")
    assert got == [("Piet Holm", "the crews had found the ferry.", "indirect")]


def test_the_statement_said_is_the_persons_when_no_institution_spoke():
    got = found("The navy found three ferries in the southern harbour. This was reported by Navy Commander Piet Holm.\n\n"
                "\"Today, there are three ferries more in the southern harbour,\" the statement said.")
    assert [speaker for speaker, _, _ in got] == ["Piet Holm", "Piet Holm"]
    # Not when another sentence comes between: "the statement" may be someone else's (here the
    # ministry's, whose confirmation of the damage is the sentence between).
    got = found("Piet Holm said on Sunday that the ferries had been in planning for more than a year and a half.\n\n"
                "The Harbourland Ministry of Defence confirmed the storm damage calling it \u201cterrible\u201d, claiming "
                "that several ferries were saved. However, the statement acknowledged that some boats caught fire.")
    assert [speaker for speaker, text, _ in got if "boats" in text] == ["Harbourland Ministry of Defence"]


def test_from_a_place_opens_the_sentence_before_the_speaker():
    got = found("From the Oval Office, President Piet Holm told reporters he is considering sending more ferries to the islands.")
    assert got == [("Piet Holm", "he is considering sending more ferries to the islands.", "indirect")]


def test_quoted_as_saying_according_to_an_agency_is_the_persons_quote():
    got = found("Piet Holm spoke at the port about the ferries on Monday afternoon for an hour.\n\n"
                "\"Will this damage our harbour? Of course, this would be detrimental to the port,\" Holm was quoted "
                "as saying on this development, according to ANI.")
    assert got == [("Piet Holm", "Will this damage our harbour? Of course, this would be detrimental to the port", "direct")]


def test_without_and_a_participle_after_the_attribution_is_no_words():
    got = found("There will likely be further ferries to the islands, Piet Holm told the Example Wire in an interview "
                "from the port, without specifically saying whether the port would pay for them.")
    assert got == [("Piet Holm", "There will likely be further ferries to the islands", "indirect")]


def test_refusing_to_give_a_forecast_reports_no_words():
    got = found("Piet Holm spoke to the crews at the port on Monday about the ferries and the storm.\n\n"
                "He refused to give a forecast for the season, but expressed hope that the ferries would sail in May.")
    assert got == [("Piet Holm", "the ferries would sail in May.", "indirect")]


def test_words_first_with_vowed_urged_or_denied():
    got = found("The attack on the harbour will not pass without a response, Harbourland President Piet Holm vowed on Monday.\n\n"
                "Allies must send more ferries now, Eva Lind urged.")
    assert got == [("Piet Holm", "The attack on the harbour will not pass without a response", "indirect"),
                   ("Eva Lind", "Allies must send more ferries now", "indirect")]
    # A vow to do something is the predicate, not words before it.
    got = found("The port was closed for the whole season, and Piet Holm vowed to reopen it in May.")
    assert got == [("Piet Holm", "vowed to reopen it in May.", "indirect")]


def test_a_title_of_the_presidents_office_is_not_the_presidents():
    got = found("Press Secretary of the President Piet Holm said that the port was closed for the night.\n\n"
                "The president said the ferries would sail again in the morning.")
    assert [speaker for speaker, _, _ in got] == ["Piet Holm"]
    # A chief of staff in uniform is no minister either.
    got = found("Chief of the General Staff Eva Lind said that the port was closed for the night.\n\n"
                "\u201cThe ferries will sail again in the morning,\u201d the minister said.")
    assert [speaker for speaker, _, _ in got] == ["Eva Lind"]


def test_a_persons_spokesman_is_the_articles_one_spokesperson():
    body = ("Press Secretary of the President of the Harbour Federation Piet Holm said that all the drones had been stopped.\n\n"
            "Regarding the storm, Lind\u2019s spokesman says that all crews are on the alert.")
    assert [speaker for speaker, _, _ in found(body)] == ["Piet Holm", "Piet Holm"]
    # Two spokespeople: whose it is stays open.
    body = ("Press Secretary of the President Piet Holm said that all the drones had been stopped.\n\n"
            "Navy spokeswoman Anna Berg said the crews were ready.\n\n"
            "Regarding the storm, Lind\u2019s spokesman says that all crews are on the alert.")
    assert [speaker for speaker, _, _ in found(body)] == ["Piet Holm", "Anna Berg", "Lind\u2019s spokesman"]
    # "Lind's representative", in words translated from Russian: the same one spokesperson.
    body = ("Kremlin spokesman Piet Holm decided to respond to the president's statement on the missiles.\n\n"
            "Lind's representative voiced the assumption that the missiles could already have been delivered.")
    assert found(body) == [("Piet Holm", "the missiles could already have been delivered.", "indirect")]


def test_the_parliamentarian_after_a_long_quote_is_the_member_of_parliament_named_before():
    quote = ("The plan to close the port of Harbourtown for the whole winter is a folly that the islands will pay for, "
             "and the ferries that carry their food and their post will stand idle in the bay for months. The council has "
             "ignored every letter we sent, and now it wants the ferry crews to find other work before the spring comes.")
    got = found("Piet Holm, a member of the Harbourland Parliament's Committee on Ports, condemned the council's plan in an "
                "interview with Example Wire.\n\n"
                f"\u201c{quote}\u201d the parliamentarian said.\n\n"
                "He noted that the vote would come on Friday.")
    assert got == [("Piet Holm", "condemned the council's plan in an interview with Example Wire.", "indirect"),
                   ("Piet Holm", quote, "direct"),
                   ("Piet Holm", "the vote would come on Friday.", "indirect")]
    # "The lawmaker" is no minister: with only a minister named before, nobody is guessed.
    minister = found("Harbour Minister Eva Lind spoke about the council's plan in an interview with Example Wire.\n\n"
                     f"\u201c{quote}\u201d the lawmaker said.")
    assert minister == []


def test_a_day_after_later_or_earlier_is_when_not_who():
    got = found("Piet Holm, the harbour master of Harbourtown, spoke to reporters at the quay on Monday.\n\n"
                "Later Wednesday, however, the Port Ministry said that the ferries would sail again in the spring.\n\n"
                "Earlier Monday, Holm said that the quay would stay shut for the winter.\n\n"
                "Late on Tuesday evening, the Harbour Institute reported that the storm had passed.")
    assert got == [("Port Ministry", "the ferries would sail again in the spring.", "indirect"),
                   ("Piet Holm", "the quay would stay shut for the winter.", "indirect"),
                   ("Harbour Institute", "the storm had passed.", "indirect")]
    # The day dates the words, as "on Wednesday" would.
    article = extract_article(HEAD + "Later Wednesday, the Port Ministry said that the ferries would sail again in the spring.")
    assert [s.date_phrase for s in article.statements] == ["Wednesday"]


def test_a_clause_that_ends_in_a_quote_ends_where_another_report_is_joined_on():
    got = found("Piet Holm said the closure of the port amounted to a \"large-scale provocation,\" while Eva Lind stated "
                "that the ferries were fighting off the storm.\n\n"
                "Holm said the closure was \u201ca provocation,\u201d and his officials stated the ferries were safe in the bay.")
    assert got == [("Piet Holm", "the closure of the port amounted to a \"large-scale provocation,\"", "indirect"),
                   ("Eva Lind", "the ferries were fighting off the storm.", "indirect"),
                   ("Piet Holm", "the closure was \u201ca provocation,\u201d", "indirect")]


def test_a_participle_after_a_subject_with_a_lower_case_apposition_is_the_subjects():
    got = found("Later, Piet Holm, the region's port minister, clarified the report, saying that the storm had hit "
                "a total of 14 ferries.")
    assert got == [("Piet Holm", "the storm had hit a total of 14 ferries.", "indirect")]


def test_a_participle_after_a_quote_that_its_comma_closes_is_a_statement_of_its_own():
    got = found("Piet Holm also noted that unspecified \u201cferries were damaged,\u201d adding that all the crews are "
                "being cared for by the port doctors.\n\n"
                "Eva Lind said training the crews would take \"a minimum of six months, usually a year,\" emphasizing "
                "that the port would not hire new ones.")
    assert got == [("Piet Holm", "ferries were damaged", "direct"),
                   ("Piet Holm", "all the crews are being cared for by the port doctors.", "indirect"),
                   ("Eva Lind", "a minimum of six months, usually a year", "direct"),
                   ("Eva Lind", "the port would not hire new ones.", "indirect")]


def test_a_verb_before_a_body_is_no_role_of_the_participles_speaker():
    got = found("Harbour Minister Piet Holm visited the quay on Monday.\n\n"
                "In his evening address, Holm thanked Harbourtown's Port Service and everyone involved in the rescue, "
                "stating that 117 ferries were used.")
    assert got == [("Piet Holm", "117 ferries were used.", "indirect")]


def test_according_to_an_outlet_then_he_is_the_person_before_not_the_outlet():
    got = found("Harbour Minister Piet Holm spoke about the quay on Monday.\n\n"
                "According to Focus, he told reporters that the port \"should not bind itself to the goals of the ferries.\"")
    assert [(speaker, kind) for speaker, _, kind in got] == [("Piet Holm", "direct")]


def test_the_head_of_the_pentagon_is_never_another_countrys_defence_secretary():
    got = found("Pentagon chief Lloyd Example met Ukrainian Secretary of Defense Piet Holm in Brussels on Monday.\n\n"
                "Earlier, the head of the Pentagon criticized the strikes of Harbourland on the refineries of Northvale.")
    assert got == [("Lloyd Example", "criticized the strikes of Harbourland on the refineries of Northvale.", "indirect")]


def test_a_title_case_dateline_with_a_spaced_colon_is_no_speaker():
    got = found("Kyiv, Ukraine : The Port Ministry claimed it closed the quay of Harbourtown on Wednesday, calling the "
                "storm an unprecedented threat to the ferries.")
    assert [speaker for speaker, _, _ in got] == ["Port Ministry"]


def test_after_a_quote_that_ends_its_sentence_another_subjects_denial_is_no_attribution():
    got = found("The Port Ministry did not provide evidence to support the claims, but said it \"reserves the right to "
                "close the quay where and when it sees fit.\u201d Harbourtown Council denied any involvement.")
    assert got[0] == ("Port Ministry", "reserves the right to close the quay where and when it sees fit.", "direct")
    assert [speaker for speaker, _, _ in got] == ["Port Ministry", "Harbourtown Council"]


def test_about_this_reported_x_gives_x_the_sentence_before():
    got = found("A storm of the northern sea attempted to close the port of Harbourtown on Friday. About this reported "
                "Governor Piet Holm on Telegram.\n\n"
                "About this time of year, the ferries stay in port.")
    assert got == [("Piet Holm", "A storm of the northern sea attempted to close the port of Harbourtown on Friday.", "indirect")]


def test_a_past_after_a_determiner_is_an_adjective_and_no_reported_clause():
    got = found("The Port Service emphasized their continued effectiveness in keeping the ferries of Harbourtown safe "
                "behind the storm lines, reducing the losses of the islands.\n\n"
                "Piet Holm, head of the harbour council's office, emphasized the need for decisive action via the "
                "Telegram messaging app, stating, \"Strong decisions are needed. The quay must stay shut.\"")
    assert got == [("Piet Holm", "Strong decisions are needed. The quay must stay shut.", "direct")]


def test_one_of_a_group_named_after_a_comma_is_the_speaker():
    got = found("\"The port is not interested in the islands,\" one of the mayor's senior aides, Piet Holm, said on X on Friday.")
    assert got == [("Piet Holm", "The port is not interested in the islands", "direct")]


def test_a_reporting_verb_after_a_name_is_no_role_of_it():
    article = extract_article(HEAD + "A senior aide, Piet Holm, said on X on Friday that the quay was shut.")
    assert [(s.speaker, s.text) for s in article.statements] == [("Piet Holm", "the quay was shut.")]
    # Nothing of what he said is read as his title: the words of the frame stay the frame.
    assert "that" not in article.statements[0].topic_context.partition(" [")[2]


def test_and_then_a_name_opens_a_second_clause_whose_subject_speaks():
    got = found("Mayor Anna Berg inquired about the ferries in order to reopen the quay and Holm assured the mayor "
                "that the storm would pass by Sunday.\n\n"
                "Harbour master Piet Holm had closed the port.")
    assert got == [("Piet Holm", "the storm would pass by Sunday.", "indirect")]


def test_a_surname_misspelt_by_one_letter_is_the_person_named_before():
    got = found("Harbour spokesman Ivan Sample told reporters on Thursday that the quay was shut.\n\n"
                "\u201cThe ferries will not sail,\u201d Samplo emphasised.")
    assert [speaker for speaker, _, _ in got] == ["Ivan Sample", "Ivan Sample"]


def test_a_surname_one_letter_off_two_people_or_named_only_later_is_no_one_known():
    two = found("Ivan Sample and Eva Sampla spoke on Thursday.\n\n\u201cThe ferries will not sail,\u201d Samplo said.")
    assert [speaker for speaker, _, _ in two] == ["Samplo"]
    later = found("\u201cThe ferries will not sail,\u201d Samplo said.\n\nIvan Sample told reporters that the quay was shut.")
    assert [speaker for speaker, _, _ in later] == ["Samplo", "Ivan Sample"]
    # Short names are too alike to tell a slip of the pen from another person.
    short = found("Eva Lind told reporters that the quay was shut.\n\n\u201cThe ferries will not sail,\u201d Lund said.")
    assert [speaker for speaker, _, _ in short] == ["Eva Lind", "Lund"]


def test_an_agencys_hyphenated_name_in_capitals_before_the_first_sentence_is_no_part_of_it():
    got = found("EXAMPLE-NEWS  Harbour crews closed the quay overnight, the Port Ministry said.")
    assert got == [("Port Ministry", "Harbour crews closed the quay overnight", "indirect")]


def test_a_high_office_names_again_the_articles_one_untitled_speaker():
    body = ("The quay will not reopen \u201cbecause of one storm\u201d, Sir Piet Holm has insisted.\n\n"
            "Harbourland President Anna Berg is also in town this week.\n\n"
            "Berg said on Sunday that the ferries had not yet sailed.\n\n"
            "The Northvale prime minister told reporters on Tuesday night: \u201cThe ferries will sail again.\u201d")
    assert speakers_of(body) == ["Piet Holm", "Anna Berg", "Piet Holm"]


def test_a_high_office_is_nobody_when_two_untitled_people_spoke_or_the_untitled_one_did_not():
    two = ("Sir Piet Holm said the quay was shut.\n\nIvan Sample said the ferries were late.\n\n"
           "Harbourland President Anna Berg said on Sunday that the ferries had not yet sailed.\n\n"
           "The Northvale prime minister told reporters on Tuesday night: \u201cThe ferries will sail again.\u201d")
    assert speakers_of(two) == ["Piet Holm", "Ivan Sample", "Anna Berg"]
    silent = ("A Piet Holm ally mocked the harbour board.\n\nHarbourland President Anna Berg is in town.\n\n"
              "Berg said on Sunday that the ferries had not yet sailed.\n\n"
              "The Northvale prime minister told reporters on Tuesday night: \u201cThe ferries will sail again.\u201d")
    assert speakers_of(silent) == ["Anna Berg"]


def test_she_is_not_a_man_named_last_when_a_woman_was_named_before():
    got = found("Port spokeswoman Eva Lindova said the ferries showed a \u201cvile\u201d disregard for the quay.\n\n"
                "And Harbour President Ivan Sample, in statements on Tuesday, considered the storm a provocation.\n\n"
                "She added that \u201cthree of them were lost at sea.\u201d")
    # (The one woman named: see test_her_is_the_one_woman_named_not_the_man_named_last.)
    assert [speaker for speaker, _, _ in got] == ["Eva Lindova", "Eva Lindova"]
    # With no woman named before, "she" still means the person named last (whose sex the text does not say).
    alone = found("Harbour President Ivan Sample said on Tuesday that the storm was a provocation.\n\n"
                  "She added that \u201cthree of them were lost at sea.\u201d")
    assert [speaker for speaker, _, _ in alone] == ["Ivan Sample", "Ivan Sample"]
    # And a woman named last is the one she means.
    woman = found("Harbour President Ivan Sample said on Tuesday that the storm was a provocation.\n\n"
                  "Mayor Anna Berg said the quay was shut.\n\nShe added that \u201cthree of them were lost at sea.\u201d")
    assert [speaker for speaker, _, _ in woman] == ["Ivan Sample", "Anna Berg", "Anna Berg"]


def test_a_name_that_gives_the_surname_first_is_found_by_its_first_word():
    got = found("\u201cAll sides need to keep calm,\u201d spokesperson Lan Mei said at a regular briefing.\n\n"
                "The port will reopen in due course, Lan said.\n\n"
                "\u201cWe advocate settling it by talks,\u201d spokesperson Lan told the press.")
    assert [speaker for speaker, _, _ in got] == ["Lan Mei", "Lan Mei", "Lan Mei"]
    # Two people whose names begin with that word: which one is meant, the text does not say.
    two = found("Lan Mei and Lan Bo met on Monday.\n\nThe port will reopen in due course, Lan said.")
    assert [speaker for speaker, _, _ in two] == ["Lan"]


def test_an_unplaced_spokesperson_named_next_is_the_spokesperson_of_the_wire_lead():
    got = found("HARBOURTOWN, May 4 (Example Wire) -- A Northvale Port Ministry spokesperson on Thursday called for "
                "calm after two ferries collided.\n\n"
                "\u201cWe have noted the reports,\u201d spokesperson Lan Mei said at a regular news briefing.")
    assert [speaker for speaker, _, _ in got] == ["Lan Mei", "Lan Mei"]
    # A spokesperson of another office named next is not the one of the lead.
    other = found("HARBOURTOWN, May 4 (Example Wire) -- A Northvale Port Ministry spokesperson on Thursday called for "
                  "calm after two ferries collided.\n\n"
                  "\u201cWe have noted the reports,\u201d Harbour Council spokesperson Lan Mei said at a regular news briefing.")
    assert [speaker for speaker, _, _ in other] == ["Northvale Port Ministry spokesperson", "Lan Mei"]


def test_a_date_label_then_a_place_and_its_country_before_a_dash_is_no_speaker():
    got = found(" date 2024-11-22 Harbourtown, Northvale - Port officials on Friday urged the ferries to stay in port.\n\n"
                "Harbour master Piet Holm said the quay was shut.", published_line=False)
    assert [speaker for speaker, _, _ in got] == ["Piet Holm"]


def test_a_group_set_apart_by_dashes_speaks_as_an_institution():
    got = found("Harbourtown Ferry Group - the operator - affirmed that the quay was not damaged.")
    assert got == [("Harbourtown Ferry Group", "the quay was not damaged.", "indirect")]


def test_names_listed_at_the_end_of_the_words_after_said_are_no_speakers():
    got = found("Northvale's port authority, Harbourport, said it halted ferries at quays serving Harbourtown including "
                "Vnukovo, Domodedovo and Zhukovsky.")
    assert got == [("Northvale's port authority", "it halted ferries at quays serving Harbourtown including Vnukovo, Domodedovo and Zhukovsky.",
                    "indirect")]


def test_words_whose_capitalised_subject_runs_long_after_said_are_read():
    got = found("The Harbour Council said its crews had closed the quay. Ivan Sample said Harbourland storms on its long "
                "coast near the Eastvale islands destroyed three ferries.")
    assert [(speaker, text) for speaker, text, _ in got][1] == (
        "Ivan Sample", "Harbourland storms on its long coast near the Eastvale islands destroyed three ferries.")


def test_words_first_then_a_speaker_said_early_on_a_day_and_an_aside_with_its_own_verbs():
    got = found("Harbourland crews closed the quay at the town of Eastvale in Northvale's western region, the regional "
                "governor said early on Tuesday, after local bloggers reported the storm had smashed through the dikes, "
                "flooding the fields. The Northvale governor, Piet Holm, said two people were injured.")
    assert got[0] == ("Piet Holm", "Harbourland crews closed the quay at the town of Eastvale in Northvale's western region",
                      "indirect")
    assert len(got) == 2


def test_according_to_a_name_with_its_title_set_apart_gives_only_the_words():
    got = found("According to Piet Holm, head of the Centre for Harbour Safety, there is a large ferry depot in Eastvale.")
    assert got == [("Piet Holm", "there is a large ferry depot in Eastvale.", "indirect")]


def test_a_colon_introduces_the_words_after_a_long_object_of_the_verb():
    got = found("Head of the Harbour Office Piet Holm has stressed the importance of the quay.\n\n"
                "In a Telegram post on Wednesday, he commented on another massive storm on the coast of Northvale on "
                "the night of July 9: \"It is quite indicative that the storm came when the ferries were announced.\"")
    assert got == [("Piet Holm", "It is quite indicative that the storm came when the ferries were announced.", "direct")]


def test_a_short_name_in_quotation_marks_before_the_verb_leaves_the_report_to_its_subject():
    got = found('In an appearance on the news broadcast "Harbour Camera" on Saturday night, Piet Holm said that under '
                'harbour law, the port has the right to close the quay.')
    assert got == [("Piet Holm", "under harbour law, the port has the right to close the quay.", "indirect")]
    # A quote of someone's words before the verb is still read with its own attribution, once.
    words = found('"Stay Shut," Piet Holm said that morning.')
    assert words == [("Piet Holm", "Stay Shut", "direct")]


def test_a_that_after_the_own_verb_of_the_words_keeps_the_words_whole():
    got = found("Anna Berg said these storms showed that the council is mocking the repair efforts.")
    assert got == [("Anna Berg", "these storms showed that the council is mocking the repair efforts.", "indirect")]
    # Without a verb of their own, the words after "that" are the report.
    got = found("Anna Berg asserted these storms as evidence that the council is mocking the repair efforts.")
    assert got == [("Anna Berg", "the council is mocking the repair efforts.", "indirect")]


def test_a_surname_with_an_accent_or_a_letter_left_out_is_the_person_named_before():
    body = ("Harbourland Port Minister Piet Hollm opened the quay on Monday.\n\n"
            "\u201cThe ferries will sail on time,\u201d H\u00f6llm pointed out.\n\n"
            "\u201cNo storm will stop them,\u201d Holm said.")
    assert speakers_of(body) == ["Piet Hollm", "Piet Hollm"]
    # Two people the slip could mean: neither.
    two = speakers_of("Piet Hollm and Eva Hollms opened the quay on Monday.\n\n"
                      "\u201cThe ferries will sail on time,\u201d Hollmx said.")
    assert two == ["Hollmx"]


def test_a_given_name_in_another_transliteration_is_the_same_person():
    body = ("According to the Harbourland port minister, Radoslaw Sampleski, the ferries will sail on time.\n\n"
            "Radoslav Sampleskyi\n\n"
            "Sampleskyi noted that the quay had been rebuilt after the storm.")
    assert speakers_of(body) == ["Radoslaw Sampleski", "Radoslaw Sampleski"]


def test_a_ministry_abbreviated_names_the_minister_given_its_full_name():
    body = ("According to the head of the Foreign Ministry, Anna Berg, the ferries will sail.\n\n"
            "I do not see the storm holding back. It is using everything it has got, - emphasized the head of the MFA.")
    got = found(body)
    assert got[1] == ("Anna Berg", "I do not see the storm holding back. It is using everything it has got", "indirect")


def test_a_share_button_after_the_last_sentence_hides_no_attribution():
    body = ("Harbourland Port Minister Anna Berg spoke in Harbourtown.\n\n"
            "The quay is shut for the winter and the ferries will not sail, - emphasized the port minister. Share")
    assert found(body)[-1] == ("Anna Berg", "The quay is shut for the winter and the ferries will not sail", "indirect")


def test_in_his_opinion_reports_the_view_of_whom_the_pronoun_means():
    body = ("Harbourland Port Minister Piet Holm believes the quay can reopen in spring.\n\n"
            "In his opinion, it is quite normal for the port to close when storms come.")
    assert found(body)[-1] == ("Piet Holm", "it is quite normal for the port to close when storms come.", "indirect")
    # A reporting verb of its own in the rest: read there, not as his view.
    other = found("Piet Holm spoke on Monday.\n\nIn his view, the port, Anna Berg said, will close in winter.")
    assert ("Piet Holm", "the port, Anna Berg said, will close in winter.", "indirect") not in other


def test_a_passive_as_stated_aside_leaves_the_words_before_it_to_the_speaker_after():
    body = ("The right to self-defence covers the whole harbour, as stated in maritime law, "
            "Harbourland Foreign Minister Anna Berg said at her first press conference in Harbourtown since taking office from Piet Holm early this morning.")
    assert found(body) == [("Anna Berg", "The right to self-defence covers the whole harbour, as stated in maritime law", "indirect")]


def test_answering_a_question_is_no_report_of_the_question():
    body = ("Harbourland Foreign Minister Anna Berg answered a question related to the port's request to close the quay to ships, "
            "quoted by Example Wire.")
    assert found(body) == []
    # Her answer is hers.
    answer = found("Anna Berg spoke in Harbourtown. Berg answered that the quay would stay shut to ships all winter.")
    assert answer == [("Anna Berg", "the quay would stay shut to ships all winter.", "indirect")]


def test_a_quoted_fragment_in_an_opening_phrase_leaves_the_report_after_it_whole():
    body = ('Anna Berg spoke on Monday. Stressing that there is "no way back" for the port, she said various '
            "people with general stripes must not threaten the harbour by speaking about a strike.")
    assert found(body)[-1] == ("Anna Berg", "various people with general stripes must not threaten the harbour by speaking about a strike.",
                               "indirect")
    # A quote that ends right before its attribution is still the words of it.
    quoted = found('Anna Berg spoke on Monday. "There is no way back for the port," she said.')
    assert quoted[-1] == ("Anna Berg", "There is no way back for the port", "direct")


def test_a_countrys_lone_capitalised_word_is_a_place_not_a_speaker():
    body = ("Fallen debris caused a fire at an oil depot in Russia's Eastvale, the governor said on Thursday.\n\n"
            "\u201cFirefighters quickly began putting out the fire,\u201d Ivan Sample said on Telegram.")
    assert "Eastvale" not in speakers_of(body)
    assert speakers_of(body)[-1] == "Ivan Sample"
    # A title with the country is still a title: "Russia's President Example".
    assert speakers_of("Russia's President Sample said the depot was shut.") == ["Sample"]


def test_a_verb_glued_to_its_that_still_reports():
    body = "Harbourland Foreign Minister Anna Berg saidthat the ferries will sail on Friday, but notedthat the quay is shut."
    assert found(body) == [("Anna Berg", "the ferries will sail on Friday", "indirect"), ("Anna Berg", "the quay is shut.", "indirect")]


def test_a_denial_keeps_its_verb_so_the_words_never_read_as_a_claim():
    got = found("Harbourland Foreign Minister Anna Berg denied on Friday that the new ferries could lead to a price war.")
    assert got == [("Anna Berg", "denied on Friday that the new ferries could lead to a price war.", "indirect")]
    # The day between the verb and its "that" still dates the words.
    article = extract_article("Published June 8, 2024\n\nAnna Berg denied on Friday that the new ferries could lead to a price war.")
    assert [s.date.iso() for s in article.statements] == ["2024-06-07"]


def test_an_occasion_before_the_name_is_no_role_of_the_speaker():
    article = extract_article("A headline\n\nAt a Security Council meeting, Anna Berg said the port would stay shut all winter.")
    assert [(s.speaker, s.topic_context) for s in article.statements] == [("Anna Berg", "At a Security Council meeting, Anna Berg said")]


def test_a_teaser_cut_short_gives_way_to_the_words_given_whole():
    body = ("According to the Port Authority, the ferries must be kept in harbour until the storm has p...\n\n"
            "Storm warning for the harbour\n\n"
            "According to the Port Authority, the ferries must be kept in harbour until the storm has passed over the coast.")
    assert found(body) == [("Port Authority", "the ferries must be kept in harbour until the storm has passed over the coast.", "indirect")]
    # Words that end in an ellipsis and open nothing longer stay.
    alone = found("According to the Port Authority, the ferries must be kept in harbour until the storm has p...")
    assert alone == [("Port Authority", "the ferries must be kept in harbour until the storm has p...", "indirect")]


def test_a_name_and_words_after_a_quote_attribute_it():
    body = ("Port chief Piet Holm spoke to Example Wire about the harbour.\n\n"
            "\u201cWe have prepared a plan to reopen the quay before the winter storms,\u201d Holm's words in Example Wire.")
    assert found(body)[-1] == ("Piet Holm", "We have prepared a plan to reopen the quay before the winter storms", "direct")
    # The writer's own sentence about the words is no attribution.
    writer = found("Piet Holm spoke on Monday.\n\nAnna Berg spoke too.\n\n"
                   "\u201cWe have prepared a plan to reopen the quay before the winter storms,\u201d Holm's words were clear.")
    assert ("Piet Holm", "We have prepared a plan to reopen the quay before the winter storms", "direct") not in writer


def test_a_hyphenated_title_and_a_participle_after_the_name_are_no_part_of_the_speaker():
    body = ("UN Under-Secretary-General for Maritime Affairs Anna Berg, referring to the storm warning, said that "
            "\u201call ships must stay in harbour, regardless of their flag.\u201d\n\n"
            "\u201cThe ferries will sail again in spring,\u201d she added.")
    article = extract_article("A headline\n\n" + body)
    assert [s.speaker for s in article.statements] == ["Anna Berg", "Anna Berg"]
    assert "referring" not in article.statements[1].topic_context


def test_the_president_of_the_federation_is_its_president_named_before():
    body = ("Russian President Ivan Sample spoke about the harbour on Monday.\n\n"
            "\u201cLet us see what to do about the ferries,\u201d the President of the Russian Federation emphasized.")
    assert speakers_of(body) == ["Ivan Sample"]


def test_the_speaker_of_a_relative_clause_is_who_follows_its_object():
    body = ("The mayor may close the port to the ferries \u2014 something the Port Authority said would be "
            "\u201ca step too far for the town.\u201d\n\n"
            "The Port Authority has warned that the storms raise the risk of floods.")
    assert speakers_of(body) == ["Port Authority", "Port Authority"]


def test_a_phrase_opening_with_upon_comes_before_the_speaker():
    body = ("Port chief Piet Holm spoke in the town hall.\n\n"
            "Upon being greeted at his arrival at the port, Holm said the $2 million committed so far would buy new ferries.")
    assert found(body) == [("Piet Holm", "the $2 million committed so far would buy new ferries.", "indirect")]


def test_the_end_of_a_list_is_no_speaker():
    body = ("Several towns, including Harbourtown, Northvale, Eastvale, and Lakeside, already pledged around $2 million "
            "for the port through this fund last month.")
    assert found(body) == []
    # A clause of its own after ", and" still has its speaker.
    assert speakers_of("The port was closed for the night, and Anna Berg said that it would open soon.") == ["Anna Berg"]


def test_a_second_verb_after_a_subordinate_clause_is_its_subjects():
    body = ("The fund was launched as the Port Authority moved away from direct grants to the towns and demanded "
            "that the towns pay for the ferries.")
    assert speakers_of(body) == ["Port Authority"]
    # "described X as Y and said": "as" is no clause there.
    body = ("Mayor Anna Berg spoke on Monday.\n\n"
            "The mayor described the storm as Harbourtown\u2019s \u201cworst in a century\u201d and said the people of "
            "the port were \u201cmoved to safety in time.\u201d")
    assert found(body)[-1] == ("Anna Berg", "the people of the port were \u201cmoved to safety in time.\u201d", "indirect")


def test_what_others_call_a_person_is_not_that_persons_words():
    body = ("Anna Berg, frequently characterized by local papers as a friend of the harbour, was questioned about the "
            "mayor\u2019s statement that the port might reopen.\n\n"
            "Piet Holm, who is often described in the media as a voice of the port, was asked about the plan.\n\n"
            "Eva Lind described the plan as a disaster for the port.")
    assert found(body) == [("Eva Lind", "described the plan as a disaster for the port.", "indirect")]


def test_when_the_source_spoke_is_no_part_of_the_words():
    article = extract_article(HEAD + "According to port envoy Anna Berg, speaking on Saturday in an interview with Example Wire, "
                              "the mayor could have already given the ferries the go-ahead.")
    [statement] = article.statements
    assert (statement.speaker, statement.text) == ("Anna Berg", "the mayor could have already given the ferries the go-ahead.")
    assert statement.date.iso() == "2024-03-02"


def test_reports_before_a_verb_are_a_noun_not_a_speaker():
    assert found("Local reports indicate that the storm closed the port for two days.") == []
    assert found("Anna Berg reports that the storm closed the port.") == [("Anna Berg", "the storm closed the port.", "indirect")]


def test_an_outlet_and_the_day_it_reported_close_no_words():
    got = found("Mayor Anna Berg defended the ferries, saying that they sail within the rules, "
                "Example news agency reported on Aug. 22.\n\n"
                "Piet Holm said that the port was hit, Example Wire reported Tuesday.\n\n"
                # (What the outlet is may come before its name.)
                "Eva Lind warned that the storm would return, Harbourland public broadcaster HBN World reported on Wednesday.\n\n"
                # (The comma inside the quote's closing mark.)
                "Ivan Sample said that the ferries could sail \u201cin any weather,\u201d reports HBN citing Example Wire.")
    assert [text for _, text, _ in got] == ["they sail within the rules", "the port was hit", "the storm would return",
                                          "the ferries could sail \u201cin any weather,\u201d"]


def test_the_name_of_a_paper_in_quotation_marks_is_no_quote():
    body = ('\u201cThe port stays open,\u201d Mayor Anna Berg told the harbour paper \u201cNorthern Light\u201d.')
    assert found(body) == [("Anna Berg", "The port stays open", "direct")]
    # Words in the marks after such a word are still words.
    body = 'Mayor Anna Berg told the channel \u201cwe will not give up.\u201d'
    assert found(body) == [("Anna Berg", "we will not give up.", "direct")]


def test_words_first_with_a_quoted_word_and_a_quoted_participle():
    body = ("Mayor Anna Berg spoke about the storms in the north.\n\n"
            'In light of the recent storms, it is more important than ever not to make a "mistake" at sea, she said, '
            'adding that "this is a matter for every town, and we should act accordingly."')
    assert found(body) == [
        ("Anna Berg", 'In light of the recent storms, it is more important than ever not to make a "mistake" at sea', "indirect"),
        ("Anna Berg", "this is a matter for every town, and we should act accordingly.", "direct")]


def test_a_kicker_in_capitals_heads_the_paragraph():
    body = ("Port chief Piet Holm spoke in the town hall.\n\n"
            "\u2018FERRIES, THAT\u2019S WHAT\u2019S COMING\u2019: At the port, Holm said the money would buy new ferries.\n\n"
            "SAME HOLM, NEW TONE: Holm said that the quay would be rebuilt.")
    assert found(body) == [("Piet Holm", "the money would buy new ferries.", "indirect"),
                           ("Piet Holm", "the quay would be rebuilt.", "indirect")]


def test_a_name_after_a_colon_in_reported_words_is_no_subject_for_he():
    body = ("Harbour envoy Piet Holm spoke to Example Wire.\n\n"
            "According to him, the storm has no quick end: Mayor Anna Berg cannot open all of the port, and the ferries cannot sail.\n\n"
            "He noted that the council started talking to the ferry owners for the first time in three years.")
    assert speakers_of(body) == ["Piet Holm", "Piet Holm"]


def test_the_unions_chief_diplomat_is_its_high_representative_for_foreign_affairs():
    body = ("Anna Berg, High Representative of the European Union for Foreign Affairs and Security Policy, spoke in the parliament.\n\n"
            "The EU\u2019s chief diplomat also called the port \u201cthe first line of defence\u201d.\n\n"
            "\u201cWe have to do more for the harbour towns,\u201d she said.")
    assert speakers_of(body) == ["Anna Berg", "Anna Berg"]


def test_a_headline_glued_to_an_attributed_quote_is_no_transcript_line():
    body = ("Port chief Piet Holm spoke to Example Wire on Monday about the ferries and the storm.\n\n"
            'Holm: the storm is a test for the whole town"Frankly speaking, this is the worst storm in a century. '
            'And it must be over soon," Holm said.')
    assert found(body)[-1] == ("Piet Holm", "Frankly speaking, this is the worst storm in a century. And it must be over soon", "direct")


def test_he_after_a_caption_is_not_the_person_the_caption_names():
    body = ("Port chief Piet Holm vowed to keep the ferries sailing through the winter.\n\n"
            "Mayor Ivan Sample has been angered by the storm that closed the port[/caption]\n\n"
            "But he said that the ferries would sail again in spring.")
    assert speakers_of(body) == ["Piet Holm", "Piet Holm"]


def test_a_surname_misspelt_with_another_vowel_is_the_person_named_before():
    body = ("Foreign Secretary Piet Lammy spoke on Monday.\n\n"
            "\u201cWe will not go into operational decisions,\u201d Lemmy said.\n\n"
            "\u201cThe ferries will sail,\u201d Lammi said.")
    assert speakers_of(body) == ["Piet Lammy", "Piet Lammy"]
    # Not when two people named before fit.
    assert speakers_of("Piet Lammy and Anna Lemmy spoke on Monday.\n\n\u201cThe ferries will sail,\u201d Lummy said.") == ["Lummy"]


def test_words_first_then_the_speaker_and_a_second_verb():
    body = ("Foreign Secretary Piet Holm spoke on Monday.\n\n"
            "I repeat: we support the right of the port to defend itself, \u2014 emphasised Holm, but repeated that "
            "the decision has not yet been made.\n\n"
            "The port will open, said Anna Berg, and added that the ferries would sail.")
    assert found(body) == [("Piet Holm", "I repeat: we support the right of the port to defend itself", "indirect"),
                           ("Piet Holm", "the decision has not yet been made.", "indirect"),
                           ("Anna Berg", "The port will open", "indirect"),
                           ("Anna Berg", "the ferries would sail.", "indirect")]


def test_a_main_clause_with_examples_ends_the_words_of_a_while_clause():
    body = ("While spokeswoman Anna Berg confirmed that the port would stay open, Mayor Piet Holm and other leaders, such as "
            "Eastvale Mayor Eva Lind, have urged the council to close it.")
    assert found(body)[0] == ("Anna Berg", "the port would stay open", "indirect")


def test_as_quoted_by_an_outlet_closes_no_words():
    got = found("Mayor Anna Berg underscored that the ferries should sail in accordance with the rules, as quoted by Example Wire.")
    assert got == [("Anna Berg", "the ferries should sail in accordance with the rules", "indirect")]


def test_the_governor_of_a_named_region_is_the_office_when_the_article_names_no_one_for_it():
    body = ("Mayor Anna Berg said on Tuesday that the ferries would sail again.\n\n"
            "The governor of the Northvale region, where the storm hit hardest, said Monday that 28 villages were flooded.")
    assert speakers_of(body) == ["Anna Berg", "governor of the Northvale region"]
    # Not when someone the article names without a title might be that governor.
    body = ("Piet Holm said on Telegram that the port was closed.\n\n"
            "The governor of the Northvale region said Monday that 28 villages were flooded.")
    assert speakers_of(body) == ["Piet Holm"]
    # Nor an office without a place: "the governor" alone is whoever the article called so.
    assert speakers_of("Mayor Anna Berg spoke on Tuesday.\n\nThe governor said Monday that 28 villages were flooded.") == []


def test_an_attribution_glued_to_the_comma_and_mark_of_a_quote():
    body = ("The Port Authority denied any plan to close the harbour.\n\n"
            '"They are unattached and are now ready to sail,"Holm said Saturday of the ferries. Officials raised concern.\n\n'
            '\u201cThe storm is the test for the harbour,"Mayor Anna Berg said at a news conference.')
    assert speakers_of(body) == ["Port Authority", "Holm", "Anna Berg"]
    # A closing mark glued to the next sentence is still no attribution.
    body = "Mayor Anna Berg spoke on Monday.\n\nThe town called it a \u2018provocation\u2019Harbourland claimed later."
    assert speakers_of(body) == []


def test_a_pronoun_after_as_or_while_is_the_subject_of_the_verb_after_it():
    # ("issued a warning" is no attribution of its own: the quote belongs to the clause "as he emphasized".)
    body = ("Governor Piet Holm spoke in Harbourtown on Monday.\n\n"
            "Holm issued a stark warning to residents, urging them to stay indoors as he emphasized that "
            "\u2018the storm does not spare the harbour.\u2019 His statement echoes earlier ones.\n\n"
            "Eva Lind closed the port while she said that the ferries would wait.")
    assert found(body) == [("Piet Holm", "the storm does not spare the harbour.", "direct"),
                           ("Eva Lind", "the ferries would wait.", "indirect")]


def test_said_the_day_before_that_is_the_day_before_publication():
    article = extract_article(HEAD + "As Example Wire reported, Port Minister Eva Lind said the day before that "
                              "the ferries would stay in the harbour.")
    assert [(s.speaker, s.date.iso() if s.date else None) for s in article.statements] == [("Eva Lind", "2024-03-03")]


def test_the_governor_of_another_region_than_the_one_named_is_the_office_as_written():
    body = ("The governor of Northvale's Lakeside region said a drone had set fire to the depot.\n\n"
            "The fire was soon put out, governor Piet Holm said.\n\n"
            "Separately, the governor of Northvale's Harbourtown region says a shell hit the ferry terminal. "
            "He has blamed the rebels for the attack.\n\n"
            "The governor of Northvale's Lakeside region added that the roads were open.")
    assert speakers_of(body) == ["Piet Holm", "Piet Holm", "governor of Northvale's Harbourtown region",
                                 "governor of Northvale's Harbourtown region", "Piet Holm"]


def test_a_city_and_its_country_between_the_verb_and_that():
    got = found("Foreign Minister Ivan Sample later said at the summit in Lakeside, Northvale that the attack "
                "signalled the rebels were looking to escalate the war.")
    assert got == [("Ivan Sample", "the attack signalled the rebels were looking to escalate the war.", "indirect")]


def test_said_comma_then_a_condition_and_its_main_clause_is_a_statement():
    got = found("Port spokesman Piet Holm says, if the reports are true, the decision amounts to a new spiral of tensions.\n\n"
                "Eva Lind did not say if the port, the largest in the north, would open.")
    assert got == [("Piet Holm", "if the reports are true, the decision amounts to a new spiral of tensions.", "indirect")]


def test_an_inverted_speaker_then_as_reported_or_instead():
    # ("reported" is not the verb of a subject "said Yuri X, as"; "instead" closes the name, it is not part of it.)
    body = ("\u201cThe new ferries can change the course of the season,\u201d said port spokesman Yuri Sample, as reported. "
            "Example Wire.\n\n"
            "\u201cThe ferries will sail only in our own waters\u201d, pointed out Port Minister Eva Lind instead.")
    assert found(body) == [("Yuri Sample", "The new ferries can change the course of the season", "direct"),
                           ("Eva Lind", "The ferries will sail only in our own waters", "direct")]


def test_quoted_words_of_speaking_after_who_belong_to_the_person_before_who():
    # The marks hold how Holm spoke ("very clearly stated"): the words after "that" are his, not Lind's, who
    # only recalls them; a quote after "who" that is not about speaking stays with the sentence's subject.
    body = ("Port Minister Eva Lind spoke in Harbourtown.\n\n"
            "She recalled the words of Transport Minister Piet Holm, who \"very clearly stated\" in this regard that "
            "\"the quay is within the rules.\"\n\n"
            "Lind praised Ivan Sample, who \"has always stood by the port.\"")
    assert speakers_of(body) == ["Piet Holm", "Piet Holm", "Eva Lind"]


def test_a_list_of_names_with_a_serial_comma_is_the_subject_of_each_name():
    # ("In addition to X," is a lead-in, not an item; "Storms hit A, B, and Eva Lind said" is two clauses.)
    body = ("In addition to the Port Authority, the Harbour Board, the Ferry Office, and the Coast Guard have also "
            "said that the ferries would sail.\n\n"
            "Storms hit Harbourtown, Lakeside, and Eva Lind said that the quay was closed.")
    assert speakers_of(body) == ["Harbour Board", "Ferry Office", "Coast Guard", "Eva Lind"]


def test_a_name_in_apposition_with_a_day_set_off_by_commas_before_said():
    # Not words first ("The governor of Lakeside" said by Holm): the clause follows the verb.
    got = found("The governor of Lakeside, Piet Holm, on Wednesday, said Northvale launched an overnight attack on the depot.")
    assert got == [("Piet Holm", "Northvale launched an overnight attack on the depot.", "indirect")]


def test_according_to_a_post_shared_by_a_person_on_a_channel_is_that_person():
    body = ("According to an urgent post shared by Governor Piet Holm on his Example messenger page, two houses were "
            "damaged in the storm.\n\n"
            "According to a message from the Harbourtown port authority, the quay was closed.")
    assert speakers_of(body) == ["Piet Holm", "Harbourtown port authority"]


def test_words_split_by_he_said_start_after_the_writers_colon():
    body = ("Governor Piet Holm spoke in Harbourtown.\n\n"
            "However, the implications of the storm are stark: the damaged piers, he confirmed, were part of the ferry terminal.")
    assert found(body) == [("Piet Holm", "the damaged piers \u2026 were part of the ferry terminal.", "indirect")]


def test_expressed_his_belief_or_its_confidence_reports_the_words():
    body = ("Port Minister Eva Lind expressed her belief that the ferries would sail again.\n\n"
            "The Harbourtown port authority expressed its confidence that the quay would reopen.")
    assert found(body) == [("Eva Lind", "the ferries would sail again.", "indirect"),
                           ("Harbourtown port authority", "the quay would reopen.", "indirect")]


def test_about_this_in_a_channel_reported_x_and_this_was_reported_then_x_told():
    # Two translations of the Russian "Об этом сообщил ...": the sentence before is the named speaker's.
    body = ("Storm debris damaged the roof of a house in Lakeside. About this in his messenger channel reported "
            "Governor of the Lakeside region Piet Holm.\n\n"
            "In Harbourtown, an office building and a depot were damaged. This was reported in a messenger channel, "
            "the town's mayor, Eva Lind, told.")
    assert found(body) == [
        ("Piet Holm", "Storm debris damaged the roof of a house in Lakeside.", "indirect"),
        ("Eva Lind", "In Harbourtown, an office building and a depot were damaged.", "indirect")]


def test_a_detail_that_the_writer_adds_after_the_words_is_not_part_of_them():
    got = found("The mayor's statement also emphasized the absence of injuries, a detail that appears to contradict "
                "earlier reports.\n\nMayor Eva Lind spoke in Harbourtown.")
    assert got[:1] == [("Eva Lind", "the absence of injuries", "indirect")]


def test_in_a_named_persons_view_the_words_are_that_persons():
    # Not the last speaker's (the authority's), whose paragraph comes just before.
    body = ("Port Minister Eva Lind spoke on Friday.\n\n"
            "The Harbourtown port authority said the port was closed.\n\n"
            "In Lind\u2019s view, the presence of the ships \u201cclearly shows the danger of a collision.\u201d\n\n"
            "In Lind\u2019s words, the ferries must wait.")
    assert found(body)[1:] == [("Eva Lind", "the presence of the ships \u201cclearly shows the danger of a collision.\u201d", "indirect"),
                               ("Eva Lind", "the ferries must wait.", "indirect")]


def test_a_quote_after_that_ends_the_words_before_while_and_another_subject():
    body = ("Port Minister Eva Lind emphasized that \u201cthe port has the right to stay open, and it is clear that the "
            "ferries can sail,\u201d while Mayor Piet Holm of Lakeside wished good luck to all the crews and pilots involved in the rescue.")
    assert found(body) == [("Eva Lind", "the port has the right to stay open, and it is clear that the ferries can sail", "direct")]


def test_a_quote_after_that_ends_the_words_before_and_a_second_act_of_the_speaker():
    body = ("Mayor Anna Berg emphasized that \"the port must stay open to every ferry this winter\" and pledged further "
            "support to the crews.\n\n"
            "Eva Lind said that \"the ferries reached Lakeside overnight\" and called for calm.\n\n"
            # A quoted phrase, not a clause, and an adjective after "and": the words go on.
            "Piet Holm said that \"storms over the harbour\" and armed raids were the danger.")
    assert found(body) == [("Anna Berg", "the port must stay open to every ferry this winter", "direct"),
                           # (The second act is a statement of its own, as it would be alone: "Berg pledged ...".)
                           ("Anna Berg", "pledged further support to the crews.", "indirect"),
                           ("Eva Lind", "the ferries reached Lakeside overnight", "direct"),
                           ("Piet Holm", "\"storms over the harbour\" and armed raids were the danger.", "indirect")]


def test_given_name_and_patronymic_are_the_person_named_before():
    body = ("Speaker of the Assembly Ivan Sample wrote on his channel that the port would reopen.\n\n"
            "Ivan Petrovich\n\n"
            "\u201cThe ferries will sail again on Monday,\u201d he stressed.")
    assert speakers_of(body) == ["Ivan Sample", "Ivan Sample"]


def test_an_unnamed_aide_or_spokesman_of_a_named_person_speaks_not_the_person():
    body = ("While the army has remained silent, a senior adviser to President Anna Berg has blamed Harbourland "
            "for the closure of the port.\n\n"
            "An aide to Mayor Piet Holm said that the port would reopen. \"We are ready,\" he added.\n\n"
            "A spokesman for Eva Lind said the ferries would sail.\n\n"
            # Without "a", the title before the name is the named person's own.
            "Adviser to the President Ivan Sample said the ferries would sail.")
    assert speakers_of(body) == ["senior adviser to President Anna Berg", "aide to Mayor Piet Holm", "aide to Mayor Piet Holm",
                                 "spokesman for Eva Lind", "Ivan Sample"]


def test_the_pm_is_the_prime_minister_the_article_named():
    body = ("Australian PM Anna Berg said the port would reopen.\n\n"
            "\"I have met the mayor and confirmed our support,\" the PM said during a press conference on Wednesday.\n\n"
            "The Australian prime minister said the ferries would sail.")
    assert speakers_of(body) == ["Anna Berg", "Anna Berg", "Anna Berg"]


def test_the_diplomat_or_the_representative_is_the_one_untitled_speaker_before():
    body = ("At a session of the council, Ivan Sample addressed the members on behalf of Harbourland.\n\n"
            "\"We want to emphasize that we closed the port in response to the storms,\" Sample stated.\n\n"
            "The permanent representative noted that the closure would continue until the storms end.\n\n"
            "\"So far, what we have heard is no readiness at all,\" the diplomat commented.")
    assert speakers_of(body) == ["Ivan Sample"] * 3


def test_reminded_residents_or_told_the_nation_then_the_words_without_that():
    body = ("Mayor Piet Holm reminded residents there is a ban on publishing photos of the quay on social networks.\n\n"
            "Mayor Eva Lind told the nation the ferries would sail again on Monday.")
    assert found(body) == [("Piet Holm", "there is a ban on publishing photos of the quay on social networks.", "indirect"),
                           ("Eva Lind", "the ferries would sail again on Monday.", "indirect")]


def test_the_mayor_of_a_named_city_is_the_role_when_the_mayor_named_holds_another_city():
    body = ("Moscow's mayor, Piet Holm, said the port was shut. The parade will see guests, including China's Eva Lind, "
            "in the city.\n\n"
            "But the mayor of Kharkiv said storms had also hit the city overnight.")
    assert speakers_of(body) == ["Piet Holm", "mayor of Kharkiv"]


def test_a_full_name_with_a_possessive_spokesman_is_the_articles_spokesman():
    body = ("Speaking at a press briefing, Piet Holm, the spokesman of the Harbourland President, said the port was shut.\n\n"
            "\"Security measures have already been reinforced,\" Eva Lind's spokesman said.\n\n"
            "Ivan Sample's representative said the ferries would wait.")
    assert speakers_of(body) == ["Piet Holm", "Piet Holm", "Piet Holm"]


def test_a_full_names_spokesman_is_the_role_when_the_article_names_no_spokesman():
    assert speakers_of("Eva Lind's spokesman said the ferries would wait.") == ["Eva Lind's spokesman"]


def test_branded_a_long_object_as_a_quoted_name_is_a_statement():
    body = ("The Kremlin has branded recent storms on Lakeside, which Harbourland claims were caused by the dam, "
            "as \"acts of desperation\" after \"continuous failures on the water.\"\n\n"
            # Without the quoted name, the verb names and says nothing.
            "The mayor branded the storms on Lakeside, which came at night, as acts of nature.")
    assert found(body) == [("Kremlin", "branded recent storms on Lakeside, which Harbourland claims were caused by the dam, "
                                       "as \"acts of desperation\" after \"continuous failures on the water.\"", "indirect")]


def test_told_a_networks_programme_in_quotes_is_whom_one_tells_not_words():
    body = ("Anna Berg told ABC News\u2019 \u201cGood Morning America\u201d that the port would stay \u201copen\u201d all winter.\n\n"
            "Piet Holm told CNN\u2019s \u201cState of the Union\u201d on Sunday that the ferries would wait.\n\n"
            # Words in quotes after a plain audience stay words.
            "Eva Lind told reporters \"we will not close the port\" before she left.")
    assert found(body) == [("Anna Berg", "the port would stay \u201copen\u201d all winter.", "indirect"),
                           ("Piet Holm", "the ferries would wait.", "indirect"),
                           ("Eva Lind", "we will not close the port", "direct")]


def test_a_plural_title_in_a_meetings_name_is_nobody():
    body = ("This, according to Example Wire, Harbourland Foreign Minister Piet Holm said on the sidelines of the "
            "NATO Foreign Ministers meeting in Lakeside.\n\n"
            "\"We must open the port before the storms,\" he said.")
    assert speakers_of(body) == ["Piet Holm"]


def test_a_lone_surname_opening_a_paragraph_in_another_transliteration_is_the_person_named_before():
    body = ("Harbourland President Edgar Lindevi\u010ds called on the neighbours to reopen the port.\n\n"
            "\"We are not talking about ferries,\" Lindevichs said.\n\n"
            "Lindevichs noted that he agrees with the harbour master.")
    assert speakers_of(body) == ["Edgar Lindevi\u010ds"] * 3


def test_a_quote_inside_words_after_a_participle_is_part_of_them():
    body = ("Mayor Piet Holm had, however, already dismissed such fears, arguing that the ferries "
            "\u201cshould not wait\u201d for the storms.")
    assert found(body) == [("Piet Holm", "the ferries \u201cshould not wait\u201d for the storms.", "indirect")]


def test_a_dateline_whose_dash_was_lost_is_no_part_of_the_words():
    got = found("LVIV, February 20 Before the storms the ferries were full, and now they are empty, said Mayor Anna Holm.\n\n"
                # A month and a day inside the words, not after a city in capitals, stay.
                "In Lakeside, February 20 Was the last day of sailing, Anna Holm said.")
    assert got == [("Anna Holm", "Before the storms the ferries were full, and now they are empty", "indirect"),
                   ("Anna Holm", "In Lakeside, February 20 Was the last day of sailing", "indirect")]


def test_a_portfolio_in_title_case_before_a_title_is_no_persons_name():
    body = ("In a development highlighting the challenges of the winter, Human Rights Ombudsman Eva Lind reported on "
            "Telegram that the ferries are holding 52 passengers.")
    assert found(body) == [("Eva Lind", "the ferries are holding 52 passengers.", "indirect")]


def test_according_to_her_statement_is_according_to_her():
    body = ("Mayor Eva Lind spoke to the council on Monday.\n\n"
            "According to her statement, the passengers were fishermen.\n\n"
            "According to his statement, the port is closed.")   # (no man named: nobody)
    assert found(body) == [("Eva Lind", "the passengers were fishermen.", "indirect")]


def test_according_to_reports_of_nobody_leaves_the_words_to_the_speaker_after_them():
    body = ("Mayor Eva Lind wrote on Telegram that the ferry was hit.\n\n"
            "According to preliminary reports from the crews on the scene, there were no casualties, the mayor added.\n\n"
            # (Without a speaker after them they stay nobody's.)
            "According to preliminary reports, the ferry sank in the harbour, on its way to Lakeside.")
    assert found(body)[1:] == [("Eva Lind", "According to preliminary reports from the crews on the scene, there were no casualties", "indirect")]


def test_according_to_a_report_from_someone_is_according_to_them():
    body = ("The ferry sank on Friday when a storm struck the harbour, according to a grim report from acting Governor Piet Holm.\n\n"
            "The port was closed on Saturday, according to a report by Reuters.")   # (an outlet passes news on)
    assert found(body) == [("Piet Holm", "The ferry sank on Friday when a storm struck the harbour", "indirect")]


def test_a_comment_on_someone_elses_statement_that_is_not_the_commenters_words():
    body = ("Mayor Anna Berg spoke in the harbour on Friday. She commented on the statement of the governor that if the port "
            "closes, it will mean that \u201cthe ferries are finished for good.\u201d Example Wire reports this with reference "
            "to Harbour Radio.\n\n"
            # (Comments reiterated are the speaker's own.)
            "Piet Holm reiterated comments by the mayor that the port was a safe harbour for all.")
    assert found(body) == [("Piet Holm", "the port was a safe harbour for all.", "indirect")]


def test_a_relative_clause_with_an_adverb_is_no_ones_words():
    body = "The Harbour Watch group, which first reported the storm, said the ferries were late."
    assert found(body) == [("Harbour Watch group", "the ferries were late.", "indirect")]


def test_a_subject_after_where_is_the_speaker_not_the_word_where():
    body = "This comes after a report last week, where Ukrainian authorities accused the port of hiding the damage."
    assert speakers_of(body) == ["Ukrainian authorities"]


def test_the_ombudsman_and_the_commissioner_are_the_ones_the_article_named():
    body = ("Harbourland Ombudsman Eva Lind said that the crews had been fed.\n\n"
            "The ombudsman also said that the sailors should not be blamed.\n\n"
            "Port Commissioner Piet Holm said the quay was shut.\n\n"
            "The commissioner added that the ferries would wait.")
    assert speakers_of(body) == ["Eva Lind", "Eva Lind", "Piet Holm", "Piet Holm"]


def test_a_pronoun_and_its_verb_before_that_open_the_words():
    body = ("Mayor Piet Holm told Eva Lind he plans to propose that the ferries wait until spring.\n\n"
            "Holm said it was clear that the port would reopen.")
    assert found(body) == [("Piet Holm", "he plans to propose that the ferries wait until spring.", "indirect"),
                           ("Piet Holm", "it was clear that the port would reopen.", "indirect")]


def test_a_long_sentence_ending_in_a_colon_before_a_list_is_read():
    body = ("Harbour Commander Piet Holm has summed up the week at the port.\n\n"
            "Details: Holm reported that storms have damaged at least four large ferries in the harbour over the past seven days:\n\n"
            "- 14 August \u2013 the ferry Lakeside, which is reported to have stopped sailing;\n\n"
            "Background:\n\n"
            "The port has been shut since May, the council said.")
    assert found(body)[0] == ("Piet Holm", "storms have damaged at least four large ferries in the harbour over the past seven days",
                              "indirect")


def test_a_call_sign_in_quotes_between_given_name_and_surname_is_no_part_of_the_name():
    body = ("Ferries will sail again soon, according to Piet \"Captain\" Holm, commander of the harbour fleet.\n\n"
            "\"Storms are not scary,\" Holm wrote on Sunday.\n\n"
            "Anna \"Storm\" Berg said the quay was shut.")
    assert found(body) == [("Piet Holm", "Ferries will sail again soon", "indirect"),
                           ("Piet Holm", "Storms are not scary", "direct"),
                           ("Anna Berg", "the quay was shut.", "indirect")]


def test_according_to_a_name_and_a_title_in_lower_case_after_it():
    body = "Ferries will sail again soon, according to Piet Holm, commander of the harbour fleet."
    assert found(body) == [("Piet Holm", "Ferries will sail again soon", "indirect")]


def test_an_outlets_report_citing_a_named_person_is_that_persons():
    body = ("The port will reopen next month, the Harbour Times reported on March 3, citing Mayor Anna Berg.\n\n"
            # Citing another outlet or nobody named: no one's words.
            "The ferries will sail again, the Harbour Times reported, citing Reuters.\n\n"
            "The quay will be rebuilt, the Harbour Times reported, citing sources.")
    assert found(body) == [("Anna Berg", "The port will reopen next month", "indirect")]


def test_an_answer_received_to_a_request_sent_to_someone_is_theirs():
    body = ("Reporters sent a request to Harbour Minister Eva Lind and received the following answer: "
            "\"The ferries will sail again as soon as the storms allow it.\"\n\n"
            # Words received from no one named are nobody's.
            "The council received the following answer: \"The quay stays shut until spring.\"")
    assert found(body) == [("Eva Lind", "The ferries will sail again as soon as the storms allow it.", "direct")]


def test_an_aside_without_a_subject_between_the_subject_and_its_verb():
    body = ("In May, Harbour Minister Eva Lind, while visiting Lakeside, said that the ferries would sail again in June.\n\n"
            # With a subject of its own, "while" opens a second clause, whose subject speaks.
            "The quay was shut on Monday, while Mayor Piet Holm, speaking in Lakeside, said the ferries would wait.")
    assert found(body) == [("Eva Lind", "the ferries would sail again in June.", "indirect"),
                           ("Piet Holm", "the ferries would wait.", "indirect")]


def test_revealing_that_after_an_object_gives_the_words_after_that():
    body = ("Mayor Piet Holm highlighted the storms of the week, revealing that ten ferries had been damaged in the port.\n\n"
            "Holm stressed the importance of the warnings, announcing that the quay would close at night.")
    assert found(body) == [("Piet Holm", "ten ferries had been damaged in the port.", "indirect"),
                           ("Piet Holm", "the quay would close at night.", "indirect")]


def test_an_adverb_in_quotes_before_the_verb_leaves_the_subject_before_it():
    body = ("Harbour Minister Piet Holm spoke on Monday.\n\n"
            "On behalf of the council, he \"strongly\" urged the ferries \"to stay in port until the storms have passed.\"")
    assert found(body) == [("Piet Holm", "to stay in port until the storms have passed.", "direct")]


def test_a_verb_of_talking_about_something_before_a_colon_introduces_the_quote():
    body = ("During his visit to Lakeside, Mayor Anna Berg discussed the closure of the harbour: "
            "\"Their plan was to stop the ferries. The plan has failed.\"\n\n"
            "Governor Piet Holm spoke about the storm damage at length: \u201cWe will rebuild every pier.\u201d\n\n"
            # (Without a colon the verb introduces nothing: no words after an object.)
            "Eva Lind discussed the budget \"line by line\" with the council.")
    assert found(body) == [("Anna Berg", "Their plan was to stop the ferries. The plan has failed.", "direct"),
                           ("Piet Holm", "We will rebuild every pier.", "direct")]


def test_with_a_person_and_a_participle_before_a_quote_gives_that_persons_words():
    body = ("The harbour stayed shut, Mayor Anna Berg said on Monday.\n\n"
            "Lakeside has not reopened, with Governor Piet Holm stating last week that the ferries "
            "\u201cwill not sail before the storm has passed.\u201d")
    got = extract_article(HEAD + body).statements
    assert [(s.speaker, s.text, s.kind) for s in got][1:] == [
        ("Piet Holm", "will not sail before the storm has passed.", "direct")]
    assert got[1].date_phrase == "last week"   # the words' own frame, never the Monday of the paragraph before


def test_responding_sharply_to_claims_reports_no_words():
    body = ("Mayor Anna Berg has responded sharply to Governor Piet Holm's accusations that Lakeside is not doing enough.\n\n"
            "Eva Lind reacted angrily to the claims that the ferries were late.\n\n"
            # (A phrase of time after the verb still leaves the words after it.)
            "Piet Holm said early on Friday the port was closed.")
    assert [(s, t) for s, t, _ in found(body)] == [("Piet Holm", "the port was closed.")]


def test_a_role_then_a_titled_name_then_an_aside_of_what_the_words_answer_names_the_speaker():
    body = ("The head of the Harbour Council Committee on Ferry Affairs, Green Party leader Anna Berg, commenting on the "
            "admission by Governor Piet Holm that the ferries of Lakeside are late again, said that this is \"the height of cynicism.\"\n\n"
            "The chair of the Lakeside Port Authority, party leader Eva Lind, said that the piers would reopen on Friday.")
    assert [(s, t) for s, t, _ in found(body)] == [("Anna Berg", "the height of cynicism."),
                                                  ("Eva Lind", "the piers would reopen on Friday.")]


def test_a_predicate_in_the_past_after_a_clause_in_the_present_is_the_speakers_next_statement():
    body = ("In a post on Thursday, Mayor Anna Berg cautioned that it is unwise to provoke the council "
            "and accused the governor of pushing the port towards a new crisis.\n\n"
            # (After a clause in the past the verb may be the clause's own subject's: left in the clause.)
            "Eva Lind said that Harbourland had denied the attack and accused Northvale of staging it.")
    assert [(s, t) for s, t, _ in found(body)] == [
        ("Anna Berg", "it is unwise to provoke the council"),
        ("Anna Berg", "accused the governor of pushing the port towards a new crisis."),
        ("Eva Lind", "Harbourland had denied the attack and accused Northvale of staging it.")]


def test_a_city_ending_an_opening_participle_clause_is_not_the_speaker_named_after_it():
    body = ("Meeting with Governor Piet Holm in Kadriorg, Tallinn, on Wednesday, Mayor Anna Berg said that "
            "the ferries would sail again.\n\n"
            # (With no name after it, a capital alone still speaks for its government.)
            "Answering the question on the ferries, Tallinn said that the port would stay open.")
    assert [(s, t) for s, t, _ in found(body)] == [("Anna Berg", "the ferries would sail again."),
                                                  ("Tallinn", "the port would stay open.")]


def test_words_first_then_said_on_a_quoted_programme_name_are_the_speakers():
    body = ("If the storm hits the coast, the ferries should have no restrictions when it comes to using the northern "
            "harbour, Mayor Anna Berg said on \"Harbour Radio.\"\n\n"
            "The piers must be rebuilt before the winter, Governor Piet Holm told HBN\u2019s \u201cMorning Show.\u201d")
    assert found(body) == [
        ("Anna Berg", "If the storm hits the coast, the ferries should have no restrictions when it comes to using the northern harbour",
         "indirect"),
        ("Piet Holm", "The piers must be rebuilt before the winter", "indirect")]


def test_the_quote_below_a_question_put_to_a_person_is_that_persons_answer():
    body = ("Mayor Anna Berg spoke on Harbour Radio about the ferries.\n\n"
            "Governor Piet Holm said the port was closed.\n\n"
            "Mayor Berg was then asked whether the main resistance to reopening is in the council.\n\n"
            "\"It is definitely in the council. The governor has become a bit more relaxed.\"\n\n"
            # (A question put to no one the article names: the quote below stays nobody's.)
            "The harbour crews were then asked about the winter.\n\n"
            "\"Nothing will change this winter at all, whatever the council says.\"")
    assert found(body) == [("Piet Holm", "the port was closed.", "indirect"),
                           ("Anna Berg", "It is definitely in the council. The governor has become a bit more relaxed.", "direct")]


def test_two_participles_with_that_in_one_sentence_are_two_statements():
    body = ("During the visit, Mayor Anna Berg also reaffirmed the commitment to the port, adding that the council and the "
            "crews are stronger than the storm, emphasizing that it is up to the crews to win.")
    assert [(s, t) for s, t, _ in found(body)] == [("Anna Berg", "the council and the crews are stronger than the storm"),
                                                  ("Anna Berg", "it is up to the crews to win.")]


def test_it_and_its_verb_before_that_make_the_whole_clause_the_words():
    body = "The Harbour Ministry stated it knows nothing about the fact that the ferries were sold last week."
    assert [(s, t) for s, t, _ in found(body)] == [
        ("Harbour Ministry", "it knows nothing about the fact that the ferries were sold last week.")]


def test_the_writers_remark_after_but_needs_no_comma():
    got = found("The Harbourland defence ministry reported that four drones were shot down over the port overnight "
                "but did not mention the fire at the depot.")
    assert got == [("Harbourland defence ministry", "four drones were shot down over the port overnight", "indirect")]
    # (Without the comma too, words that go on with the clause stay in it.)
    got = found("Mayor Piet Holm said the ship was hit but did not sink.")
    assert got == [("Piet Holm", "the ship was hit but did not sink.", "indirect")]


def test_a_title_of_an_area_with_its_countrys_possessive_is_the_persons_role():
    body = ("Governor of Russia\u2019s Northvale Oblast Anna Berg said that a fire broke out at the depot.\n\n"
            # ("the governor" is hers: the title she was given before her name is her role.)
            "According to the governor, the emergency services are working at the scene.")
    article = extract_article(HEAD + body)
    assert [(s.speaker, s.text) for s in article.statements] == [
        ("Anna Berg", "a fire broke out at the depot."), ("Anna Berg", "the emergency services are working at the scene.")]


def test_a_compound_with_an_office_in_it_is_a_title_however_mangled():
    # (A page run through a word spinner: "Under-Secretary-General" became "Below-Secretary-Normal".)
    body = ("UN Below-Secretary-Normal for Harbour Affairs Eva Lind said that \u201call ferries should guarantee the "
            "safety of passengers, no matter their port.\u201d")
    assert speakers_of(body) == ["Eva Lind"]


def test_an_outlet_citing_comments_from_a_person_passes_on_that_persons_words():
    body = ("The port deployed about 50 ferries in a recent operation on the coast, Reuters reported, citing harbour chief Anna Berg.\n\n"
            "The port hired about 50 crews in a recent operation on the coast, the Lakeside Post newspaper wrote on Aug. 21, "
            "citing comments from the harbour's deputy chief Piet Holm.\n\n"
            # (Sources the article does not name are nobody's.)
            "The port sold about 50 boats in a recent operation on the coast, Reuters reported, citing sources.")
    assert [(s, t) for s, t, _ in found(body)] == [
        ("Anna Berg", "The port deployed about 50 ferries in a recent operation on the coast"),
        ("Piet Holm", "The port hired about 50 crews in a recent operation on the coast")]


def test_the_lead_repeated_and_cut_off_where_the_page_ends_is_said_once():
    body = ("Mayor Anna Berg said on Monday that the ferries could spread the delays to the rest of the coast, amid reports "
            "that the port had closed for the winter.\n\n"
            "Governor Piet Holm said the piers were safe.\n\n"
            "LAKESIDE (Example Wire) - Mayor Anna Berg said on Monday that the ferries could spread the delays to the rest of "
            "the coast, amid reports that the port had")
    assert [(s, t) for s, t, _ in found(body)] == [
        ("Anna Berg", "the ferries could spread the delays to the rest of the coast, amid reports that the port had closed for the winter."),
        ("Piet Holm", "the piers were safe.")]


def test_a_quote_that_repeats_a_reported_sentence_word_for_word_stays():
    body = ("Mayor Anna Berg told reporters on Saturday that Lakeside has the right to send ferries to every port on the northern coast.\n\n"
            "\u201cLakeside has the right to send ferries to every port on the northern coast,\u201d Berg said.")
    assert [(t, k) for _, t, k in found(body)] == [
        ("Lakeside has the right to send ferries to every port on the northern coast.", "indirect"),
        ("Lakeside has the right to send ferries to every port on the northern coast", "direct")]


def test_a_footnote_number_after_a_full_stop_ends_the_sentence_and_no_words():
    body = ("Mayor Anna Berg claimed that the ferries sailed to Lakeside overnight.[1] Governor Piet Holm stated that "
            "the council will reconsider its position on the port.[2] The council has not published a readout as of this writing.")
    assert [(s, t) for s, t, _ in found(body)] == [("Anna Berg", "the ferries sailed to Lakeside overnight."),
                                                  ("Piet Holm", "the council will reconsider its position on the port.")]


def test_a_report_by_an_institution_speaks_for_it_and_an_outlets_report_for_no_one():
    body = ("The circumstances of the closure, which the council claims was ordered by the governor, do not fit the usual "
            "pattern of port closures, the report by the Harbour Institute (HI) states.\n\n"
            "The ferries are late again this week on the northern routes, the Lakeside Port Authority report says.\n\n"
            # (An outlet's report, or "the report" alone, names no speaker.)
            "The piers were damaged in the storm last night, a Reuters report said.\n\n"
            "The crews were paid late again in the spring, the report said.")
    assert [(s, t) for s, t, _ in found(body)] == [
        ("Harbour Institute", "The circumstances of the closure, which the council claims was ordered by the governor, do not fit "
                              "the usual pattern of port closures"),
        ("Lakeside Port Authority", "The ferries are late again this week on the northern routes")]


def test_where_the_words_were_said_between_subject_and_verb_is_no_part_of_the_speaker():
    body = ("The Harbour Ministry in a statement said the ferries \"tried to sail without permits\" over the northern coast.\n\n"
            "Governor Piet Holm in a Telegram post on Sunday said the piers were closed.\n\n"
            "The governor in a video address said the crews would be paid.")
    assert [(s, t) for s, t, _ in found(body)] == [
        ("Harbour Ministry", "the ferries \"tried to sail without permits\" over the northern coast."),
        ("Piet Holm", "the piers were closed."), ("Piet Holm", "the crews would be paid.")]


def test_a_bodys_message_speaks_for_the_body():
    body = ("\"Units of the harbour guard struck the smugglers' depot on the night of March 11,\" the Harbour Staff's message states.\n\n"
            "\"The piers will reopen on Friday,\" the Lakeside Port Authority message said.")
    assert speakers_of(body) == ["Harbour Staff", "Lakeside Port Authority"]


def test_words_then_a_dash_and_the_verb_first_name_their_speaker():
    body = ("On the night of August 14, harbour crews struck the smugglers' depot near Lakeside. The hits caused severe "
            "fires at the depot. - reported the Harbour Guard of the Coast of Northvale.\n\n"
            # (An outlet passing the words on is no speaker.)
            "The ferries will sail again on Friday after the storm. - reported UNN.")
    assert found(body) == [("Harbour Guard of the Coast of Northvale",
                            "On the night of August 14, harbour crews struck the smugglers' depot near Lakeside. "
                            "The hits caused severe fires at the depot.", "indirect")]


def test_unn_is_an_outlet_passing_news_on_not_a_speaker():
    body = ("The Harbour Staff confirmed explosions in the area of the \"Steel Horse\" station in Northvale, reports UNN.\n\n"
            "The piers will stay closed until the storm has passed, UNN said.")
    assert found(body) == []


def test_confirming_an_event_told_as_a_noun_is_a_statement_up_to_the_participle():
    body = ("The Harbour Staff confirmed the strike on the smugglers' depot near Lakeside, writes Example Wire.\n\n"
            "Governor Piet Holm confirmed the overnight attack, saying on Friday that the blaze was promptly extinguished.\n\n"
            # (Confirming something else, with no clause, reports nothing.)
            "Mayor Anna Berg confirmed her visit to the port.")
    assert [(s, t) for s, t, _ in found(body)] == [
        ("Harbour Staff", "confirmed the strike on the smugglers' depot near Lakeside"),
        ("Piet Holm", "confirmed the overnight attack"), ("Piet Holm", "the blaze was promptly extinguished.")]


def test_a_title_to_an_institution_before_a_name_is_a_persons_title():
    article = extract_article(HEAD + "Russian Permanent Representative to the UN Anna Berg told the council on Friday "
                                     "that the ferries would sail again.")
    assert [(s.speaker, s.speaker_type) for s in article.statements] == [("Anna Berg", "person")]


def test_the_regional_governor_of_a_wire_lead_is_the_governor_named_next_among_several():
    # Two governors in the story: "the regional governor" of the lead is the one named right after.
    body = ("A drone attack set a fuel depot in Harbourland on fire overnight, the regional governor said on Friday.\n\n"
            "Firefighters put out the flames within hours, according to Governor Piet Holm.\n\n"
            "Another drone hit a warehouse in Northvale, said Northvale Governor Ivan Sample.")
    assert speakers_of(body)[0] == "Piet Holm"
    # ... or, untitled, the person whose quote follows at once.
    body = ("A drone attack set a fuel depot in Harbourland on fire overnight, the regional governor said on Friday.\n\n"
            "\u201cEmergency services are at work on the site. Nobody was hurt,\u201d Piet Holm wrote on Telegram.")
    assert speakers_of(body) == ["Piet Holm", "Piet Holm"]
    # A person named first, as someone else's subject, is not the governor of that lead.
    body = ("A drone attack set a fuel depot in Harbourland on fire overnight, the regional governor said on Friday.\n\n"
            "Later, Piet Holm said the ferries would sail again.")
    assert speakers_of(body) == ["Piet Holm"]


def test_a_quote_cut_off_where_the_saved_page_ends_is_not_given_to_the_last_speaker():
    body = ("Anna Berg said the strikes on the airfields would go on.\n\n"
            "The Harbourland Navy said it had moved its ships out of the bay.\n\n"
            '"If they think it possible to send such weapons to the front to strike our airfields, why should we not have the right to supply weapons ')
    assert speakers_of(body) == ["Anna Berg", "Harbourland Navy"]
    # The same quote closed still continues the speaker before.
    closed = body.rstrip() + ' to others?"'
    assert speakers_of(closed) == ["Anna Berg", "Harbourland Navy", "Harbourland Navy"]


def test_words_first_then_a_name_with_a_long_relative_clause_before_the_verb():
    body = ("Harbourland will send its first long-range missiles in the coming weeks, Major General Piet Holm, who oversees "
            "the coordination of the country's military support for the Northvale front, has said.")
    assert found(body) == [("Piet Holm", "Harbourland will send its first long-range missiles in the coming weeks", "indirect")]


def test_in_his_words_after_a_connective_in_lower_case():
    body = ("President Anna Berg called for letting Northvale strike military sites across the border. However, in her words, "
            "the missiles may be used only against the launch sites, never against towns.")
    assert found(body)[1] == ("Anna Berg", "the missiles may be used only against the launch sites, never against towns.", "indirect")


@pytest.mark.parametrize("verb", ["warned against", "cautioned against"])
def test_warning_against_something_keeps_the_whole_predicate(verb):
    body = f"Anna Berg has repeatedly {verb} Northvale using the long-range missiles to strike inside Harbourland."
    assert found(body) == [("Anna Berg", f"{verb} Northvale using the long-range missiles to strike inside Harbourland.", "indirect")]


@pytest.mark.parametrize("that", ["that ", ""])
def test_a_second_that_clause_of_the_same_verb_is_the_same_speakers(that):
    body = f"Anna Berg said {that}the ferries would sail again, and that she hoped the port would open before the storm."
    assert found(body) == [("Anna Berg", "the ferries would sail again", "indirect"),
                           ("Anna Berg", "she hoped the port would open before the storm.", "indirect")]
    # Without the comma, one clause as before.
    body = "Anna Berg said that the ferries would sail again and that the port would open before the storm."
    assert found(body) == [("Anna Berg", "the ferries would sail again and that the port would open before the storm.", "indirect")]


@pytest.mark.parametrize("state", ["The Northvale People\u2019s Republic (NPR), the Kremlin\u2019s proxy,", "The Republic of Northvale",
                                   "The Harbourland Federation"])
def test_a_state_named_in_capitals_that_no_list_holds_is_a_body(state):
    body = f"{state} said 2128 of its soldiers had been killed this year."
    speaker = state.split(" (")[0].removeprefix("The ").rstrip(",")
    assert found(body) == [(speaker, "2128 of its soldiers had been killed this year.", "indirect")]
    # A title of its office, before a name, is still the person's.
    assert speakers_of(f"The head of {state.split(' (')[0].rstrip(',')}, Ivan Sample, said the soldiers would be paid.") == ["Ivan Sample"]


def test_a_relative_clause_of_saying_gives_the_writers_main_clause_to_no_one():
    body = ("There was no independent check of the reported drone attack on the port, which the Harbourland authorities "
            "said occurred overnight but showed no evidence of.")
    assert found(body) == []
    # Words first, then their speaker, as before.
    assert found("The drone attack on the port occurred overnight, the Harbourland authorities said.") == [
        ("Harbourland authorities", "The drone attack on the port occurred overnight", "indirect")]


def test_the_report_is_the_institution_that_just_reported_never_an_outlets_or_a_persons():
    quote = '"The quay is closed to all ships until the storm has passed," the report said.'
    assert found("The Harbourland Navy reported that the ferries would sail again.\n\n" + quote) == [
        ("Harbourland Navy", "the ferries would sail again.", "indirect"),
        ("Harbourland Navy", "The quay is closed to all ships until the storm has passed", "direct")]
    # A news agency's report in between: the report may be the agency's; no speaker.
    assert speakers_of("The Harbourland Navy said the ferries would sail again. Reuters reported that the port was shut. "
                       + quote) == ["Harbourland Navy"]
    # After a person: no statement of theirs is called a report.
    assert speakers_of("Anna Berg reported that the ferries would sail again.\n\n" + quote) == ["Anna Berg"]


def test_a_paragraph_that_is_only_an_attribution_gives_the_paragraph_before_to_its_speaker():
    body = ("Harbourland did not supply Northvale with weapons that could strike targets across the border.\n\n"
            "Press secretary of the Harbourland Foreign Ministry, Piet Holm, states, during a video briefing, Example Wire reports.")
    assert found(body) == [("Piet Holm", "Harbourland did not supply Northvale with weapons that could strike targets across "
                                         "the border.", "indirect")]
    # An attribution with words of its own is read as usual; the paragraph before stays the writer's.
    body = ("Harbourland did not supply Northvale with weapons that could strike targets across the border.\n\n"
            "Piet Holm said during a briefing that the ferries would sail again.")
    assert found(body) == [("Piet Holm", "the ferries would sail again.", "indirect")]


def test_a_quote_opening_its_sentence_then_a_place_then_its_speaker():
    body = ("\u201cOur forces hit the fuel depot in Lakeside\u201d in the Northvale region, the Harbourland General Staff said "
            "in a statement on social media.\n\n"
            "\u201cThe depot supplied fuel to the airfield where the bombers are based,\u201d the general staff added.")
    assert found(body) == [("Harbourland General Staff", "Our forces hit the fuel depot in Lakeside", "direct"),
                           ("Harbourland General Staff", "The depot supplied fuel to the airfield where the bombers are based", "direct")]
    # A quoted name inside the writer's sentence is nobody's words.
    assert found("Drones hit the \u201cSteel Horse\u201d depot in the Northvale region, the General Staff said.")[0][1] != "Steel Horse"


def test_as_an_outlet_reported_before_words_first_is_no_part_of_the_words():
    body = ("As Example Wire earlier reported, drone attacks on the refineries hurt the economy more than sanctions, "
            "political scientist Piet Holm notes.")
    assert found(body) == [("Piet Holm", "drone attacks on the refineries hurt the economy more than sanctions", "indirect")]


def test_a_lone_capitalised_word_after_of_the_in_a_title_is_a_place_not_a_person():
    body = ("That is according to Piet Holm, the head of the Lakeside regional military administration.\n\n"
            "He said on Telegram that the drone attack on the city injured two people.")
    assert speakers_of(body) == ["Piet Holm"]


def test_a_live_blogs_clock_time_before_the_subject_is_no_part_of_it():
    body = ("9:20 p.m.: President Anna Berg said on Wednesday that Harbourland would answer in kind, Example Wire reported.\n\n"
            "14:05 GMT: The Harbourland Navy said the ferries would sail again.")
    assert speakers_of(body) == ["Anna Berg", "Harbourland Navy"]


@pytest.mark.parametrize("clause", ["it's ready to work with the port authority to reopen the quay to all ships soon",
                                    "they won't close the quay to ships from the north this winter or the next",
                                    "it isn't closing the quay to ships from the north this winter or the next"])
def test_a_contraction_is_the_finite_verb_of_words_after_said(clause):
    assert found(f"The Harbourland Navy said {clause}.") == [("Harbourland Navy", f"{clause}.", "indirect")]


@pytest.mark.parametrize("aside", ["while talking to the Example TV channel", "on his Telegram", "on his official Telegram channel"])
def test_a_channel_between_the_name_and_the_verb_is_no_part_of_the_subject(aside):
    body = f"Mayor Piet Holm {aside} said that two empty buildings were struck at around 6:30 am."
    assert found(body) == [("Piet Holm", "two empty buildings were struck at around 6:30 am.", "indirect")]


def test_as_per_someone_is_according_to_them():
    assert found("As per Anna Berg, nobody was hurt in the attack on the port.") == [
        ("Anna Berg", "nobody was hurt in the attack on the port.", "indirect")]


def test_words_first_then_the_statement_that_carried_them_described():
    body = ("A third drone, which was not carrying explosives, fell on a cemetery outside Lakeside, the Harbourland "
            "Foreign Ministry said in a statement in which it vowed that all those responsible would be punished.")
    assert found(body)[0] == ("Harbourland Foreign Ministry", "A third drone, which was not carrying explosives, fell on a "
                                                              "cemetery outside Lakeside", "indirect")


def test_a_first_paragraph_ending_in_a_semicolon_is_running_text():
    body = ("The Harbourland Navy has announced that it shot down two drones over the port this morning. "
            "The statement reads below;\n\n\u201cAll crews are safe.\u201d")
    assert found(body)[0] == ("Harbourland Navy", "it shot down two drones over the port this morning.", "indirect")


def test_a_place_after_in_before_a_name_is_no_part_of_the_name():
    body = ("Harbourland's Permanent Representative to international organizations in Vienna Piet Holm called the words "
            "a signal.\n\nHolm said that the port would stay open.")
    assert speakers_of(body) == ["Piet Holm"]


def test_a_role_after_an_untitled_speaker_is_not_the_holder_named_further_on():
    # The envoy's title is too long to read; "the diplomat" may be him, never the spokeswoman of the next story.
    body = ("Harbourland's Permanent Representative to international organizations in Vienna Piet Holm called the words a "
            "signal for Northvale.\n\n"
            "\u201cThe agency said that one must not attack power plants. It is a clear signal,\u201d the diplomat said on his page.\n\n"
            "Previously, Harbourland Foreign Ministry Spokeswoman Anna Berg called the drone attack an act of terrorism.")
    assert "Anna Berg" not in [speaker for speaker, _, kind in found(body) if kind == "direct"]


def test_security_services_in_the_plural_are_a_body():
    body = "\u2018A drone was shot down near the power plant,\u2019 the Harbourland security services reported."
    assert found(body) == [("Harbourland security services", "A drone was shot down near the power plant", "direct")]


def test_calling_something_an_act_of_terrorism_is_a_statement_without_quotation_marks():
    assert found("Spokeswoman Anna Berg called the attempt to attack the power plant with a drone an act of nuclear terrorism.") == [
        ("Anna Berg", "called the attempt to attack the power plant with a drone an act of nuclear terrorism.", "indirect")]
    # Calling a meeting or a person is no statement.
    assert found("Anna Berg called a meeting of the harbour council on Monday.") == []
    assert found("Anna Berg called the Harbourland president on Monday to discuss the port.") == []


def test_straight_single_quotes_right_after_a_verb_of_saying_are_a_quote():
    body = "Asked about the strikes, Anna Berg stated, 'Such things are not announced. The missiles don't wait. They will speak.' Then she left."
    assert found(body) == [("Anna Berg", "Such things are not announced. The missiles don't wait. They will speak.", "direct")]
    # Without a verb of saying before them, straight single quotes stay no quotation marks.
    assert found("The port's so-called, 'Red zone.' reopened on Monday.") == []


def test_a_high_office_after_an_untitled_subject_passes_over_a_titled_name_in_between():
    body = ("Sir Piet Holm has declined to rule out letting Northvale use the missiles across the border, after President "
            "Anna Berg allowed the use of Harbourland weapons.\n\n"
            "The Lakeside prime minister said he did not want to get into operational details.")
    assert speakers_of(body) == ["Piet Holm"]


def test_a_paragraph_opened_by_a_dash_is_direct_speech_up_to_its_attribution():
    body = ("Lakeside University professor Piet Holm has followed the harbour for thirty years.\n\n"
            "\u2013 Unfortunately, a major storm is coming. The ferries have stopped already. Only the new quay can help, says Holm.")
    assert found(body) == [("Piet Holm", "Unfortunately, a major storm is coming. The ferries have stopped already. "
                                         "Only the new quay can help", "indirect")]
    # A hyphen opening a list item is no dash of speech: only the sentence before the attribution.
    listed = "- The ferries have stopped already. Only the new quay can help, says Piet Holm."
    assert found(listed) == [("Piet Holm", "Only the new quay can help", "indirect")]


def test_a_university_is_no_persons_name_and_the_professor_is_a_role():
    body = ("Piet Holm, a professor at Lakeside University, said the storm would pass.\n\n"
            "\u201cThe quay will hold,\u201d the professor added.")
    assert speakers_of(body) == ["Piet Holm", "Piet Holm"]
    assert speakers_of("Lakeside University said the storm would pass.") == ["Lakeside University"]


def test_whose_opinion_or_view_it_is_names_the_speaker():
    assert found("Governor Piet Holm spoke at the port.\n\nHolm\u2019s view is that the storm will pass by the end of the summer.") == [
        ("Piet Holm", "the storm will pass by the end of the summer.", "indirect")]
    assert found("Governor Piet Holm spoke at the port.\n\nIn the governor\u2019s opinion, the quay will not hold another winter.") == [
        ("Piet Holm", "the quay will not hold another winter.", "indirect")]
    assert found("The ferries will sail again before the winter.\n\nThis is the opinion of Lakeside professor Piet Holm.") == [
        ("Piet Holm", "The ferries will sail again before the winter.", "indirect")]


def test_a_wire_dateline_with_the_day_before_the_month_is_no_part_of_the_words():
    body = "HARBOURTOWN, 30 December (Example Wire) \u2013 The ferries will sail again in the spring, Minister Anna Berg said."
    assert found(body) == [("Anna Berg", "The ferries will sail again in the spring", "indirect")]


def test_the_governor_of_one_region_is_not_the_governor_another_sentence_places_elsewhere():
    body = ("Harbourtown/London, July 31,(Example Wire) \u2013 Drones hit a government building overnight, the governor of the "
            "Lakeside region announced on Telegram on Monday morning.\n\n"
            "There was damage to the roof, but no casualties, Piet Holm said.\n\n"
            "In the Northvale region, Governor Ivan Sample also reported damage after an incident with a drone.")
    got = found(body)
    assert got[0] == ("governor of the Lakeside region", "Drones hit a government building overnight", "indirect")
    assert "Ivan Sample" not in [speaker for speaker, _, _ in got]


def test_an_official_transcript_with_long_labels_in_capitals_and_unnamed_questioners():
    body = ("STAFF: Good afternoon. It is my pleasure to introduce the Secretary of Defense Piet Holm.\n\n"
            "SECRETARY OF DEFENSE PIET J. HOLM III: Thanks. Good afternoon, everybody.\n\n"
            "The ferries will sail again in the spring, and the new quay will be ready by then.\n\n"
            "Q: Thank you, Mr. Secretary. Will the northern quay stay closed to foreign ships this winter.\n\n"
            "SECRETARY HOLM: It will stay closed until the storm season is over.")
    got = found(body)
    assert [speaker for speaker, _, _ in got] == ["Piet J. Holm", "Piet J. Holm", "Piet J. Holm"]
    assert [text for _, text, _ in got] == ["Thanks. Good afternoon, everybody.",
                                             "The ferries will sail again in the spring, and the new quay will be ready by then.",
                                             "It will stay closed until the storm season is over."]
    # A dateline with a colon is no transcript's label.
    assert speakers_of("HARBOURTOWN: The ferries will sail again in the spring, Minister Piet Holm said.") == ["Piet Holm"]


def test_a_transcripts_first_label_in_capitals_is_no_headline_even_without_a_full_stop():
    body = ("PRESS SECRETARY PIET J. HOLM: Hello, everybody, a couple of things at the top about the port\n\n"
            "Q: Will the northern quay stay closed this winter?\n\n"
            "MR. HOLM: It will stay closed until the storm season is over.")
    got = found(body)
    assert got[0] == ("Piet J. Holm", "Hello, everybody, a couple of things at the top about the port", "direct")
    # In mixed case, such a line is a headline in the form of a label, no one's words.
    assert found("Governor Piet Holm: Missile threat declared in the region\n\nThe ferries stopped on Monday.") == []


def test_a_kremlin_style_label_with_a_long_title_names_its_speaker():
    body = ("Deputy Chief of Staff of the Harbour Office \u2013 Press Secretary Piet Holm: Good afternoon, everyone.\n\n"
            "Anna Berg, Example Wire: Mr President, the first question, if I may.\n\n"
            "President of Estonia Ivan Sample: First, I do not think the quay will close this winter.")
    got = found(body)
    assert ("Piet Holm", "Good afternoon, everyone.", "direct") in got
    assert ("Ivan Sample", "First, I do not think the quay will close this winter.", "direct") in got
    # A headline-like line of a name without a title and words is no label when the name is nowhere else.
    assert found("Harbour Fears: the quay is closed again and the ferries have stopped for the winter.") == []


def test_a_bodys_acronym_is_the_name_the_article_spelled_out():
    body = ("The Harbour Safety Agency (HSA) said the quay would stay closed until spring.\n\n"
            "HSA noted that the ferries would use the southern quay meanwhile.")
    assert speakers_of(body) == ["Harbour Safety Agency", "Harbour Safety Agency"]
    # An acronym never spelled out next to a speaking body stays as it is.
    assert speakers_of("HSA noted that the ferries would use the southern quay meanwhile.") == ["HSA"]


@pytest.mark.parametrize("verb", ["expressed support for", "voiced opposition to", "expressed her opposition to"])
def test_support_or_opposition_expressed_is_the_whole_predicate(verb):
    assert found(f"Anna Berg {verb} lifting the limits on strikes across the border.") == [
        ("Anna Berg", f"{verb} lifting the limits on strikes across the border.", "indirect")]


def test_a_cut_off_quote_after_the_same_speakers_words_in_its_paragraph_is_still_theirs():
    body = ("Anna Berg said the strikes on the airfields would go on.\n\n"
            '"The quay is closed to all ships," she continued, noting that she had seen the damage. '
            '"The fact that there is fighting a few kilometres from the port raises great concerns about the')
    assert speakers_of(body)[-1] == "Anna Berg"
    assert found(body)[-1][1].startswith("The fact that there is fighting")


def test_preliminary_reports_passed_on_by_their_speaker_are_that_speakers_words():
    body = "Preliminary reports from the port said nobody had been injured, Governor Piet Holm wrote on Telegram."
    assert found(body) == [("Piet Holm", "Preliminary reports from the port said nobody had been injured", "indirect")]
    # Someone else's report inside words-first is still not the speaker's.
    assert found("The minister said the port was closed, Example Wire reported.") != [
        ("Example Wire", "The minister said the port was closed", "indirect")]


def test_a_vague_role_with_a_nationality_is_the_titled_person_of_that_country_just_named():
    body = ("Piet Holm, Governor of Estonia's Lakeside county, said the drones hit a depot overnight.\n\n"
            "According to the Estonian official, nobody was hurt and the damage was small.")
    assert speakers_of(body) == ["Piet Holm", "Piet Holm"]
    # Not of another country, and no office the person does not hold.
    body = ("Piet Holm, Governor of Estonia's Lakeside county, said the drones hit a depot overnight.\n\n"
            "According to the Latvian official, nobody was hurt and the damage was small.")
    assert speakers_of(body) == ["Piet Holm"]
    body = ("Estonian Foreign Minister Piet Holm said the drones hit a depot overnight.\n\n"
            "The Estonian president said nobody was hurt and the damage was small.")
    assert speakers_of(body) == ["Piet Holm"]


def test_a_surname_and_a_titled_name_as_one_subject_is_never_the_titled_name_alone():
    body = ("Defence Minister Anna Berg spoke first.\n\n"
            "Berg and Chairman of the Joint Chiefs of Staff Gen. Piet Holm told reporters that the port was safe.")
    assert speakers_of(body) in ([], ["Anna Berg", "Piet Holm"])   # both, or no one: never one for the two
    # A title with "and" in it still names its one holder.
    assert speakers_of("Deputy Prime Minister and Minister of Defence Piet Holm said the port was safe.") == ["Piet Holm"]


def test_a_phrase_of_what_the_speaker_left_out_opens_the_sentence_before_the_subject():
    got = found("Without mentioning the fire at the depot, the Harbourland Defence Ministry said its units "
                "had destroyed 54 drones overnight.\n\n"
                "Unlike Estonia, the Harbourland Foreign Ministry said it would allow the ferries to sail.")
    assert got == [("Harbourland Defence Ministry", "its units had destroyed 54 drones overnight.", "indirect"),
                   ("Harbourland Foreign Ministry", "it would allow the ferries to sail.", "indirect")]


def test_hailed_as_keeps_the_whole_predicate_and_a_passive_hailed_is_no_speech():
    got = found("Mayor Anna Berg hailed the rescue as \u201cremarkable,\u201d stating it was \u201cswift and brave.\u201d")
    assert got == [("Anna Berg", "hailed the rescue as \u201cremarkable,\u201d stating it was \u201cswift and brave.\u201d", "indirect")]
    assert found("The rescue was hailed as a success by the port.") == []


def test_an_official_from_a_named_service_is_a_role_and_the_official_later_is_that_official():
    body = ("Mayor Anna Berg praised the rescue crews.\n\n"
            "An official from Harbourland\u2019s coast guard said that the ferry had been hit by a drone.\n\n"
            "The official added that the crew had been evacuated.")
    assert found(body)[1:] == [
        ("official from Harbourland\u2019s coast guard", "the ferry had been hit by a drone.", "indirect"),
        ("official from Harbourland\u2019s coast guard", "the crew had been evacuated.", "indirect")]


def test_the_writers_aside_after_a_dash_does_not_hide_words_first():
    body = ("The depot held shells, mines and rockets, Piet Holm said - among the weapons that have hit "
            "the harbour towns for much of the year.")
    assert found(body) == [("Piet Holm", "The depot held shells, mines and rockets", "indirect")]
    # Words that go on after the verb are still not taken for words first.
    assert found("The depot was full, Piet Holm said - and that the port would stay shut.") != [
        ("Piet Holm", "The depot was full", "indirect")]


def test_an_occasion_and_its_day_before_a_titled_name_with_no_comma_is_a_lead_in():
    got = found("At the UN briefing on Wednesday Harbourland Foreign Minister Piet Holm said that the ferry had been hit by a drone.")
    assert got == [("Piet Holm", "the ferry had been hit by a drone.", "indirect")]


def test_delegations_are_no_speaker():
    assert found("Delegations urged a return to talks.\n\nDelegations said the port was safe.") == []


def test_reported_words_a_speaker_added_right_after_dated_words_share_their_day():
    # Published Monday, March 4, 2024.
    article = extract_article(HEAD + "Anna Berg said on Friday that the port was safe. She added, however, that the ferry "
                              "would wait. She also said that the bridge was open.\n\n"
                              "Piet Holm said on Saturday that the quay was closed. Eva Lind added that the ferry would wait.\n\n"
                              "Holm added that the bridge was open.")
    dates = [(s.speaker, s.date.iso()) for s in article.statements]
    assert dates == [("Anna Berg", "2024-03-01"), ("Anna Berg", "2024-03-01"),
                     ("Anna Berg", "2024-03-04"),   # a verb of its own may be another occasion
                     ("Piet Holm", "2024-03-02"), ("Eva Lind", "2024-03-04"),   # another speaker
                     ("Piet Holm", "2024-03-04")]   # another paragraph


def test_a_role_after_a_name_with_its_closing_comma_left_out_is_still_the_persons_role():
    body = ("Piet Holm, Spokesman of the Harbourland Foreign Ministry stated that the ferries would sail.\n\n"
            "\u201cThe port is open again\u201d, the Foreign Ministry spokesman said.")
    assert found(body) == [("Piet Holm", "the ferries would sail.", "indirect"),
                           ("Piet Holm", "The port is open again", "direct")]


def test_the_representative_of_a_ministry_is_its_spokesperson():
    body = ("Piet Holm, spokesman of the Harbourland Foreign Ministry, said that the ferries would sail.\n\n"
            "Asked whether the port would close, the representative of the ministry replied: \u201cWe do not think so.\u201d")
    assert speakers_of(body) == ["Piet Holm", "Piet Holm"]
    # No spokesperson named: the representative is nobody the article names.
    body = ("Finance Minister Piet Holm said that the ferries would sail.\n\n"
            "Asked whether the port would close, the representative of the ministry replied: \u201cWe do not think so.\u201d")
    assert speakers_of(body) == ["Piet Holm"]


def test_said_on_a_date_with_its_year_and_no_comma_before_that():
    article = extract_article(HEAD + "Anna Berg said on February 9, 2024 that the port was safe.")
    assert [(s.text, s.date.iso()) for s in article.statements] == [("the port was safe.", "2024-02-09")]


def test_answers_after_a_dated_question_at_an_occasion_are_dated_by_it():
    # Published Monday, March 4, 2024.
    article = extract_article(HEAD + "During a briefing on 28 February 2024, spokesperson Anna Berg was asked if the port "
                              "would close. Berg responded that the port would stay open. Piet Holm said the ferries would sail.\n\n"
                              "Berg said that the quay was safe.")
    dates = [(s.speaker, s.date.iso()) for s in article.statements]
    assert dates == [("Anna Berg", "2024-02-28"),
                     ("Piet Holm", "2024-03-04"),    # not the one asked
                     ("Anna Berg", "2024-03-04")]    # another paragraph


def test_considered_that_reports_a_view_and_considered_a_thing_does_not():
    assert found("Mayor Anna Berg considered that the fire at the depot was arson.") == [
        ("Anna Berg", "the fire at the depot was arson.", "indirect")]
    assert found("The council considered the plan on Monday.\n\nPiet Holm considered a plan that would close the port.") == []


def test_dismissing_an_office_holder_is_a_deed_and_dismissing_claims_is_words():
    assert found("President Piet Holm has dismissed Lakeside County Governor Ivan Sample over the fire.\n\n"
                 "Holm dismissed his defence minister, Eva Lind, on Monday.") == []
    assert found("Piet Holm dismissed claims by Ivan Sample as lies.") == [
        ("Piet Holm", "dismissed claims by Ivan Sample as lies.", "indirect")]


def test_a_word_the_article_introduces_as_an_outlet_is_no_person():
    body = ("The mayor resigned, opposition outlet Harbourpost reported on Monday.\n\n"
            "According to Harbourpost, the council began seeking a successor in May.")
    assert found(body) == []
    # A surname the article never introduces so is still read as a person's.
    assert speakers_of("According to Lindqvist, the council began seeking a successor in May.") == ["Lindqvist"]


def test_an_agencys_address_glued_to_the_dateline_is_no_part_of_the_subject():
    got = found("Harbourland says the ferries are safe Related news\n"
                "example.com.trHARBOURTOWN Harbourland on Monday said it had reopened the port to ferries.")
    assert got == [("Harbourland", "it had reopened the port to ferries.", "indirect")]


def test_a_transcription_services_labels_with_time_codes_and_numbered_unnamed_speakers():
    article = extract_article(
        "Interview on the harbour\n\n"
        "Speaker 1 (00:00):\nMinister, will the port reopen in May?\n"
        "Eva Lind (00:19):\nThe ferries will sail again in May. The quay is ready.\n"
        "Speaker 1 (00:47):\nAnd the trucks waiting at the gate?\n"
        "Eva Lind (00:51):\nThey will be the first to board.")
    assert [(s.speaker, s.text) for s in article.statements] == [
        ("Eva Lind", "The ferries will sail again in May. The quay is ready."), ("Eva Lind", "They will be the first to board.")]


def test_an_office_for_a_label_is_the_one_person_the_article_gave_it():
    article = extract_article(
        "Interview with Harbour Council Secretary General Eva Lind by Example Wire journalist Piet Holm\n\n"
        "Piet Holm: What do you expect from the summit?\n\n"
        "Harbour Council Secretary General: I expect the ferries to sail again in May.\n\n"
        "Piet Holm: And the trucks at the gate?\n\n"
        "Harbour Council Secretary General: They will be the first to board.")
    assert [(s.speaker, s.text) for s in article.statements] == [
        ("Eva Lind", "I expect the ferries to sail again in May."), ("Eva Lind", "They will be the first to board.")]
    # An office the article gives nobody labels no one.
    article = extract_article("Interview by Example Wire journalist Piet Holm\n\nPiet Holm: What do you expect?\n\n"
                              "Harbour Council Secretary General: I expect the ferries to sail again in May.")
    assert [s.speaker for s in article.statements] == []


def test_a_videos_caption_attributes_words_with_a_name_a_role_and_a_channel_and_no_verb():
    body = ("Kyiv only does what it is told to do, Piet Holm, Harbourland Foreign Ministry spokesman, via statement.\n\n"
            "Whatever it was did not involve us, Eva Lind, Northvale Defence Minister, on Example TV's 'Morning Show'.")
    assert found(body) == [("Piet Holm", "Kyiv only does what it is told to do", "indirect"),
                           ("Eva Lind", "Whatever it was did not involve us", "indirect")]
    # A list of places, or a name with no role, is no attribution.
    assert found("The ferries sail to the islands, Lakeside, Northvale, on Mondays.\n\n"
                 "The ferries sail to the islands, Piet Holm, the port, on Example TV.") == []


def test_a_principals_aide_is_the_articles_one_adviser_just_spoken_of_and_never_another_principals():
    body = ("Harbourland's presidential adviser, Piet Holm, said the port was safe. He noted that the ferries would sail. "
            "Berg's aide stressed that the drones came from the sea.")
    assert speakers_of(body) == ["Piet Holm", "Piet Holm", "Piet Holm"]
    body = ("Harbourland's presidential adviser, Piet Holm, said the port was safe.\n\n"
            "Northvale spokesman Ivan Sample said the drones were shot down.\n\n"
            "Lind's aide said the attack was a provocation.")
    assert speakers_of(body) == ["Piet Holm", "Ivan Sample", "Lind's aide"]


def test_words_set_apart_after_claimed_colon_are_the_claimants_even_when_they_report_someone():
    body = ("Mayor Anna Berg met the minister.\n\nBerg claimed on Wednesday:\n\n"
            "I was not happy with the ferries, and he has assured me today that they will sail again.")
    assert found(body) == [("Anna Berg", "I was not happy with the ferries, and he has assured me today that they will sail again.", "direct")]
    # A paragraph in the third person that reports someone is read on its own.
    body = "Mayor Anna Berg met the minister.\n\nBerg claimed on Wednesday:\n\nThe minister said that the ferries will sail again."
    assert speakers_of(body) != ["Anna Berg"]


def test_europes_papers_are_outlets_never_a_person_he_may_mean():
    body = ("Mayor Piet Holm spoke on Monday.\n\n"
            "As Der Spiegel points out, the port has not yet reopened. But he also indicated that the ferries would wait.\n\n"
            "Die Welt reported that the port was closed.")
    assert [s for s in speakers_of(body) if s in ("Der Spiegel", "Die Welt")] == []
    assert speakers_of(body)[-1:] != ["Die Welt"]


def test_a_lists_last_item_after_a_serial_comma_is_no_subject_of_a_second_report():
    got = found("Piet Holm stated that Estonia (EE), Latvia, the United States (US), and Finland now allow such trips "
                "and affirmed continued support for the ferries.")
    assert got == [("Piet Holm", "Estonia (EE), Latvia, the United States (US), and Finland now allow such trips "
                                 "and affirmed continued support for the ferries.", "indirect")]
    # A named subject with a report of its own still begins another's words.
    got = found("Piet Holm stated that the ferries would sail, and Mayor Anna Berg said the quay was ready.")
    assert [speaker for speaker, _, _ in got] == ["Piet Holm", "Anna Berg"]


def test_a_quote_below_an_attribution_that_refers_back_is_that_speakers_statement():
    body = ("The port has reopened to the ferries.\n\n"
            "This was written by the Mayor of Tallinn Anna Berg.\n\n"
            "\u201cWe will do everything we can to keep the port open. The ferries sail again from today.\u201d")
    assert found(body) == [("Anna Berg", "The port has reopened to the ferries.", "indirect"),
                           ("Anna Berg", "We will do everything we can to keep the port open. The ferries sail again from today.", "direct")]
    # An attribution with more after it in its paragraph does not reach past it.
    body = ("The port has reopened to the ferries.\n\n"
            "This was written by the Mayor of Tallinn Anna Berg. The council met in the evening.\n\n"
            "\u201cWe will do everything we can to keep the port open.\u201d")
    assert speakers_of(body) == ["Anna Berg"]


def test_a_pull_quote_in_the_first_person_signed_with_a_name_and_a_role():
    body = ("Mayor Anna Berg spoke on Monday.\n\n"
            "There are no longer any limits on the ferries. Not from the council, not from us.\n\n"
            "Anna Berg, Mayor of Tallinn\n\n"
            "The ferries sailed in the evening.")
    assert found(body)[-1] == ("Anna Berg", "There are no longer any limits on the ferries. Not from the council, not from us.", "indirect")
    # The writer's paragraph above a photo's caption is no one's words.
    body = ("Mayor Anna Berg spoke on Monday.\n\n"
            "The ferries sailed in the evening, and Berg watched them leave with our reporter.\n\n"
            "Anna Berg, Mayor of Tallinn\n\n"
            "The quay was closed at night.")
    assert speakers_of(body) == []


def test_the_mod_is_the_one_defence_ministry_that_spoke_and_no_ministry_of_two_countries():
    body = ("The Harbourland Ministry of Defence said the drones were shot down.\n\n"
            "\u201cThis crime will not go unpunished,\u201d the MoD concluded.")
    assert speakers_of(body) == ["Harbourland Ministry of Defence", "Harbourland Ministry of Defence"]
    body = ("The Harbourland Ministry of Defence said the drones were shot down. The Northvale Ministry of Defence "
            "said it had sent none.\n\n\u201cThis crime will not go unpunished,\u201d the MoD concluded.")
    assert speakers_of(body)[-1] == "MoD"


def test_a_krai_is_a_place_not_a_persons_name():
    body = ("The operational headquarters of Krasnodar Krai confirmed the drone attack on the refinery.\n\n"
            "\u201cSix drones were shot down over the depot,\u201d the report says.")
    assert speakers_of(body) == ["Operational headquarters of Krasnodar Krai", "Operational headquarters of Krasnodar Krai"]


def test_a_broadcast_transcripts_label_may_carry_the_speakers_role_after_a_comma():
    article = extract_article(
        "Interview on the harbour\n\n"
        "Piet Holm discussed the port with Eva Lind, Harbourland's port minister.\n"
        "Piet Holm:\nThank you for coming in.\n"
        "Eva Lind, Harbourland Port Minister:\nMy pleasure.\n"
        "Piet Holm:\nWill the ferries sail in May?\n"
        "Eva Lind:\nThe ferries will sail again in May.")
    got = [(s.speaker, s.text) for s in article.statements if s.speaker == "Eva Lind"]
    assert got == [("Eva Lind", "My pleasure."), ("Eva Lind", "The ferries will sail again in May.")]
    assert all(s.text != "My pleasure." for s in article.statements if s.speaker != "Eva Lind")


def test_denounced_and_decried_keep_their_whole_predicate():
    got = found("Harbourland on Tuesday denounced as a \u201cprovocation\u201d the fire at the port.\n\n"
                "Mayor Anna Berg lambasted the blockade as illegal.\n\nPiet Holm decried the damage to the quay.")
    assert got == [("Harbourland", "denounced as a \u201cprovocation\u201d the fire at the port.", "indirect"),
                   ("Anna Berg", "lambasted the blockade as illegal.", "indirect"),
                   ("Piet Holm", "decried the damage to the quay.", "indirect")]
    assert found("The blockade was denounced by the council.") == []


def test_went_on_to_and_a_verb_of_saying_or_a_predicate_in_its_base_form():
    got = found("Piet Holm said the port was safe. He went on to accuse the council of lying.\n\n"
                "Holm went on to warn that the ferries would stop.\n\nThe storm went on to claim the pier.")
    assert got == [("Piet Holm", "the port was safe.", "indirect"), ("Piet Holm", "accuse the council of lying.", "indirect"),
                   ("Piet Holm", "the ferries would stop.", "indirect")]


def test_a_direct_speech_label_without_its_preposition_names_the_speaker():
    body = ("Governor of Estonia's Lakeside county Piet Holm spoke in the morning.\n\n"
            "Direct speech Holma: \u201cA fire broke out at the depot after the drone fell.\u201d")
    assert found(body) == [("Piet Holm", "A fire broke out at the depot after the drone fell.", "direct")]


def test_the_regions_governor_in_a_wire_lead_is_the_governor_named_in_the_next_attribution():
    body = ("Air defence units repelled an attack on the depot overnight, the region\u2019s governor said on Saturday.\n\n"
            "Three drones were destroyed over the district, Piet Holm wrote on Telegram.")
    assert speakers_of(body) == ["Piet Holm", "Piet Holm"]
    # A name that opens its sentence, or has words after its verb, is no such attribution.
    body = ("Air defence units repelled an attack on the depot overnight, the region\u2019s governor said on Saturday.\n\n"
            "Piet Holm, a resident, said the windows shook.")
    assert speakers_of(body)[0] != "Piet Holm"


def test_a_governor_named_by_country_is_the_governor_of_a_region_of_that_country():
    body = ("Governor of Russia\u2019s Volgograd Oblast Andriy Bocharov said a fire broke out at the depot.\n\n"
            "According to the Russian governor, the emergency services are working at the scene.")
    assert speakers_of(body) == ["Andriy Bocharov", "Andriy Bocharov"]
    # A region the governor does not hold still places him apart.
    body = ("In the Volgograd region, Governor Andriy Bocharov said a fire broke out at the depot.\n\n"
            "According to the governor of the Rostov region, the emergency services are working at the scene.")
    assert speakers_of(body)[1:] != ["Andriy Bocharov"]


def test_the_defence_minister_is_the_defence_secretary_the_article_named():
    body = ("The port is safe, Harbourland Defence Secretary Piet Holm said.\n\n"
            "Asked about the drones, the Defence Minister said: \u201cI will not go into operational details.\u201d")
    assert speakers_of(body) == ["Piet Holm", "Piet Holm"]
    # A press secretary or a secretary general is no minister.
    body = ("The port is safe, Press Secretary Piet Holm said.\n\n"
            "Asked about the drones, the Defence Minister said: \u201cI will not go into operational details.\u201d")
    assert speakers_of(body) == ["Piet Holm"]


def test_a_lone_letter_as_a_subject_never_breaks_the_reading():
    # Found by the property test: the misspelling check read a second letter that was not there.
    assert extract_article('"0" said B!').statements == []
    assert speakers_of('Anna Berg spoke.\n\n"The port is open," B said.') == []


def test_a_word_the_article_calls_a_company_is_a_body_and_a_project_an_outlet():
    body = ("Harbourland's state-run ferry company Ferrolin said on Monday that the ships were ready.\n\n"
            "Ferrolin said the crossings would resume on Tuesday.")
    got = extract_article(HEAD + body).statements
    assert [(s.speaker, s.speaker_type) for s in got][-1] == ("Ferrolin", "body")
    body = ("Radio Harbour's project Harbourcheck has published images of the quay.\n\n"
            "Harbourcheck said the images show the damage.")
    assert speakers_of(body) == []


def test_she_after_an_institution_spoke_is_not_a_name_seen_in_passing():
    body = ("A fire broke out at the depot near Northvale Harbourtown on Friday, the local office of the "
            "Harbourland Emergencies Ministry said.\n\n"
            "\u201cThe workers were evacuated. No one was hurt,\u201d she stressed.")
    assert speakers_of(body) == ["Local office of the Harbourland Emergencies Ministry"]
    # A person who spoke stays whom "she" means.
    body = ("Anna Berg said the depot was hit, the ministry said later.\n\n"
            "\u201cNo one was hurt,\u201d she stressed.")
    assert speakers_of(body)[-1] == "Anna Berg"


def test_a_claim_someone_denied_names_the_words_it_is_not_their_speaker():
    body = ("The attack comes as Northvale accused Harbourland of launching drones at the port, an assertion "
            "Harbourland\u2019s president, Piet Holm, has denied.")
    assert found(body) == [("Northvale", "accused Harbourland of launching drones at the port", "indirect")]


def test_claiming_responsibility_is_a_deed_not_words():
    body = "Harbourland rarely claims responsibility for what Northvale says are frequent drone strikes."
    assert found(body) == []


def test_an_agency_that_reported_early_on_a_weekday_is_cut_from_the_words():
    body = ("Emergency services said they extinguished the fire two hours later, Example news agency "
            "reported early on Thursday.")
    assert [text for _, text, _ in found(body)] == ["they extinguished the fire two hours later"]


def test_a_clause_whose_verb_ends_in_s_after_said_is_the_words():
    body = "The Kremlin has said it reserves the right to retaliate."
    assert found(body) == [("Kremlin", "it reserves the right to retaliate.", "indirect")]


def test_an_outlets_acronym_before_a_name_is_no_initials():
    body = ("RT Margarita Example commented on the decision.\n\n"
            "\u201cI know it is useless,\u201d wrote Example.")
    assert speakers_of(body) == ["Margarita Example"]
    # Initials without stops still open a name.
    assert speakers_of("JD Example wrote on Telegram: \u201cI know it is useless.\u201d") == ["JD Example"]


def test_her_is_the_one_woman_named_not_the_man_named_last():
    body = ("Editor-in-chief Anna Berg commented on her channel the permission Harbourland President Piet Holm "
            "will give to attack Northvale with missiles.\n\nAccording to her, it is not clear why this is necessary.")
    assert speakers_of(body) == ["Anna Berg"]
    # Not when an institution spoke after her, nor of two women.
    body = ("Anna Berg commented on her channel on the decision.\n\nPiet Holm considered the attack an act of terror.\n\n"
            "The Northvale Defence Ministry said eight drones were shot down.\n\nShe added that three were jammed.")
    assert speakers_of(body) == ["Northvale Defence Ministry"]
    body = ("Anna Berg and Eva Lind commented on the decision.\n\nPiet Holm considered the attack an act of terror.\n\n"
            "According to her, it is not clear why this is necessary.")
    assert speakers_of(body) == []


def test_where_a_predicate_was_announced_is_not_part_of_it():
    body = ("Harbourland President Piet Holm has rejected the possibility of supplying missiles to Northvale, "
            "making this announcement during the editorial conference of Example Wire.")
    assert [text for _, text, _ in found(body)] == ["rejected the possibility of supplying missiles to Northvale"]


def test_another_report_joined_on_by_as_is_not_the_first_speakers_words():
    body = ("Harbourland President Piet Holm on Wednesday described the raid as a \u201cprovocation\u201d as his "
            "officials asserted that they were fighting off the raiders for a second day.")
    assert [text for _, text, _ in found(body)][0] == "described the raid as a \u201cprovocation\u201d"
    # "as" that compares or names stays inside the words.
    body = "Piet Holm said the raid was as serious as the officials had feared."
    assert [text for _, text, _ in found(body)] == ["the raid was as serious as the officials had feared."]


def test_an_ambassador_in_the_lead_is_the_one_named_below_with_whose_office_before_a_comma():
    body = ("Moscow\u2019s ambassador to Harbourland asserted that Harbourland is now directly involved in the war.\n\n"
            "Responding to the reports, the Kremlin\u2019s ambassador to Harbourtown, Ivan Sample, told Example Wire: "
            "\u201cHarbourland is now directly involved.\u201d\n\n"
            "The Russian ambassador went on to claim that he had received assurances from the port.")
    assert speakers_of(body) == ["Ivan Sample"] * 3
    # A role whose holder the article never names stays the role as written.
    body = "Moscow\u2019s ambassador to Harbourland asserted that Harbourland is now directly involved in the war."
    assert speakers_of(body) == ["Moscow\u2019s ambassador to Harbourland"]


def test_a_page_date_label_glued_before_the_first_sentence_does_not_date_the_words():
    article = extract_article("date 2023-08-31 Harbourland said Wednesday that four ferries were destroyed overnight.\n")
    assert article.published == dt.date(2023, 8, 31)
    assert [s.date.value for s in article.statements] == [dt.date(2023, 8, 30)]


def test_a_bare_quote_in_the_next_paragraph_keeps_the_day_its_speaker_spoke():
    body = ("Northvale should be allowed to strike the bases, Harbourland President Piet Holm said on Friday.\n\n"
            "\u201cWe think that we should allow them to strike the bases,\u201d said Holm.\n\n"
            "Anna Berg said the ferries were ready.\n\n"
            "\u201cThe bases are legitimate targets,\u201d said Holm.")
    got = extract_article(HEAD + body).statements
    assert [(s.speaker, s.date.value) for s in got] == [
        ("Piet Holm", dt.date(2024, 3, 1)), ("Piet Holm", dt.date(2024, 3, 1)),
        ("Anna Berg", dt.date(2024, 3, 4)), ("Piet Holm", dt.date(2024, 3, 4))]
    assert [s.date_phrase for s in got][:2] == ["Friday", "Friday"]
    assert got[3].date_phrase is None   # (another speaker came between: the publication date)


def test_a_quote_introduced_by_he_stressed_however_that_keeps_the_occasions_day():
    body = ("Harbourland President Piet Holm said on Friday that the bases were legitimate targets.\n\n"
            "He stressed however that \u201cthe ferries must never be touched\u201d.")
    got = extract_article(HEAD + body).statements
    assert [(s.kind, s.date.value) for s in got] == [("indirect", dt.date(2024, 3, 1)), ("direct", dt.date(2024, 3, 1))]


def test_an_institution_that_issued_a_statement_emphasizing_a_quote_says_it():
    body = ("Harbour Governor Piet Holm said the port was hit.\n\n"
            "The Northvale Foreign Ministry issued a statement on X, emphasizing that \u201cHarbourland cannot be "
            "stopped with words alone. It only understands the language of force.\u201d")
    assert speakers_of(body) == ["Piet Holm", "Northvale Foreign Ministry"]


def test_a_quote_after_another_subject_opens_its_paragraph_is_not_the_last_speakers():
    body = ("Harbour Governor Piet Holm said the port was hit.\n\n"
            "The Northvale Foreign Ministry on its page on X: \u201cHarbourland cannot be stopped with words "
            "alone. It only understands the language of force.\u201d")
    assert speakers_of(body) == ["Piet Holm"]
    # The same speaker opening the paragraph goes on with the words.
    body = ("Harbour Governor Piet Holm said the port was hit.\n\n"
            "Holm, on his page on X: \u201cHarbourland cannot be stopped with words alone. It only understands "
            "the language of force.\u201d")
    assert speakers_of(body) == ["Piet Holm", "Piet Holm"]


def test_warned_of_keeps_its_whole_predicate():
    body = "Harbour Governor Piet Holm warned of a \u201cflood\u201d risk at the Northvale port after the drone strikes."
    assert found(body) == [("Piet Holm", "warned of a \u201cflood\u201d risk at the Northvale port after the drone strikes.", "indirect")]


def test_a_pull_quote_signed_with_the_name_and_the_role_on_two_lines():
    body = ("Mayor Anna Berg spoke on Monday.\n\n"
            "First the ferries sail, and then the statements are made. This time, we will see.\n"
            "Anna Berg\nMayor of Harbourtown\n"
            "The ferries sailed in the evening.")
    assert found(body)[-1] == ("Anna Berg", "First the ferries sail, and then the statements are made. This time, we will see.", "indirect")
    # A name alone, with no role below it, signs nothing.
    body = ("Mayor Anna Berg spoke on Monday.\n\n"
            "First the ferries sail, and then the statements are made. This time, we will see.\n"
            "Anna Berg\nThe ferries sailed in the evening.")
    assert speakers_of(body) == []


def test_he_said_however_in_the_same_paragraph_goes_on_with_the_day():
    body = ("Harbourland President Piet Holm said on Friday that he wanted to know the plan first. "
            "He said, however, that he had made a decision on the matter.\n\n"
            "Holm said that the ferries would sail.")
    got = extract_article(HEAD + body).statements
    assert [s.date.value for s in got] == [dt.date(2024, 3, 1), dt.date(2024, 3, 1), dt.date(2024, 3, 4)]


def test_a_surname_with_two_letters_swapped_is_the_person_named_before():
    body = ("Harbour Air Force spokesperson Yurii Ihnat said the port was hit.\n\n"
            "\u201cThe ferries will sail again,\u201d Inhat added.")
    assert speakers_of(body) == ["Yurii Ihnat", "Yurii Ihnat"]


def test_said_then_a_site_and_what_it_does_is_a_clause():
    body = "Centre head Piet Holm said the Progress plant produces components for the missiles."
    assert found(body) == [("Piet Holm", "the Progress plant produces components for the missiles.", "indirect")]


def test_an_armed_forces_minister_in_lower_case_before_the_name_is_a_title():
    body = ("Northvale has every right to strike targets in self-defence, Harbourland armed forces minister "
            "Piet Holm said Tuesday.")
    assert speakers_of(body) == ["Piet Holm"]


def test_words_first_then_a_participle_whose_words_hold_a_quoted_word():
    body = ("The Harbourland defence ministry said six drones had been shot down.\n\n"
            "Another drone was destroyed over the port on Wednesday evening, the defence ministry added, "
            "saying the attempted attack had been \u201cthwarted\u201d.")
    assert [text for _, text, _ in found(body)][1:] == [
        "Another drone was destroyed over the port on Wednesday evening", "the attempted attack had been \u201cthwarted\u201d."]


def test_an_interview_printed_as_questions_and_unlabelled_answers():
    text = ("Read a transcript of Piet Holm\u2019s interview with Example Wire\n\n"
            "Harbourland President Piet Holm spoke to Example Wire journalists at his office on Monday.\n\n"
            "Q. Your government has urged a change of the rules on the missiles. How should the policy change?\n\n"
            "First of all, the rules were against the use of the missiles. Today we have our own drones.\n\n"
            "We cannot answer when they strike our ports from across the border.\n\n"
            "Q. And the ferries?\n\n"
            "The ferries will sail again next week.")
    got = extract_article(text).statements
    assert [(s.speaker, s.kind, s.text) for s in got] == [
        ("Piet Holm", "direct", "First of all, the rules were against the use of the missiles. Today we have our own drones."),
        ("Piet Holm", "direct", "We cannot answer when they strike our ports from across the border."),
        ("Piet Holm", "direct", "The ferries will sail again next week.")]
    # Without anyone the article says it interviewed, the answers are no one's; the question never is.
    text = text.replace("Read a transcript of Piet Holm\u2019s interview with Example Wire", "A transcript").replace(
        "Harbourland President Piet Holm spoke to Example Wire journalists", "Journalists met")
    assert extract_article(text).statements == []


def test_your_government_names_no_speaker():
    assert found("Your government has urged a change of the rules on the missiles.") == []


def test_a_broadcast_transcripts_name_and_role_in_capitals_label_the_speaker_and_the_surname_later():
    text = ("Read Transcript\n\n"
            "ANNA BERG: Will the allies stay united, however long this goes on?\n\n"
            "PIET HOLM, HARBOURLAND MINISTER OF FOREIGN AFFAIRS: Well, first of all, more ferries have to be sent.\n\n"
            "BERG: Which countries are you talking about?\n\n"
            "HOLM: I am very honest about it. We are working with them.")
    got = extract_article(text).statements
    assert [(s.speaker, s.text) for s in got] == [
        ("Piet Holm", "Well, first of all, more ferries have to be sent."), ("Piet Holm", "I am very honest about it. We are working with them.")]


def test_a_subordinate_clauses_words_end_where_the_main_clause_begins():
    body = ("While Piet Holm reiterated that the port has \u201cneither supported nor enabled the ferries\u201d, "
            "Harbour Minister Anna Berg struck a different note.")
    got = found(body)
    assert got and all("struck" not in text for _, text, _ in got)
    body = "While Piet Holm reiterated that the port was closed, Harbour Minister Anna Berg struck a different note."
    assert found(body) == [("Piet Holm", "the port was closed", "indirect")]


def test_but_stressed_after_a_quote_goes_on_with_the_same_speaker_without_that():
    body = ("Harbourland President Piet Holm confirmed the reaction of the allies was \u201cnot positive,\u201d "
            "but stressed Harbourland would not accept limits on its own ferries.")
    assert [(speaker, text) for speaker, text, _ in found(body)][-1] == (
        "Piet Holm", "Harbourland would not accept limits on its own ferries.")


def test_an_outlet_misspelt_is_no_persons_surname():
    body = "Ucrinform said that the depot was targeted by drones on November 11."
    assert found(body) == []


def test_a_news_agency_the_reader_does_not_know_is_an_outlet_by_what_it_is():
    assert found("Harbourland state news agency Harbnews said the fire broke out at the depot.") == []


def test_a_spokesperson_whose_institution_the_sentence_names_is_the_speaker_as_written():
    body = ("The spokesman of the Harbourland port authority, speaking to a local website, said that "
            "\u201cthe fire at the depot is a punishment.\u201d\n\n"
            "He said that ten tankers had been destroyed.")
    assert found(body) == [
        ("spokesman of the Harbourland port authority", "the fire at the depot is a punishment.", "direct"),
        ("spokesman of the Harbourland port authority", "ten tankers had been destroyed.", "indirect")]
    # Without the institution, "the spokesman" refers back to someone: with nobody before, no speaker.
    assert found("The spokesman said that ten tankers had been destroyed.") == []


def test_the_regions_own_administration_speaks_as_written():
    body = ("A drone attack sparked a fire at a fuel depot in the Northvale region, "
            "the region's crisis administration said on Thursday.\n\n"
            "It said several tanks were damaged, but no one was injured.")
    assert found(body) == [
        ("region's crisis administration", "A drone attack sparked a fire at a fuel depot in the Northvale region", "indirect"),
        ("region's crisis administration", "several tanks were damaged, but no one was injured.", "indirect")]
    assert found("A drone attack sparked a fire, the administration said on Thursday.") == []


def test_but_gave_no_details_is_the_writers_remark_not_the_words():
    body = "The Harbourland ministry said eight drones were destroyed over the Northvale region, but gave no details."
    assert found(body) == [("Harbourland ministry", "eight drones were destroyed over the Northvale region", "indirect")]


def test_a_quoted_fragment_opening_the_sentence_with_its_own_verb_is_part_of_the_words():
    body = ("Governor Piet Holm posted videos of the attack.\n\n"
            "\u201cTwo enemy drones\u201d attacked the oil depot, destroying four tankers, Governor Piet Holm said.")
    assert found(body) == [("Piet Holm", "\u201cTwo enemy drones\u201d attacked the oil depot, destroying four tankers", "indirect")]


def test_made_the_remark_on_a_day_dates_the_words_reported_just_before():
    # March 4, 2024 is a Monday: "on Friday" is March 1.
    body = ("Harbour Minister Anna Berg has called on the allies to ease the limits on the ferries.\n\n"
            "Berg made the remark in an interview with a weekly magazine on Friday. It came as the talks stalled.\n\n"
            "Piet Holm said the ferries would sail on Tuesday.")
    got = extract_article(HEAD + body).statements
    assert [(s.speaker, s.date.iso() if s.date else None) for s in got] == [("Anna Berg", "2024-03-01"), ("Piet Holm", "2024-03-04")]
    # Someone else's remark dates nobody else's words.
    body = ("Harbour Minister Anna Berg has called on the allies to ease the limits on the ferries.\n\n"
            "Holm made the remark in an interview with a weekly magazine on Friday.")
    assert [s.date.iso() for s in extract_article(HEAD + body).statements] == ["2024-03-04"]


def test_a_lead_without_a_name_is_given_to_the_one_who_made_the_statement_below_and_its_day():
    body = ("Harbourland's ferry minister has said the ferries now control the whole northern strait.\n\n"
            "Minister Anna Berg made the statement in a video posted on Friday.")
    got = extract_article(HEAD + body).statements
    assert [(s.speaker, s.text, s.date.iso()) for s in got] == [
        ("Anna Berg", "the ferries now control the whole northern strait.", "2024-03-01")]


def test_the_diplomat_is_the_representative_just_quoted():
    body = ("Piet Holm, the Harbour Union's Senior Representative to Northvale, said this in an interview.\n\n"
            "\u201cNorthvale has the right to close the strait,\u201d Holm said.\n\n"
            "\u201cOur overall intent is to help Northvale,\u201d the diplomat said.")
    assert speakers_of(body) == ["Piet Holm", "Piet Holm"]
    # A representative of a ministry's press office is no diplomat the writer would mean.
    body = ("Piet Holm, a representative of the Harbour Ministry's press office, said the strait was closed.\n\n"
            "\u201cOur overall intent is to help Northvale,\u201d the diplomat said.")
    assert speakers_of(body) == ["Piet Holm"]


def test_but_refused_to_specify_after_a_quoted_phrase_is_the_writers_remark():
    body = 'Piet Holm said that the port does "not support night sailings," but refused to specify the exact hours.'
    got = found(body)
    assert got == [("Piet Holm", 'the port does "not support night sailings,"', "indirect")]


def test_an_outlet_named_before_what_it_is_passes_words_on_and_speaks_for_nobody():
    body = ("The ferries have sailed again, the Port Staff of the Harbour Navy said in a statement on Sunday.\n\n"
            "\u201cThe port is one of the four largest in the region,\u201d the statement said, Harbnews news agency reported.\n\n"
            "Fires were recorded near the depot, Harbnews news agency reported.")
    assert speakers_of(body) == ["Port Staff of the Harbour Navy", "Port Staff of the Harbour Navy"]


def test_an_institution_named_again_shortly_is_the_one_named_in_full():
    body = ("The Port Staff of the Harbour Navy confirmed that the ferries had sailed.\n\n"
            "The Port Staff said that the depot was closed.")
    assert speakers_of(body) == ["Port Staff of the Harbour Navy", "Port Staff of the Harbour Navy"]
    # A different institution that shares no fuller name stays itself.
    body = ("The Port Staff of the Harbour Navy confirmed that the ferries had sailed.\n\n"
            "The Harbour Council said that the depot was closed.")
    assert speakers_of(body) == ["Port Staff of the Harbour Navy", "Harbour Council"]


def test_warned_whom_saying_reports_what_follows_the_participle():
    body = "Harbourland has warned the West saying it was playing with fire by closing the strait."
    assert found(body) == [("Harbourland", "it was playing with fire by closing the strait.", "indirect")]


def test_cautioned_whom_on_a_day_that_reports_the_clause():
    got = extract_article(HEAD + "Harbourland cautioned the allies on Friday that the strait would not stay open.").statements
    assert [(s.speaker, s.text, s.date.iso()) for s in got] == [
        ("Harbourland", "the strait would not stay open.", "2024-03-01")]


def test_a_byline_is_nobody_who_could_be_the_governor_the_article_does_not_name():
    text = ("Drones attacked the airfield in the Northvale region\n\nAnna Bergstrom\n\n"
            "Local channels report a drone attack on the airfield at night.\n\n"
            "The governor of the Northvale region said that the security forces are checking the information.")
    got = extract_article(text).statements
    assert [(s.speaker, s.speaker_type) for s in got] == [("governor of the Northvale region", "role")]


def test_an_interviewers_turns_in_a_labelled_transcript_are_no_statements():
    body = ("Piet Holm discussed the strait with Anna Berg, Harbourland's ferry minister.\n\n"
            "Piet Holm:\n\n"
            "The port will soon publish its plan for the strait.\n\n"
            "What do you expect from the talks?\n\n"
            "Anna Berg:\n\n"
            "We expect the ferries to sail again by May.\n\n"
            "Piet Holm:\n\n"
            "Thank you for coming in.")
    got = [(speaker, text) for speaker, text, _ in found(body)]
    assert got == [("Anna Berg", "We expect the ferries to sail again by May.")]


def test_a_journalists_turns_are_questions_however_they_end():
    body = ("Anna Berg gave an interview to Northvale journalist Piet Holm.\n\n"
            "Holm:\n\nIn other words, you are saying the port will not reopen.\n\n"
            "Berg:\n\nOf course. The ferries will stay in the harbour.\n\n"
            "Holm:\n\nThat is why I am asking.")
    assert [(speaker, text) for speaker, text, _ in found(body)] == [("Anna Berg", "Of course. The ferries will stay in the harbour.")]


def test_an_office_alone_on_its_line_labels_the_one_person_holding_it_and_an_unnamed_label_ends_the_answer():
    body = ("Northvalian Ambassador to the UK Anna Berg gave an interview to Example TV.\n\n"
            "The presenter:\n\nAmbassador, why do you insist on this?\n\n"
            "Ambassador:\n\nI do not think so. The ferries are still sailing.\n\n"
            "The presenter:\n\nBut the docks were hit. It was a humiliation for your navy.\n\n"
            "Ambassador:\n\nNo, it was not. We will answer in due course.")
    assert [(speaker, text) for speaker, text, _ in found(body)] == [
        ("Anna Berg", "I do not think so. The ferries are still sailing."), ("Anna Berg", "No, it was not. We will answer in due course.")]


def test_a_transcript_where_everyone_asks_keeps_every_turn():
    body = ("Piet Holm debated the strait with Anna Berg.\n\n"
            "Piet Holm:\n\n"
            "The port will reopen.\n\n"
            "Why would it not?\n\n"
            "Anna Berg:\n\n"
            "The ferries are not ready.\n\n"
            "Who will pay for them?")
    assert [(speaker, text) for speaker, text, _ in found(body)] == [
        ("Piet Holm", "The port will reopen."), ("Anna Berg", "The ferries are not ready.")]


def test_a_question_right_below_a_transcript_label_is_no_statement():
    body = ("Piet Holm discussed the strait with Anna Berg, Harbourland's ferry minister.\n\n"
            "Piet Holm:\n\n"
            "What do you expect from the talks?\n\n"
            "Anna Berg:\n\n"
            "We expect the ferries to sail again by May.")
    assert [(speaker, text) for speaker, text, _ in found(body)] == [("Anna Berg", "We expect the ferries to sail again by May.")]


def test_a_participle_of_speech_after_another_participle_and_and_reports_its_clause():
    body = ("The ferries will sail when the port sees fit, the Harbour Ministry said on Monday, accusing the "
            "allies of delay and confirming that Minister Anna Berg had told the council that the strait would close.")
    assert [(speaker, text) for speaker, text, _ in found(body)] == [
        ("Harbour Ministry", "The ferries will sail when the port sees fit"),
        ("Harbour Ministry", "Minister Anna Berg had told the council that the strait would close.")]


def test_the_military_and_a_statement_an_outlet_carried_are_the_ministry_that_just_spoke():
    body = ("The Harbourland Defence Ministry stated that its ferries are patrolling the strait. "
            "Patrol boats are used against smugglers only, a statement cited by Example Wire said.\n\n"
            "The military said that the port was not under threat.")
    assert found(body) == [
        ("Harbourland Defence Ministry", "its ferries are patrolling the strait.", "indirect"),
        ("Harbourland Defence Ministry", "Patrol boats are used against smugglers only", "indirect"),
        ("Harbourland Defence Ministry", "the port was not under threat.", "indirect")]


def test_a_statement_issued_by_an_institution_after_the_words_is_that_institutions():
    body = "Patrol boats are used against smugglers only, a statement issued by the Harbour Council said."
    assert found(body) == [("Harbour Council", "Patrol boats are used against smugglers only", "indirect")]


def test_a_title_ending_in_an_institutions_name_is_a_persons_title():
    body = ("Anna Berg noted that she had received a report from Commander-in-Chief of the Harbourland Armed Forces "
            "Piet Holm on the situation in the strait.\n\n"
            "Holm stated earlier that an operation was under way to clear the strait.")
    assert speakers_of(body) == ["Anna Berg", "Piet Holm"]


def test_a_subject_with_a_who_clause_says_what_its_participle_reports():
    body = ("Piet Holm, who leads the Harbour Council, referenced the incident obliquely, noting that the port "
            "was \u201csomewhat loud, and somewhat successful in places.\u201d")
    assert found(body) == [("Piet Holm", "somewhat loud, and somewhat successful in places.", "direct")]


def test_both_before_two_speakers_is_no_first_name_and_rests_is_a_verb():
    body = ("Harbour Minister Anna Berg and Port Chief Piet Holm met in Northvale.\n\n"
            "Both Berg and Holm said the decision rests with each port.")
    assert [(speaker, text) for speaker, text, _ in found(body)] == [
        ("Anna Berg", "the decision rests with each port."), ("Piet Holm", "the decision rests with each port.")]


def test_a_verb_right_after_a_subject_pronoun_makes_a_bare_clause():
    assert found("Harbourland says it strikes only military targets.") == [
        ("Harbourland", "it strikes only military targets.", "indirect")]
    # Not every word after a pronoun: no verb in -s, no clause.
    assert found("Harbourland said it reportedly.") == []


def test_words_that_go_on_with_but_take_the_sentence_before_with_them():
    body = ("The allies made the right decision on the ferries. But the port will keep working on the rules, "
            "Harbour Minister Anna Berg said.")
    assert found(body) == [("Anna Berg", "The allies made the right decision on the ferries. But the port will keep "
                                         "working on the rules", "indirect")]
    # Without the connective the sentence before stays the writer's.
    body = "The ferries sailed at dawn. The port will keep working on the rules, Harbour Minister Anna Berg said."
    assert found(body) == [("Anna Berg", "The port will keep working on the rules", "indirect")]


def test_a_single_quote_after_a_sentence_and_a_long_message_lead_in():
    body = ("The governor's message stressed the absence of injuries. 'The situation is under control,' Piet Holm wrote.\n\n"
            "According to a brief but urgent message posted by Governor Anna Berg on her Telegram channel, drones struck the port.\n\n"
            "She reported the news via Telegram, Example Wire saw.")
    assert found(body) == [("Piet Holm", "The situation is under control", "direct"),
                           ("Anna Berg", "drones struck the port.", "indirect")]


def test_the_office_of_the_president_is_an_institution_not_the_president():
    body = ("Harbourland President Piet Holm visited the port on Monday.\n\n"
            "The office of the Harbourland president said in a statement that the ferries had been warned.\n\n"
            "The Office of the President of Harbourland said the port would reopen.")
    assert speakers_of(body) == ["Office of the Harbourland president", "Office of the President of Harbourland"]


def test_recognised_that_reports_the_clause_and_complicates_is_its_verb():
    body = "Anna Berg recognised that Harbourland's neutral stance complicates its role as a mediator."
    assert found(body) == [("Anna Berg", "Harbourland's neutral stance complicates its role as a mediator.", "indirect")]
    # Recognising a thing is no report of words.
    assert found("The ministry has recognized the new port authority.") == []


def test_a_long_phrase_of_place_and_occasion_between_said_and_that_belongs_to_the_frame():
    body = ("Harbour Minister Anna Berg spoke in Northvale.\n\n"
            "Berg said on Wednesday at a meeting with representatives of leading foreign media on the sidelines "
            "of the St. Example International Economic Forum (SEIEF) that the port was considering a response.")
    assert found(body) == [("Anna Berg", "the port was considering a response.", "indirect")]


def test_according_to_a_source_with_two_appositions():
    assert found("The curfew made no sense, according to Tom Sample, an analyst with Example Risk, a consultancy.") == [
        ("Tom Sample", "The curfew made no sense", "indirect")]


def test_a_quote_over_two_paragraphs_is_said_by_whom_its_close_names_not_by_the_speaker_before():
    opening = "Eva Lind said the decision was final.\n\n\"The ferries will stop at midnight and the port will close.\n\n"
    body = opening + "\"Nobody will sail before Friday,\" Anna Berg said."
    assert found(body)[1:] == [("Anna Berg", "The ferries will stop at midnight and the port will close. "
                                "Nobody will sail before Friday", "direct")]
    # Closed with a pronoun, or with the same speaker named again: the words go on as the speaker's before.
    for close in ("she said.", "Lind added."):
        assert found(opening + f"\"Nobody will sail before Friday,\" {close}")[1][0] == "Eva Lind"


def test_a_named_persons_office_speaks_as_a_body():
    body = ("Prime Minister Anna Berg's office said in a statement that the port would reopen on Monday.\n\n"
            "Piet Holm's press service said the ferry would sail.")
    assert found(body) == [("Prime Minister Anna Berg's office", "the port would reopen on Monday.", "indirect"),
                           ("Piet Holm's press service", "the ferry would sail.", "indirect")]
    # Not a thing of the person's: "Anna Berg's decision said much" reports no one.
    assert found("Anna Berg's decision said much about the port.") == []


def test_he_after_a_woman_named_as_subject_is_the_one_man_named_after_her_or_nobody():
    body = ("Harbour Minister Anna Berg met her Northvale counterpart Piet Holm on Monday.\n\n"
            "He said the talks had gone well.\n\n"
            "Berg said later that the port would reopen. He disagreed, saying the port must stay closed.")
    assert found(body) == [("Piet Holm", "the talks had gone well.", "indirect"),
                           ("Anna Berg", "the port would reopen.", "indirect")]


def test_in_an_interview_published_on_a_day_opens_the_sentence_before_its_subject():
    body = "In an interview published on Tuesday, Anna Berg said the trains were cancelled."
    assert found(body) == [("Anna Berg", "the trains were cancelled.", "indirect")]
    assert found("In a statement posted to the site Telegram, the Harbour Ministry of Defence acknowledged what it called "
                 "\u201ca cowardly raid on the docks.\u201d") == [("Harbour Ministry of Defence", "a cowardly raid on the docks.", "direct")]


def test_an_institutions_acronym_in_brackets_is_part_of_the_title_before_a_name():
    body = ("The ferries will sail, says the chief of the Harbour Intelligence of Estonia (HIE) Anna Berg on the air of the telethon.\n\n"
            "\"Because, in the end, the port is ours,\" the HIE chief said.")
    assert speakers_of(body) == ["Anna Berg", "Anna Berg"]
    # No title before the brackets: no title at all.
    assert find_names("drones (UAV) Anna Berg said")[0].title == ""


def test_a_headline_labelled_with_a_surname_gives_an_unnamed_role_its_speaker():
    text = ("Holm: Attacks on the docks will not go unanswered\n\nJune 7, 2024\n\n"
            "The harbour spokesman said on Friday that the attacks on the docks would not go unanswered.\n\n"
            "He added that the port would respond.\n")
    assert [(s.speaker, s.text) for s in extract_article(text).statements] == [
        ("Holm", "the attacks on the docks would not go unanswered."), ("Holm", "the port would respond.")]
    # A kicker is no surname; and when the body names someone, the role is left to the usual rules.
    kicker = text.replace("Holm: Attacks", "Source: Attacks")
    assert extract_article(kicker).statements == []
    named = text.replace("He added", "Mayor Anna Berg was not there. The harbour spokesman added")
    assert "Holm" not in [s.speaker for s in extract_article(named).statements]


def test_a_charge_the_other_side_denies_is_the_writers_remark_in_the_present_too():
    for verb in ("denies", "has denied", "rejects"):
        body = f"Northvale has accused Harbourland of attacking the docks with drones, a charge Harbourland {verb}."
        assert found(body) == [("Northvale", "accused Harbourland of attacking the docks with drones", "indirect")]
