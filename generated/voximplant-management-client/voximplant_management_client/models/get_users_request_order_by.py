from typing import Literal

GetUsersRequestOrderBy = Literal["user_display_name", "user_id", "user_name"]

GET_USERS_REQUEST_ORDER_BY_VALUES: set[GetUsersRequestOrderBy] = {
    "user_display_name",
    "user_id",
    "user_name",
}


def check_get_users_request_order_by(value: str) -> GetUsersRequestOrderBy:
    if value in GET_USERS_REQUEST_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_USERS_REQUEST_ORDER_BY_VALUES!r}")
