"""The one-shot click commands, one module per family; tui/cli.py's COMMANDS names each command's module."""
