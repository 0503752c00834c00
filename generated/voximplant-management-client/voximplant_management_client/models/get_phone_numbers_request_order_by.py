from typing import Literal

GetPhoneNumbersRequestOrderBy = Literal[
    "deactivated",
    "phone_country_code",
    "phone_next_renewal",
    "phone_number",
    "phone_price",
    "purchase_date",
    "unverified_hold_until",
    "verification_name",
    "verification_status",
]

GET_PHONE_NUMBERS_REQUEST_ORDER_BY_VALUES: set[GetPhoneNumbersRequestOrderBy] = {
    "deactivated",
    "phone_country_code",
    "phone_next_renewal",
    "phone_number",
    "phone_price",
    "purchase_date",
    "unverified_hold_until",
    "verification_name",
    "verification_status",
}


def check_get_phone_numbers_request_order_by(value: str) -> GetPhoneNumbersRequestOrderBy:
    if value in GET_PHONE_NUMBERS_REQUEST_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_PHONE_NUMBERS_REQUEST_ORDER_BY_VALUES!r}")
