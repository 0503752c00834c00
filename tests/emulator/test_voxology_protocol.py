"""Voxology's two auth styles, its error format for every refusal, and routing of its quirky paths."""

from __future__ import annotations

import httpx
import pytest

from ..conftest import LiveServer
from .voxology import API_KEY, BASIC, NUMBER, account, api, error


def test_account_methods_take_basic_auth_by_account_id_or_username(emulator: LiveServer) -> None:
    with account(emulator) as client:
        details = client.get("/Account").json()
    with account(emulator, (details["id"], BASIC[1])) as client:
        balance = client.get("/Account/Billings/Balance")
    assert details["username"] == BASIC[0] and "x_password" not in details
    assert balance.status_code == 200 and balance.json() == {"balance": 100.0}


@pytest.mark.parametrize(
    ("path", "headers", "auth", "code"),
    [
        ("/Account", {}, None, 401002),
        ("/Account", {}, (BASIC[0], "wrong"), 401002),
        ("/Account", {"X-API-Key": API_KEY}, None, 401002),  # an API key is not enough for the account
        ("/PhoneNumbers", {}, None, 401001),
        ("/PhoneNumbers", {"X-API-Key": "nope"}, None, 401001),
        ("/PhoneNumbers", {}, BASIC, 401001),  # nor Basic credentials for application methods
    ],
)
def test_missing_or_wrong_credentials_get_401_in_voxology_format(
    emulator: LiveServer, path: str, headers: dict[str, str], auth: tuple[str, str] | None, code: int
) -> None:
    with httpx.Client(base_url=f"{emulator.url}/v1", headers=headers, auth=auth) as client:
        error(client.get(path), 401, code)


def test_payments_raise_the_balance_and_declines_use_the_payment_error(emulator: LiveServer) -> None:
    with account(emulator) as client:
        paid = client.post("/Account/Payments", json={"amount": 20})
        unknown = client.post("/Account/Payments", json={"amount": 20, "payment_method": {"token": "zzz"}})
        declined = client.post("/Account/Payments", json={"amount": 1_000_000})
        balance = client.get("/Account/Billings/Balance").json()
        history = client.get("/Account/Payments", params={"begin_date": "2000-01-01"}).json()
    assert paid.status_code == 200
    assert paid.json()["description"] == "Credit Card American Express 0005 via api.voxolo.gy"
    error(unknown, 400, 400300)
    assert error(declined, 400, 400300)["message"] == "Payment was not successful: card declined"
    assert balance == {"balance": 120.0}
    assert [p["amount"] for p in history["payments"]] == [20]


def test_validation_errors_say_what_is_wrong(emulator: LiveServer) -> None:
    with api(emulator) as client:
        missing = client.post("/Dials/Connect", json={"call": {"no": "+17145551212"}})
        malformed = client.post(
            "/Dials/Connect", json={"call": {"no": "714-555-1212", "caller_id_no": NUMBER}}
        )
        null_body = client.post(
            f"/CallerIDs/{NUMBER}", content=b"null", headers={"Content-Type": "application/json"}
        )
        not_json = client.post("/Dials/Connect", content=b"{", headers={"Content-Type": "application/json"})
        bad_date = client.get("/Messages", params={"begin_date": "yesterday"})
    assert error(missing, 400, 400001)["help"] == "call.caller_id_no is required"
    assert error(malformed, 400, 400001)["help"].startswith("call.no is invalid")
    assert error(null_body, 400, 400001)["help"] == "request body must be of type object"
    assert error(not_json, 400, 400010)["message"] == "Parsing Error"
    assert error(bad_date, 400, 400001)["help"].startswith("begin_date is invalid")


def test_dates_in_queries_take_either_iso_8601_form(emulator: LiveServer) -> None:
    with api(emulator) as client:
        by_day = client.get(
            "/History/Logs/Calls", params={"begin_date": "2016-09-19", "end_date": "2016-09-20"}
        )
        with_offset = client.get("/Messages", params={"end_date": "2019-03-04T18:43:24.341-08:00"})
    assert (by_day.json()["begin_date"], by_day.json()["end_date"]) == (
        "2016-09-19T00:00:00.000Z",
        "2016-09-20T00:00:00.000Z",
    )
    assert with_offset.json()["end_date"] == "2019-03-05T02:43:24.341Z"


def test_literal_paths_win_over_templates_and_405_lists_only_their_methods(emulator: LiveServer) -> None:
    with api(emulator) as client:
        conferences = client.get("/LiveCalls/Conferences")
        delete_conferences = client.delete("/LiveCalls/Conferences")
        put_available = client.put("/PhoneNumbers/Available")
        options_number = client.options(f"/PhoneNumbers/{NUMBER}")
        options_destination = client.options("/PhoneNumbers/CallFlows")
        unknown = client.get("/No/Such/Thing")
    assert conferences.json() == {"conferences": []}
    assert error(delete_conferences, 405, 405001) and delete_conferences.headers["allow"] == "GET, HEAD"
    assert put_available.headers["allow"] == "GET, HEAD"
    # One URL shape, several documented templates: a number views and updates, a destination lists,
    # provisions and releases.
    assert options_number.headers["allow"] == "GET, HEAD, PUT"
    assert options_destination.headers["allow"] == "DELETE, GET, HEAD, POST"
    error(unknown, 404, 404001)


def test_a_page_number_beyond_64_bits_is_echoed_not_a_server_error(emulator: LiveServer) -> None:
    with api(emulator) as client:
        response = client.get("/CallerIDs", params={"page": 10**21})
    assert response.status_code == 200
    assert response.json()["pagination"]["current_page"] == 10**21


def test_the_sub_account_prefix_also_checks_the_api_key(emulator: LiveServer) -> None:
    with api(emulator, "/SubAccounts/1", key="wrong") as client:
        error(client.get("/PhoneNumbers"), 401, 401001)
