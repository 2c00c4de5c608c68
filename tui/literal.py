"""Text from releases, made safe to show: never markup, never terminal control sequences.

Rich would read `[bold]` in a plain str as markup and a terminal would obey an ESC
sequence; `Text` objects are never parsed as markup, and control characters are
replaced by their visible Unicode pictures (ESC -> ␛) so they print as what they are.
"""

import re

# C0 controls except tab/newline, DEL, C1 controls, bidi overrides that reorder what is shown, and
# the zero-width joiner and variation selector 16: Rich measures a character after U+200D as no
# cell and one before U+FE0F as two, where tmux, xterm and VTE give each its own width, so a
# table row holding one was drawn wider than the screen.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200d\ufe0f]")
# What a paste must not carry: the joiner and selector are text there, kept.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _picture(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "␡"
    return f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}"


def clean(value: object) -> str:
    """The value as a string with control characters made visible."""
    if value is None:
        return ""
    return _CONTROL.sub(_picture, str(value))


def literal(value: object, style: str = ""):
    """A Rich Text showing the value exactly as written (control characters made visible)."""
    from rich.text import Text  # here, not at the top: the commands' --help never needs rich

    return Text(clean(value), style=style)


_BREAKS = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]+")


def for_clipboard(values) -> str:
    """Cells as one tab-separated line for pasting elsewhere: line breaks and tabs inside a cell
    become a space and every other control character is dropped, so a paste can neither end a
    terminal's bracketed paste (ESC[201~) nor run as typed lines."""
    return "\t".join(_UNSAFE.sub("", _BREAKS.sub(" ", "" if v is None else str(v))) for v in values)
