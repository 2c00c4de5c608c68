"""whomet's data layer: the store, the meeting-record format, import, extraction, queries.

Nothing in this package imports Textual: the browser and the command line read and
write only through it (tests/test_import_hygiene.py holds that line).
"""
