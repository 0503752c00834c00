from enum import StrEnum


class PdsCreateCampaignFormVoicemailDetectionModel(StrEnum):
    BR = "br"
    CL = "cl"
    COLOMBIA = "colombia"
    KZ = "kz"
    MX = "mx"
    PE = "pe"
    PH = "ph"
    RU = "ru"
    RU_EXPERIMENTAL_HUMAN = "ru_experimental_human"
    RU_EXPERIMENTAL_VM = "ru_experimental_vm"
    US = "us"

    def __str__(self) -> str:
        return str(self.value)
