"""Before `make run`: say the one apt command to run if Qt's X11 libraries are missing.

Qt 6.5+ prints only "could not load the Qt platform plugin xcb" when they are.
"""

import ctypes.util
import os
import shutil
import subprocess
import sys

NEEDED = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
}


def main() -> int:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return 0
    missing = [pkg for lib, pkg in NEEDED.items() if ctypes.util.find_library(lib) is None]
    if not missing:
        return 0
    command = ["apt-get", "install", "-y", *missing]
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing the libraries Qt needs to open a window:", " ".join(missing))
        return subprocess.call(command)
    print("Qt needs these libraries to open a window. Run:\n  sudo " + " ".join(command))
    return 1


if __name__ == "__main__":
    sys.exit(main())
