"""Text made safe for a Word document: no characters that XML 1.0 cannot carry."""

from __future__ import annotations

import re

# XML 1.0 allows tab, line feed, carriage return and everything from U+0020 up, except the
# surrogates and U+FFFE/U+FFFF; lxml refuses the rest with an error, so they are dropped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: object) -> str:
    """``text`` as a string without characters a .docx cannot hold."""
    value = text if isinstance(text, str) else "" if text is None else str(text)
    return _NOT_XML.sub("", value)


def one_line(text: object) -> str:
    """Clean text on one line: for table cells, titles and the cover."""
    return " ".join(clean_text(text).split())
