from typing import Literal

RegulationAddressStatus = Literal["DECLINED", "IN_PROGRESS", "VERIFIED"]

REGULATION_ADDRESS_STATUS_VALUES: set[RegulationAddressStatus] = {
    "DECLINED",
    "IN_PROGRESS",
    "VERIFIED",
}


def check_regulation_address_status(value: str) -> RegulationAddressStatus:
    if value in REGULATION_ADDRESS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGULATION_ADDRESS_STATUS_VALUES!r}")
