"""The README's "Command line" section names every sub-command and option argparse knows, and no other.

The section's code block has one entry per command, starting `coprod-app WORDS ...` (words may
be alternatives, `session close|reopen`); three spaces or more end the usage and start its
description; lines that do not start with `coprod-app` continue the entry above. `--db` and `--json`, which every sub-command takes, are said once in the sentence above
the block. The test reads argparse's sub-parser actions: internals, but a doc check may.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from coprod_app.cli import build_parser
from coprod_app.cli.common import common_options

README = Path(__file__).resolve().parents[2] / "README.md"
HEADING = "## Command line"
COMMAND_WORD = re.compile(r"[a-z][a-z-]*(\|[a-z][a-z-]*)*")
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")


def _options(parser: argparse.ArgumentParser, *, hidden: bool = False) -> set[str]:
    """The parser's long options; with `hidden`, also those kept out of --help (help=SUPPRESS)."""
    return {
        option
        for action in parser._actions
        if not isinstance(action, argparse._HelpAction) and (hidden or action.help != argparse.SUPPRESS)
        for option in action.option_strings
        if option.startswith("--")
    }


def _sub_parsers(
    parser: argparse.ArgumentParser, *, hidden: bool = False
) -> dict[str, argparse.ArgumentParser]:
    """The sub-commands --help lists; with `hidden`, also aliases and those added with help=SUPPRESS."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            suppressed = {
                choice.dest for choice in action._choices_actions if choice.help == argparse.SUPPRESS
            }
            for name, sub in action.choices.items():  # a command's own name comes before its aliases
                is_alias = any(known is sub for known in found.values())
                if hidden or not (is_alias or name in suppressed):
                    found[name] = sub
    return found


def _commands(parser, words=(), *, hidden: bool = False) -> dict[tuple[str, ...], argparse.ArgumentParser]:
    """Every command a user can run (the groups such as `pin` only through theirs), by its words."""
    subs = _sub_parsers(parser, hidden=hidden)
    found = {} if subs and words else {words: parser}
    for name, sub in subs.items():
        found.update(_commands(sub, (*words, name), hidden=hidden))
    return found


SHARED = _options(common_options())  # --db and --json


def _usage_line(words, parser) -> str:
    """What to paste into the README for a command it lacks: argparse's usage without the shared options."""
    usage = " ".join(parser.format_usage().split())
    usage = usage.removeprefix("usage: ").replace(" [-h]", "")
    for option in sorted(SHARED):
        usage = re.sub(rf" \[{option}( [A-Z_]+)?\]", "", usage)
    return usage


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    assert f"\n{HEADING}\n" in text, f"README.md has no '{HEADING}' section"
    return text.split(f"\n{HEADING}\n", 1)[1].split("\n## ", 1)[0]


def _documented(section: str) -> tuple[str, dict[tuple[str, ...], set[str]]]:
    """The prose before the code block, and each README entry's command words and the options it names."""
    prose, block = section.split("```\n", 1)
    block = block.split("```", 1)[0]
    entries: list[tuple[list[str], str]] = []
    for line in block.splitlines():
        if line.startswith("coprod-app"):
            usage = re.split(r"\s{3,}", line, maxsplit=1)[0]  # what follows three spaces describes it
            entries.append((usage.split()[1:], line))
        elif line.strip():
            assert entries, f"README command block starts with a line that is not a command: {line!r}"
            entries[-1] = (entries[-1][0], entries[-1][1] + "\n" + line)
    documented: dict[tuple[str, ...], set[str]] = {}
    for tokens, text in entries:
        words = []
        for token in tokens:
            if not COMMAND_WORD.fullmatch(token):
                break
            words.append(token.split("|"))
        options = set(OPTION.findall(text))
        for expanded in _expand(words):
            documented.setdefault(expanded, set()).update(options)
    return prose, documented


def _expand(words: list[list[str]]) -> list[tuple[str, ...]]:
    expanded: list[tuple[str, ...]] = [()]
    for alternatives in words:
        expanded = [(*done, word) for done in expanded for word in alternatives]
    return expanded


def _problems(parser: argparse.ArgumentParser, section: str) -> list[str]:
    """What the README section lacks or names wrongly, each in words that say what to change."""
    commands = _commands(parser)
    known = _commands(parser, hidden=True)  # the README may also name a hidden command or option
    prose, documented = _documented(section)
    problems = []
    for option in sorted(SHARED):
        if f"`{option}" not in prose:
            problems.append(f"the sentence above the block must say every sub-command takes `{option}`")
    for words, command in sorted(commands.items()):
        name = " ".join(("coprod-app", *words))
        if words not in documented:
            problems.append(f"missing command; add a line such as:  {_usage_line(words, command)}")
            continue
        wanted = _options(command) - (SHARED if words else set())
        for option in sorted(wanted - documented[words]):
            problems.append(f"{name}: option {option} is missing")
        for option in sorted(documented[words] - _options(command, hidden=True)):
            problems.append(f"{name}: the README names {option}, which this command does not take")
    for words in sorted(set(documented) - set(known)):
        problems.append(f"the README names `coprod-app {' '.join(words)}`, which is not a command")
    return problems


def test_every_command_and_option_is_in_the_readme_and_nothing_else():
    problems = _problems(build_parser(), _section())
    if problems:
        pytest.fail(
            f"README.md '{HEADING}' is out of step with the argparse definitions:\n  "
            + "\n  ".join(problems),
            pytrace=False,
        )


def test_the_check_names_what_is_missing_and_what_does_not_exist():
    """The check is not vacuous: each way the README can fall out of step is named, with what to add."""
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    subparsers.add_parser("where-next", parents=[common_options()]).add_argument("--far", metavar="KM")
    subparsers.add_parser(
        "kept-quiet", help=argparse.SUPPRESS
    )  # hidden from --help: the README may leave it out
    section = _section().replace("--today", "--tomorrow")
    section = section.replace("coprod-app pack list\n", "coprod-app pack list\ncoprod-app pack sell KEY\n")
    problems = _problems(parser, section)
    for expected in (
        "missing command; add a line such as:  coprod-app where-next [--far KM]",
        "coprod-app purge: option --today is missing",
        "coprod-app purge: the README names --tomorrow, which this command does not take",
        "the README names `coprod-app pack sell`, which is not a command",
    ):
        assert expected in problems
    assert not [p for p in problems if "kept-quiet" in p]
    _, documented = _documented(_section())
    assert {("session", "close"), ("session", "reopen"), ("pin", "set")} <= set(documented)
    assert ("pin",) not in _commands(parser), "a group is documented through its own sub-commands"
