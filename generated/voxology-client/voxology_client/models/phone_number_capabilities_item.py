from enum import StrEnum


class PhoneNumberCapabilitiesItem(StrEnum):
    CNAM = "cnam"
    SMS_INBOUND = "sms_inbound"
    SMS_OUTBOUND = "sms_outbound"
    VOICE_INBOUND = "voice_inbound"
    VOICE_OUTBOUND = "voice_outbound"

    def __str__(self) -> str:
        return str(self.value)
