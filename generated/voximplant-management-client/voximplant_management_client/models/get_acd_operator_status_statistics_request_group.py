from typing import Literal

GetACDOperatorStatusStatisticsRequestGroup = Literal["none", "user"]

GET_ACD_OPERATOR_STATUS_STATISTICS_REQUEST_GROUP_VALUES: set[GetACDOperatorStatusStatisticsRequestGroup] = {
    "none",
    "user",
}


def check_get_acd_operator_status_statistics_request_group(value: str) -> GetACDOperatorStatusStatisticsRequestGroup:
    if value in GET_ACD_OPERATOR_STATUS_STATISTICS_REQUEST_GROUP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ACD_OPERATOR_STATUS_STATISTICS_REQUEST_GROUP_VALUES!r}"
    )
