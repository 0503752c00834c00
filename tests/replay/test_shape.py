"""The comparison the replay makes: documented keys with their JSON types, null matching anything."""

from __future__ import annotations

from .shape import differences


def test_every_documented_key_must_come_back_with_its_type() -> None:
    documented = {"id": "0", "name": "x", "address": {"city": "Irvine", "lata": "730"}}
    actual = {"id": 1, "name": "y", "address": {"city": "Newport Beach"}, "extra": True}
    assert differences(documented, actual) == [
        "$.id: documented string '0', got number 1",
        "$.address.lata: missing",
    ]


def test_null_in_the_document_matches_anything_and_numbers_are_one_type() -> None:
    assert differences({"error": None, "balance": 100.0}, {"error": {"code": 1}, "balance": 100}) == []


def test_arrays_compare_item_by_item_and_must_not_come_back_empty() -> None:
    documented = [{"chat": 10}, {"voice_call": 10}]
    assert differences(documented, []) == ["$: documented 2 items, got none"]
    assert differences(documented, [{"chat": 1}, {"chat": 2}]) == ["$[1].voice_call: missing"]
    assert differences([], [{"anything": 1}]) == []
