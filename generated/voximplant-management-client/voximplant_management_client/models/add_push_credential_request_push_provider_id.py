from typing import Literal

AddPushCredentialRequestPushProviderId = Literal[1, 2, 3, 4]

ADD_PUSH_CREDENTIAL_REQUEST_PUSH_PROVIDER_ID_VALUES: set[AddPushCredentialRequestPushProviderId] = {
    1,
    2,
    3,
    4,
}


def check_add_push_credential_request_push_provider_id(value: int) -> AddPushCredentialRequestPushProviderId:
    if value in ADD_PUSH_CREDENTIAL_REQUEST_PUSH_PROVIDER_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_PUSH_CREDENTIAL_REQUEST_PUSH_PROVIDER_ID_VALUES!r}"
    )
