from enum import StrEnum


class SayActionParamsVoice(StrEnum):
    KATE = "Kate"
    KEVIN = "Kevin"
    WATSON = "Watson"

    def __str__(self) -> str:
        return str(self.value)
