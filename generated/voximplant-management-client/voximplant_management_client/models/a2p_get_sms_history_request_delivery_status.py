from typing import Literal

A2PGetSmsHistoryRequestDeliveryStatus = Literal[1, 2, 3, 4, 5, 6, 7, 8]

A2P_GET_SMS_HISTORY_REQUEST_DELIVERY_STATUS_VALUES: set[A2PGetSmsHistoryRequestDeliveryStatus] = {
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
}


def check_a2p_get_sms_history_request_delivery_status(value: int) -> A2PGetSmsHistoryRequestDeliveryStatus:
    if value in A2P_GET_SMS_HISTORY_REQUEST_DELIVERY_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {A2P_GET_SMS_HISTORY_REQUEST_DELIVERY_STATUS_VALUES!r}"
    )
