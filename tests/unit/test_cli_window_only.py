"""`coprod-app [--db PATH]` opens the window directly; anything else goes through the parser."""

from coprod_app.cli import _window_only


def test_window_only_arguments():
    assert _window_only([]) is None
    assert _window_only(["--db", "x.sqlite3"]) == "x.sqlite3"
    assert _window_only(["--db=x.sqlite3"]) == "x.sqlite3"
    assert _window_only(["--db", "x", "check"]) is False
    assert _window_only(["check"]) is False
    assert _window_only(["--help"]) is False
    assert _window_only(["--db", "--json"]) is False
