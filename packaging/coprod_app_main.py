"""What both frozen executables run: the same entry point as the installed `coprod-app` script.

With no arguments (a double-click, a Start-menu shortcut) it opens the window; with a
sub-command it runs the command line. The two executables differ only in whether Windows
gives them a console (packaging/coprod-app.spec).
"""

import sys

from coprod_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
