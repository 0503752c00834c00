from enum import StrEnum


class CallbackEvent(StrEnum):
    CALLER_ID_CHANGED = "caller_id_changed"
    CALL_ASSIGNED_TO_AGENT = "call_assigned_to_agent"
    CALL_FINALIZED = "call_finalized"
    CHAT_ASSIGNED_TO_AGENT = "chat_assigned_to_agent"
    CHAT_CLOSED = "chat_closed"
    CHAT_STARTED = "chat_started"
    CHAT_TRANSFER = "chat_transfer"
    CHAT_UNASSIGNED = "chat_unassigned"
    FINISHED_CALL = "finished_call"
    NEW_CALLS = "new_calls"
    NUMBERS_CHANGED = "numbers_changed"
    PROFILE_EMAIL_UPDATED = "profile_email_updated"
    SCENARIO_CREATED = "scenario_created"
    SCENARIO_DELETED = "scenario_deleted"
    SCENARIO_UPDATED = "scenario_updated"
    WRAP_UP_CODE_SET = "wrap_up_code_set"

    def __str__(self) -> str:
        return str(self.value)
