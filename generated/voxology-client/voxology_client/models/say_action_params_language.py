from enum import StrEnum


class SayActionParamsLanguage(StrEnum):
    ENGLISH = "english"
    ENGLISHGB = "englishGB"
    ENGLISHUS = "englishUS"
    FRENCH = "french"
    GERMAN = "german"
    ITALIAN = "italian"
    JAPANESE = "japanese"
    PORTUGUESE = "portuguese"
    SPANISH = "spanish"

    def __str__(self) -> str:
        return str(self.value)
