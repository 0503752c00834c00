from enum import StrEnum


class AgentsMetricsFormInterval(StrEnum):
    LAST24H = "last24h"
    SINCE12AM = "since12am"

    def __str__(self) -> str:
        return str(self.value)
