from enum import StrEnum


class MakeCallRequestInboundApi(StrEnum):
    CALLFLOWS = "CallFlows"

    def __str__(self) -> str:
        return str(self.value)
