"""Make reference.docx, the export's default style template, from the house style.

Run from the repository's top level after changing export/house_style.py:

    .venv/bin/python resources/export/make_reference.py

A coordinator's own template (a .docx whose styles, page and header/footer the export
uses) can start as a copy of this file, restyled in Word.
"""

from __future__ import annotations

from pathlib import Path

import docx

from inclucities_desktop.export.house_style import apply_house_style


def main() -> None:
    document = docx.Document()
    apply_house_style(document)
    body = document.element.body
    for child in list(body)[:-1]:  # keep only the section properties
        body.remove(child)
    properties = document.core_properties
    properties.title = "IncluCities action plan (style template)"
    properties.author = "IncluCities Desktop"
    properties.revision = 1
    target = Path(__file__).with_name("reference.docx")
    document.save(str(target))
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
