from enum import StrEnum


class CallLegState(StrEnum):
    """State of the leg."""

    TALK = "Talk"
    REDIAL = "Redial"
    CONVERSATION = "Conversation"
    NEXT_IN_LINE = "Next in line"
    DISCONNECT = "Disconnect"
    OPERATORS_CONVERSATION = "Operators\u0027 conversation"
    ON_HOLD = "On hold"
    TRANSFERRING_CALL = "Transferring call"
    SENDING_DTMF = "Sending dtmf"
    RECEIVING_FAX = "Receiving fax"
    FAX_RECEIVED = "Fax received"
    SENDING_FAX = "Sending fax"
    FAX_SENT = "Fax sent"

    def __str__(self) -> str:
        return str(self.value)
