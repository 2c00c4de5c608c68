"""Every command explains itself: --help ends with examples, --version answers, and the shell
completes commands (click's own completion)."""

import os
import re
import subprocess
import sys

from pathlib import Path

import pytest
from click.testing import CliRunner

from whomet.tui.cli import COMMANDS, main


def help_text(*args) -> str:
    result = CliRunner().invoke(main, [*args, "--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    return result.output


def last_paragraph(text: str) -> list[str]:
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return [line.strip() for line in paragraphs[-1].splitlines()]


@pytest.mark.parametrize("command", [None, *sorted(COMMANDS)])
def test_every_help_ends_with_examples_that_run_whomet(command):
    text = help_text(*([command] if command else []))
    lines = last_paragraph(text)
    assert lines[0] == "Examples:", f"whomet {command or ''} --help ends with:\n" + "\n".join(lines)
    examples = lines[1:]
    assert examples and all(line.startswith("whomet") for line in examples), examples
    if command:
        assert all(line.split()[1] == command for line in examples if len(line.split()) > 1)


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("whomet, version ")


def test_shell_completion_completes_commands_and_options():
    # The installed script, as a shell runs it (click names the variable after the program).
    script = Path(sys.executable).with_name("whomet.exe" if os.name == "nt" else "whomet")
    env = {**os.environ, "_WHOMET_COMPLETE": "bash_complete", "COMP_WORDS": "whomet ex", "COMP_CWORD": "1"}

    def complete() -> set[str]:
        out = subprocess.run([str(script)], env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                             timeout=60)
        assert out.returncode == 0, out.stderr
        return set(out.stdout.splitlines())

    assert {"plain,export", "plain,extract"} <= complete()
    env.update(COMP_WORDS="whomet export --format ", COMP_CWORD="3")
    assert {"plain,ftm", "plain,gexf", "plain,csv"} <= complete()


def test_the_commands_choices_are_the_stores():
    from whomet.store import EXPORT_FORMATS
    from whomet.store.centrality import MEASURES
    from whomet.store.exchange.network import LEVELS
    from whomet.tui.commands import analysis_cmds

    assert set(analysis_cmds.FORMATS) == set(EXPORT_FORMATS)
    assert analysis_cmds.LEVELS == LEVELS and analysis_cmds.MEASURES == MEASURES
