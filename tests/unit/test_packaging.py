"""pyproject.toml lists the packages by hand (setuptools cannot map resources/ into a found package):
a new package folder must not be forgotten, or the installed app lacks its modules."""

import ast
import importlib.metadata
import re
import sys
import tomllib

from coprod_app import resources
from tests.conftest import ROOT


def _config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_folder_is_listed_in_pyproject():
    folders = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "coprod_app").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    listed = set(_config()["packages"])
    assert folders - listed == set(), "package folders missing from [tool.setuptools] packages"
    assert listed - folders == {"coprod_app._resources"}, "packages listed that have no folder"


def test_resources_ship_inside_the_package_from_the_top_level_folder():
    config = _config()
    assert config["package-dir"] == {"coprod_app._resources": "resources"}
    assert config["package-data"]["coprod_app._resources"] == ["**/*"]


def test_a_checkout_uses_the_top_level_resources_folder():
    # The tests run from the checkout (editable install): one copy of the data, edited in place.
    assert resources.RESOURCES == ROOT / "resources"
    assert (resources.PACKS / "stockton-send-2025.json").is_file()
    assert (resources.TRANSLATIONS / "coprod_app_cy.qm").is_file()
    assert resources.symbol_path("like") is not None


def test_an_install_uses_the_folder_inside_the_package(tmp_path, monkeypatch):
    # As a wheel lays it out: coprod_app/resources.py beside coprod_app/_resources/.
    package = tmp_path / "site-packages" / "coprod_app"
    (package / "_resources" / "packs").mkdir(parents=True)
    monkeypatch.setattr(resources, "__file__", str(package / "resources.py"))
    assert resources._resources_folder() == package / "_resources"


def test_licences_travel_in_the_wheel():
    licences = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "license-files"
    ]
    for name in (
        "LICENSE",
        "resources/symbols/CC-BY-SA-4.0.txt",
        "resources/symbols/LICENSE.md",
        "resources/fonts/LICENSE-DejaVu.txt",
    ):
        assert name in licences
        assert (ROOT / name).is_file(), name
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_make_test_checks_the_packages_ci_installs():
    # `make test` on a fresh machine installs (or names) what .ci/run installs, so neither forgets one.
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import check_test_packages
    finally:
        sys.path.remove(str(ROOT / "tools"))
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    install = re.search(r"apt-get install(.*?)>/dev/null", ci, re.S).group(1)
    ci_packages = {word for word in install.replace("\\", " ").split() if not word.startswith("-")}
    assert set(check_test_packages.PACKAGES) == ci_packages - {"make"}


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _qt_modules_imported() -> set[str]:
    """Every PySide6 module named by an import in the app, its tests, tools and benchmarks."""
    modules = set()
    for folder in ("coprod_app", "tests", "tools", "benchmarks", "docs"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else ([node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                )
                modules |= {name.split(".")[1] for name in names if name.startswith("PySide6.")}
    return modules


def _qt_modules_of(distribution: str) -> set[str]:
    """The Qt modules a PySide6 wheel holds, from its installed file list (PySide6/QtCore.abi3.so, ….pyd)."""
    found = (
        re.fullmatch(r"PySide6/(Qt\w+)\..*(so|pyd)", str(f)) for f in importlib.metadata.files(distribution)
    )
    return {match.group(1) for match in found if match}


def test_qt_comes_from_essentials_and_addons_only():
    # The PySide6 wheel also pulls in PySide6-WebEngine and PySide6-Pdf: 271 MB that nothing imports.
    requirements = [re.split(r"[<>=!~ ;\[]", r, maxsplit=1)[0].lower() for r in _project()["dependencies"]]
    assert "pyside6" not in requirements
    assert {"pyside6-essentials", "pyside6-addons"} <= set(requirements)
    imported = _qt_modules_imported()
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtTextToSpeech"} <= imported  # the scan finds them
    provided = _qt_modules_of("PySide6_Essentials") | _qt_modules_of("PySide6_Addons")
    assert imported - provided == set(), "Qt modules that only the PySide6 wheel's extras provide"


def test_the_window_script_has_no_console_and_the_command_keeps_its_name():
    project = _project()
    # `coprod-app` is a contract (make run, the tests, scripts people wrote): it stays the console script.
    assert project["scripts"] == {"coprod-app": "coprod_app.cli:main"}
    # Windows starts a gui-script without a console; with no sub-command the entry point opens the window.
    assert project["gui-scripts"] == {"coprod-app-gui": "coprod_app.cli:main"}
