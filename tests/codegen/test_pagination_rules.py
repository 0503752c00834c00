"""The x-pagination house rule: a well-formed extension on every operation that pages, and nowhere wrong."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from codegen.apis import APIS, Api
from codegen.extras import load_spec
from codegen.pagination_rules import pagination_problems
from codegen.spec_rules import operations

LISTING: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Demo", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "parameters": [
                    {"name": "page", "in": "query", "schema": {"type": "integer"}},
                    {"name": "size", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {
                    "200": {
                        "description": "A page.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "things": {"type": "array", "items": {"type": "string"}},
                                        "meta": {
                                            "type": "object",
                                            "properties": {
                                                "pages": {"type": "integer"},
                                                "note": {"type": "string"},
                                            },
                                        },
                                    },
                                }
                            }
                        },
                    }
                },
                "x-pagination": {
                    "style": "page",
                    "page": "page",
                    "first_page": 1,
                    "size": "size",
                    "items": "things",
                    "page_count": "meta.pages",
                },
            }
        }
    },
}


def _with(**changes: Any) -> dict[str, Any]:
    document = copy.deepcopy(LISTING)
    extension = document["paths"]["/things"]["get"]["x-pagination"]
    for key, value in changes.items():
        if value is None:
            extension.pop(key)
        else:
            extension[key] = value
    return document


def test_a_well_formed_extension_passes() -> None:
    assert pagination_problems(LISTING) == []


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"style": "token"}, "style 'token' is not one of offset, page, cursor"),
        ({"first_page": None}, "x-pagination (page) needs first_page"),
        ({"first_page": 2}, "first_page must be 0 or 1"),
        ({"next_cursor": "things"}, "x-pagination (page) does not take next_cursor"),
        ({"size": "per-page"}, "size names 'per-page', not a parameter of the request"),
        ({"items": "results"}, "items path 'results' is not in the success body"),
        ({"items": "meta"}, "items path 'meta' is not an array"),
        ({"page_count": "meta.note"}, "page_count path 'meta.note' is not an integer"),
    ],
)
def test_a_broken_extension_is_named(changes: dict[str, Any], problem: str) -> None:
    problems = pagination_problems(_with(**changes))
    assert len(problems) == 1 and problem in problems[0] and problems[0].startswith("GET /things: ")


def test_an_operation_that_pages_without_saying_how_is_named() -> None:
    document = copy.deepcopy(LISTING)
    del document["paths"]["/things"]["get"]["x-pagination"]
    assert pagination_problems(document) == [
        "GET /things: takes page and answers a list, but has no x-pagination"
    ]
    document["paths"]["/things"]["get"]["x-pagination"] = False  # says it does not page
    assert pagination_problems(document) == []


EXPECTED = {
    "voximplant-management": 39,
    "voximplant-kit": 9,
    "voxology": 6,
    "ccai-platform": 0,
    "switchboard-control": 0,
}


@pytest.mark.parametrize("api", [api for api in APIS if api.kind == "openapi"], ids=lambda api: api.id)
def test_the_specs_say_how_each_paginated_operation_pages(api: Api) -> None:
    document = load_spec(api)
    paged = [op for _, _, op in operations(document) if op.get("x-pagination")]
    assert len(paged) == EXPECTED[api.id]
    assert pagination_problems(document) == []
    package = api.client_dir / api.package / "pagination.py"
    assert package.exists() == bool(paged)
    if paged:
        source = package.read_text(encoding="utf-8")
        assert source.count("\ndef iter_") == source.count("\nasync def aiter_") == len(paged)
