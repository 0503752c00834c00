from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.call_flow_config import CallFlowConfig
    from ..models.pagination import Pagination


T = TypeVar("T", bound="CallFlowConfigList")


@_attrs_define
class CallFlowConfigList:
    """
    Attributes:
        callbacks (list[CallFlowConfig]):
        pagination (Pagination): Information about the pagination.
    """

    callbacks: list[CallFlowConfig]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callbacks = []
        for callbacks_item_data in self.callbacks:
            callbacks_item = callbacks_item_data.to_dict()
            callbacks.append(callbacks_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callbacks": callbacks,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_flow_config import CallFlowConfig  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        callbacks = []
        _callbacks = d.pop("callbacks")
        for callbacks_item_data in _callbacks:
            callbacks_item = CallFlowConfig.from_dict(callbacks_item_data)

            callbacks.append(callbacks_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        call_flow_config_list = cls(
            callbacks=callbacks,
            pagination=pagination,
        )

        call_flow_config_list.additional_properties = d
        return call_flow_config_list

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
