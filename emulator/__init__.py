"""A local emulator that speaks every Switchboard API on its real paths, auth schemes and error formats."""
