"""``python -m warta`` is the ``warta`` command."""
from warta.cli import main

if __name__ == "__main__":
    main()
