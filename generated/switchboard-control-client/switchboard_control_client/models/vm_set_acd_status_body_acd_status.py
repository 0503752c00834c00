from enum import StrEnum


class VmSetAcdStatusBodyAcdStatus(StrEnum):
    AFTER_SERVICE = "AFTER_SERVICE"
    BANNED = "BANNED"
    DND = "DND"
    IN_SERVICE = "IN_SERVICE"
    OFFLINE = "OFFLINE"
    ONLINE = "ONLINE"
    READY = "READY"
    TIMEOUT = "TIMEOUT"

    def __str__(self) -> str:
        return str(self.value)
