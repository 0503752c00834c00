from enum import StrEnum


class VmAddRegulationAddressBodyStatus(StrEnum):
    DECLINED = "DECLINED"
    IN_PROGRESS = "IN_PROGRESS"
    VERIFIED = "VERIFIED"

    def __str__(self) -> str:
        return str(self.value)
