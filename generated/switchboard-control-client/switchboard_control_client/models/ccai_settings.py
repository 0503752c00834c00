from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CcaiSettings")


@_attrs_define
class CcaiSettings:
    """Unknown settings are refused.

    Attributes:
        sms_enabled (bool | Unset):
        outbound_sms_enabled (bool | Unset):
        require_ticket_for_outbound (bool | Unset):
        languages (list[str] | Unset):
        max_chat_limit (int | Unset):
        locations (list[str] | Unset):
        roles (list[str] | Unset):
        teams (list[str] | Unset):
        bulk_job_delay_seconds (float | Unset):
        bulk_job_seconds_per_row (float | Unset):
        assign_after_seconds (float | Unset):
        ring_timeout_seconds (float | Unset):
        default_talk_seconds (float | Unset):
    """

    sms_enabled: bool | Unset = UNSET
    outbound_sms_enabled: bool | Unset = UNSET
    require_ticket_for_outbound: bool | Unset = UNSET
    languages: list[str] | Unset = UNSET
    max_chat_limit: int | Unset = UNSET
    locations: list[str] | Unset = UNSET
    roles: list[str] | Unset = UNSET
    teams: list[str] | Unset = UNSET
    bulk_job_delay_seconds: float | Unset = UNSET
    bulk_job_seconds_per_row: float | Unset = UNSET
    assign_after_seconds: float | Unset = UNSET
    ring_timeout_seconds: float | Unset = UNSET
    default_talk_seconds: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sms_enabled = self.sms_enabled

        outbound_sms_enabled = self.outbound_sms_enabled

        require_ticket_for_outbound = self.require_ticket_for_outbound

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        max_chat_limit = self.max_chat_limit

        locations: list[str] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = self.locations

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        teams: list[str] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = self.teams

        bulk_job_delay_seconds = self.bulk_job_delay_seconds

        bulk_job_seconds_per_row = self.bulk_job_seconds_per_row

        assign_after_seconds = self.assign_after_seconds

        ring_timeout_seconds = self.ring_timeout_seconds

        default_talk_seconds = self.default_talk_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if sms_enabled is not UNSET:
            field_dict["sms_enabled"] = sms_enabled
        if outbound_sms_enabled is not UNSET:
            field_dict["outbound_sms_enabled"] = outbound_sms_enabled
        if require_ticket_for_outbound is not UNSET:
            field_dict["require_ticket_for_outbound"] = require_ticket_for_outbound
        if languages is not UNSET:
            field_dict["languages"] = languages
        if max_chat_limit is not UNSET:
            field_dict["max_chat_limit"] = max_chat_limit
        if locations is not UNSET:
            field_dict["locations"] = locations
        if roles is not UNSET:
            field_dict["roles"] = roles
        if teams is not UNSET:
            field_dict["teams"] = teams
        if bulk_job_delay_seconds is not UNSET:
            field_dict["bulk_job_delay_seconds"] = bulk_job_delay_seconds
        if bulk_job_seconds_per_row is not UNSET:
            field_dict["bulk_job_seconds_per_row"] = bulk_job_seconds_per_row
        if assign_after_seconds is not UNSET:
            field_dict["assign_after_seconds"] = assign_after_seconds
        if ring_timeout_seconds is not UNSET:
            field_dict["ring_timeout_seconds"] = ring_timeout_seconds
        if default_talk_seconds is not UNSET:
            field_dict["default_talk_seconds"] = default_talk_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sms_enabled = d.pop("sms_enabled", UNSET)

        outbound_sms_enabled = d.pop("outbound_sms_enabled", UNSET)

        require_ticket_for_outbound = d.pop("require_ticket_for_outbound", UNSET)

        languages = cast(list[str], d.pop("languages", UNSET))

        max_chat_limit = d.pop("max_chat_limit", UNSET)

        locations = cast(list[str], d.pop("locations", UNSET))

        roles = cast(list[str], d.pop("roles", UNSET))

        teams = cast(list[str], d.pop("teams", UNSET))

        bulk_job_delay_seconds = d.pop("bulk_job_delay_seconds", UNSET)

        bulk_job_seconds_per_row = d.pop("bulk_job_seconds_per_row", UNSET)

        assign_after_seconds = d.pop("assign_after_seconds", UNSET)

        ring_timeout_seconds = d.pop("ring_timeout_seconds", UNSET)

        default_talk_seconds = d.pop("default_talk_seconds", UNSET)

        ccai_settings = cls(
            sms_enabled=sms_enabled,
            outbound_sms_enabled=outbound_sms_enabled,
            require_ticket_for_outbound=require_ticket_for_outbound,
            languages=languages,
            max_chat_limit=max_chat_limit,
            locations=locations,
            roles=roles,
            teams=teams,
            bulk_job_delay_seconds=bulk_job_delay_seconds,
            bulk_job_seconds_per_row=bulk_job_seconds_per_row,
            assign_after_seconds=assign_after_seconds,
            ring_timeout_seconds=ring_timeout_seconds,
            default_talk_seconds=default_talk_seconds,
        )

        return ccai_settings
