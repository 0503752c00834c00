from enum import StrEnum


class KitOutcomeName(StrEnum):
    AGENTS_OFFLINE = "agents_offline"
    AGENT_MISSED = "agent_missed"
    AMD = "amd"
    ANSWERED = "answered"
    BUSY = "busy"
    CALL_FAILED = "call_failed"
    DIALING_TIMEOUT = "dialing_timeout"
    DNC = "dnc"
    INSUFFICIENT_FUNDS = "insufficient_funds"
    INVALID_NUMBER = "invalid_number"
    MISSED_IN_IVR = "missed_in_ivr"
    NO_AGENT_AVAILABLE = "no_agent_available"
    NO_ANSWER = "no_answer"
    PROHIBITED = "prohibited"
    REJECTED = "rejected"
    SYSTEM_ERROR = "system_error"
    TERMINATED = "terminated"
    UNAVAILABLE = "unavailable"

    def __str__(self) -> str:
        return str(self.value)
