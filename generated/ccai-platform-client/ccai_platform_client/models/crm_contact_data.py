from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crm_contact import CrmContact


T = TypeVar("T", bound="CrmContactData")


@_attrs_define
class CrmContactData:
    """Contact data for a call, as in the documentation's Body example. The documentation documents no field table for this
    body (its table is the wait-times table), so no field is marked required.

        Attributes:
            call_id (str | Unset): Call ID, sent as a string ("1917").
            agent_id (str | Unset): Agent ID, sent as a string ("1").
            lcm_key (str | Unset): LCM key, e.g. "2922|1|2|39|2|0|1".
            dnis (str | Unset): Dialed number (DNIS), e.g. "8001992999".
            org_id (str | Unset): Organization/tenant ID, e.g. "tenant1".
            contact (CrmContact | Unset): Contact record. Fields and types as in the documentation's Body example (all
                strings).
            pacing_mode (str | Unset): Dialer pacing mode, e.g. "Predictive" (no value set documented).
            call_type (str | Unset): Dialer call type, e.g. "OB_Regular" (unrelated to the Calls API call_type values; no
                value set documented).
    """

    call_id: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    lcm_key: str | Unset = UNSET
    dnis: str | Unset = UNSET
    org_id: str | Unset = UNSET
    contact: CrmContact | Unset = UNSET
    pacing_mode: str | Unset = UNSET
    call_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        agent_id = self.agent_id

        lcm_key = self.lcm_key

        dnis = self.dnis

        org_id = self.org_id

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        pacing_mode = self.pacing_mode

        call_type = self.call_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if lcm_key is not UNSET:
            field_dict["lcm_key"] = lcm_key
        if dnis is not UNSET:
            field_dict["dnis"] = dnis
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if contact is not UNSET:
            field_dict["contact"] = contact
        if pacing_mode is not UNSET:
            field_dict["pacing_mode"] = pacing_mode
        if call_type is not UNSET:
            field_dict["call_type"] = call_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crm_contact import CrmContact  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id", UNSET)

        agent_id = d.pop("agent_id", UNSET)

        lcm_key = d.pop("lcm_key", UNSET)

        dnis = d.pop("dnis", UNSET)

        org_id = d.pop("org_id", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: CrmContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = CrmContact.from_dict(_contact)

        pacing_mode = d.pop("pacing_mode", UNSET)

        call_type = d.pop("call_type", UNSET)

        crm_contact_data = cls(
            call_id=call_id,
            agent_id=agent_id,
            lcm_key=lcm_key,
            dnis=dnis,
            org_id=org_id,
            contact=contact,
            pacing_mode=pacing_mode,
            call_type=call_type,
        )

        crm_contact_data.additional_properties = d
        return crm_contact_data

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
