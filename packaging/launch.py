"""The frozen app's entry point: the same ``main`` as the ``inclucities`` command."""

import sys

from inclucities_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
