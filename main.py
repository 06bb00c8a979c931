"""Start Mediation Desk (the desktop app, or a command with arguments)."""

import sys

from mediation_desk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
