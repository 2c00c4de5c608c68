"""User text inside LIKE patterns: its own `%`, `_` and `\\` are characters, not wildcards."""

ESCAPE = "\\"


def contains(text: str) -> str:
    """A pattern matching `text` anywhere; use as `column.like(contains(text), escape=ESCAPE)`."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
