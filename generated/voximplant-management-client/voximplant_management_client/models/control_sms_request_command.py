from typing import Literal

ControlSmsRequestCommand = Literal["disable", "enable"]

CONTROL_SMS_REQUEST_COMMAND_VALUES: set[ControlSmsRequestCommand] = {
    "disable",
    "enable",
}


def check_control_sms_request_command(value: str) -> ControlSmsRequestCommand:
    if value in CONTROL_SMS_REQUEST_COMMAND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTROL_SMS_REQUEST_COMMAND_VALUES!r}")
