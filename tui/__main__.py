"""`python -m whomet.tui` runs the whomet command."""

from whomet.tui.cli import main

main()
