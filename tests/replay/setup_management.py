"""The state the Voximplant Management examples refer to: the application, users, queues and skills their
ids name, each created through the Management API itself with the documentation's own request."""

from __future__ import annotations

from typing import Any

import httpx

from ..conftest import LiveServer
from .examples import Case, request_example
from .replay import Field, Step

API = "voximplant-management"


def management(live: LiveServer, method: str, params: dict[str, Any]) -> Any:
    form = {"account_id": "1", "api_key": "demo-api-key", **{k: str(v) for k, v in params.items()}}
    with httpx.Client(base_url=f"{live.url}/platform_api", timeout=10) as client:
        answer = client.post(f"/{method}/", data=form).json()
    assert "error" not in answer, f"{method}: {answer}"
    return answer


def _application(live: LiveServer) -> int:
    """The application the examples work in: "myapp1", as AddApplication's example names it."""
    app_id: int = management(live, "AddApplication", request_example(API, "AddApplication"))["application_id"]
    return app_id


def _in_application(live: LiveServer, method: str, answer_field: str) -> tuple[int, Any]:
    """A thing created in the application with the documentation's request for it; its id."""
    app_id = _application(live)
    params = {**request_example(API, method), "application_id": app_id}
    answer = management(live, method, params)
    # an id in the answer itself, or in its one result
    result = answer.get("result")
    found = answer.get(answer_field) or (result[0] if isinstance(result, list) else result)[answer_field]
    return app_id, found


def application(documented: Any) -> Step:
    return lambda live, case: {documented: _application(live)}


def created(method: str, answer_field: str, *documented: Any) -> Step:
    """An application holding one thing `method` creates; the documented application id and thing ids
    become the created ones."""

    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        app_id, thing_id = _in_application(live, method, answer_field)
        found: dict[Any, Any] = {Field("application_id", 1): app_id}
        for value in documented:
            found[value] = type(value[1])(thing_id) if isinstance(value, Field) else thing_id
        return found

    return create


def in_account(method: str, answer_field: str, *documented: Field) -> Step:
    """A thing of the account itself (no application) created with the documentation's request."""

    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        thing_id = management(live, method, request_example(API, method))[answer_field]
        return {value: type(value[1])(thing_id) for value in documented}

    return create


def kv_item(live: LiveServer, case: Case) -> dict[Any, Any]:
    """The documented key-value item, set in the application with SetKeyValueItem's own example."""
    app_id = _application(live)
    management(live, "SetKeyValueItem", {**request_example(API, "SetKeyValueItem"), "application_id": app_id})
    return {Field("application_id", 1): app_id}


def _ids(name: str) -> tuple[Field, Field]:
    return Field(name, 1), Field(name, "1")


MANAGEMENT_IDS: dict[Any, Step] = {
    Field("application_id", 1): application(Field("application_id", 1)),
    Field("application_name", "myapp1"): application(None),
}
_USER = created("AddUser", "user_id", *_ids("user_id"))
_QUEUE = created("AddQueue", "acd_queue_id", *_ids("acd_queue_id"))
_SQ_QUEUE = created("SQ_AddQueue", "sq_queue_id", *_ids("sq_queue_id"))
_SQ_SKILL = created("SQ_AddSkill", "sq_skill_id", *_ids("sq_skill_id"))
_SECRET = created("AddSecret", "secret_id", *_ids("secret_id"))
_SKILL = in_account("AddSkill", "skill_id", *_ids("skill_id"))
_PSTN = in_account("AddPstnBlackListItem", "pstn_blacklist_id", *_ids("pstn_blacklist_id"))
_SIP = in_account("AddSipWhiteListItem", "sip_whitelist_id", *_ids("sip_whitelist_id"))
_ADMIN = in_account("AddAdminUser", "admin_user_id", *_ids("required_admin_user_id"))
MANAGEMENT_PREPARE: dict[str, list[Step]] = {
    "DelSkill:request": [_SKILL],
    "SetSkillInfo:request": [_SKILL],
    "DelPstnBlackListItem:request": [_PSTN],
    "SetPstnBlackListItem:request": [_PSTN],
    "DelSipWhiteListItem:request": [_SIP],
    "SetSipWhiteListItem:request": [_SIP],
    "DelAdminUser:request": [_ADMIN],
    "SetAdminUserInfo:request": [_ADMIN],
    "AttachAdminRole:request": [_ADMIN],
    "DelKeyValueItem:request": [kv_item],
    "GetKeyValueItem:request": [kv_item],
    # AddApplication's example is about creating "myapp1": it must not exist yet
    "AddApplication:request": [lambda live, case: {Field("application_name", "myapp1"): "myapp1"}],
    "SetUserInfo:request": [_USER],
    "SQ_BindAgent:request": [_SQ_QUEUE],
    "SQ_UnbindAgent:request": [_SQ_QUEUE],
    "SQ_SetAgentInfo:request": [_USER],
    "SQ_DelQueue:request": [_SQ_QUEUE],
    "SQ_SetQueueInfo:request": [_SQ_QUEUE],
    "GetSQState:request": [_SQ_QUEUE],
    "GetSmartQueueDayHistory:request": [_SQ_QUEUE],
    "SQ_DelSkill:request": [_SQ_SKILL],
    "SQ_SetSkillInfo:request": [_SQ_SKILL],
    "SQ_UnbindSkill:request": [_SQ_SKILL],
    "SetQueueInfo:request": [_QUEUE],
    "DelQueue:request": [_QUEUE],
    "DelSecret:request": [_SECRET],
    "GetSecretValue:request": [_SECRET],
    "SetSecretInfo:request": [_SECRET],
}
