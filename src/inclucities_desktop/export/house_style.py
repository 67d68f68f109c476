"""The house style: the styles, page and fonts of the default reference document.

``resources/export/make_reference.py`` saves these into ``reference.docx``; a custom
reference document keeps its own look, and only the styles it lacks are added from here.
"""

from __future__ import annotations

from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from inclucities_desktop.export.ooxml import sub, xml

NAVY = RGBColor(0x1F, 0x3B, 0x5C)
BLUE = RGBColor(0x2E, 0x5E, 0x8E)
GREY = RGBColor(0x59, 0x59, 0x59)
BODY_FONT = "Calibri"
TABLE_STYLE = "Plan Table"
SMALL_STYLE = "Table Note"
CODE_STYLE = "Code Text"

_PLAN_TABLE = f"""
<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    w:type="table" w:customStyle="1" w:styleId="PlanTable">
  <w:name w:val="{TABLE_STYLE}"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="40"/>
  <w:qFormat/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="A6B7C9"/>
      <w:left w:val="single" w:sz="4" w:space="0" w:color="A6B7C9"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6B7C9"/>
      <w:right w:val="single" w:sz="4" w:space="0" w:color="A6B7C9"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6B7C9"/>
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6B7C9"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:bCs/><w:color w:val="1F3B5C"/></w:rPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="firstCol">
    <w:rPr><w:b/><w:bCs/><w:color w:val="1F3B5C"/></w:rPr>
  </w:tblStylePr>
</w:style>
"""

_HEADINGS = (  # size in points, colour, space before and after in points
    ("Heading 1", 16, NAVY, 20, 8),
    ("Heading 2", 13, BLUE, 14, 6),
    ("Heading 3", 11.5, NAVY, 12, 4),
    ("Heading 4", 10.5, BLUE, 10, 3),
    ("Heading 5", 10.5, GREY, 8, 2),
    ("Heading 6", 10.5, GREY, 8, 2),
)


def _plain_font(style: Any, *, size: float | None = None, color: RGBColor | None = None,
                bold: bool | None = None, italic: bool | None = None,
                name: str | None = BODY_FONT) -> None:
    """Set a style's font, dropping theme fonts that would override the name."""
    font = style.font
    if name:
        font.name = name
        rfonts = style.element.rPr.find(qn("w:rFonts"))
        for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            rfonts.attrib.pop(qn(f"w:{attribute}"), None)
        rfonts.set(qn("w:cs"), name)
    if size is not None:
        font.size = Pt(size)
    if color is not None:
        font.color.rgb = color
        color_element = style.element.rPr.find(qn("w:color"))
        for attribute in ("themeColor", "themeShade", "themeTint"):
            color_element.attrib.pop(qn(f"w:{attribute}"), None)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic


def _style(document: Any, name: str, kind: WD_STYLE_TYPE, base: str | None = None) -> Any:
    try:
        return document.styles[name]
    except KeyError:
        made = document.styles.add_style(name, kind)
        if base:
            made.base_style = document.styles[base]
        return made


def apply_house_style(document: Any) -> None:
    """Give ``document`` the house styles and an A4 page (for the default reference)."""
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.4), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.1)
    normal = document.styles["Normal"]
    _plain_font(normal, size=10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.12
    for name, size, color, before, after in _HEADINGS:
        style = document.styles[name]
        _plain_font(style, size=size, color=color, bold=True, italic=False)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.keep_with_next = True
    _plain_font(document.styles["Title"], size=26, color=NAVY, bold=True)
    title = document.styles["Title"].element
    title_ppr = title.get_or_add_pPr()
    for border in title_ppr.findall(qn("w:pBdr")):
        title_ppr.remove(border)
    document.styles["Title"].paragraph_format.space_after = Pt(12)
    _plain_font(document.styles["Subtitle"], size=14, color=GREY, italic=False)
    _plain_font(document.styles["Caption"], size=9.5, color=NAVY, bold=True, italic=False)
    document.styles["Caption"].paragraph_format.space_before = Pt(8)
    document.styles["Caption"].paragraph_format.space_after = Pt(3)
    _plain_font(document.styles["Quote"], color=GREY, italic=True)
    _plain_font(document.styles["TOC Heading"], size=16, color=NAVY, bold=True)
    for name in ("Header", "Footer"):
        _plain_font(_style(document, name, WD_STYLE_TYPE.PARAGRAPH, "Normal"), size=8.5,
                    color=GREY)
    add_missing_styles(document)


def add_missing_styles(document: Any) -> None:
    """Add the styles the export uses that ``document`` lacks (a custom reference)."""
    styles = document.styles
    if styles.element.get_by_id("PlanTable") is None:
        styles.element.append(xml(_PLAN_TABLE))
    names = {style.name for style in styles}
    if SMALL_STYLE not in names:
        small = _style(document, SMALL_STYLE, WD_STYLE_TYPE.PARAGRAPH, "Normal")
        _plain_font(small, size=8.5, color=GREY, name=None)
        small.paragraph_format.space_before = Pt(2)
    if CODE_STYLE not in names:
        code = _style(document, CODE_STYLE, WD_STYLE_TYPE.CHARACTER)
        code.font.name = "Consolas"
        code.font.size = Pt(9.5)
    if "Hyperlink" not in names:
        link = _style(document, "Hyperlink", WD_STYLE_TYPE.CHARACTER)
        link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        link.font.underline = True
    for level in (1, 2):
        name = f"TOC {level}" if f"TOC {level}" in names else f"toc {level}"
        toc = _style(document, name, WD_STYLE_TYPE.PARAGRAPH, "Normal")
        if name in names:
            continue
        toc.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        toc.paragraph_format.space_before = Pt(6 if level == 1 else 0)
        toc.paragraph_format.space_after = Pt(2)
        toc.font.bold = level == 1
        toc.paragraph_format.tab_stops.add_tab_stop(Cm(1.0 + 0.6 * (level - 1)))
        toc.paragraph_format.tab_stops.add_tab_stop(
            Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)


def set_document_language(document: Any, tag: str) -> None:
    """Make ``tag`` the language of all text: document defaults and the Normal style."""
    from inclucities_desktop.export.ooxml import set_language

    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = sub(styles, "w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = sub(defaults, "w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = sub(rpr_default, "w:rPr")
    set_language(rpr, tag)
    set_language(document.styles["Normal"].element.get_or_add_rPr(), tag)
