from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_information_carrier import PhoneNumberInformationCarrier
    from ..models.phone_number_information_cnam import PhoneNumberInformationCnam
    from ..models.phone_number_information_integrations import PhoneNumberInformationIntegrations
    from ..models.phone_number_information_location import PhoneNumberInformationLocation


T = TypeVar("T", bound="PhoneNumberInformation")


@_attrs_define
class PhoneNumberInformation:
    """
    Attributes:
        phone_number (str):
        country_code (None | str | Unset):
        phone_number_formatted (None | str | Unset):
        carrier (PhoneNumberInformationCarrier | Unset):
        cnam (PhoneNumberInformationCnam | Unset):
        location (PhoneNumberInformationLocation | Unset):
        integrations (PhoneNumberInformationIntegrations | Unset): Results of 3rd party lookups, keyed by integration.
        error (None | str | Unset):
    """

    phone_number: str
    country_code: None | str | Unset = UNSET
    phone_number_formatted: None | str | Unset = UNSET
    carrier: PhoneNumberInformationCarrier | Unset = UNSET
    cnam: PhoneNumberInformationCnam | Unset = UNSET
    location: PhoneNumberInformationLocation | Unset = UNSET
    integrations: PhoneNumberInformationIntegrations | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        phone_number_formatted: None | str | Unset
        if isinstance(self.phone_number_formatted, Unset):
            phone_number_formatted = UNSET
        else:
            phone_number_formatted = self.phone_number_formatted

        carrier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier, Unset):
            carrier = self.carrier.to_dict()

        cnam: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnam, Unset):
            cnam = self.cnam.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        integrations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = self.integrations.to_dict()

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
            }
        )
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if phone_number_formatted is not UNSET:
            field_dict["phone_number_formatted"] = phone_number_formatted
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if cnam is not UNSET:
            field_dict["cnam"] = cnam
        if location is not UNSET:
            field_dict["location"] = location
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_number_information_carrier import PhoneNumberInformationCarrier  # noqa: PLC0415
        from ..models.phone_number_information_cnam import PhoneNumberInformationCnam  # noqa: PLC0415
        from ..models.phone_number_information_integrations import PhoneNumberInformationIntegrations  # noqa: PLC0415
        from ..models.phone_number_information_location import PhoneNumberInformationLocation  # noqa: PLC0415

        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_phone_number_formatted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number_formatted = _parse_phone_number_formatted(d.pop("phone_number_formatted", UNSET))

        _carrier = d.pop("carrier", UNSET)
        carrier: PhoneNumberInformationCarrier | Unset
        if isinstance(_carrier, Unset):
            carrier = UNSET
        else:
            carrier = PhoneNumberInformationCarrier.from_dict(_carrier)

        _cnam = d.pop("cnam", UNSET)
        cnam: PhoneNumberInformationCnam | Unset
        if isinstance(_cnam, Unset):
            cnam = UNSET
        else:
            cnam = PhoneNumberInformationCnam.from_dict(_cnam)

        _location = d.pop("location", UNSET)
        location: PhoneNumberInformationLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = PhoneNumberInformationLocation.from_dict(_location)

        _integrations = d.pop("integrations", UNSET)
        integrations: PhoneNumberInformationIntegrations | Unset
        if isinstance(_integrations, Unset):
            integrations = UNSET
        else:
            integrations = PhoneNumberInformationIntegrations.from_dict(_integrations)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        phone_number_information = cls(
            phone_number=phone_number,
            country_code=country_code,
            phone_number_formatted=phone_number_formatted,
            carrier=carrier,
            cnam=cnam,
            location=location,
            integrations=integrations,
            error=error,
        )

        phone_number_information.additional_properties = d
        return phone_number_information

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
