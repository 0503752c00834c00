from typing import Literal

GetTransactionHistoryAsyncRequestOutput = Literal["csv"]

GET_TRANSACTION_HISTORY_ASYNC_REQUEST_OUTPUT_VALUES: set[GetTransactionHistoryAsyncRequestOutput] = {
    "csv",
}


def check_get_transaction_history_async_request_output(value: str) -> GetTransactionHistoryAsyncRequestOutput:
    if value in GET_TRANSACTION_HISTORY_ASYNC_REQUEST_OUTPUT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_TRANSACTION_HISTORY_ASYNC_REQUEST_OUTPUT_VALUES!r}"
    )
