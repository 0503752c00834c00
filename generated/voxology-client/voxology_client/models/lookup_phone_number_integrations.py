from enum import StrEnum


class LookupPhoneNumberIntegrations(StrEnum):
    EKATA_REVERSE_PHONE = "ekata_reverse_phone"

    def __str__(self) -> str:
        return str(self.value)
