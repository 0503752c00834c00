from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.campaign_type import CampaignType
    from ..models.meta import Meta


T = TypeVar("T", bound="SearchCampaignsResponseType")


@_attrs_define
class SearchCampaignsResponseType:
    """outbound/searchCampaigns result.

    Attributes:
        success (bool): true for a successful request.
        result (list[CampaignType]):
        field_meta (Meta): Pagination of a search method (`_meta`).
    """

    success: bool
    result: list[CampaignType]
    field_meta: Meta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        field_meta = self.field_meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "result": result,
                "_meta": field_meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_type import CampaignType  # noqa: PLC0415
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = CampaignType.from_dict(result_item_data)

            result.append(result_item)

        field_meta = Meta.from_dict(d.pop("_meta"))

        search_campaigns_response_type = cls(
            success=success,
            result=result,
            field_meta=field_meta,
        )

        search_campaigns_response_type.additional_properties = d
        return search_campaigns_response_type

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
