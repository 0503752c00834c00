"""Buying numbers from the catalogue: searched, charged to the balance, bound to an application and its
rule, edited, given a regulation address, and released back on sale."""

from __future__ import annotations

from ..conftest import LiveServer
from .vox import control, error, new_app, ok, post

NY_REGION = 1001
LONDON_REGION = 2001


def balance(emulator: LiveServer) -> float:
    return float(ok(emulator, "GetAccountInfo")["result"]["balance"])


def test_the_catalogue_lists_countries_categories_states_and_regions(emulator: LiveServer) -> None:
    countries = ok(emulator, "GetPhoneNumberCategories", country_code="US;GB")["result"]
    assert [c["country_code"] for c in countries] == ["GB", "US"]
    us = next(c for c in countries if c["country_code"] == "US")
    assert {c["phone_category_name"]: c["country_has_states"] for c in us["phone_categories"]} == {
        "GEOGRAPHIC": True,
        "TOLLFREE": False,
    }
    states = ok(emulator, "GetPhoneNumberCountryStates", country_code="US", phone_category_name="GEOGRAPHIC")
    assert [s["country_state"] for s in states["result"]] == ["CA", "NY"]
    assert ok(emulator, "GetPhoneNumberCountryStates", country_code="GB")["result"] == []
    [ny] = ok(
        emulator,
        "GetPhoneNumberRegions",
        country_code="US",
        phone_category_name="GEOGRAPHIC",
        country_state="NY",
    )["result"]
    assert (ny["phone_region_id"], ny["phone_region_name"], ny["phone_price"], ny["phone_count"]) == (
        NY_REGION,
        "New York",
        1.0,
        20,
    )
    actual = ok(
        emulator,
        "GetActualPhoneNumberRegion",
        country_code="GB",
        phone_category_name="GEOGRAPHIC",
        phone_region_id=LONDON_REGION,
    )["result"]
    assert actual["is_need_regulation_address"] is True and actual["phone_installation_price"] == 1.0
    missing = error(
        emulator,
        "GetActualPhoneNumberRegion",
        country_code="US",
        phone_category_name="MOBILE",
        phone_region_id=1,
    )
    assert missing["code"] == 404


def test_search_pages_and_masks_the_numbers_for_sale(emulator: LiveServer) -> None:
    page = ok(emulator, "GetNewPhoneNumbers", country_code="US", phone_region_id=NY_REGION, count=3, offset=1)
    assert [n["phone_number"] for n in page["result"]] == ["12125550102", "12125550103", "12125550104"]
    assert page["total_count"] == 20
    masked = ok(emulator, "GetNewPhoneNumbers", phone_number_mask="121255501?5")
    assert [n["phone_number"] for n in masked["result"]] == ["12125550105", "12125550115"]
    assert ok(emulator, "GetNewPhoneNumbers", phone_number_mask="4930")["total_count"] == 20


def test_buying_charges_the_balance_and_the_number_joins_the_account(emulator: LiveServer) -> None:
    before = balance(emulator)
    bought = ok(
        emulator,
        "AttachPhoneNumber",
        phone_count=2,
        country_code="US",
        phone_category_name="GEOGRAPHIC",
        phone_region_id=NY_REGION,
    )
    numbers = [p["phone_number"] for p in bought["phone_numbers"]]
    assert numbers == ["12125550101", "12125550102"]
    assert balance(emulator) == before - 2.0
    listed = ok(emulator, "GetPhoneNumbers", phone_number=";".join(numbers))
    assert [p["phone_region_name"] for p in listed["result"]] == ["New York", "New York"]
    assert all(p["can_be_used"] and p["verification_status"] == "VERIFIED" for p in listed["result"])
    history = ok(
        emulator,
        "GetTransactionHistory",
        from_date="2000-01-01 00:00:00",
        to_date="2100-01-01 00:00:00",
    )["result"]
    charges = [t for t in history if "12125550101" in t["transaction_description"]]
    assert [t["amount"] for t in charges] == [-1.0]
    # Bought numbers are out of stock, for this account and any other.
    stock = ok(emulator, "GetNewPhoneNumbers", phone_region_id=NY_REGION)
    assert stock["total_count"] == 18 and stock["result"][0]["phone_number"] == "12125550103"
    again = error(emulator, "AttachPhoneNumber", phone_number="12125550101")
    assert again["code"] == 409
    other = control(emulator, "POST", "/accounts", account_name="other", api_key="other-key")
    taken = error(
        emulator,
        "AttachPhoneNumber",
        phone_number="12125550102",
    )
    assert taken["code"] == 409

    refused = post(
        emulator,
        "AttachPhoneNumber",
        auth={"account_id": str(other["account_id"]), "api_key": "other-key"},
        phone_number="12125550102",
    )
    assert refused["error"]["code"] == 422 and "no longer available" in refused["error"]["msg"]


def test_a_balance_that_does_not_cover_the_purchase_refuses_it(emulator: LiveServer) -> None:
    poor = control(emulator, "POST", "/accounts", account_name="poor", api_key="poor-key", balance=2.5)

    auth = {"account_id": str(poor["account_id"]), "api_key": "poor-key"}
    refused = post(
        emulator,
        "AttachPhoneNumber",
        auth=auth,
        phone_count=1,
        country_code="DE",
        phone_category_name="GEOGRAPHIC",
        phone_region_id=3001,
    )
    assert refused["error"]["code"] == 422 and "Insufficient funds" in refused["error"]["msg"]
    listed = post(emulator, "GetPhoneNumbers", auth=auth)
    assert listed["total_count"] == 0  # nothing bought, nothing charged
    assert post(emulator, "GetAccountInfo", auth=auth)["result"]["balance"] == 2.5
    cheap = post(emulator, "AttachPhoneNumber", auth=auth, phone_number="12135550101")
    assert cheap["result"] == 1
    assert post(emulator, "GetAccountInfo", auth=auth)["result"]["balance"] == 1.5


def test_binding_editing_and_releasing_a_bought_number(emulator: LiveServer) -> None:
    app_id = new_app(emulator)
    rule = control(emulator, "POST", "/accounts/1/rules", application_id=app_id, rule_name="inbound")
    [bought] = ok(emulator, "AttachPhoneNumber", phone_number="18005550107")["phone_numbers"]
    phone_id = bought["phone_id"]
    ok(
        emulator,
        "BindPhoneNumberToApplication",
        phone_id=phone_id,
        application_id=app_id,
        rule_name="inbound",
    )
    [view] = ok(emulator, "GetPhoneNumbers", phone_id=phone_id)["result"]
    assert (view["application_id"], view["rule_id"], view["rule_name"]) == (
        app_id,
        rule["rule_id"],
        "inbound",
    )
    assert view["application_name"] == "app1"
    assert ok(emulator, "GetPhoneNumbers", application_id=app_id)["total_count"] == 1
    assert ok(emulator, "GetAccountPhoneNumberCountries", application_id=app_id)["result"] == ["US"]
    wrong_rule = error(
        emulator, "BindPhoneNumberToApplication", phone_id=phone_id, application_id=app_id, rule_name="nope"
    )
    assert wrong_rule["code"] == 404
    ok(emulator, "SetPhoneNumberInfo", phone_id=phone_id, incoming_sms_callback_url="https://x.test/sms")
    ok(emulator, "SetPhoneNumberInfo", phone_number="18005550107", auto_charge=False)
    [view] = ok(emulator, "GetPhoneNumbers", phone_id=phone_id)["result"]
    assert view["incoming_sms_callback_url"] == "https://x.test/sms" and view["auto_charge"] is False
    ok(emulator, "BindPhoneNumberToApplication", phone_id=phone_id, bind=False)
    [view] = ok(emulator, "GetPhoneNumbers", phone_id=phone_id)["result"]
    assert "application_id" not in view and "rule_id" not in view
    ok(emulator, "DeactivatePhoneNumber", phone_number="18005550107")
    assert ok(emulator, "GetPhoneNumbers", phone_id=phone_id)["total_count"] == 0
    assert error(emulator, "DeactivatePhoneNumber", phone_id=phone_id)["code"] == 404
    # Released: on sale again.
    assert ok(emulator, "GetNewPhoneNumbers", phone_number_mask="18005550107")["total_count"] == 1


def test_a_number_that_needs_an_address_is_usable_once_a_verified_one_is_linked(emulator: LiveServer) -> None:
    available = ok(emulator, "GetAvailableRegulations", country_code="GB", phone_category_name="GEOGRAPHIC")
    assert available["result"] is True
    assert [a["regulation_address_id"] for a in available["available_address"]] == [501]
    [bought] = ok(
        emulator,
        "AttachPhoneNumber",
        country_code="GB",
        phone_category_name="GEOGRAPHIC",
        phone_region_id=LONDON_REGION,
    )["phone_numbers"]
    assert bought["verification_status"] == "REQUIRED"
    [view] = ok(emulator, "GetPhoneNumbers", phone_id=bought["phone_id"])["result"]
    assert view["can_be_used"] is False
    pending = control(
        emulator, "POST", "/accounts/1/regulation-addresses", country_code="GB", status="IN_PROGRESS"
    )
    assert (
        ok(emulator, "GetRegulationsAddress", in_progress=True)["result"][0]["regulation_address_id"]
        == (pending["regulation_address_id"])
    )
    ok(
        emulator,
        "LinkregulationAddress",
        regulation_address_id=pending["regulation_address_id"],
        phone_id=bought["phone_id"],
    )
    [view] = ok(emulator, "GetPhoneNumbers", phone_id=bought["phone_id"])["result"]
    assert (view["verification_status"], view["can_be_used"]) == ("IN_PROGRESS", False)
    ok(emulator, "LinkregulationAddress", regulation_address_id=501, phone_number=bought["phone_number"])
    [view] = ok(emulator, "GetPhoneNumbers", phone_id=bought["phone_id"])["result"]
    assert (view["verification_status"], view["can_be_used"]) == ("VERIFIED", True)
    us_address = control(emulator, "POST", "/accounts/1/regulation-addresses", country_code="US")
    refused = error(
        emulator,
        "LinkregulationAddress",
        regulation_address_id=us_address["regulation_address_id"],
        phone_id=bought["phone_id"],
    )
    assert refused["code"] == 422 and "GB" in refused["msg"]
    with_address = ok(
        emulator,
        "AttachPhoneNumber",
        phone_count=1,
        country_code="GB",
        phone_category_name="GEOGRAPHIC",
        phone_region_id=LONDON_REGION,
        regulation_address_id=501,
    )
    assert with_address["phone_numbers"][0]["verification_status"] == "VERIFIED"


def test_regulation_catalogue_and_phone_number_reports(emulator: LiveServer) -> None:
    [gb] = ok(emulator, "GetCountries", country_code="GB")["result"]
    assert {c["phone_category_name"]: c["is_need_regulation_address"] for c in gb["phone_categories"]} == {
        "GEOGRAPHIC": True,
        "MOBILE": False,
    }
    regions = ok(emulator, "GetRegions", country_code="DE", phone_category_name="GEOGRAPHIC", city_name="ber")
    assert [r["phone_region_code"] for r in regions["result"]] == ["30"]
    zips = ok(emulator, "GetZIPCodes", country_code="GB", phone_region_code="20", count=2)
    assert (zips["total_count"], zips["count"]) == (3, 2)
    first = ok(emulator, "GetPhoneNumbersAsync")["result"]
    emulator.advance(60)
    second = ok(emulator, "GetPhoneNumbersAsync")["result"]
    reports = ok(emulator, "GetPhoneNumberReports", desc_order=True)["result"]
    assert [r["report_id"] for r in reports] == [second, first]
    assert ok(emulator, "GetPhoneNumberReports", report_id=first)["result"][0]["completed"]
    assert ok(emulator, "GetPhoneNumberReports", is_completed=False)["result"] == []


def test_missing_locators_and_unknown_numbers_are_refused(emulator: LiveServer) -> None:
    missing = error(emulator, "AttachPhoneNumber", phone_count=1, country_code="US")
    assert missing["code"] == 101 and "phone_category_name" in missing["msg"]
    unknown = error(emulator, "AttachPhoneNumber", phone_number="19995550101")
    assert unknown["code"] == 404
    too_many = error(
        emulator,
        "AttachPhoneNumber",
        phone_count=21,
        country_code="US",
        phone_category_name="TOLLFREE",
        phone_region_id=1003,
    )
    assert too_many["code"] == 422
    assert error(emulator, "BindPhoneNumberToApplication", application_id=1)["code"] == 101


def test_a_number_put_on_an_account_by_the_control_api_is_not_for_sale(emulator: LiveServer) -> None:
    control(emulator, "POST", "/accounts/1/phone-numbers", phone_number="12125550109")
    offered = ok(emulator, "GetNewPhoneNumbers", phone_region_id=NY_REGION)["result"]
    assert "12125550109" not in [n["phone_number"] for n in offered] and len(offered) == 19
    [phone] = ok(emulator, "GetPhoneNumbers", phone_number="12125550109")["result"]
    ok(emulator, "DeactivatePhoneNumber", phone_id=phone["phone_id"])
    assert ok(emulator, "GetNewPhoneNumbers", phone_number_mask="12125550109")["total_count"] == 1


def test_a_bought_number_renews_monthly_on_the_clock_or_is_deactivated(emulator: LiveServer) -> None:
    [kept] = ok(emulator, "AttachPhoneNumber", phone_number="12135550101")["phone_numbers"]
    [dropped] = ok(emulator, "AttachPhoneNumber", phone_number="12135550102")["phone_numbers"]
    ok(emulator, "SetPhoneNumberInfo", phone_id=dropped["phone_id"], auto_charge=False)
    [before] = ok(emulator, "GetPhoneNumbers", phone_id=kept["phone_id"])["result"]
    paid = balance(emulator)
    emulator.advance(29 * 86400)
    assert balance(emulator) == paid  # the first month is paid for
    emulator.advance(86400)
    assert balance(emulator) == paid - 1.0  # the kept number's second month; the other is not charged
    [renewed] = ok(emulator, "GetPhoneNumbers", phone_id=kept["phone_id"])["result"]
    assert renewed["phone_next_renewal"] > before["phone_next_renewal"] and renewed["can_be_used"] is True
    [lapsed] = ok(emulator, "GetPhoneNumbers", phone_id=dropped["phone_id"])["result"]
    assert (lapsed["deactivated"], lapsed["can_be_used"], lapsed["activation_status"]) == (
        True,
        False,
        "DEACTIVATED",
    )
    with emulator.control() as client:
        assert client.get("/timeline").json()["failures"] == []
