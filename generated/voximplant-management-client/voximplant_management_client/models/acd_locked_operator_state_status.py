from typing import Literal

ACDLockedOperatorStateStatus = Literal["BANNED", "READY"]

ACD_LOCKED_OPERATOR_STATE_STATUS_VALUES: set[ACDLockedOperatorStateStatus] = {
    "BANNED",
    "READY",
}


def check_acd_locked_operator_state_status(value: str) -> ACDLockedOperatorStateStatus:
    if value in ACD_LOCKED_OPERATOR_STATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACD_LOCKED_OPERATOR_STATE_STATUS_VALUES!r}")
