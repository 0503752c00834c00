from typing import Literal

GetPushCredentialRequestPushProviderName = Literal["APPLE", "APPLE_VOIP", "GOOGLE", "HUAWEI"]

GET_PUSH_CREDENTIAL_REQUEST_PUSH_PROVIDER_NAME_VALUES: set[GetPushCredentialRequestPushProviderName] = {
    "APPLE",
    "APPLE_VOIP",
    "GOOGLE",
    "HUAWEI",
}


def check_get_push_credential_request_push_provider_name(value: str) -> GetPushCredentialRequestPushProviderName:
    if value in GET_PUSH_CREDENTIAL_REQUEST_PUSH_PROVIDER_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_PUSH_CREDENTIAL_REQUEST_PUSH_PROVIDER_NAME_VALUES!r}"
    )
