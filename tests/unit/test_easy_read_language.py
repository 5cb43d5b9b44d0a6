"""Easy-read words: sentences of 15 words or fewer, and no jargon unless it is explained.

Checked: every `easy_read` string in the shipped pack, and every string the
participant screens show (read from their source: the texts given to tr() or
QCoreApplication.translate in the participant-screen modules), and the easy-read
status words of "Last time you said…".
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "resources" / "packs" / "stockton-send-2025.json"
PARTICIPANT_MODULES = [
    "coprod_app/ui/voting/pages.py",
    "coprod_app/ui/voting/ballot_page.py",
    "coprod_app/ui/voting/cards.py",
    "coprod_app/ui/voting/results_chart.py",
    "coprod_app/ui/voting/results_page.py",
    "coprod_app/ui/voting/participant_screen.py",
    "coprod_app/ui/officer/last_time.py",
    "coprod_app/ui/common/read_aloud.py",
]
# Texts in those modules that only the facilitator reads: the View menu's read-aloud status line.
FACILITATOR_ONLY = ("Read aloud is off", "Read aloud: on")

MAX_WORDS = 15
# Words many children, young people and families do not know. Acronyms are matched in capitals only
# ("send my vote" is plain English; "SEND" is not).
JARGON_ACRONYMS = [
    "SEND",
    "SEN",
    "EHCP",
    "EHC",
    "AP",
    "SENCO",
    "SENCo",
    "LA",
    "SEMH",
    "CAMHS",
    "NEET",
    "ASD",
    "ADHD",
    "CYP",
    "PfA",
    "ICB",
    "DfE",
    "Ofsted",
]
JARGON_WORDS = [
    "commissioning",
    "commission",
    "provision",
    "provisions",
    "statutory",
    "stakeholder",
    "stakeholders",
    "co-production",
    "coproduction",
    "co-produce",
    "outcomes",
    "pathway",
    "pathways",
    "intervention",
    "interventions",
    "cohort",
    "multi-agency",
    "graduated approach",
    "alternative provision",
    "local offer",
    "mainstream",
    "cognition",
    "holistic",
    "person-centred",
    "transition",
    "transitions",
    "safeguarding",
    "annual review",
    "tribunal",
    "disapplication",
    "attainment",
    "exclusion",
    "exclusions",
    "key stage",
    "preparing for adulthood",
]
EXPLAINED = re.compile(r"\b(this|that|which|it) means\b|\bmeans\b|\(", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    text = text.replace("“", "").replace("”", "").replace("✓", "")
    parts = re.split(r"(?<=[.!?…:;])\s+|\n+", text)
    return [p.strip() for p in parts if p.strip()]


def words(sentence: str) -> list[str]:
    return re.findall(r"[\w%'’-]+", sentence)


def jargon_in(text: str) -> list[str]:
    found = [a for a in JARGON_ACRONYMS if re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", text)]
    found += [
        w for w in JARGON_WORDS if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.IGNORECASE)
    ]
    return found if not EXPLAINED.search(text) else []


def problems(text: str) -> list[str]:
    found = [f"{len(words(s))} words: {s!r}" for s in sentences(text) if len(words(s)) > MAX_WORDS]
    found += [f"jargon {j!r} not explained" for j in jargon_in(text)]
    return found


def pack_easy_read() -> list[tuple[str, str]]:
    out = []

    def walk(node, where):
        if isinstance(node, dict):
            here = node.get("key", where)
            for key, value in node.items():
                if key == "easy_read" and isinstance(value, str):
                    out.append((here, value))
                else:
                    walk(value, here)
        elif isinstance(node, list):
            for item in node:
                walk(item, where)

    walk(json.loads(PACK.read_text(encoding="utf-8")), "pack")
    return out


def participant_strings() -> list[tuple[str, str]]:
    """Every literal given to tr() / QCoreApplication.translate() in the participant-screen modules."""
    out = []
    for module in PARTICIPANT_MODULES:
        tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            args = node.args
            if node.func.attr == "tr" and args and isinstance(args[0], ast.Constant):
                text = args[0].value
            elif node.func.attr == "translate" and len(args) >= 2 and isinstance(args[1], ast.Constant):
                text = args[1].value
            else:
                continue
            if isinstance(text, str) and not text.startswith(FACILITATOR_ONLY):
                out.append((f"{module}:{node.lineno}", text))
    return out


def test_the_checks_catch_long_sentences_and_jargon():
    assert problems("We will look at the SEND provision in the borough.")  # both
    assert problems(" ".join(["word"] * 16) + ".")
    assert not problems(" ".join(["word"] * 15) + ".")
    assert not problems("Yes, send my vote.")  # plain English, not the acronym
    assert not problems("An EHCP (a plan for your support) helps you.")  # explained
    assert sentences("One. Two? Three: four") == ["One.", "Two?", "Three:", "four"]


def test_there_is_something_to_check():
    assert len(pack_easy_read()) >= 17 + 4 + 3  # commitments, priorities, principles
    assert len(participant_strings()) >= 40


@pytest.mark.parametrize("where,text", pack_easy_read(), ids=lambda v: v if len(v) < 30 else v[:30])
def test_pack_easy_read_is_short_and_plain(where, text):
    assert problems(text) == [], where


def test_participant_screen_words_are_short_and_plain():
    found = {f"{where} {text!r}": problems(text) for where, text in participant_strings()}
    assert {k: v for k, v in found.items() if v} == {}


def test_status_words_on_last_time_cards_are_short_and_plain():
    from coprod_app.domain.actions import STATUS_EASY_READ

    found = {status: problems(text) for status, text in STATUS_EASY_READ.items()}
    assert {k: v for k, v in found.items() if v} == {}
