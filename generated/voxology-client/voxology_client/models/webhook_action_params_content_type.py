from enum import StrEnum


class WebhookActionParamsContentType(StrEnum):
    APPLICATIONJSON = "application/json"
    APPLICATIONXML = "application/xml"
    APPLICATIONX_WWW_FORM_URLENCODED = "application/x-www-form-urlencoded"

    def __str__(self) -> str:
        return str(self.value)
