"""The frozen build's recipe: the PyInstaller spec, the MSI's file list and the .wxs.

Building and running the frozen app takes a minute and is done by tools/check_frozen.py in CI;
these tests check, in milliseconds, the parts a change to the app can break without anyone
building it: a Qt module newly used but left out by the spec, a file the MSI would not install,
a WiX element wixl cannot build.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"
sys.path.insert(0, str(ROOT / "packaging"))
try:
    import msi_files
finally:
    sys.path.remove(str(ROOT / "packaging"))

# The elements wixl (msitools 0.101, Debian bookworm) builds: tools/wixl/wix.vala in msitools.
WIXL_ELEMENTS = {
    "AdminExecuteSequence",
    "AdminUISequence",
    "AdvertiseExecuteSequence",
    "Binary",
    "Component",
    "ComponentGroup",
    "ComponentGroupRef",
    "ComponentRef",
    "Condition",
    "Control",
    "CopyFile",
    "CreateFolder",
    "CustomAction",
    "Dialog",
    "DialogRef",
    "Directory",
    "DirectoryRef",
    "Environment",
    "Extension",
    "Feature",
    "File",
    "Fragment",
    "Icon",
    "IniFile",
    "InstallExecuteSequence",
    "InstallUISequence",
    "MIME",
    "MajorUpgrade",
    "Media",
    "MediaTemplate",
    "Package",
    "Product",
    "ProgId",
    "ProgressText",
    "Property",
    "Publish",
    "RadioButton",
    "RadioButtonGroup",
    "RegistryKey",
    "RegistrySearch",
    "RegistryValue",
    "RemoveFile",
    "RemoveFolder",
    "ServiceArgument",
    "ServiceControl",
    "ServiceDependency",
    "ServiceInstall",
    "Shortcut",
    "Subscribe",
    "Text",
    "TextStyle",
    "UI",
    "UIRef",
    "UIText",
    "Upgrade",
    "UpgradeVersion",
    "Verb",
    "Wix",
}


def _spec_list(name: str) -> list[str]:
    tree = ast.parse((ROOT / "packaging" / "coprod-app.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError(f"packaging/coprod-app.spec has no {name}")


def _qt_modules_imported() -> set[str]:
    modules = set()
    for path in (ROOT / "coprod_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6.Qt"):
                modules.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                modules.update(a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.Qt"))
    return modules


def test_the_spec_never_leaves_out_a_qt_module_the_app_imports():
    used = _qt_modules_imported()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used  # the scan itself works
    left_out = used & set(_spec_list("UNUSED_QT"))
    assert not left_out, (
        f"the frozen app would lack {sorted(left_out)}: remove them from UNUSED_QT in the spec"
    )


def test_the_spec_leaves_out_no_library_of_a_qt_module_the_app_imports():
    for module in _qt_modules_imported():
        library = "libQt6" + module.removeprefix("Qt")
        assert not library.startswith(tuple(_spec_list("UNUSED_QT_LIBS"))), f"the spec drops {library}"


def _dist(tmp_path: Path) -> Path:
    app = tmp_path / "coprod-app"
    for name in ("coprod-app", "coprod-app-cli"):
        (app / name).parent.mkdir(parents=True, exist_ok=True)
        (app / name).write_bytes(b"\x7fELF")
    files = [
        "_internal/libpython3.11.so.1.0",
        "_internal/coprod_app/_resources/packs/stockton-send-2025.json",
        "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
        "_internal/PySide6/Qt/lib/libQt6Core.so.6",
        "_internal/Tom & Jerry's <notes>.txt",
    ]
    for name in files:
        (app / name).parent.mkdir(parents=True, exist_ok=True)
        (app / name).write_text(name, encoding="utf-8")
    (app / "_internal" / "libQt6Core.so.6").symlink_to("PySide6/Qt/lib/libQt6Core.so.6")
    return app


def test_the_msi_file_list_holds_every_file_of_the_folder_once_and_no_link(tmp_path):
    app = _dist(tmp_path)
    out = tmp_path / "files.wxs"
    assert msi_files.main([str(app), str(out)]) == 0
    root = ET.parse(out).getroot()
    sources = sorted(f.get("Source") for f in root.iter(WIX + "File"))
    assert sources == sorted(
        "$(var.SourceDir)/" + p.relative_to(app).as_posix()
        for p in (app / "_internal").rglob("*")
        if p.is_file() and not p.is_symlink()
    )
    assert len(sources) == 5, "the link to libQt6Core is left out, the five files are in"
    names = {f.get("Name") for f in root.iter(WIX + "File")}
    assert "Tom & Jerry's <notes>.txt" in names, "a name with XML's special characters arrives whole"
    ids = [e.get("Id") for tag in ("File", "Component", "Directory") for e in root.iter(WIX + tag)]
    assert len(ids) == len(set(ids))
    assert all(len(i) <= 72 and i[0].isalpha() for i in ids), "MSI identifiers: a letter first, 72 at most"
    components = [c.get("Id") for c in root.iter(WIX + "Component")]
    group = next(root.iter(WIX + "ComponentGroup"))
    assert group.get("Id") == msi_files.GROUP
    assert [r.get("Id") for r in group] == components
    top = next(root.iter(WIX + "DirectoryRef"))
    assert top.get("Id") == "INSTALLFOLDER" and [d.get("Name") for d in top] == ["_internal"]


def test_the_msi_file_list_keeps_each_files_identifiers_from_one_build_to_the_next(tmp_path):
    # Windows Installer upgrades by component: a file whose component changed between versions
    # can be left behind or removed by the upgrade.
    first = msi_files.fragment(_dist(tmp_path / "a"))
    second_app = _dist(tmp_path / "b")
    (second_app / "_internal" / "new.dll").write_text("new", encoding="utf-8")
    second = msi_files.fragment(second_app)
    kept = [line for line in first.splitlines() if 'Id="fil' in line]
    assert kept and all(line.strip() in second for line in kept)


def test_the_msi_file_list_refuses_a_folder_that_was_never_built(tmp_path):
    with pytest.raises(SystemExit, match="make dist"):
        msi_files.fragment(tmp_path / "coprod-app")


def test_the_wxs_uses_only_what_wixl_and_wix_3_both_build():
    text = (ROOT / "packaging" / "coprod-app.wxs").read_text(encoding="utf-8")
    root = ET.fromstring(text)
    used = {e.tag.removeprefix(WIX) for e in root.iter() if isinstance(e.tag, str)}
    assert used <= WIXL_ELEMENTS, f"wixl cannot build {sorted(used - WIXL_ELEMENTS)}"
    assert "<?ifdef" not in text and "<?ifndef" not in text, (
        "wixl and WiX 3 spell ifdef's argument differently"
    )
    assert not [e for e in root.iter() if e.get("Secure")], "wixl 0.101 does not know Property/@Secure"
    assert not [e for e in root.iter() if e.get("Root") == "HKMU"], "wixl 0.101 writes HKMU as root 4"
    refs = {e.get("Id") for e in root.iter(WIX + "ComponentGroupRef")}
    assert msi_files.GROUP in refs, "the product installs the generated file list"


def test_the_wxs_installs_per_user_by_default_per_machine_on_request_and_never_in_the_data_folder():
    root = ET.parse(ROOT / "packaging" / "coprod-app.wxs").getroot()
    properties = {p.get("Id"): p.get("Value") for p in root.iter(WIX + "Property")}
    assert properties["ALLUSERS"] == "2" and properties["MSIINSTALLPERUSER"] == "1"
    package = next(root.iter(WIX + "Package"))
    assert package.get("InstallScope") is None, "perUser would break ALLUSERS=1, perMachine would force it"
    folders = {d.get("Id") for d in root.iter(WIX + "Directory")}
    assert "ProgramFiles64Folder" in folders
    assert not folders & {"LocalAppDataFolder", "AppDataFolder"}, "the app's data lives there, not the MSI's"
    assert not list(root.iter(WIX + "RemoveFile")), "an uninstall removes only what it installed"
