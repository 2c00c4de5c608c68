"""Screens of the browser: main list, meeting, person, side/organisation, dialogs."""
