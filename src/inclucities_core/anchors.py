"""Where a comment points inside a section's text, in a way that survives edits.

A passage is remembered as a quote with some text before and after it, as the W3C Web
Annotation model's TextQuoteSelector does, rather than as character offsets: offsets break
with the first edit above the passage, the quoted words do not. When the words are gone
the comment is orphaned; it is shown as such, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT_LENGTH = 32  # characters kept on each side of the quote


@dataclass(frozen=True)
class TextQuote:
    exact: str
    prefix: str = ""
    suffix: str = ""

    def as_json(self) -> dict[str, str]:
        return {"exact": self.exact, "prefix": self.prefix, "suffix": self.suffix}

    @classmethod
    def from_json(cls, value: object) -> TextQuote | None:
        """The quote stored in a comment's anchor, or None when it holds none."""
        if not isinstance(value, dict) or not isinstance(value.get("exact"), str):
            return None
        prefix, suffix = value.get("prefix", ""), value.get("suffix", "")
        return cls(value["exact"], prefix if isinstance(prefix, str) else "",
                   suffix if isinstance(suffix, str) else "")


def quote_at(text: str, start: int, end: int) -> TextQuote:
    """The quote of ``text[start:end]`` with its surroundings."""
    if not 0 <= start < end <= len(text):
        raise ValueError("A quote needs a non-empty passage inside the text")
    return TextQuote(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_LENGTH):start],
        suffix=text[end:end + CONTEXT_LENGTH],
    )


def find_quote(text: str, quote: TextQuote) -> tuple[int, int] | None:
    """The (start, end) of the passage in ``text``, or None when it is no longer there.

    When the quoted words occur several times, the occurrence whose neighbourhood agrees
    best with the remembered prefix and suffix wins; the earliest wins a tie.
    """
    if not quote.exact:
        return None
    best: tuple[int, int] | None = None
    best_score = -1
    start = text.find(quote.exact)
    while start >= 0:
        end = start + len(quote.exact)
        score = _common_suffix(text[:start], quote.prefix) + _common_prefix(
            text[end:], quote.suffix)
        if score > best_score:
            best, best_score = (start, end), score
        start = text.find(quote.exact, start + 1)
    return best


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_suffix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        count += 1
    return count
