from enum import StrEnum


class CallLogService(StrEnum):
    PROGRAMMABLE_MESSAGING = "programmable_messaging"
    PROGRAMMABLE_VOICE = "programmable_voice"
    SIP_TRUNKING = "sip_trunking"

    def __str__(self) -> str:
        return str(self.value)
