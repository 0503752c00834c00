from enum import StrEnum


class CcaiCreateMenuBodyMenuType(StrEnum):
    IVR_MENU = "ivr_menu"
    MOBILE_MENU = "mobile_menu"
    WEB_MENU = "web_menu"

    def __str__(self) -> str:
        return str(self.value)
