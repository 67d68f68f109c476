"""Comment anchors: a quoted passage is found again after edits, or reported gone."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from inclucities_core.anchors import TextQuote, find_quote, quote_at

TEXT = ("Il Comune apre uno sportello unico. I mediatori culturali accolgono i nuovi "
        "arrivati. Lo sportello unico è aperto tre giorni.")


def test_a_quote_is_found_where_it_was_taken():
    start = TEXT.index("mediatori culturali")
    quote = quote_at(TEXT, start, start + len("mediatori culturali"))
    assert quote.exact == "mediatori culturali"
    assert quote.prefix.endswith("I ") and quote.suffix.startswith(" accolgono")
    assert find_quote(TEXT, quote) == (start, start + len("mediatori culturali"))


def test_a_repeated_phrase_is_told_apart_by_its_context():
    second = TEXT.rindex("sportello unico")
    quote = quote_at(TEXT, second, second + len("sportello unico"))
    edited = "Premessa nuova. " + TEXT.replace("tre giorni", "cinque giorni")
    found = find_quote(edited, quote)
    assert found is not None
    assert found[0] == edited.rindex("sportello unico")


def test_a_quote_whose_words_are_gone_is_orphaned():
    quote = TextQuote("mediatori culturali", "I ", " accolgono")
    assert find_quote(TEXT.replace("mediatori culturali", "operatori"), quote) is None


def test_anchors_round_trip_through_json():
    quote = TextQuote("sportello", "apre uno ", " unico")
    assert TextQuote.from_json(quote.as_json()) == quote
    assert TextQuote.from_json({"exact": 3}) is None
    assert TextQuote.from_json(None) is None


words = st.text(alphabet="abcdeèλā ", min_size=0, max_size=40)


@given(words, st.text(alphabet="abcdeèλā ", min_size=1, max_size=12), words,
       words, words)
def test_a_quote_that_still_exists_is_always_found(before, passage, after, inserted_before,
                                                  inserted_after):
    text = before + passage + after
    quote = quote_at(text, len(before), len(before) + len(passage))
    edited = inserted_before + before + passage + after + inserted_after
    found = find_quote(edited, quote)
    assert found is not None
    assert edited[found[0]:found[1]] == passage


@given(words, st.text(alphabet="xyz", min_size=1, max_size=6), words)
def test_a_quote_edited_away_is_never_found_elsewhere(before, passage, after):
    assume(passage not in before + after)
    quote = quote_at(before + passage + after, len(before), len(before) + len(passage))
    assert find_quote(before + after, quote) is None
