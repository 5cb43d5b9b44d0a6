"""pyproject.toml lists the packages by hand (setuptools cannot map resources/ into a found package):
a new package folder must not be forgotten, or the installed app lacks its modules."""

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
    licences = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["license-files"]
    for name in ("LICENSE", "resources/symbols/CC-BY-SA-4.0.txt", "resources/symbols/LICENSE.md"):
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
