"""Commands that fill and read the store: import, export, stats, search, show, who-met."""

COMMANDS: list = []
