from typing import Literal

A2PSmsHistoryDeliveryStatus = Literal[
    "ABORTED", "DELIVERED", "DISPATCHED", "EXPIRED", "FAILED", "QUEUED", "REJECTED", "UNKNOWN"
]

A2P_SMS_HISTORY_DELIVERY_STATUS_VALUES: set[A2PSmsHistoryDeliveryStatus] = {
    "ABORTED",
    "DELIVERED",
    "DISPATCHED",
    "EXPIRED",
    "FAILED",
    "QUEUED",
    "REJECTED",
    "UNKNOWN",
}


def check_a2p_sms_history_delivery_status(value: str) -> A2PSmsHistoryDeliveryStatus:
    if value in A2P_SMS_HISTORY_DELIVERY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A2P_SMS_HISTORY_DELIVERY_STATUS_VALUES!r}")
