from enum import StrEnum


class CallgearComponentsItem(StrEnum):
    CALL_API_BASIC_SET = "Call API Basic set"
    CALL_API_CALL_MANAGEMENT = "Call API Call management"
    CALL_API_CALL_SCENARIO = "Call API Call scenario"
    CALL_API_INFORMER_CALLS = "Call API Informer calls"

    def __str__(self) -> str:
        return str(self.value)
