"""Plans and prices, the account's own profile, its verifications, and its child accounts (accounts the
control API creates with a parent)."""

from __future__ import annotations

from ..conftest import LiveServer
from .vox import control, error, ok, post


def child(emulator: LiveServer, name: str, parent: int = 1) -> dict[str, object]:
    created: dict[str, object] = control(
        emulator,
        "POST",
        "/accounts",
        account_name=name,
        account_email=f"{name}@example.com",
        api_key=f"{name}-key",
        parent_account_id=parent,
    )
    return created


def test_changing_plan_charges_the_new_plan_and_shows_on_the_account(emulator: LiveServer) -> None:
    plans = ok(emulator, "GetAccountPlans")["result"]
    assert [(p["plan_type"], p["plan_subscription_template_id"]) for p in plans] == [
        ("IM", 101),
        ("MAU", 201),
    ]
    available = ok(emulator, "GetAvailablePlans", plan_type="IM")["result"]
    assert [p["plan_subscription_template_id"] for p in available] == [101, 102]
    before = ok(emulator, "GetAccountInfo")["result"]["balance"]
    ok(emulator, "ChangeAccountPlan", plan_subscription_template_id=102)
    assert ok(emulator, "GetAccountInfo")["result"]["balance"] == before - 49.0
    [im] = ok(emulator, "GetAccountPlans", plan_type="IM")["result"]
    assert (im["plan_name"], im["periodic_charge"]) == ("IM Business", 49.0)
    history = ok(
        emulator, "GetTransactionHistory", from_date="2000-01-01 00:00:00", to_date="2100-01-01 00:00:00"
    )["result"]
    assert [t["amount"] for t in history if "IM Business" in t["transaction_description"]] == [-49.0]
    # Staying on the same plan changes and charges nothing.
    ok(emulator, "ChangeAccountPlan", plan_subscription_template_id=102)
    assert ok(emulator, "GetAccountInfo")["result"]["balance"] == before - 49.0
    assert error(emulator, "ChangeAccountPlan", plan_subscription_template_id=202)["code"] == 422
    assert error(emulator, "ChangeAccountPlan", plan_subscription_template_id=999)["code"] == 404
    wrong_type = error(emulator, "ChangeAccountPlan", plan_subscription_template_id=201, plan_type="IM")
    assert wrong_type["code"] == 422


def test_money_to_charge_covers_the_renewals_due(emulator: LiveServer) -> None:
    ok(emulator, "AttachPhoneNumber", phone_number="12125550101")
    due = ok(emulator, "GetMoneyAmountToCharge", charge_date="2100-01-01")["result"]
    names = [s["subscription_name"] for s in due["subscriptions"]]
    assert names == ["Phone number 12125550100", "Phone number 12125550101"]
    assert due["amount_to_charge"] == 0.0  # the balance covers both
    assert ok(emulator, "GetMoneyAmountToCharge", charge_date="2000-01-01")["result"]["subscriptions"] == []
    ok(emulator, "ChangeAccountPlan", plan_subscription_template_id=202)  # 99 of the 100 left
    due = ok(emulator, "GetMoneyAmountToCharge", charge_date="2100-01-01", currency="EUR")["result"]
    balance = ok(emulator, "GetAccountInfo")["result"]["balance"]
    assert due["currency"] == "EUR"
    assert due["amount_to_charge"] == round((1.0 + 1.0 + 99.0 - balance) * 0.92, 2)


def test_resource_and_subscription_prices(emulator: LiveServer) -> None:
    [out] = ok(emulator, "GetResourcePrice", resource_type="PSTN_OUT", resource_param="GB")["result"]
    assert [(g["price_group_name"], g["price"]) for g in out["price_groups"]] == [("GB outbound", 0.025)]
    every = ok(emulator, "GetResourcePrice")["result"]
    assert {r["resource_type"] for r in every} >= {"PSTN_IN", "PSTN_OUT", "SMS_OUT"}
    plans = ok(emulator, "GetSubscriptionPrice", subscription_template_type="PLAN")
    assert plans["total_count"] == 4
    [london] = ok(emulator, "GetSubscriptionPrice", subscription_template_id=2001)["result"]
    assert (london["price"], london["installation_price"]) == (3.0, 1.0)


def test_set_account_info_changes_what_get_account_info_returns(emulator: LiveServer) -> None:
    ok(
        emulator,
        "SetAccountInfo",
        account_first_name="Jane",
        new_account_email="jane@example.com",
        language_code="ru",
        min_balance_to_notify=5,
        news_notifications=False,
        callback_url="https://example.com/cb",
        billing_address_country_code="GB",
    )
    info = ok(emulator, "GetAccountInfo")["result"]
    assert (info["account_first_name"], info["account_email"], info["language_code"]) == (
        "Jane",
        "jane@example.com",
        "ru",
    )
    assert (info["min_balance_to_notify"], info["news_notifications"], info["callback_url"]) == (
        5.0,
        False,
        "https://example.com/cb",
    )
    assert info["billing_address_country_code"] == "GB"
    bad = error(emulator, "SetAccountInfo", new_account_email="not-an-email")
    assert bad["code"] == 101


def test_child_accounts_are_listed_and_edited_by_their_parent_only(emulator: LiveServer) -> None:
    first, second = child(emulator, "kid1"), child(emulator, "kid2")
    stranger = control(emulator, "POST", "/accounts", account_name="stranger", api_key="stranger-key")
    listed = ok(emulator, "GetChildrenAccounts")
    assert [a["account_name"] for a in listed["result"]] == ["kid1", "kid2"] and listed["total_count"] == 2
    brief = ok(emulator, "GetChildrenAccounts", brief_output=True, child_account_id=second["account_id"])
    assert set(brief["result"][0]) == {"account_id", "account_name", "account_email", "active", "created"}
    ok(
        emulator,
        "SetChildAccountInfo",
        child_account_id=first["account_id"],
        active=False,
        language_code="ru",
    )
    ok(
        emulator,
        "SetChildAccountInfo",
        child_account_name="kid2",
        new_child_account_email="kid2-new@example.com",
    )
    inactive = ok(emulator, "GetChildrenAccounts", active=False)["result"]
    assert [(a["account_name"], a["language_code"]) for a in inactive] == [("kid1", "ru")]
    [renamed] = ok(emulator, "GetChildrenAccounts", child_account_email="kid2-new")["result"]
    assert renamed["account_id"] == second["account_id"]
    # The child sees its own new email; a stranger is not the parent's child.
    kid2 = post(
        emulator, "GetAccountInfo", auth={"account_id": str(second["account_id"]), "api_key": "kid2-key"}
    )
    assert kid2["result"]["account_email"] == "kid2-new@example.com"
    refused = error(emulator, "SetChildAccountInfo", child_account_id=stranger["account_id"], active=False)
    assert refused["code"] == 404
    assert error(emulator, "SetChildAccountInfo", active=False)["code"] == 101
    assert ok(emulator, "GetChildrenAccounts", child_account_id=stranger["account_id"])["result"] == []
    # A child has no children of its own.
    kid_children = post(
        emulator, "GetChildrenAccounts", auth={"account_id": str(first["account_id"]), "api_key": "kid1-key"}
    )
    assert kid_children["total_count"] == 0


def test_verifications_of_the_account_and_its_children(emulator: LiveServer) -> None:
    kid = child(emulator, "kid")
    [own] = ok(emulator, "GetAccountDocuments")["result"]
    assert own["account_id"] == 1 and own["verifications"][0]["verification_status"] == "VERIFIED"
    both = ok(emulator, "GetAccountDocuments", child_account_id="all")["result"]
    assert [d["account_id"] for d in both] == [1, kid["account_id"]]
    only_children = ok(
        emulator, "GetAccountDocuments", child_account_id="all", children_verifications_only=True
    )
    assert [d["account_id"] for d in only_children["result"]] == [kid["account_id"]]
    assert ok(emulator, "GetAccountDocuments", verification_status="REQUIRED")["result"] == []
    [verification] = ok(emulator, "GetAccountVerifications", account_id=1)["result"]
    assert verification["status"] == "VERIFIED"
    [own_default] = ok(emulator, "GetAccountVerifications")["result"]  # the caller's own by default
    assert own_default["account_id"] == 1
    # With api_key authentication account_id also names the caller: the parent's key does not open the child
    # (a service account's JWT reads a child's verifications: the official client's test does).
    refused = error(emulator, "GetAccountVerifications", account_id=kid["account_id"])
    assert refused["code"] == 100


def test_a_child_account_needs_an_existing_parent(emulator: LiveServer) -> None:
    with emulator.control() as client:
        response = client.post(
            "/voximplant-management/accounts", json={"account_name": "orphan", "parent_account_id": 999}
        )
    assert response.status_code == 404
