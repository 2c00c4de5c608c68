"""The calendar's words as regex fragments, one copy for every stage that reads a date or a day."""

MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# full names and the abbreviations releases use, with an optional stop ('Sept.', 'Jan')
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
         r"Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# a month in capitals, as a wire's dateline writes it ('YEREVAN, MAY 12, ARMENPRESS.'): full names and the three-letter
# abbreviations only (no stop)
MONTH_CAPS = (r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|"
              r"JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)")
