from enum import StrEnum


class TrunkInboundFailoverSourceType1(StrEnum):
    API = "api"
    PHONE_NUMBER = "phone_number"
    SIP_URI = "sip_uri"
    TRUNK_ID = "trunk_id"

    def __str__(self) -> str:
        return str(self.value)
