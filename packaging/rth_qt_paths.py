"""Runtime hook of the frozen app: where Qt finds its plugins, set without loading Qt.

It stands in for PyInstaller's pyi_rth_pyside6, which imports PySide6.QtCore at every start to
write an embedded qt.conf: every frozen command (`coprod-app-cli where`, a backup) paid for loading
Qt (about 0.7 s), which the command line otherwise never loads. PySide6 from PyPI makes its own
qt.conf when it is imported, so the window still finds its prefix, plugins and translations.
"""

import os
import sys

_qt = (
    os.path.join(sys._MEIPASS, "PySide6")
    if sys.platform == "win32"
    else os.path.join(sys._MEIPASS, "PySide6", "Qt")
)
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
os.environ["QML2_IMPORT_PATH"] = os.path.join(_qt, "qml")
if sys.platform == "win32":
    # As pyi_rth_pyside6: DLLs collected beside the executables (OpenSSL for QtNetwork) are found.
    os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
del _qt
