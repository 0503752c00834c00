from typing import Literal

GetChildrenAccountsRequestOrderBy = Literal["child_account_email", "child_account_id", "child_account_name"]

GET_CHILDREN_ACCOUNTS_REQUEST_ORDER_BY_VALUES: set[GetChildrenAccountsRequestOrderBy] = {
    "child_account_email",
    "child_account_id",
    "child_account_name",
}


def check_get_children_accounts_request_order_by(value: str) -> GetChildrenAccountsRequestOrderBy:
    if value in GET_CHILDREN_ACCOUNTS_REQUEST_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CHILDREN_ACCOUNTS_REQUEST_ORDER_BY_VALUES!r}")
