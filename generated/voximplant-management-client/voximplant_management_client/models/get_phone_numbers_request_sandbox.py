from typing import Literal

GetPhoneNumbersRequestSandbox = Literal["all", "false", "true"]

GET_PHONE_NUMBERS_REQUEST_SANDBOX_VALUES: set[GetPhoneNumbersRequestSandbox] = {
    "all",
    "false",
    "true",
}


def check_get_phone_numbers_request_sandbox(value: str) -> GetPhoneNumbersRequestSandbox:
    if value in GET_PHONE_NUMBERS_REQUEST_SANDBOX_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_PHONE_NUMBERS_REQUEST_SANDBOX_VALUES!r}")
