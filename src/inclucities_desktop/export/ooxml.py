"""Small builders for the WordprocessingML that python-docx has no API for.

Fields (PAGE, NUMPAGES, TOC), hyperlinks, table-row properties and the language are plain
elements; building them here keeps the writers readable and the XML in one place.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import oxml_parser, parse_xml
from lxml import etree

from inclucities_desktop.export.clean import clean_text

Element = Any  # an lxml element of python-docx's oxml classes
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@cache
def _clark(tag: str) -> str:
    return qn(tag)


@cache
def _attribute(name: str) -> str:
    return qn(f"w:{name}")


def element(tag: str, **attributes: str) -> Element:
    """A new element ``tag`` ("w:p") with w:-prefixed ``attributes``."""
    # Made by python-docx's parser (so it has python-docx's element classes), without
    # OxmlElement's per-call tag parsing: exports make a million of these.
    prefix = tag.partition(":")[0]
    made = oxml_parser.makeelement(_clark(tag), nsmap={prefix: nsmap[prefix]})
    for name, value in attributes.items():
        made.set(_attribute(name), value)
    return made


def sub(parent: Element, tag: str, **attributes: str) -> Element:
    """A new child ``tag`` appended to ``parent``."""
    child = etree.SubElement(parent, _clark(tag))
    for name, value in attributes.items():
        child.set(_attribute(name), value)
    return child


def paragraph(style_id: str | None = None, *, keep_next: bool = False) -> Element:
    p = element("w:p")
    if style_id or keep_next:
        ppr = sub(p, "w:pPr")
        if style_id:
            sub(ppr, "w:pStyle", val=style_id)
        if keep_next:
            sub(ppr, "w:keepNext")
    return p


def paragraph_properties(p: Element) -> Element:
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = element("w:pPr")
        p.insert(0, ppr)
    return ppr


def set_numbering(p: Element, num_id: int, level: int) -> None:
    """Put the paragraph in list ``num_id`` at ``level`` (num_id 0: take numbering off)."""
    ppr = paragraph_properties(p)
    numpr = element("w:numPr")
    sub(numpr, "w:ilvl", val=str(level))
    sub(numpr, "w:numId", val=str(num_id))
    style = ppr.find(qn("w:pStyle"))
    # numPr follows pStyle, keepNext and keepLines in CT_PPr's sequence.
    anchor = None
    for tag in ("w:keepLines", "w:keepNext", "w:pStyle"):
        anchor = ppr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is None and style is None:
        ppr.insert(0, numpr)
    else:
        (anchor if anchor is not None else style).addnext(numpr)


def set_indent(p: Element, left_twips: int) -> None:
    ppr = paragraph_properties(p)
    sub(ppr, "w:ind", left=str(left_twips))


def run(text: str, *, bold: bool = False, italic: bool = False, strike: bool = False,
        style_id: str | None = None) -> Element:
    """A run of clean text; line breaks and tabs in ``text`` become w:br and w:tab."""
    r = element("w:r")
    if bold or italic or strike or style_id:
        rpr = sub(r, "w:rPr")
        if style_id:
            sub(rpr, "w:rStyle", val=style_id)
        if bold:
            sub(rpr, "w:b")
        if italic:
            sub(rpr, "w:i")
        if strike:
            sub(rpr, "w:strike")
    append_text(r, text)
    return r


def append_text(r: Element, text: str) -> None:
    text = clean_text(text)
    if "\n" not in text and "\t" not in text and "\r" not in text:  # the common case
        if text:
            t = etree.SubElement(r, _clark("w:t"))
            t.text = text
            if text[0] == " " or text[-1] == " " or text != text.strip():
                t.set(_XML_SPACE, "preserve")
        return
    for index, line in enumerate(text.replace("\r\n", "\n").split("\n")):
        if index:
            sub(r, "w:br")
        for part_index, part in enumerate(line.replace("\r", "").split("\t")):
            if part_index:
                sub(r, "w:tab")
            if part:
                t = sub(r, "w:t")
                t.text = part
                if part != part.strip():
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def field_runs(instruction: str, shown: str = "", *, bold: bool = False) -> list[Element]:
    """The runs of a complex field (begin, instruction, separate, shown result, end)."""
    begin = element("w:r")
    sub(begin, "w:fldChar", fldCharType="begin", dirty="true")
    instr = element("w:r")
    text = sub(instr, "w:instrText")
    text.text = f" {instruction} "
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    separate = element("w:r")
    sub(separate, "w:fldChar", fldCharType="separate")
    end = element("w:r")
    sub(end, "w:fldChar", fldCharType="end")
    result = [begin, instr, separate]
    if shown:
        result.append(run(shown, bold=bold))
    result.append(end)
    return result


def hyperlink(part: Any, url: str, runs: list[Element]) -> Element:
    """A w:hyperlink to ``url`` (an external relationship of ``part``) around ``runs``."""
    relationship_id = part.relate_to(clean_text(url), RT.HYPERLINK, is_external=True)
    link = element("w:hyperlink")
    link.set(qn("r:id"), relationship_id)
    link.set(qn("w:history"), "1")
    for r in runs:
        link.append(r)
    return link


def mark_header_row(row_element: Element) -> None:
    """Repeat this row at the top of each page, and never split it."""
    trpr = row_element.get_or_add_trPr()
    sub(trpr, "w:cantSplit")
    sub(trpr, "w:tblHeader")


def keep_row_whole(row_element: Element) -> None:
    sub(row_element.get_or_add_trPr(), "w:cantSplit")


def shade_cell(cell_element: Element, fill: str) -> None:
    tcpr = cell_element.get_or_add_tcPr()
    sub(tcpr, "w:shd", val="clear", color="auto", fill=fill)


def set_language(rpr: Element, tag: str) -> None:
    """Set w:lang (Latin, East Asian and complex scripts) on a run-properties element."""
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    lang = element("w:lang", val=tag, eastAsia=tag, bidi=tag)
    # w:lang comes late in CT_RPr: before eastAsianLayout/specVanish/oMath only.
    later = [rpr.find(qn(t)) for t in ("w:eastAsianLayout", "w:specVanish", "w:oMath")]
    following = next((e for e in later if e is not None), None)
    if following is not None:
        following.addprevious(lang)
    else:
        rpr.append(lang)


def set_update_fields_on_open(settings_element: Element) -> None:
    """Ask Word to update every field (the TOC, page counts) when it opens the file."""
    for old in settings_element.findall(qn("w:updateFields")):
        settings_element.remove(old)
    update = element("w:updateFields", val="true")
    # CT_Settings is a sequence; updateFields sits after the hyphenation and print settings
    # but before the compatibility block, so it goes before the first of those that follow.
    following_tags = (
        "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars",
        "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
        "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
        "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary",
        "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
    )
    for child in settings_element:
        if any(child.tag == qn(tag) for tag in following_tags if ":" in tag
               and tag.split(":")[0] in ("w", "m")):
            child.addprevious(update)
            return
    settings_element.append(update)


def xml(text: str) -> Element:
    return parse_xml(text)
