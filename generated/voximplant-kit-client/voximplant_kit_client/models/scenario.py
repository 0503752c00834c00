from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scenario_scenario_type import ScenarioScenarioType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_campaign_type import ScenarioCampaignType
    from ..models.scenario_phone_number_type import ScenarioPhoneNumberType


T = TypeVar("T", bound="Scenario")


@_attrs_define
class Scenario:
    """A call scenario (ScenarioType in the official client).

    Attributes:
        id (int): Scenario ID.
        title (str): Scenario name.
        scenario_type (ScenarioScenarioType): 1 = outbound call scenario, 2 = inbound call scenario.
        date_create (str | Unset): Creation time.
        date_update (str | Unset): Last change.
        folder_id (int | None | Unset): Folder.
        phone_numbers (list[ScenarioPhoneNumberType] | Unset): Present with with_phones=1.
        campaigns (list[ScenarioCampaignType] | Unset): Present with with_campaigns=1.
    """

    id: int
    title: str
    scenario_type: ScenarioScenarioType
    date_create: str | Unset = UNSET
    date_update: str | Unset = UNSET
    folder_id: int | None | Unset = UNSET
    phone_numbers: list[ScenarioPhoneNumberType] | Unset = UNSET
    campaigns: list[ScenarioCampaignType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        scenario_type = self.scenario_type.value

        date_create = self.date_create

        date_update = self.date_update

        folder_id: int | None | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        campaigns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.campaigns, Unset):
            campaigns = []
            for campaigns_item_data in self.campaigns:
                campaigns_item = campaigns_item_data.to_dict()
                campaigns.append(campaigns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "scenario_type": scenario_type,
            }
        )
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if date_update is not UNSET:
            field_dict["date_update"] = date_update
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scenario_campaign_type import ScenarioCampaignType  # noqa: PLC0415
        from ..models.scenario_phone_number_type import ScenarioPhoneNumberType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        scenario_type = ScenarioScenarioType(d.pop("scenario_type"))

        date_create = d.pop("date_create", UNSET)

        date_update = d.pop("date_update", UNSET)

        def _parse_folder_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        _phone_numbers = d.pop("phone_numbers", UNSET)
        phone_numbers: list[ScenarioPhoneNumberType] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = ScenarioPhoneNumberType.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        _campaigns = d.pop("campaigns", UNSET)
        campaigns: list[ScenarioCampaignType] | Unset = UNSET
        if _campaigns is not UNSET:
            campaigns = []
            for campaigns_item_data in _campaigns:
                campaigns_item = ScenarioCampaignType.from_dict(campaigns_item_data)

                campaigns.append(campaigns_item)

        scenario = cls(
            id=id,
            title=title,
            scenario_type=scenario_type,
            date_create=date_create,
            date_update=date_update,
            folder_id=folder_id,
            phone_numbers=phone_numbers,
            campaigns=campaigns,
        )

        scenario.additional_properties = d
        return scenario

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
