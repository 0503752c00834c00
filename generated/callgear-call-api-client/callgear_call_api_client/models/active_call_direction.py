from enum import StrEnum


class ActiveCallDirection(StrEnum):
    """Direction of the call session."""

    IN = "in"
    OUT = "out"

    def __str__(self) -> str:
        return str(self.value)
