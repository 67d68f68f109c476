"""Tables built as WordprocessingML: header rows that repeat, rows that never split."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx.oxml.ns import qn

from inclucities_desktop.export.ooxml import Element, element, keep_row_whole, run, sub

Cell = str | Sequence[Element]  # plain text, or ready-made runs and hyperlinks

TWIPS_PER_CM = 567


@dataclass(frozen=True)
class TableLook:
    style_id: str | None
    width_cm: float  # the text width of the page the table sits on
    header_fill: str = "DCE6F2"
    total_fill: str = "F2F2F2"
    align_right: frozenset[int] = frozenset()  # columns of figures


def build_table(
    look: TableLook,
    header: Sequence[Cell] | None,
    rows: Sequence[Sequence[Cell]],
    weights: Sequence[float],
    *,
    total_row: Sequence[Cell] | None = None,
    label_column: bool = False,
    keep_together: bool = False,
) -> Element:
    """A table over the full text width; columns share it in proportion to ``weights``."""
    total_weight = sum(weights) or 1.0
    width = int(look.width_cm * TWIPS_PER_CM)
    widths = [max(300, int(width * w / total_weight)) for w in weights]
    tbl = element("w:tbl")
    tblpr = sub(tbl, "w:tblPr")
    if look.style_id:
        sub(tblpr, "w:tblStyle", val=look.style_id)
    sub(tblpr, "w:tblW", w=str(sum(widths)), type="dxa")
    sub(tblpr, "w:tblLayout", type="fixed")
    # val is the same switches as a bit mask, which some readers use instead of the names.
    look_bits = 0x0600 | (0x0020 if header else 0) | (0x0080 if label_column else 0)
    sub(tblpr, "w:tblLook", val=f"{look_bits:04X}", firstRow="1" if header else "0",
        lastRow="0", firstColumn="1" if label_column else "0", lastColumn="0", noHBand="1",
        noVBand="1")
    grid = sub(tbl, "w:tblGrid")
    for column_width in widths:
        sub(grid, "w:gridCol", w=str(column_width))
    if header is not None:
        tr = _row(tbl, header, widths, look, bold=True, fill=look.header_fill)
        trpr = tr.get_or_add_trPr()
        sub(trpr, "w:cantSplit")
        sub(trpr, "w:tblHeader")
    for cells in rows:
        tr = _row(tbl, cells, widths, look, bold_first=label_column)
        keep_row_whole(tr)
    if total_row is not None:
        tr = _row(tbl, total_row, widths, look, bold=True, fill=look.total_fill)
        keep_row_whole(tr)
    if keep_together:
        # Word keeps a table on one page when each row's text is "kept with next".
        rows_made = tbl.findall(qn("w:tr"))
        for tr in rows_made[:-1]:
            for ppr in tr.iter(qn("w:pPr")):
                ppr.insert(0, element("w:keepNext"))
    return tbl


def _row(tbl: Element, cells: Sequence[Cell], widths: Sequence[int], look: TableLook, *,
         bold: bool = False, bold_first: bool = False, fill: str | None = None) -> Element:
    tr = sub(tbl, "w:tr")
    for index, column_width in enumerate(widths):
        content = cells[index] if index < len(cells) else ""
        tc = sub(tr, "w:tc")
        tcpr = sub(tc, "w:tcPr")
        sub(tcpr, "w:tcW", w=str(column_width), type="dxa")
        if fill:
            sub(tcpr, "w:shd", val="clear", color="auto", fill=fill)
        p = sub(tc, "w:p")
        ppr = sub(p, "w:pPr")
        sub(ppr, "w:spacing", before="20", after="20")
        if index in look.align_right:
            sub(ppr, "w:jc", val="right")
        strong = bold or (bold_first and index == 0)
        if isinstance(content, str):
            if content:
                p.append(run(content, bold=strong))
        else:
            for piece in content:
                p.append(piece)
    return tr
