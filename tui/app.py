"""The Textual browser (placeholder until the browser lands)."""


def run_browser(context) -> None:
    from textual.app import App
    from textual.widgets import Static

    class Placeholder(App):
        def compose(self):
            yield Static("whomet browser: coming soon. Press ctrl+q to quit.")

    Placeholder().run()
