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


def examples(text: str) -> list[str]:
    """The example lines the help ends with: its last paragraph, headed "Examples:" (on its own
    line, or as the paragraph before)."""
    paragraphs = [[line.strip() for line in p.splitlines()] for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    last = paragraphs[-1]
    if last[0] == "Examples:":
        return last[1:]
    assert len(paragraphs) > 1 and paragraphs[-2][-1] == "Examples:", "help ends with:\n" + "\n".join(last)
    return last


@pytest.mark.parametrize("command", [None, *sorted(COMMANDS)])
def test_every_help_ends_with_examples_that_run_whomet(command):
    lines = examples(help_text(*([command] if command else [])))
    assert lines and all(line.startswith("whomet") for line in lines), lines
    if command:
        assert all(line.split()[1] == command for line in lines if len(line.split()) > 1), lines


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


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_the_examples_are_indented_under_their_heading_as_written(command):
    # click rewraps a paragraph unless it starts with \b: the examples then lose their indent
    # and a long one is broken across lines, so it no longer pastes as one command.
    raw = help_text(command).splitlines()
    heading = next(i for i, line in enumerate(raw) if line.strip() == "Examples:")
    indent = len(raw[heading]) - len(raw[heading].lstrip())
    lines = [line for line in raw[heading + 1:] if line.strip()]
    assert lines and all(len(line) - len(line.lstrip()) > indent for line in lines), raw[heading:]


def test_the_alias_examples_run_on_the_sample_world(world, db_path):
    import shlex

    for line in examples(help_text("alias")):
        args = shlex.split(line)[1:]
        result = CliRunner().invoke(main, ["--db", str(db_path), *args])
        assert result.exit_code == 0, (line, result.output)


def test_the_import_help_names_every_suffix_import_reads():
    from whomet.store.inputs import RECORD_SUFFIXES, RELEASE_SUFFIXES

    for text in (COMMANDS["import"][2], help_text("import")):
        missing = sorted(s for s in RECORD_SUFFIXES | RELEASE_SUFFIXES if s not in text.replace("\n", " "))
        assert not missing, (missing, text)
