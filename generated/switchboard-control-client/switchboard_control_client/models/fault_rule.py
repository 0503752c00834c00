from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fault_rule_latency_type_0 import FaultRuleLatencyType0


T = TypeVar("T", bound="FaultRule")


@_attrs_define
class FaultRule:
    """
    Attributes:
        id (int):
        target (str):
        action (str):
        probability (float):
        fired (int):
        seen (int): Requests that matched, fired or not.
        remaining (int | None):
        api (None | str | Unset):
        tenant (None | str | Unset):
        operation (None | str | Unset):
        method (None | str | Unset):
        path (None | str | Unset):
        count (int | None | Unset):
        start_at (float | None | Unset):
        end_at (float | None | Unset):
        status (int | None | Unset):
        code (int | None | Unset):
        message (None | str | Unset):
        data (Any | Unset):
        latency (FaultRuleLatencyType0 | None | Unset):
        hold_s (float | Unset):
        seed (int | Unset):
    """

    id: int
    target: str
    action: str
    probability: float
    fired: int
    seen: int
    remaining: int | None
    api: None | str | Unset = UNSET
    tenant: None | str | Unset = UNSET
    operation: None | str | Unset = UNSET
    method: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    count: int | None | Unset = UNSET
    start_at: float | None | Unset = UNSET
    end_at: float | None | Unset = UNSET
    status: int | None | Unset = UNSET
    code: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    latency: FaultRuleLatencyType0 | None | Unset = UNSET
    hold_s: float | Unset = UNSET
    seed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fault_rule_latency_type_0 import FaultRuleLatencyType0  # noqa: PLC0415

        id = self.id

        target = self.target

        action = self.action

        probability = self.probability

        fired = self.fired

        seen = self.seen

        remaining: int | None
        remaining = self.remaining

        api: None | str | Unset
        if isinstance(self.api, Unset):
            api = UNSET
        else:
            api = self.api

        tenant: None | str | Unset
        if isinstance(self.tenant, Unset):
            tenant = UNSET
        else:
            tenant = self.tenant

        operation: None | str | Unset
        if isinstance(self.operation, Unset):
            operation = UNSET
        else:
            operation = self.operation

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        start_at: float | None | Unset
        if isinstance(self.start_at, Unset):
            start_at = UNSET
        else:
            start_at = self.start_at

        end_at: float | None | Unset
        if isinstance(self.end_at, Unset):
            end_at = UNSET
        else:
            end_at = self.end_at

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        data = self.data

        latency: dict[str, Any] | None | Unset
        if isinstance(self.latency, Unset):
            latency = UNSET
        elif isinstance(self.latency, FaultRuleLatencyType0):
            latency = self.latency.to_dict()
        else:
            latency = self.latency

        hold_s = self.hold_s

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "target": target,
                "action": action,
                "probability": probability,
                "fired": fired,
                "seen": seen,
                "remaining": remaining,
            }
        )
        if api is not UNSET:
            field_dict["api"] = api
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if operation is not UNSET:
            field_dict["operation"] = operation
        if method is not UNSET:
            field_dict["method"] = method
        if path is not UNSET:
            field_dict["path"] = path
        if count is not UNSET:
            field_dict["count"] = count
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data
        if latency is not UNSET:
            field_dict["latency"] = latency
        if hold_s is not UNSET:
            field_dict["hold_s"] = hold_s
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fault_rule_latency_type_0 import FaultRuleLatencyType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        target = d.pop("target")

        action = d.pop("action")

        probability = d.pop("probability")

        fired = d.pop("fired")

        seen = d.pop("seen")

        def _parse_remaining(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        remaining = _parse_remaining(d.pop("remaining"))

        def _parse_api(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api = _parse_api(d.pop("api", UNSET))

        def _parse_tenant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant = _parse_tenant(d.pop("tenant", UNSET))

        def _parse_operation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation = _parse_operation(d.pop("operation", UNSET))

        def _parse_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_start_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_at = _parse_start_at(d.pop("start_at", UNSET))

        def _parse_end_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end_at = _parse_end_at(d.pop("end_at", UNSET))

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        data = d.pop("data", UNSET)

        def _parse_latency(data: object) -> FaultRuleLatencyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latency_type_0 = FaultRuleLatencyType0.from_dict(data)

                return latency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FaultRuleLatencyType0 | None | Unset, data)

        latency = _parse_latency(d.pop("latency", UNSET))

        hold_s = d.pop("hold_s", UNSET)

        seed = d.pop("seed", UNSET)

        fault_rule = cls(
            id=id,
            target=target,
            action=action,
            probability=probability,
            fired=fired,
            seen=seen,
            remaining=remaining,
            api=api,
            tenant=tenant,
            operation=operation,
            method=method,
            path=path,
            count=count,
            start_at=start_at,
            end_at=end_at,
            status=status,
            code=code,
            message=message,
            data=data,
            latency=latency,
            hold_s=hold_s,
            seed=seed,
        )

        fault_rule.additional_properties = d
        return fault_rule

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
