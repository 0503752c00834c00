"""`python -m emulator serve ...`: the `switchboard` command without installing the package."""

from .cli import main

main()
