from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completion_code import CompletionCode
from ..models.dialer_contact_status import DialerContactStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dialer_contact_phones import DialerContactPhones
    from ..models.dialer_contact_variables_item import DialerContactVariablesItem


T = TypeVar("T", bound="DialerContact")


@_attrs_define
class DialerContact:
    """A contact of a dialer campaign.

    Attributes:
        id (int): Contact ID.
        status (DialerContactStatus): Status.
        list_id (int | Unset): List ID.
        phones (DialerContactPhones | Unset): Phone columns, e.g. {phone1: ...}.
        variables (list[DialerContactVariablesItem] | Unset): Variables passed to the scenario.
        attempts_count (int | Unset): Attempts made.
        max_attempts (int | Unset): Attempts allowed.
        task_uuid (str | Unset): Task UUID (for editCallListTasksPriority).
        task_priority (int | Unset): Task priority, 1..250000.
        completion_code (CompletionCode | None | Unset): Completion code of the last attempt.
    """

    id: int
    status: DialerContactStatus
    list_id: int | Unset = UNSET
    phones: DialerContactPhones | Unset = UNSET
    variables: list[DialerContactVariablesItem] | Unset = UNSET
    attempts_count: int | Unset = UNSET
    max_attempts: int | Unset = UNSET
    task_uuid: str | Unset = UNSET
    task_priority: int | Unset = UNSET
    completion_code: CompletionCode | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        list_id = self.list_id

        phones: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones.to_dict()

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        attempts_count = self.attempts_count

        max_attempts = self.max_attempts

        task_uuid = self.task_uuid

        task_priority = self.task_priority

        completion_code: None | str | Unset
        if isinstance(self.completion_code, Unset):
            completion_code = UNSET
        elif isinstance(self.completion_code, CompletionCode):
            completion_code = self.completion_code.value
        else:
            completion_code = self.completion_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if phones is not UNSET:
            field_dict["phones"] = phones
        if variables is not UNSET:
            field_dict["variables"] = variables
        if attempts_count is not UNSET:
            field_dict["attempts_count"] = attempts_count
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if task_uuid is not UNSET:
            field_dict["task_uuid"] = task_uuid
        if task_priority is not UNSET:
            field_dict["task_priority"] = task_priority
        if completion_code is not UNSET:
            field_dict["completion_code"] = completion_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dialer_contact_phones import DialerContactPhones  # noqa: PLC0415
        from ..models.dialer_contact_variables_item import DialerContactVariablesItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = DialerContactStatus(d.pop("status"))

        list_id = d.pop("list_id", UNSET)

        _phones = d.pop("phones", UNSET)
        phones: DialerContactPhones | Unset
        if isinstance(_phones, Unset):
            phones = UNSET
        else:
            phones = DialerContactPhones.from_dict(_phones)

        _variables = d.pop("variables", UNSET)
        variables: list[DialerContactVariablesItem] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = DialerContactVariablesItem.from_dict(variables_item_data)

                variables.append(variables_item)

        attempts_count = d.pop("attempts_count", UNSET)

        max_attempts = d.pop("max_attempts", UNSET)

        task_uuid = d.pop("task_uuid", UNSET)

        task_priority = d.pop("task_priority", UNSET)

        def _parse_completion_code(data: object) -> CompletionCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completion_code_type_0 = CompletionCode(data)

                return completion_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompletionCode | None | Unset, data)

        completion_code = _parse_completion_code(d.pop("completion_code", UNSET))

        dialer_contact = cls(
            id=id,
            status=status,
            list_id=list_id,
            phones=phones,
            variables=variables,
            attempts_count=attempts_count,
            max_attempts=max_attempts,
            task_uuid=task_uuid,
            task_priority=task_priority,
            completion_code=completion_code,
        )

        dialer_contact.additional_properties = d
        return dialer_contact

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
