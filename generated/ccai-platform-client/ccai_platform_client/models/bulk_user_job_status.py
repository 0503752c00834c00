from enum import StrEnum


class BulkUserJobStatus(StrEnum):
    CREATED = "created"
    FINISHED = "finished"
    INVALID_SCHEME = "invalid_scheme"
    IN_PROGRESS = "in_progress"
    VALID_SCHEME = "valid_scheme"

    def __str__(self) -> str:
        return str(self.value)
