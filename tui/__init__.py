"""whomet's faces: the Textual browser and the one-shot click commands."""
