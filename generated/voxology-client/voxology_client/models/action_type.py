from enum import StrEnum


class ActionType(StrEnum):
    COLLECT = "COLLECT"
    CONFERENCE = "CONFERENCE"
    DETECT = "DETECT"
    DIAL = "DIAL"
    FOREACH = "FOREACH"
    GOTO = "GOTO"
    HANGUP = "HANGUP"
    IF = "IF"
    LABEL = "LABEL"
    PAUSE = "PAUSE"
    PLAY = "PLAY"
    QUEUE = "QUEUE"
    RECORD = "RECORD"
    RECORDMESSAGE = "RECORDMESSAGE"
    REDIRECT = "REDIRECT"
    REJECT = "REJECT"
    SAY = "SAY"
    SESSIONDATA = "SESSIONDATA"
    SMS = "SMS"
    STOP = "STOP"
    TRANSFER = "TRANSFER"
    WEBHOOK = "WEBHOOK"

    def __str__(self) -> str:
        return str(self.value)
