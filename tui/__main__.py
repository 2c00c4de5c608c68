"""`python -m tui` runs the whomet command."""

from tui.cli import main

main()
