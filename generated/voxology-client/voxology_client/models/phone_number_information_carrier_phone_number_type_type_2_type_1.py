from enum import StrEnum


class PhoneNumberInformationCarrierPhoneNumberTypeType2Type1(StrEnum):
    LANDLINE = "landline"
    LANDLINEVOIP = "landline/voip"
    MOBILE = "mobile"
    VOIP = "voip"

    def __str__(self) -> str:
        return str(self.value)
