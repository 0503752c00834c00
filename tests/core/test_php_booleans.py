"""PHP-style booleans (Provider.php_booleans): what form and query-string coercion reads, and where."""

from __future__ import annotations

from typing import Any

import pytest

from emulator.core.operations import Coercion, Parameter, coerce_scalar
from emulator.core.validation import SchemaValidator

PHP = Coercion(php_booleans=True)
BOOLEAN: dict[str, Any] = {"type": "boolean"}


def _query(schema: dict[str, Any]) -> Parameter:
    return Parameter("flag", "query", False, schema, SchemaValidator(schema), None)


@pytest.mark.parametrize(
    ("raw", "value"), [("1", True), ("true", True), ("0", False), ("false", False), ("", False)]
)
def test_the_five_spellings_a_php_backend_reads_are_booleans(raw: str, value: bool) -> None:
    assert coerce_scalar(raw, BOOLEAN, PHP) is value  # a form field
    assert _query(BOOLEAN).coerce(raw, PHP) is value  # a query parameter
    assert _query(BOOLEAN).coerce(["0", raw], PHP) is value  # a repeated one: the last wins, as PHP reads it


def test_only_fields_the_spec_types_boolean_are_read_so() -> None:
    assert coerce_scalar("1", {"type": "integer"}, PHP) == 1
    assert coerce_scalar("", {"type": "string"}, PHP) == ""
    assert coerce_scalar("", {"type": ["boolean", "null"]}, PHP) is False  # PHP reads empty as false
    assert coerce_scalar("", {"type": ["integer", "null"]}, PHP) is None


def test_other_words_stay_text_for_validation_to_refuse() -> None:
    for raw in ("yes", "TRUE", "2", " 1"):
        assert coerce_scalar(raw, BOOLEAN, PHP) == raw
    # Without the flag only the words true and false are booleans.
    assert coerce_scalar("1", BOOLEAN) == "1" and coerce_scalar("", BOOLEAN) == ""
    assert coerce_scalar("true", BOOLEAN) is True
