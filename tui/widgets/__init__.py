"""Widgets of the browser: the meetings table, the detail pane, the source view, the top bar."""
