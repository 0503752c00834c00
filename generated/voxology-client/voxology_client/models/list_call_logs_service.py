from enum import StrEnum


class ListCallLogsService(StrEnum):
    PROGRAMMABLE_VOICE = "programmable_voice"
    SIP_TRUNKING = "sip_trunking"

    def __str__(self) -> str:
        return str(self.value)
