"""The generated Voximplant Management client end to end: both auth styles, sync and async, typed models."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from voximplant_management_client import AuthenticatedClient
from voximplant_management_client.api.accounts import get_account_info
from voximplant_management_client.api.applications import add_application, get_applications
from voximplant_management_client.api.call_lists import create_call_list, get_call_lists
from voximplant_management_client.api.key_value_storage import get_key_value_keys, set_key_value_item
from voximplant_management_client.api.users import add_user, get_users
from voximplant_management_client.client import ServiceAccountCredentials
from voximplant_management_client.models import (
    AddApplicationRequest,
    AddApplicationResponse,
    AddUserRequest,
    AddUserResponse,
    CreateCallListMultipartRequest,
    CreateCallListResponse,
    ErrorResponse,
    GetAccountInfoResponse,
    GetApplicationsRequest,
    GetApplicationsResponse,
    GetCallListsRequest,
    GetCallListsResponse,
    GetKeyValueKeysRequest,
    GetKeyValueKeysResponse,
    GetUsersRequest,
    GetUsersResponse,
    SetKeyValueItemRequest,
)

from ..conftest import LiveServer

BASE = "/platform_api"


def _api_key_client(emulator: LiveServer, api_key: str = "demo-api-key") -> AuthenticatedClient:
    return AuthenticatedClient(account_id=1, api_key=api_key, base_url=f"{emulator.url}{BASE}")


def _service_account_file(emulator: LiveServer, tmp_path: Path) -> Path:
    with emulator.control() as control:
        credentials = control.post("/voximplant-management/accounts/1/service-accounts").json()
    path = tmp_path / "credentials.json"
    path.write_text(json.dumps(credentials), encoding="utf-8")
    return path


def test_client_needs_one_way_to_authenticate() -> None:
    with pytest.raises(ValueError, match="credentials"):
        AuthenticatedClient()
    key = ServiceAccountCredentials(account_id=1, key_id="k", private_key="pem")
    with pytest.raises(ValueError, match="not both"):
        AuthenticatedClient(credentials=key, account_id=1, api_key="x")
    client = AuthenticatedClient(account_id=1, api_key="x")
    assert str(client.get_httpx_client().base_url) == "https://api.voximplant.com/platform_api/"


def test_api_key_client_creates_and_lists_with_typed_models(emulator: LiveServer) -> None:
    with _api_key_client(emulator) as client:
        created = add_application.sync(client=client, body=AddApplicationRequest(application_name="typed"))
        assert isinstance(created, AddApplicationResponse)
        user = add_user.sync(
            client=client,
            body=AddUserRequest(
                user_name="ann",
                user_display_name="Ann",
                user_password="Passw0rd!",
                application_id=created.application_id,
                user_active=False,
            ),
        )
        apps = get_applications.sync(client=client, body=GetApplicationsRequest(application_name="typed"))
        users = get_users.sync(client=client, body=GetUsersRequest(application_id=created.application_id))
    assert created.application_name == "typed.demo.n1.voximplant.com"
    assert isinstance(user, AddUserResponse) and user.result == 1
    assert isinstance(apps, GetApplicationsResponse)
    assert [a.application_id for a in apps.result] == [created.application_id]
    assert isinstance(users, GetUsersResponse) and users.total_count == 1
    assert users.result[0].user_name == "ann" and users.result[0].user_active is False


def test_wrong_api_key_is_a_typed_voximplant_error(emulator: LiveServer) -> None:
    with _api_key_client(emulator, api_key="wrong") as client:
        reply = get_account_info.sync_detailed(client=client)
    assert reply.status_code == 200  # Voximplant answers its errors with HTTP 200
    assert isinstance(reply.parsed, ErrorResponse)
    assert reply.parsed.error.code == 100


def test_service_account_client_signs_a_jwt_per_request(emulator: LiveServer, tmp_path: Path) -> None:
    path = _service_account_file(emulator, tmp_path)
    with AuthenticatedClient.from_credentials_file(path, base_url=f"{emulator.url}{BASE}") as client:
        info = get_account_info.sync(client=client)
        request = client.get_httpx_client().build_request("POST", "/GetAccountInfo/")
        signed = next(client.get_httpx_client().auth.auth_flow(request))  # type: ignore[union-attr]
    assert isinstance(info, GetAccountInfoResponse) and info.result.account_id == 1
    assert signed.headers["authorization"].startswith("Bearer ey")


def test_async_client_with_service_account(emulator: LiveServer, tmp_path: Path) -> None:
    path = _service_account_file(emulator, tmp_path)

    async def scenario() -> tuple[object, object]:
        async with AuthenticatedClient.from_credentials_file(
            path, base_url=f"{emulator.url}{BASE}"
        ) as client:
            app = await add_application.asyncio(
                client=client, body=AddApplicationRequest(application_name="asy")
            )
            assert isinstance(app, AddApplicationResponse)
            for key in ("cart:1", "cart:2", "user:1"):
                await set_key_value_item.asyncio(
                    client=client,
                    body=SetKeyValueItemRequest(
                        application_id=app.application_id, key=key, value="v", ttl=60
                    ),
                )
            keys = await get_key_value_keys.asyncio(
                client=client, body=GetKeyValueKeysRequest(application_id=app.application_id, key="cart")
            )
            info = await get_account_info.asyncio(client=client)
            return keys, info

    keys, info = asyncio.run(scenario())
    assert isinstance(keys, GetKeyValueKeysResponse)
    assert [k.key for k in keys.result] == ["cart:1", "cart:2"]
    assert isinstance(info, GetAccountInfoResponse) and info.result.account_name == "demo"


def test_call_list_from_a_multipart_csv(emulator: LiveServer) -> None:
    with _api_key_client(emulator) as client:
        app = add_application.sync(client=client, body=AddApplicationRequest(application_name="dialer"))
        assert isinstance(app, AddApplicationResponse)
        with emulator.control() as control:
            rule = control.post(
                "/voximplant-management/accounts/1/rules",
                json={"application_id": app.application_id, "rule_name": "outbound"},
            ).json()
        created = create_call_list.sync(
            client=client,
            body=CreateCallListMultipartRequest(
                rule_id=rule["rule_id"],
                priority=1,
                max_simultaneous=2,
                num_attempts=3,
                name="spring",
                file_content="phone_number,name\n12125550100,Jane\n12125550101,John\n",
                delimiter=",",
            ),
        )
        lists = get_call_lists.sync(client=client, body=GetCallListsRequest(name="spring"))
    assert isinstance(created, CreateCallListResponse) and created.count == 2
    assert isinstance(lists, GetCallListsResponse)
    assert [(c.list_id, c.num_attempts, c.status) for c in lists.result] == [
        (created.list_id, 3, "In progress")
    ]
