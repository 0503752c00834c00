from typing import Literal

GetAuditLogAsyncRequestOutput = Literal["csv"]

GET_AUDIT_LOG_ASYNC_REQUEST_OUTPUT_VALUES: set[GetAuditLogAsyncRequestOutput] = {
    "csv",
}


def check_get_audit_log_async_request_output(value: str) -> GetAuditLogAsyncRequestOutput:
    if value in GET_AUDIT_LOG_ASYNC_REQUEST_OUTPUT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_AUDIT_LOG_ASYNC_REQUEST_OUTPUT_VALUES!r}")
