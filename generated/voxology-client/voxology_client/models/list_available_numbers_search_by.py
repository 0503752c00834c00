from enum import StrEnum


class ListAvailableNumbersSearchBy(StrEnum):
    LATAS = "latas"
    POSTAL_CODE = "postal_code"
    POSTAL_CODE_HYPHEN = "postal-code"
    PREFIXES = "prefixes"
    RATE_CENTER = "rate_center"
    RATE_CENTER_HYPHEN = "rate-center"
    REGION = "region"
    VANITY = "vanity"

    def __str__(self) -> str:
        return str(self.value)
