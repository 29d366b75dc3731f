"""`python -m timeline` runs the command-line tool."""

import sys

from timeline.cli import main

sys.exit(main())
