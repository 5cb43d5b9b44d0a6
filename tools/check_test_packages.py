"""Before `make test`: the Debian packages the tests use, installed when run as root, else the one
apt command to run.

Without them tests do not just skip: the PDFs need DejaVu (fonts-dejavu-core), the safeguarding
attacks read PDFs back with pdftotext (poppler-utils), the real-window tests need Xvfb, openbox,
xdotool, wmctrl, imagemagick and tesseract, and Qt needs its libraries even offscreen. The same
list as .ci/run (tests/unit/test_packaging.py keeps the two in step). Not Debian: nothing to do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

PACKAGES = (
    "python3-venv",
    "poppler-utils",
    "fonts-dejavu-core",
    "fonts-noto-color-emoji",
    "fonts-symbola",
    "xvfb",
    "x11-utils",
    "imagemagick",
    "openbox",
    "xdotool",
    "wmctrl",
    "tesseract-ocr",
    "tesseract-ocr-eng",
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-xinerama0",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-xfixes0",
    "libegl1",
    "libgl1",
    # read aloud: speech-dispatcher speaking through espeak-ng, and espeak-ng run by itself
    "espeak-ng",
    "speech-dispatcher",
    "speech-dispatcher-espeak-ng",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
    "libpulse0",
)


def installed(package: str) -> bool:
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True)
    return result.returncode == 0 and result.stdout.endswith(" installed")


def main() -> int:
    if sys.platform != "linux" or shutil.which("dpkg-query") is None or shutil.which("apt-get") is None:
        return 0
    missing = [p for p in PACKAGES if not installed(p)]
    if not missing:
        return 0
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if os.geteuid() == 0:
        print("Installing the Debian packages the tests need:", " ".join(missing))
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        # A fresh machine may have empty package lists: refresh them once, then install.
        if subprocess.call(["apt-get", "update", "-qq"], env=env) != 0:
            print("apt-get update failed: the tests' Debian packages could not be installed.")
            return 1
        return subprocess.call(command, env=env)
    print("The tests need these Debian packages. Run:\n  sudo " + " ".join(command))
    return 1


if __name__ == "__main__":
    sys.exit(main())
