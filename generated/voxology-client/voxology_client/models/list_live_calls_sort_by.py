from enum import StrEnum


class ListLiveCallsSortBy(StrEnum):
    CONNECTED_TIME = "connected_time"
    ID = "ID"
    ID_LOWER = "id"

    def __str__(self) -> str:
        return str(self.value)
