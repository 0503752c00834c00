from typing import Literal

AddPushCredentialRequestPushProviderName = Literal["APPLE", "APPLE_VOIP", "GOOGLE", "HUAWEI"]

ADD_PUSH_CREDENTIAL_REQUEST_PUSH_PROVIDER_NAME_VALUES: set[AddPushCredentialRequestPushProviderName] = {
    "APPLE",
    "APPLE_VOIP",
    "GOOGLE",
    "HUAWEI",
}


def check_add_push_credential_request_push_provider_name(value: str) -> AddPushCredentialRequestPushProviderName:
    if value in ADD_PUSH_CREDENTIAL_REQUEST_PUSH_PROVIDER_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_PUSH_CREDENTIAL_REQUEST_PUSH_PROVIDER_NAME_VALUES!r}"
    )
