"""Whatever a plan holds, the export is written and shows the text, never markup."""

from __future__ import annotations

import re
from pathlib import Path

from export_builders import body_text, plan_record, reopen
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inclucities_desktop.export import export_docx
from inclucities_desktop.export.clean import clean_text

# Every character, control characters, lone surrogates and U+FFFE among them.
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=60)
# Text that Markdown shows as it is (no syntax characters), for the round trip.
PLAIN_WORDS = st.text(
    st.characters(exclude_characters="\\`*_{}[]()<>#+-.!|&~=:\"'", exclude_categories=("Cs",)),
    min_size=1, max_size=40)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(section=ANY_TEXT, words=PLAIN_WORDS, field_text=ANY_TEXT)
def test_arbitrary_text_never_fails_and_round_trips(tmp_path: Path, section: str, words: str,
                                                     field_text: str) -> None:
    record = plan_record(
        {"executive_summary": section, "context_needs": words},
        [{"code": "A1", "title": field_text, "target_groups": field_text,
          "partners": [{"name": field_text, "role": "x"}]}],
    )
    document = reopen(export_docx(record, tmp_path / "h.docx"))
    text = body_text(document)
    for word in re.findall(r"\w+", clean_text(words)):
        assert word in text
    visible = " ".join(clean_text(field_text).split())
    if visible:
        assert visible in " ".join(text.split()) or visible in text


def test_hostile_and_unusual_text(tmp_path: Path) -> None:
    hostile = (
        "Zero\x00bell\x07 esc\x1b vt\x0b ff\x0c \ufffe\uffff end\n\n"
        "<script>alert('x')</script> <b>bold?</b> ]]> <w:p/> &amp; &lt;\n\n"
        "Emoji 🧭🇪🇺👩🏽‍🏫 · RTL: مرحبا بكم في المدينة · עברית\n\n"
        "Ελληνικά: Λιβαδειά · Latviešu: Jelgavas valstspilsētas pašvaldība\n\n"
        "[bad link](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)\n"
    )
    record = plan_record({"executive_summary": hostile},
                         [{"code": "A\x01", "title": "<script>x</script>\x02 🧭 مرحبا",
                           "funding": [{"source": "amif", "amount_eur": "12,5 thousand",
                                        "status": "secured"},
                                       {"source": "nope", "amount_eur": 10**30,
                                        "status": "??"}],
                           "eu_areas": ["housing", "not-an-area"], "start_month": "garbage"}],
                         title="Plan\x00 <b>\u202e</b>")
    document = reopen(export_docx(record, tmp_path / "bad.docx"))
    text = body_text(document)
    assert "Zerobell esc vt ff  end" in text
    assert "<script>alert('x')</script>" in text
    assert "<w:p/>" in text and "&amp;" not in text
    assert "🧭🇪🇺👩🏽‍🏫" in text and "مرحبا بكم في المدينة" in text
    assert "Λιβαδειά" in text and "Jelgavas valstspilsētas pašvaldība" in text
    # markdown-it refuses javascript: and data: links: they stay as text, never hyperlinks.
    assert document.element.body.findall(".//{*}hyperlink") == []
    assert "<script>x</script> 🧭 مرحبا" in text
    assert document.core_properties.title == "Plan <b>\u202e</b>"


def test_a_five_megabyte_section(tmp_path: Path) -> None:
    # Mostly plain prose (as a pasted report would be), with a heading and a list per part.
    prose = ("Una frase lunga sulla popolazione, i servizi e la casa, con **una** parola "
             "in grassetto. " + "Testo semplice senza segni. " * 60).strip()
    big = "\n\n".join(f"## Parte {n}\n\n{prose}\n\n- punto" for n in range(2800))
    assert len(big.encode()) > 5_000_000
    path = export_docx(plan_record({"context_needs": big}), tmp_path / "big.docx")
    assert path.stat().st_size > 20_000  # zipped: repeated prose packs small
    document = reopen(path)
    assert "Parte 2799" in body_text(document)
