"""The webhook extensions' house rule: x-callback-hash and x-form-encoding name what the schemas have."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from codegen.apis import find
from codegen.extras import load_spec
from codegen.webhook_rules import webhook_problems

KIT = load_spec(find("voximplant-kit"))
VOXOLOGY = load_spec(find("voxology"))


def _kit_rule(**changes: Any) -> dict[str, Any]:
    document = copy.deepcopy(KIT)
    document["webhooks"]["callback"]["post"]["x-callback-hash"].update(changes)
    return document


def test_the_specs_extensions_name_what_their_schemas_have() -> None:
    assert "x-callback-hash" in KIT["webhooks"]["callback"]["post"]
    assert webhook_problems(KIT) == [] and webhook_problems(VOXOLOGY) == []


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"algorithm": "md6"}, "algorithm 'md6' is not a hashlib algorithm"),
        ({"field": "signature"}, "names 'signature', not an item property"),
        ({"items": "events"}, "items 'events' is not an array of objects"),
        ({"message": [{"secret": "salt"}, {"field": "kind"}]}, "names 'kind', not an item property"),
        ({"message": [{"pepper": "salt"}]}, "message parts are {secret: name} or {field: property}"),
    ],
)
def test_a_broken_hash_rule_is_named(changes: dict[str, Any], problem: str) -> None:
    problems = webhook_problems(_kit_rule(**changes))
    assert len(problems) == 1 and problem in problems[0] and problems[0].startswith("webhook callback POST: ")


def test_a_form_encoding_naming_no_item_property_is_named() -> None:
    document = copy.deepcopy(VOXOLOGY)
    schema = document["components"]["schemas"]["VoiceCallbackRequest"]["properties"]["key_presses"]
    schema["x-form-encoding"]["value"] = "digit"
    problem = "VoiceCallbackRequest.key_presses: x-form-encoding value 'digit' is not an item property"
    assert f"components.schemas.{problem}" in webhook_problems(document)
