"""Commands that read releases without touching the store: extract, eval."""

COMMANDS: list = []
