"""Voximplant's own Python client (voximplant-apiclient) through the phone number, regulation, plan, price,
account-profile and child-account commands, over HTTPS against the emulator: search, buy, use, release."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from voximplant.apiclient import VoximplantAPI

from ..conftest import LiveServer

NY_REGION = 1001
LONDON_REGION = 2001


@pytest.fixture
def official(
    tls_server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[VoximplantAPI, int, LiveServer]:
    """A fresh account (balance 100) with a service account, and the official client for it."""
    assert tls_server.tls is not None and tls_server.tls.ca is not None
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tls_server.tls.ca))
    with tls_server.control() as control:
        account = control.post("/voximplant-management/accounts", json={"account_name": "buyer"}).json()
        account_id = account["account_id"]
        credentials = control.post(f"/voximplant-management/accounts/{account_id}/service-accounts").json()
    path = tmp_path / "credentials.json"
    path.write_text(json.dumps(credentials), encoding="utf-8")
    return VoximplantAPI(str(path), endpoint=f"127.0.0.1:{tls_server.port}"), account_id, tls_server


def test_search_buy_bind_and_release_numbers_with_the_official_client(
    official: tuple[VoximplantAPI, int, LiveServer],
) -> None:
    api, account_id, server = official
    categories = api.get_phone_number_categories(country_code=["US", "GB"])["result"]
    assert {c["country_code"] for c in categories} == {"US", "GB"}
    states = api.get_phone_number_country_states("US", phone_category_name="GEOGRAPHIC")["result"]
    assert "NY" in [s["country_state"] for s in states]
    regions = api.get_phone_number_regions("US", "GEOGRAPHIC", country_state="NY", omit_empty=True)["result"]
    assert [r["phone_region_id"] for r in regions] == [NY_REGION]
    actual = api.get_actual_phone_number_region("US", "GEOGRAPHIC", NY_REGION)["result"]
    assert actual["phone_price"] == 1.0 and actual["multiple_numbers_price"]
    offers = api.get_new_phone_numbers(
        country_code="US", phone_category_name="GEOGRAPHIC", phone_region_id=NY_REGION, count=2
    )
    assert offers["total_count"] >= 2 and len(offers["result"]) == 2

    bought = api.attach_phone_number(
        phone_count=1, country_code="US", phone_category_name="GEOGRAPHIC", phone_region_id=NY_REGION
    )
    assert bought["result"] == 1
    [phone] = bought["phone_numbers"]
    by_number = api.attach_phone_number(phone_number=[offers["result"][1]["phone_number"]])
    assert by_number["result"] == 1
    assert api.get_account_info()["result"]["balance"] == 98.0  # two numbers at 1.0 a month each

    app = api.add_application("numbers")
    with server.control() as control:
        rule = control.post(
            f"/voximplant-management/accounts/{account_id}/rules",
            json={"application_id": app["application_id"], "rule_name": "inbound"},
        ).json()
    bound = api.bind_phone_number_to_application(
        phone_id=phone["phone_id"], application_id=app["application_id"], rule_id=rule["rule_id"]
    )
    assert bound["result"] == 1
    [listed] = api.get_phone_numbers(phone_id=phone["phone_id"])["result"]
    assert (listed["application_id"], listed["rule_id"]) == (app["application_id"], rule["rule_id"])
    assert api.get_account_phone_number_countries(application_id=[app["application_id"]])["result"] == ["US"]
    info = api.set_phone_number_info(
        phone_id=phone["phone_id"], incoming_sms_callback_url="https://x.test/sms"
    )
    assert info["result"] == 1
    assert api.get_phone_numbers_async()["result"] > 0
    [report] = api.get_phone_number_reports(desc_order=True)["result"]
    assert isinstance(report["created"], datetime)  # the client parsed the documented date format

    assert api.deactivate_phone_number(phone_number=phone["phone_number"])["result"] == 1
    assert api.get_phone_numbers(phone_id=phone["phone_id"])["total_count"] == 0


def test_regulation_addresses_with_the_official_client(
    official: tuple[VoximplantAPI, int, LiveServer],
) -> None:
    api, account_id, server = official
    [gb] = api.get_countries(country_code="GB")["result"]
    assert any(c["is_need_regulation_address"] for c in gb["phone_categories"])
    regions = api.get_regions("GB", "GEOGRAPHIC", city_name="Lon")
    assert [r["phone_region_code"] for r in regions["result"]] == ["20"]
    assert api.get_zip_codes("GB", phone_region_code="20", count=1)["total_count"] == 3
    with server.control() as control:
        address = control.post(
            f"/voximplant-management/accounts/{account_id}/regulation-addresses",
            json={"country_code": "GB", "phone_category_name": "GEOGRAPHIC", "city": "London"},
        ).json()
    available = api.get_available_regulations("GB", "GEOGRAPHIC", phone_region_code="20")
    assert available["result"] is True
    addresses = api.get_regulations_address(country_code="GB", verified=True)["result"]
    assert [a["regulation_address_id"] for a in addresses] == [address["regulation_address_id"]]
    [phone] = api.attach_phone_number(
        phone_count=1, country_code="GB", phone_category_name="GEOGRAPHIC", phone_region_id=LONDON_REGION
    )["phone_numbers"]
    assert phone["verification_status"] == "REQUIRED"
    linked = api.linkregulation_address(address["regulation_address_id"], phone_id=phone["phone_id"])
    assert linked["result"] is True
    [listed] = api.get_phone_numbers(phone_id=phone["phone_id"])["result"]
    assert listed["verification_status"] == "VERIFIED" and listed["can_be_used"] is True


def test_plans_prices_profile_and_child_accounts_with_the_official_client(
    official: tuple[VoximplantAPI, int, LiveServer],
) -> None:
    api, account_id, server = official
    plans = api.get_account_plans(plan_type=["IM"])["result"]
    assert isinstance(plans[0]["next_charge"], date)
    available = api.get_available_plans(plan_type=["IM"])["result"]
    assert [p["plan_subscription_template_id"] for p in available] == [101, 102]
    assert api.change_account_plan(102, plan_type="IM")["result"] == 1
    assert api.get_account_info()["result"]["balance"] == 51.0
    due = api.get_money_amount_to_charge(charge_date=(date.today() + timedelta(days=400)).isoformat())[
        "result"
    ]
    assert isinstance(due["subscriptions"][0]["subscription_next_renewal"], date)
    prices = api.get_resource_price(resource_type=["PSTN_OUT"])["result"]
    assert prices[0]["resource_type"] == "PSTN_OUT"
    templates = api.get_subscription_price(subscription_template_type="PLAN")
    assert templates["total_count"] == 4

    assert api.set_account_info(account_first_name="Jane", news_notifications=False)["result"] == 1
    profile = api.get_account_info()["result"]
    assert (profile["account_first_name"], profile["news_notifications"]) == ("Jane", False)

    with server.control() as control:
        kid = control.post(
            "/voximplant-management/accounts",
            json={"account_name": "kid", "account_email": "kid@example.com", "parent_account_id": account_id},
        ).json()
    children = api.get_children_accounts(child_account_id=[kid["account_id"]])
    assert [c["account_name"] for c in children["result"]] == ["kid"]
    assert isinstance(children["result"][0]["created"], datetime)
    assert api.set_child_account_info(child_account_id=[kid["account_id"]], active=False)["result"] == 1
    assert api.get_children_accounts(active=False)["total_count"] == 1
    documents = api.get_account_documents(child_account_id="all")["result"]
    assert [d["account_id"] for d in documents] == [account_id, kid["account_id"]]
    verifications = api.get_account_verifications(kid["account_id"])["result"]
    assert verifications[0]["account_id"] == kid["account_id"]
