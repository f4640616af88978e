"""`python -m jobwatch`: the same command as `jobwatch`."""

import sys

from jobwatch.cli import main

sys.exit(main())
