from typing import Literal

GetCallerIDsRequestOrderBy = Literal["caller_number", "verified_until"]

GET_CALLER_I_DS_REQUEST_ORDER_BY_VALUES: set[GetCallerIDsRequestOrderBy] = {
    "caller_number",
    "verified_until",
}


def check_get_caller_i_ds_request_order_by(value: str) -> GetCallerIDsRequestOrderBy:
    if value in GET_CALLER_I_DS_REQUEST_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CALLER_I_DS_REQUEST_ORDER_BY_VALUES!r}")
