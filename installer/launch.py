"""Entry script of the PyInstaller bundle: the `mediation-desk` command of the installed package.

It lives outside the source tree's root on purpose: PyInstaller puts the script's folder on the
import path, and the bundle must take the package that pip installed (from the wheel), not the sources.
"""

import sys

from mediation_desk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
