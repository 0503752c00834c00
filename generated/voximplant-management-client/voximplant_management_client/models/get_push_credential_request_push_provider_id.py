from typing import Literal

GetPushCredentialRequestPushProviderId = Literal[1, 2, 3, 4]

GET_PUSH_CREDENTIAL_REQUEST_PUSH_PROVIDER_ID_VALUES: set[GetPushCredentialRequestPushProviderId] = {
    1,
    2,
    3,
    4,
}


def check_get_push_credential_request_push_provider_id(value: int) -> GetPushCredentialRequestPushProviderId:
    if value in GET_PUSH_CREDENTIAL_REQUEST_PUSH_PROVIDER_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_PUSH_CREDENTIAL_REQUEST_PUSH_PROVIDER_ID_VALUES!r}"
    )
