from enum import StrEnum


class DialerCreateFormRegion(StrEnum):
    EUROPE = "europe"
    KAZAKHSTAN = "kazakhstan"
    RUSSIA = "russia"
    SINGAPORE = "singapore"
    SOUTH_AMERICA = "south_america"
    USA = "usa"

    def __str__(self) -> str:
        return str(self.value)
