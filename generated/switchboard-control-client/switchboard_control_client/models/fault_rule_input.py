from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.fault_rule_input_action import FaultRuleInputAction
from ..models.fault_rule_input_target import FaultRuleInputTarget
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.latency_type_1 import LatencyType1


T = TypeVar("T", bound="FaultRuleInput")


@_attrs_define
class FaultRuleInput:
    """
    Attributes:
        action (FaultRuleInputAction): `refuse` is for deliveries only.
        target (FaultRuleInputTarget | Unset): Default `api`.
        api (None | str | Unset):
        operation (None | str | Unset):
        tenant (None | str | Unset): Deliveries only.
        method (None | str | Unset):
        path (None | str | Unset):
        probability (float | Unset):
        count (int | None | Unset):
        start_at (float | None | Unset):
        end_at (float | None | Unset):
        after_s (float | None | Unset):
        for_s (float | None | Unset):
        status (int | None | Unset):
        code (int | None | Unset): A JSON-RPC error code, or Voximplant's `error.code`.
        message (None | str | Unset):
        data (Any | Unset): JSON-RPC error data, or the body a customer's server answers with.
        latency (float | LatencyType1 | None | Unset):
        hold_s (float | Unset):
        seed (int | None | Unset):
    """

    action: FaultRuleInputAction
    target: FaultRuleInputTarget | Unset = UNSET
    api: None | str | Unset = UNSET
    operation: None | str | Unset = UNSET
    tenant: None | str | Unset = UNSET
    method: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    probability: float | Unset = UNSET
    count: int | None | Unset = UNSET
    start_at: float | None | Unset = UNSET
    end_at: float | None | Unset = UNSET
    after_s: float | None | Unset = UNSET
    for_s: float | None | Unset = UNSET
    status: int | None | Unset = UNSET
    code: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    latency: float | LatencyType1 | None | Unset = UNSET
    hold_s: float | Unset = UNSET
    seed: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.latency_type_1 import LatencyType1  # noqa: PLC0415

        action = self.action.value

        target: str | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.value

        api: None | str | Unset
        if isinstance(self.api, Unset):
            api = UNSET
        else:
            api = self.api

        operation: None | str | Unset
        if isinstance(self.operation, Unset):
            operation = UNSET
        else:
            operation = self.operation

        tenant: None | str | Unset
        if isinstance(self.tenant, Unset):
            tenant = UNSET
        else:
            tenant = self.tenant

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

        probability = self.probability

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

        after_s: float | None | Unset
        if isinstance(self.after_s, Unset):
            after_s = UNSET
        else:
            after_s = self.after_s

        for_s: float | None | Unset
        if isinstance(self.for_s, Unset):
            for_s = UNSET
        else:
            for_s = self.for_s

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

        latency: dict[str, Any] | float | None | Unset
        if isinstance(self.latency, Unset):
            latency = UNSET
        elif isinstance(self.latency, LatencyType1):
            latency = self.latency.to_dict()
        else:
            latency = self.latency

        hold_s = self.hold_s

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if target is not UNSET:
            field_dict["target"] = target
        if api is not UNSET:
            field_dict["api"] = api
        if operation is not UNSET:
            field_dict["operation"] = operation
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if method is not UNSET:
            field_dict["method"] = method
        if path is not UNSET:
            field_dict["path"] = path
        if probability is not UNSET:
            field_dict["probability"] = probability
        if count is not UNSET:
            field_dict["count"] = count
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if after_s is not UNSET:
            field_dict["after_s"] = after_s
        if for_s is not UNSET:
            field_dict["for_s"] = for_s
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
        from ..models.latency_type_1 import LatencyType1  # noqa: PLC0415

        d = dict(src_dict)
        action = FaultRuleInputAction(d.pop("action"))

        _target = d.pop("target", UNSET)
        target: FaultRuleInputTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = FaultRuleInputTarget(_target)

        def _parse_api(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api = _parse_api(d.pop("api", UNSET))

        def _parse_operation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation = _parse_operation(d.pop("operation", UNSET))

        def _parse_tenant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant = _parse_tenant(d.pop("tenant", UNSET))

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

        probability = d.pop("probability", UNSET)

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

        def _parse_after_s(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        after_s = _parse_after_s(d.pop("after_s", UNSET))

        def _parse_for_s(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        for_s = _parse_for_s(d.pop("for_s", UNSET))

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

        def _parse_latency(data: object) -> float | LatencyType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_latency_type_1 = LatencyType1.from_dict(data)

                return componentsschemas_latency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | LatencyType1 | None | Unset, data)

        latency = _parse_latency(d.pop("latency", UNSET))

        hold_s = d.pop("hold_s", UNSET)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        fault_rule_input = cls(
            action=action,
            target=target,
            api=api,
            operation=operation,
            tenant=tenant,
            method=method,
            path=path,
            probability=probability,
            count=count,
            start_at=start_at,
            end_at=end_at,
            after_s=after_s,
            for_s=for_s,
            status=status,
            code=code,
            message=message,
            data=data,
            latency=latency,
            hold_s=hold_s,
            seed=seed,
        )

        return fault_rule_input
