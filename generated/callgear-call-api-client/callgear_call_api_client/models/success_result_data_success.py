from enum import StrEnum


class SuccessResultDataSuccess(StrEnum):
    """The string "true" (see the x-doc-notes on success)."""

    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
