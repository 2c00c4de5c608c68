"""CSV cells that a spreadsheet will not run: OWASP's CSV-injection defence, for every CSV whomet writes.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula
by Excel, LibreOffice and Google Sheets; release text is written by others, so such a cell
gets a leading single quote, which the spreadsheet shows and does not evaluate
(https://owasp.org/www-community/attacks/CSV_Injection). Numbers, dates and our own ids
never start that way except negative numbers, which are written as numbers, untouched.
"""

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """The value to hand csv.writer: text starting like a formula is quoted with a leading `'`.

    >>> safe_cell("=HYPERLINK(1)"), safe_cell("-2"), safe_cell(-2), safe_cell("Baku")
    ("'=HYPERLINK(1)", "'-2", -2, 'Baku')
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def safe_row(values):
    return [safe_cell(v) for v in values]
