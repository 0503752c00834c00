from enum import StrEnum


class CompletionCode(StrEnum):
    ABANDONED = "Abandoned"
    AMD = "AMD"
    CALL_ANSWERED = "Call_Answered"
    CALL_BUSY = "Call_Busy"
    CALL_PROHIBITED = "Call_Prohibited"
    CALL_WAS_REJECTED = "Call_Was_Rejected"
    INSUFFICIENT_FUNDS = "Insufficient_Funds"
    INVALID_NUMBER = "Invalid_Number"
    LOST_BY_AGENT = "Lost_By_Agent"
    MISSED_BY_SCENARIO = "Missed_By_Scenario"
    NO_AGENTS = "No_Agents"
    NO_ANSWER = "No_Answer"
    OTHER_ERROR = "Other_Error"
    REQUEST_TERMINATED = "Request_Terminated"
    RESTRICTED_BY_DNC = "Restricted_By_DNC"
    SYSTEM_ERROR = "System_Error"
    TEMPORARY_UNAVAILABLE = "Temporary_Unavailable"

    def __str__(self) -> str:
        return str(self.value)
