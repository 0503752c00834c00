"""The generated Voxology client end to end against the emulator: both auth styles, Sub Account scoping, and a
customer server answering Call Flow callbacks with the client's typed action models, sync and async."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from voxology_client import AuthenticatedClient, errors
from voxology_client.api.account import make_payment, view_account, view_balance
from voxology_client.api.call_flows import update_call_flow_configuration
from voxology_client.api.calls import list_live_calls, make_call, view_call_log, view_live_call
from voxology_client.api.live_call_actions import end_call
from voxology_client.api.phone_numbers import (
    list_all_provisioned_numbers,
    list_provisioned_numbers,
    provision_numbers,
)
from voxology_client.api.sub_accounts import create_sub_account
from voxology_client.models import (
    Account,
    Balance,
    CallbackEndpoint,
    CallEndpoints,
    CallFlowConfigRequest,
    CallFlowResponse,
    CollectAction,
    CollectActionParams,
    Error,
    HangupAction,
    LiveCall,
    LiveCallStatus,
    MakeCallRequest,
    NumberRef,
    PaymentRequest,
    PhoneNumbersRequest,
    SayAction,
    SayActionParams,
    SubAccountCreate,
    VariableAssignment,
    VoiceCallbackRequest,
    VoiceCallbackRequestType,
)

from emulator.core.specs import dereference, load_spec, standalone

from ..conftest import LiveServer
from ..customer_server import CustomerServer, Received

API_KEY = "demo-api-key"
USERNAME, PASSWORD = "john.doe@company.com", "demo-password"
NUMBER, FAR_END = "+19495551212", "+13235550123"


def _client(emulator: LiveServer, **credentials: Any) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=f"{emulator.url}/v1", **(credentials or {"api_key": API_KEY}))


def _schema(name: str) -> Draft202012Validator:
    document = load_spec("voxology")
    return Draft202012Validator(
        standalone(dereference(document, document["components"]["schemas"][name]), document)
    )


def test_the_client_defaults_to_voxology_and_needs_credentials() -> None:
    client = AuthenticatedClient(api_key="k", subaccount_id=5)
    assert str(client.get_httpx_client().base_url) == "https://api.voxolo.gy/v1/SubAccounts/5/"
    assert client.get_httpx_client().headers["X-API-Key"] == "k"
    with pytest.raises(ValueError, match="api_key"):
        AuthenticatedClient()
    with pytest.raises(ValueError, match="together"):
        AuthenticatedClient(account_id="a")


def test_account_methods_use_basic_and_application_methods_the_api_key(emulator: LiveServer) -> None:
    both = _client(emulator, api_key=API_KEY, account_id=USERNAME, password=PASSWORD)
    key_only = _client(emulator)
    account = view_account.sync(client=both)
    assert isinstance(account, Account) and account.username == USERNAME
    numbers = list_all_provisioned_numbers.sync(client=both)
    assert numbers is not None and not isinstance(numbers, Error)
    assert {n.no for n in numbers.phone_numbers} == {NUMBER, "+17145551212"}

    paid = make_payment.sync(client=both, body=PaymentRequest(amount=20))
    balance = view_balance.sync(client=_client(emulator, account_id=USERNAME, password=PASSWORD))
    assert not isinstance(paid, Error) and isinstance(balance, Balance) and balance.balance == 120

    refused = view_account.sync_detailed(client=key_only)
    assert refused.status_code == 401
    assert isinstance(refused.parsed, Error) and refused.parsed.code == 401002
    with pytest.raises(errors.AuthenticationError) as wrong_key:
        list_all_provisioned_numbers.sync(client=_client(emulator, api_key="nope"))
    assert (wrong_key.value.status, wrong_key.value.code) == (401, 401001)
    assert isinstance(wrong_key.value.body, dict) and wrong_key.value.body["code"] == 401001


def test_a_sub_account_client_sees_only_its_sub_account(emulator: LiveServer) -> None:
    parent = _client(emulator)
    sub = create_sub_account.sync(client=parent, body=SubAccountCreate(name="Tenant A"))
    assert sub is not None and not isinstance(sub, Error)
    scoped = _client(emulator, api_key=API_KEY, subaccount_id=sub.id)
    request = PhoneNumbersRequest(phone_numbers=[NumberRef(no="+19495551214")])
    provisioned = provision_numbers.sync("CallFlows", client=scoped, body=request)
    assert provisioned is not None and not isinstance(provisioned, Error)

    placed = make_call.sync(
        client=scoped, body=MakeCallRequest(call=CallEndpoints(no=FAR_END, caller_id_no="+19495551214"))
    )
    assert placed is not None and not isinstance(placed, Error)
    scoped_calls = list_live_calls.sync(client=scoped)
    parent_calls = list_live_calls.sync(client=parent)
    assert scoped_calls is not None and not isinstance(scoped_calls, Error)
    assert [c.id for c in scoped_calls.calls] == [placed.call.id]
    assert parent_calls is not None and not isinstance(parent_calls, Error) and parent_calls.calls == []
    scoped_numbers = list_provisioned_numbers.sync("CallFlows", client=scoped)
    assert scoped_numbers is not None and not isinstance(scoped_numbers, Error)
    assert [n.no for n in scoped_numbers.phone_numbers] == ["+19495551214"]
    with pytest.raises(errors.NotFoundError) as not_here:
        view_live_call.sync(placed.call.id, client=parent)
    assert (not_here.value.status, not_here.value.code) == (404, 404404)


def test_every_documented_action_example_round_trips_through_the_typed_models() -> None:
    schemas = load_spec("voxology")["components"]["schemas"]
    examples = [ex for name, s in schemas.items() if name.endswith("Action") for ex in s.get("examples", [])]
    assert len(examples) >= 22
    for example in examples:
        parsed = CallFlowResponse.from_dict({"actions": [example]})
        assert parsed.to_dict()["actions"] == [example]


def menu(callback: VoiceCallbackRequest) -> CallFlowResponse:
    """The customer's Call Flow, written with the client's typed models."""
    if callback.type_ == VoiceCallbackRequestType.INIT_CALL:
        return CallFlowResponse(
            name="MainMenu",
            actions=[
                VariableAssignment.from_dict({"$greeting": "'Hello ' + $callerNo"}),
                SayAction(type_="SAY", params=SayActionParams(text="${$greeting}")),
                CollectAction(
                    type_="COLLECT",
                    name="menu",
                    params=CollectActionParams(num_digits=1),
                    actions=[SayAction(type_="SAY", params=SayActionParams(text="Press 1 for sales"))],
                ),
            ],
        )
    pressed = {press.name: press.digits for press in callback.key_presses or []}
    return CallFlowResponse(
        actions=[
            SayAction(type_="SAY", params=SayActionParams(text=f"Connecting you to {pressed.get('menu')}")),
            HangupAction(type_="HANGUP"),
        ]
    )


def test_a_customer_server_answers_callbacks_with_typed_action_models(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    response_schema = _schema("CallFlowResponse")
    answers: list[dict[str, Any]] = []

    def answer(request: Received) -> tuple[int, Any]:
        callback = VoiceCallbackRequest.from_dict(request.body)
        if callback.type_ == VoiceCallbackRequestType.END_CALL:
            return 204, None
        document = menu(callback).to_dict()
        answers.append(document)
        return 200, document

    customer_server.answer_with(answer)
    client = _client(emulator)
    configured = update_call_flow_configuration.sync(
        NUMBER,
        client=client,
        body=CallFlowConfigRequest(callback=CallbackEndpoint(url=f"{customer_server.url}/flow")),
    )
    assert configured is not None and not isinstance(configured, Error)
    placed = make_call.sync(
        client=client, body=MakeCallRequest(call=CallEndpoints(no=FAR_END, caller_id_no=NUMBER))
    )
    assert placed is not None and not isinstance(placed, Error)
    call_id = placed.call.id
    emulator.advance(5)  # rings 2 s, answers; the greeting and the menu prompt are said

    with emulator.control() as control:
        control.post(
            f"/voxology/apps/{API_KEY}/calls/{call_id}/digits", json={"digits": "1"}
        ).raise_for_status()
        emulator.advance(3)  # the live_call answer is said, then HANGUP
        heard = control.get(f"/voxology/apps/{API_KEY}/calls/{call_id}").json()["heard"]
    assert [h["text"] for h in heard if h["type"] == "SAY"] == [
        f"Hello {FAR_END}",
        "Press 1 for sales",
        "Connecting you to 1",
    ]
    assert len(answers) == 2 and all(not list(response_schema.iter_errors(a)) for a in answers)
    ended = view_live_call.sync(call_id, client=client)
    assert isinstance(ended, LiveCall) and ended.status == LiveCallStatus.COMPLETED
    log = view_call_log.sync(call_id, client=client)
    assert log is not None and not isinstance(log, Error) and log.call_id == call_id


def test_async_functions_and_call_ids_with_plus_at_and_colon(emulator: LiveServer) -> None:
    call_id = "+19495551212@10.0.0.7:5060"
    client = _client(emulator)
    # A callback URL that is not on loopback is refused, never called: the call waits for the REST API.
    update_call_flow_configuration.sync(
        NUMBER,
        client=client,
        body=CallFlowConfigRequest(callback=CallbackEndpoint(url="https://x.invalid/flow")),
    )
    with emulator.control() as control:
        control.post(
            f"/voxology/apps/{API_KEY}/inbound/calls",
            json={"to": NUMBER, "from": FAR_END, "call_id": call_id},
        ).raise_for_status()

    async def scenario() -> tuple[Any, Any, Any]:
        viewed = await view_live_call.asyncio(call_id, client=client)
        ended = await end_call.asyncio_detailed(call_id, client=client)
        log = await view_call_log.asyncio(call_id, client=client)
        return viewed, ended, log

    viewed, ended, log = asyncio.run(scenario())
    assert isinstance(viewed, LiveCall) and viewed.id == call_id
    assert ended.status_code == 204
    assert log is not None and not isinstance(log, Error) and log.call_id == call_id
