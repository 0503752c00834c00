from enum import StrEnum


class ListSubAccountPhoneNumbersStatus(StrEnum):
    ERROR = "error"
    PAUSED = "paused"
    RELEASED = "released"
    RESERVED = "reserved"
    RESERVED_ROUTING_ERROR = "reserved_routing_error"
    RESERVING = "reserving"
    ROUTED = "routed"
    ROUTING = "routing"

    def __str__(self) -> str:
        return str(self.value)
