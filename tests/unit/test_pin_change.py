"""Changing the facilitator PIN needs the current one, and the wrong-PIN wait outlives a restart (issue 14)."""

from __future__ import annotations

import io

import pytest

from coprod_app.cli import main
from coprod_app.domain import pin as pin_rules
from coprod_app.domain.errors import InvalidInput
from coprod_app.storage import pin as pin_store
from coprod_app.storage.database import get_meta, open_database, set_meta


@pytest.fixture
def run(db_path, capsys, monkeypatch):
    def _run(*argv: str, stdin: str = ""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--db", str(db_path), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def stored_pin_is(db_path, pin: str) -> bool:
    with open_database(db_path) as db:
        return pin_rules.verify_pin(pin, pin_store.facilitator_pin_hash(db))


def test_pin_set_without_a_pin_needs_no_current_pin(run, db_path):
    assert run("pin", "set", "--pin", "2468") == (0, "The facilitator PIN is set for this device.\n", "")
    assert stored_pin_is(db_path, "2468")


def test_pin_set_over_a_pin_needs_the_current_pin(run, db_path):
    assert run("pin", "set", "--pin", "2468")[0] == 0

    code, out, err = run("pin", "set", "--pin", "1111")  # no current PIN, nothing on stdin
    assert (code, out) == (1, "")
    assert err == "coprod-app: A PIN is already set: give the current PIN to change it.\n"
    assert stored_pin_is(db_path, "2468")

    code, _, err = run("pin", "set", "--pin", "1111", "--current-pin", "9999")
    assert code == 1
    assert err == "coprod-app: The current PIN is not right; the PIN was not changed.\n"
    assert stored_pin_is(db_path, "2468")

    assert run("pin", "set", "--pin", "1111", "--current-pin", "2468")[0] == 0
    assert stored_pin_is(db_path, "1111")


def test_pin_set_reads_the_current_then_the_new_pin_from_stdin(run, db_path):
    assert run("pin", "set", stdin="2468\n")[0] == 0  # no PIN yet: one line, the new PIN
    assert run("pin", "set", stdin="2468\n1357\n")[0] == 0  # the current PIN, then the new one
    assert stored_pin_is(db_path, "1357")
    code, _, err = run("pin", "set", stdin="0000\n8642\n")
    assert code == 1 and "not right" in err
    assert stored_pin_is(db_path, "1357")


def test_wrong_current_pins_on_the_command_line_wait_like_the_voting_screen(run, db_path):
    assert run("pin", "set", "--pin", "2468")[0] == 0
    assert run("pin", "set", "--pin", "1111", "--current-pin", "0000")[0] == 1  # the free slip
    assert run("pin", "set", "--pin", "1111", "--current-pin", "0001")[0] == 1  # now a wait starts
    code, _, err = run("pin", "set", "--pin", "1111", "--current-pin", "2468")  # right, but too early
    assert code == 1
    assert err.startswith("coprod-app: Too many wrong PINs: try again in ") and err.count(".") == 1
    assert stored_pin_is(db_path, "2468")


def test_set_facilitator_pin_refuses_a_wrong_current_pin(db):
    pin_store.set_facilitator_pin(db, "2468")
    with pytest.raises(InvalidInput, match="already set"):
        pin_store.set_facilitator_pin(db, "1111")
    with pytest.raises(InvalidInput, match="not right"):
        pin_store.set_facilitator_pin(db, "1111", "2469", now=1000.0)
    pin_store.set_facilitator_pin(db, "1111", "2468", now=1000.0)
    assert pin_rules.verify_pin("1111", pin_store.facilitator_pin_hash(db))


def test_the_wrong_pin_wait_is_kept_in_the_database(db_path):
    db = open_database(db_path)
    pin_store.set_facilitator_pin(db, "2468")
    guard = pin_store.pin_guard(db)
    for i in range(4):
        guard.attempt("0000", 1000.0 + i * 10)  # waits 0, 1, 2, then 4 s after the try at 1030
    db.close()

    again = open_database(db_path)  # the app was closed and opened again
    fresh = pin_store.pin_guard(again)
    assert fresh.failures == 4
    assert fresh.wait_left(1031.0) == pytest.approx(3.0)
    early = fresh.attempt("2468", 1031.0)
    assert early.refused and not early.ok, "a restart must not let an early try through"
    assert fresh.attempt("2468", 1034.5).ok
    assert pin_store.pin_guard(again).failures == 0, "the right PIN clears the kept wait"
    again.close()


def test_a_clock_set_back_never_makes_the_wait_endless(db):
    pin_store.set_facilitator_pin(db, "2468")
    guard = pin_store.pin_guard(db)
    for i in range(3):
        guard.attempt("0000", 1_000_000.0 + i * 10)  # 3 failures: the next try waits 2 s
    # The laptop's clock goes back a day: the stored time is now a day ahead of "now".
    now = 1_000_020.0 - 86_400
    wait = pin_store.pin_guard(db).wait_left(now)
    assert wait == pytest.approx(pin_rules.delay_after(3)) and wait <= pin_rules.MAX_DELAY
    assert float(get_meta(db, pin_store.NEXT_TRY_KEY)) == pytest.approx(now + 2.0), "the cap is kept"
    assert pin_store.pin_guard(db).attempt("2468", now + 2.5).ok


def test_a_damaged_kept_wait_fails_closed_but_ends(db):
    pin_store.set_facilitator_pin(db, "2468")
    set_meta(db, pin_store.FAILURES_KEY, "lots")
    set_meta(db, pin_store.NEXT_TRY_KEY, "soon")
    guard = pin_store.pin_guard(db)
    assert 0 < guard.wait_left(5000.0) <= pin_rules.MAX_DELAY
    assert guard.attempt("2468", 5000.0 + pin_rules.MAX_DELAY).ok
