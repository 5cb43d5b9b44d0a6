import sys

from coprod_app.cli import main

sys.exit(main())
