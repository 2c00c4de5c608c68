"""The one-shot click commands, one module per family; each module lists its COMMANDS."""
