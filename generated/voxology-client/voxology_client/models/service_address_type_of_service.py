from enum import StrEnum


class ServiceAddressTypeOfService(StrEnum):
    BUSINESS = "business"
    RESIDENCE = "residence"

    def __str__(self) -> str:
        return str(self.value)
