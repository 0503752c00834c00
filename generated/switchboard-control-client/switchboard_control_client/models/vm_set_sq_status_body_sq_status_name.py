from enum import StrEnum


class VmSetSqStatusBodySqStatusName(StrEnum):
    AFTER_SERVICE = "AFTER_SERVICE"
    DND = "DND"
    IN_SERVICE = "IN_SERVICE"
    OFFLINE = "OFFLINE"
    ONLINE = "ONLINE"
    READY = "READY"

    def __str__(self) -> str:
        return str(self.value)
