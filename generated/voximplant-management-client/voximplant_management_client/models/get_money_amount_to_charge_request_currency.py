from typing import Literal

GetMoneyAmountToChargeRequestCurrency = Literal["EUR", "KZT", "RUR", "USD"]

GET_MONEY_AMOUNT_TO_CHARGE_REQUEST_CURRENCY_VALUES: set[GetMoneyAmountToChargeRequestCurrency] = {
    "EUR",
    "KZT",
    "RUR",
    "USD",
}


def check_get_money_amount_to_charge_request_currency(value: str) -> GetMoneyAmountToChargeRequestCurrency:
    if value in GET_MONEY_AMOUNT_TO_CHARGE_REQUEST_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MONEY_AMOUNT_TO_CHARGE_REQUEST_CURRENCY_VALUES!r}"
    )
