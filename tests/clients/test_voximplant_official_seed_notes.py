"""Where the seed and the official Python client disagree, the emulator answers what the client sends."""

from __future__ import annotations

from voximplant.apiclient import VoximplantAPI

from ..conftest import LiveServer
from .test_voximplant_official_client import official  # noqa: F401 - the fixture

CSV = "phone_number;name\n12125550101;Ann\n"


def test_get_sip_registrations_without_rule_or_user_filters(
    official: tuple[VoximplantAPI, int],  # noqa: F811
    tls_server: LiveServer,
) -> None:
    api, account_id = official
    with tls_server.control() as control:
        for name in ("a", "b"):
            control.post(
                f"/voximplant-management/accounts/{account_id}/sip-registrations",
                json={"sip_username": name, "proxy": "sip.example.com"},
            ).raise_for_status()
    listed = api.get_sip_registrations()  # the client sends no rule_id or user_id unless asked
    assert sorted(r["sip_username"] for r in listed["result"]) == ["a", "b"]
    assert api.get_sip_registrations(sip_username="b")["count"] == 1


def test_delete_call_list_with_the_list_id_alone(
    official: tuple[VoximplantAPI, int],  # noqa: F811
    tls_server: LiveServer,
) -> None:
    api, account_id = official
    app_id = api.add_application("dialler")["application_id"]
    with tls_server.control() as control:
        rule = control.post(
            f"/voximplant-management/accounts/{account_id}/rules",
            json={"application_id": app_id, "rule_name": "out"},
        ).json()
    created = api.create_call_list(rule["rule_id"], 1, 1, 1, "spring", CSV)
    deleted = api.delete_call_list(list_id=created["list_id"])  # the client refuses account_id with it
    assert deleted["result"] is True
    assert api.get_call_lists()["total_count"] == 0


def test_sq_get_agents_without_handle_calls(official: tuple[VoximplantAPI, int]) -> None:  # noqa: F811
    api, _ = official
    app_id = api.add_application("queues")["application_id"]
    ann = api.add_user("ann", "Ann", "Passw0rd!1", application_id=app_id)["user_id"]
    ben = api.add_user("ben", "Ben", "Passw0rd!2", application_id=app_id)["user_id"]
    api.sq__set_agent_info(application_id=app_id, user_id=ben, handle_calls=False)
    agents = api.sq__get_agents(application_id=app_id)  # the client has no handle_calls parameter
    assert sorted(a["user_id"] for a in agents["result"]) == sorted([ann, ben])
