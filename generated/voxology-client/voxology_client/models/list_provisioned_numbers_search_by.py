from enum import StrEnum


class ListProvisionedNumbersSearchBy(StrEnum):
    LATAS = "latas"
    POSTAL_CODE = "postal_code"
    PREFIXES = "prefixes"
    RATE_CENTER = "rate_center"
    REGION = "region"
    VANITY = "vanity"

    def __str__(self) -> str:
        return str(self.value)
