from enum import StrEnum


class DialActionParamsInboundApi(StrEnum):
    CALLFLOWS = "CallFlows"

    def __str__(self) -> str:
        return str(self.value)
