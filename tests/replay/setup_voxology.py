"""The state the Voxology examples refer to: numbers, Caller IDs, configurations, calls in the states the
examples show (queued, in a conference, recorded, completed), messages, Sub Accounts and integrations."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from ..conftest import LiveServer
from .examples import Case, cases, request_example
from .replay import Step

APP = "/voxology/apps/demo-api-key"
NUMBER = "+19495551212"  # the demo's numbers on CallFlows
FAR_END = "+17145550100"


def api(live: LiveServer, prefix: str = "") -> httpx.Client:
    return httpx.Client(base_url=f"{live.url}/v1{prefix}", headers={"X-API-Key": "demo-api-key"}, timeout=10)


def account(live: LiveServer) -> httpx.Client:
    return httpx.Client(base_url=f"{live.url}/v1", auth=("john.doe@company.com", "demo-password"), timeout=10)


def ok(response: httpx.Response) -> Any:
    assert response.status_code < 300, f"{response.request.method} {response.request.url}: {response.text}"
    return response.json() if response.content else None


def documented_body(operation: str) -> Any:
    """The request body the documentation itself shows for an operation (its first example)."""
    return request_example("voxology", operation)


def call(method: str, path: str, body: Any = None, *, basic: bool = False) -> Step:
    """One vendor request that sets state up; nothing to substitute."""

    def send(live: LiveServer, case: Case) -> dict[Any, Any]:
        with account(live) if basic else api(live) as client:
            ok(client.request(method, path, json=body))
        return {}

    return send


def provisioned(*numbers: str) -> Step:
    body = {"phone_numbers": [{"no": no} for no in numbers]}
    return call("POST", "/PhoneNumbers/CallFlows", body)


def released(*numbers: str) -> Step:
    body = {"phone_numbers": [{"no": no} for no in numbers]}
    return call("DELETE", "/PhoneNumbers/CallFlows", body)


def _documented_config(node: Any) -> dict[str, Any]:
    """The first Call Flow configuration a documented answer shows (a mapping with a callback)."""
    if isinstance(node, dict):
        if isinstance(node.get("callback"), dict):
            return node
        children: list[Any] = list(node.values())
    else:
        children = list(node) if isinstance(node, list) else []
    for child in children:
        if found := _documented_config(child):
            return found
    return {}


def configured(no: str) -> Step:
    """The number's Call Flow configuration as the documented answer shows it (its callback with the
    headers the answer names, custom data, tracking)."""

    def send(live: LiveServer, case: Case) -> dict[Any, Any]:
        shown = _documented_config(case.expected) or {"callback": {"url": "https://myserver.com/callback"}}
        fields = ("callback", "callback_failover", "callback_sms", "callback_sms_failover", "custom_data")
        body = {k: shown[k] for k in (*fields, "google_analytics") if shown.get(k) is not None}
        with api(live) as client:
            if no == "DEFAULT":
                ok(client.put("/CallFlows/Configurations/Default", json=body))
            else:
                ok(client.post("/CallFlows/Callbacks", json=[{"no": no, **body}]))
        return {}

    return send


def emulator_now(live: LiveServer) -> datetime:
    return datetime.fromtimestamp(float(live.advance(0)["time"]), UTC)  # type: ignore[arg-type]


def window(begin: str, end: str, date_only: bool = False) -> Step:
    """The documented period (years ago) becomes the hour around the emulator's now."""

    def shift(live: LiveServer, case: Case) -> dict[Any, Any]:
        now = emulator_now(live)
        earlier, later = now - timedelta(days=1), now + timedelta(days=1)
        if date_only:
            return {begin: earlier.strftime("%Y-%m-%d"), end: later.strftime("%Y-%m-%d")}
        stamp = "%Y-%m-%dT%H:%M:%S.000Z"
        return {begin: earlier.strftime(stamp), end: later.strftime(stamp)}

    return shift


def _dial(live: LiveServer, to: str = FAR_END, caller_id: str = NUMBER) -> str:
    # with the session data of the documentation's own call
    session = request_example("voxology", "makeCall")["session_data"]
    with api(live) as client:
        body = {"call": {"no": to, "caller_id_no": caller_id}, "session_data": session}
        placed = ok(client.post("/Dials/Connect", json=body))
    live.advance(3)  # the far end answers after 2 s by the far-end model's default
    call_id: str = placed["call"]["id"]
    return call_id


def _act(live: LiveServer, call_id: str, *actions: dict[str, Any]) -> None:
    with api(live) as client:
        ok(client.post(f"/LiveCalls/{call_id}/Actions", json=list(actions)))
    live.advance(1)


def live_call(documented: str) -> Step:
    return lambda live, case: {documented: _dial(live)}


def _talks_briefly(live: LiveServer, no: str) -> None:
    """The far end answers after a second and hangs up a second later."""
    with live.control() as control:
        rule = {"answer_after_s": 1, "talk_s": 1}
        ok(control.put(f"/farend/voxology/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/{no[1:]}", json=rule))


def completed_call(documented: str) -> Step:
    """A call that was answered, talked and ended."""

    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        _talks_briefly(live, FAR_END)
        call_id = _dial(live)
        live.advance(5)
        return {documented: call_id}

    return create


def dialled_leg(documented_call: str | None = None, window_of: tuple[str, str] | None = None) -> Step:
    """A call leg a live call DIALled (it has a parent call) on a number with a Call Flow configuration;
    with `window_of`, the documented period becomes one that holds the leg but not its parent."""

    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        configured(NUMBER)(live, case)
        parent = _dial(live)
        since = emulator_now(live)
        _talks_briefly(live, "+17145550111")
        _act(live, parent, {"type": "DIAL", "params": {"no": "+17145550111"}})
        live.advance(5)
        with api(live) as client:
            period = {"begin_date": since.strftime("%Y-%m-%dT%H:%M:%S.000Z")}
            logs = ok(client.get("/History/Logs/Calls", params=period))["logs"]
        leg = next(log for log in logs if log["parent_call_id"] == parent)
        found: dict[Any, Any] = {}
        if documented_call:
            found[documented_call] = leg["call_id"]
        if window_of:
            stamp = "%Y-%m-%dT%H:%M:%S.%fZ"
            later = since + timedelta(days=1)
            found.update(
                {window_of[0]: since.strftime(stamp)[:-4] + "Z", window_of[1]: later.strftime(stamp)}
            )
        return found

    return create


def queued_call(queue: str, documented_call: str | None = None) -> Step:
    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        call_id = _dial(live)
        _act(live, call_id, {"type": "QUEUE", "params": {"name": queue}})
        return {documented_call: call_id} if documented_call else {}

    return create


def conference(documented_conf: str, documented_participant: str) -> Step:
    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        call_id = _dial(live)
        _act(live, call_id, {"type": "CONFERENCE", "params": {"name": "support"}})
        with api(live) as client:
            room = ok(client.get("/LiveCalls/Conferences"))["conferences"][0]
        return {documented_conf: room["id"], documented_participant: room["participants"][0]["id"]}

    return create


def recorded_call(documented_call: str) -> Step:
    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        call_id = _dial(live)
        with api(live) as client:
            ok(
                client.post(
                    f"/LiveCalls/{call_id}/Actions/Recording/Start", json={"group": "audio_recording"}
                )
            )
            live.advance(5)
            ok(client.post(f"/LiveCalls/{call_id}/Actions/Recording/Stop"))
        return {documented_call: call_id}

    return create


def inbound_message(documented: str) -> Step:
    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        with live.control() as control:
            ok(control.post(f"{APP}/inbound/sms", json={"to": NUMBER, "from": FAR_END, "text": "Hi"}))
        with api(live) as client:
            message = ok(client.get("/Messages"))["messages"][0]
        return {documented: message["message_id"]}

    return create


def sub_account(documented: Any, *numbers: str) -> Step:
    """A Sub Account (the documented one), holding the numbers its example uses."""

    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        with api(live) as client:
            created = ok(client.post("/SubAccounts", json=documented_body("createSubAccount")))
            if numbers:
                moved = {"subaccount_id": created["id"], "phone_numbers": [{"no": no} for no in numbers]}
                ok(client.put("/PhoneNumbers/Move/CallFlows", json=moved))
        return {documented: created["id"]}

    return create


def _trunk_examples() -> dict[str, Any]:
    """The documentation's trunk creations, by direction."""
    found = [case.body for case in cases("voxology") if case.operation == "createTrunk"]
    return {body["direction"]: body for body in found}


def trunk(documented: str, direction: str | None = None) -> Step:
    """A trunk created as the documentation creates one of the direction its answer shows."""

    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        shown = direction or (case.expected or {}).get("direction", "inbound")
        with api(live) as client:
            created = ok(client.post("/Trunks", json=_trunk_examples()[shown]))
        return {documented: created["trunk_id"]}

    return create


_named_bob = call("PUT", f"/PhoneNumbers/{NUMBER}", {"caller_id_name": "Bob Jones"})  # as the lists show it
_TRUNK = "952bfde1-8079-4c32-92c3-6339810e1be3"
VOXOLOGY_IDS: dict[Any, Step] = {
    "YOUR_SUB_ACCOUNT_ID": sub_account("YOUR_SUB_ACCOUNT_ID"),
    _TRUNK: trunk(_TRUNK),
    "2016-09-19T18:00:00.000Z": window("2016-09-19T18:00:00.000Z", "2016-09-19T19:00:00.138Z"),
    "2019-03-04T17:34:39.870Z": window("2019-03-04T17:34:39.870Z", "2019-03-04T18:43:24.341Z"),
    "2016-03-23T22:05:32.000Z": window("2016-03-23T22:05:32.000Z", "2016-03-29T22:05:34.249Z"),
    "2016-03-10": window("2016-03-10", "2016-03-16", date_only=True),
}
VOXOLOGY_PREPARE: dict[str, list[Step]] = {
    "listAlerts:(no input)": [call("POST", "/Account/Alerts", documented_body("createAlert"), basic=True)],
    "listPayments:example": [call("POST", "/Account/Payments", documented_body("makePayment"), basic=True)],
    "listSubAccounts:example": [sub_account(None)],
    "viewSubAccount:example": [sub_account(1)],
    "updateSubAccount:update": [sub_account(1)],
    "listSubAccountPhoneNumbers:example": [_named_bob, sub_account(1, NUMBER)],
    "makeSubAccountCall:call": [sub_account(1, NUMBER)],
    "viewCallerId:example": [call("POST", f"/CallerIDs/{NUMBER}", {"description": "Desk Phone"})],
    "updateCallerId:desk": [call("POST", f"/CallerIDs/{NUMBER}", {"description": "Desk Phone"})],
    "listCallerIds:example": [call("POST", f"/CallerIDs/{NUMBER}", {"description": "Desk Phone"})],
    "verifyCallerId:example": [call("POST", f"/CallerIDs/{NUMBER}", {"description": "Desk Phone"})],
    "viewDefaultCallFlowConfiguration:(no input)": [configured("DEFAULT")],
    "viewCallFlowConfiguration:example": [provisioned("+17145551213"), configured("+17145551213")],
    "updateCallFlowConfiguration:full": [provisioned("+17145551213")],
    "listCallFlowConfigurations:example": [configured(NUMBER)],
    "listCallFlowCallbacks:(no input)": [configured(NUMBER)],
    "deleteCallFlowCallbacks:one": [configured("+17145551212")],
    "viewCallFlowCallback:example": [configured("+17145551212")],
    "listLiveCalls:example": [live_call("")],
    "viewLiveCall:example": [completed_call("142877@7875")],
    "listCallLogs:example": [dialled_leg(window_of=("2016-09-19T18:00:00.000Z", "2016-09-19T19:00:00.138Z"))],
    "viewCallLog:example": [dialled_leg("142877@7875")],
    "listConferences:(no input)": [conference("", "")],
    "viewConference:example": [conference("abc123", "xyz987")],
    "viewParticipant:example": [conference("abc123", "xyz987")],
    "viewAwsStorage:(no input)": [
        call("PUT", "/Integrations/RecordingStorage/AWS", documented_body("updateAwsStorage"))
    ],
    "viewWatsonCredentials:(no input)": [
        call("PUT", "/Integrations/TTS/Watson", documented_body("updateWatsonCredentials"))
    ],
    "listMessages:example": [
        configured(NUMBER),
        call("POST", "/Messages", documented_body("sendMessage")),
        inbound_message(""),
    ],
    "viewMessage:example": [configured(NUMBER), inbound_message("SMO:f670fe02-2d46-4645-8937-3f7bae1cedb9")],
    "dialSms:sms": [provisioned("+15625551212")],
    "listAllProvisionedNumbers:example": [_named_bob],
    "listProvisionedNumbers:example": [_named_bob],
    "viewProvisionedNumber:example": [_named_bob],
    "provisionNumbers:three": [released(NUMBER)],
    "moveNumbers:to_child": [provisioned("+19495551213")],
    "listQueues:(no input)": [queued_call("name_of_queue")],
    "viewQueue:example": [queued_call("name_of_queue")],
    "deleteQueue:example": [queued_call("name_of_queue")],
    "listQueuedCalls:example": [queued_call("name_of_queue")],
    "viewQueuedCall:example": [queued_call("name_of_queue", "142877@7875")],
    "peekQueue:example": [queued_call("name_of_queue")],
    "pollQueue:example": [queued_call("name_of_queue")],
    "listRecordings:example": [recorded_call("1234@56")],
    "listCallRecordings:example": [recorded_call("12345@67890")],
    "listTrunks:(no input)": [trunk("", "outbound"), trunk("", "inbound")],
}
