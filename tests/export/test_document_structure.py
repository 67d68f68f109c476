"""Each export re-opened with python-docx: the structure Word relies on is really there."""

from __future__ import annotations

from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from export_builders import (
    body_text,
    instructions,
    paragraphs_in_style,
    plan_record,
    reopen,
)

from inclucities_core.template import load_template
from inclucities_desktop.export import ExportComment, StatusChange, export_docx

TEMPLATE = load_template(1)


def test_headings_follow_the_template_in_the_plan_language(sample_exports: dict[str, Path]
                                                           ) -> None:
    document = reopen(sample_exports["partinico"])
    level_one = paragraphs_in_style(document, "Heading 1")
    expected = [s.title("it") for s in TEMPLATE.sections_for("it") if "." not in s.number]
    assert level_one == expected
    assert "Sintesi in inglese" in paragraphs_in_style(document, "Heading 2")
    # The numbers come from a multilevel list linked to the heading styles, not the text.
    assert not any(text[:1].isdigit() for text in level_one)
    heading_style = document.styles["Heading 1"].element
    num_id = heading_style.pPr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
    numbering = document.part.numbering_part.element
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id)
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in numbering.findall(qn("w:abstractNum"))
                    if a.get(qn("w:abstractNumId")) == abstract_id)
    linked = [lvl.find(qn("w:pStyle")).get(qn("w:val")) for lvl in abstract.findall(qn("w:lvl"))]
    assert linked == [document.styles[f"Heading {n}"].style_id for n in (1, 2, 3)]


def test_toc_page_fields_and_update_on_open(sample_exports: dict[str, Path]) -> None:
    document = reopen(sample_exports["livadia"])
    toc = [i for i in instructions(document.element.body) if i.startswith("TOC")]
    assert toc == ['TOC \\o "1-2" \\h \\z \\u']
    assert "Πίνακας περιεχομένων" in paragraphs_in_style(document, "TOC Heading")
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert instructions(section.footer._element) == ["PAGE", "NUMPAGES"]
    assert "Σελίδα" in section.footer.paragraphs[0].text
    assert instructions(section.first_page_footer._element) == []
    assert section.first_page_header.paragraphs[0].text == ""
    update = document.settings.element.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val")) == "true"


def test_core_properties_and_language(sample_exports: dict[str, Path]) -> None:
    document = reopen(sample_exports["jelgava"])
    properties = document.core_properties
    assert properties.title.startswith("Jelgavas valstspilsētas rīcības plāns")
    assert properties.author == "Jelgava"
    assert properties.subject == "Vietējais rīcības plāns migrantu integrācijai un iekļaušanai"
    assert properties.language == "lv-LV"
    styles = document.styles.element
    default_lang = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(
        qn("w:rPr")).find(qn("w:lang"))
    assert default_lang.get(qn("w:val")) == "lv-LV"
    normal_lang = document.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert normal_lang.get(qn("w:val")) == "lv-LV"


def test_actions_overview_is_landscape_with_repeating_header(sample_exports: dict[str, Path]
                                                             ) -> None:
    document = reopen(sample_exports["partinico"])
    orientations = [s.orientation for s in document.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    overview = next(t for t in document.tables
                    if t.rows[0].cells[0].text == TEMPLATE.action_field("code").label("it"))
    header = overview.rows[0]._tr.trPr
    assert header.find(qn("w:tblHeader")) is not None
    assert header.find(qn("w:cantSplit")) is not None
    for row in overview.rows[1:]:
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    codes = [row.cells[0].text for row in overview.rows[1:]]
    assert codes[:2] == ["A1.1", "A1.2"]
    # The budget column sums each action's funding lines, written the Italian way.
    assert overview.rows[1].cells[-1].text == "156.000"
    # Each action has its own block, with the template's labels for nested tables.
    assert "A1.1 — Sportello unico per l'integrazione" in paragraphs_in_style(
        document, "Heading 3")
    captions = paragraphs_in_style(document, "Caption")
    assert TEMPLATE.action_field("partners").label("it") in captions
    assert TEMPLATE.action_field("funding").label("it") in captions


def test_budget_and_indicator_tables(sample_exports: dict[str, Path]) -> None:
    document = reopen(sample_exports["partinico"])
    headings = paragraphs_in_style(document, "Heading 2")
    assert "Budget per fonte di finanziamento (EUR)" in headings
    assert "Indicatori per il monitoraggio" in headings
    by_source = next(t for t in document.tables
                     if t.rows[0].cells[0].text == "Fonte" and len(t.columns) == 5)
    assert [c.text for c in by_source.rows[0].cells] == [
        "Fonte", "Acquisito", "Richiesto", "Previsto", "Totale"]
    assert by_source.rows[-1].cells[0].text == "Totale"


def test_markdown_lists_links_tables_and_emphasis(tmp_path: Path) -> None:
    text = (
        "# Titolo\n\nTesto **grassetto**, *corsivo* e [un link](https://example.org/a?b=1&c=2)."
        "\n\n1. uno\n2. due\n   - annidato\n\nIntermezzo.\n\n3. tre\n4. quattro\n\n"
        "| A | B |\n|---|--:|\n| x | 1 |\n\n## Sotto\n\n<script>alert(1)</script>\n"
    )
    path = export_docx(plan_record({"executive_summary": text}), tmp_path / "p.docx")
    document = reopen(path)
    assert "Titolo" in paragraphs_in_style(document, "Heading 2")
    assert "Sotto" in paragraphs_in_style(document, "Heading 3")
    runs = [r for p in document.paragraphs for r in p.runs]
    assert any(r.text == "grassetto" and r.bold for r in runs)
    assert any(r.text == "corsivo" and r.italic for r in runs)
    links = document.element.body.findall(".//" + qn("w:hyperlink"))
    assert len(links) == 1
    relationship = document.part.rels[links[0].get(qn("r:id"))]
    assert relationship.reltype == RT.HYPERLINK and relationship.is_external
    assert relationship.target_ref == "https://example.org/a?b=1&c=2"
    # Two numbered lists: each its own w:num, restarting where it starts (1 and 3).
    numbered = [p for p in document.paragraphs if p.text in ("uno", "due", "tre", "quattro")]
    num_ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert num_ids[0] == num_ids[1] != num_ids[2] == num_ids[3]
    numbering = document.part.numbering_part.element
    starts = {}
    for num in numbering.findall(qn("w:num")):
        override = num.find(qn("w:lvlOverride"))
        if override is not None:
            starts[int(num.get(qn("w:numId")))] = int(
                override.find(qn("w:startOverride")).get(qn("w:val")))
    assert starts[num_ids[0]] == 1 and starts[num_ids[2]] == 3
    nested = next(p for p in document.paragraphs if p.text == "annidato")
    assert nested._p.pPr.numPr.ilvl.val == 1
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "A")
    assert [c.text for c in table.rows[1].cells] == ["x", "1"]
    # Raw HTML is text, never markup.
    assert "<script>alert(1)</script>" in body_text(document)
    assert "script" not in {el.tag.split("}")[-1] for el in document.element.body.iter()}


def test_comments_anchor_at_their_quote_or_the_heading(tmp_path: Path) -> None:
    record = plan_record(
        {"context_needs": "Partinico è un comune agricolo. Partinico cresce.",
         "policy_context": "Il quadro nazionale."},
        comments=(
            ExportComment("Partinico", "agricolo. ", " cresce", "context_needs", "Anna Mentor",
                          "Quale anno?", "2026-05-01T10:00:00Z"),
            ExportComment("testo rimosso", "", "", "policy_context", "Bert", "Ancora vero?",
                          "2026-05-02T10:00:00Z"),
        ),
        review_log=(StatusChange("submitted_to_mentor", "Ana", "2026-04-01T10:00:00Z",
                                 "Prima versione"),
                    StatusChange("approved", "CEMR", "2026-04-20T10:00:00Z")),
    )
    document = reopen(export_docx(record, tmp_path / "c.docx"))
    comments = list(document.comments)
    assert [c.author for c in comments] == ["Anna Mentor", "Bert"]
    assert comments[0].initials == "AM"
    assert comments[0].text == "Quale anno?"
    assert "testo rimosso" in comments[1].text and "Ancora vero?" in comments[1].text
    body = document.element.body
    starts = body.findall(".//" + qn("w:commentRangeStart"))
    assert len(starts) == 2
    # The first is around the second "Partinico" (the one the prefix and suffix name).
    paragraph = starts[0].getparent()
    texts, inside = [], False
    for child in paragraph:
        if child.tag == qn("w:commentRangeStart"):
            inside = True
        elif child.tag == qn("w:commentRangeEnd"):
            inside = False
        elif inside and child.tag == qn("w:r"):
            texts.append("".join(t.text for t in child.iter(qn("w:t"))))
    assert "".join(texts) == "Partinico"
    assert paragraph.xpath("string(.)").startswith("Partinico è un comune agricolo. Partinico")
    # The second falls back to the section heading.
    assert starts[1].getparent().xpath("string(.)") == "Quadro delle politiche"
    # The review log appendix.
    assert "Cronologia della revisione" in paragraphs_in_style(document, "Heading 1")
    log_table = document.tables[-1]
    assert [c.text for c in log_table.rows[1].cells] == [
        "1 aprile 2026", "Inviato al mentore per la revisione", "Ana", "Prima versione"]


def test_a_custom_reference_document_lends_its_styles(tmp_path: Path) -> None:
    import docx
    from docx.shared import Cm, Pt

    reference = docx.Document()
    reference.sections[0].page_width, reference.sections[0].page_height = Cm(21.59), Cm(27.94)
    reference.styles["Normal"].font.size = Pt(13)
    reference.sections[0].header.paragraphs[0].text = "City of Testville"
    reference.add_paragraph("sample text that must not be exported")
    reference.save(str(tmp_path / "ref.docx"))
    from inclucities_desktop.export import ExportOptions

    path = export_docx(plan_record(), tmp_path / "out.docx",
                       ExportOptions(reference_docx=tmp_path / "ref.docx"))
    document = reopen(path)
    assert document.styles["Normal"].font.size == Pt(13)
    assert round(document.sections[-1].page_width.cm, 2) == 21.59
    assert document.sections[0].header.paragraphs[0].text == "City of Testville"
    assert "must not be exported" not in body_text(document)
    assert "Plan Table" in [s.name for s in document.styles]
