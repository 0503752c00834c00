from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.fault_rule import FaultRule
from ...models.fault_rule_input import FaultRuleInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FaultRuleInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/faults",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | FaultRule | None:
    if response.status_code == 201:
        response_201 = FaultRule.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | FaultRule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FaultRule:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(FaultRule, parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FaultRuleInput,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | FaultRule]:
    """Add a fault rule

     A rule matches requests to a vendor API (`target: api`, the default) or the emulator's deliveries to
    customer servers (`target: delivery`) by `api`, `operation` (an operationId or JSON-RPC method; for
    a
    delivery its `kind`), `tenant` (deliveries), `method` and `path` (a whole-segment prefix, or a glob
    with `*`). Its `action` is `error` (rendered in the vendor's own error format; for a delivery the
    customer's server answers `status` with body `data`), `latency`, `drop` (closed without a response),
    `timeout` (held at most `hold_s`, then dropped) or, for deliveries, `refuse`. It fires with
    `probability` (from the rule's own generator, seeded by `seed`), at most `count` times, within a
    window on the emulator clock (`after_s`/`for_s`, or `start_at`/`end_at`). Checked before the
    provider:
    an injected error changes no state. The first rule that matches and fires applies.

    Args:
        body (FaultRuleInput):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | FaultRule]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FaultRuleInput,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> FaultRule:
    """Add a fault rule

     A rule matches requests to a vendor API (`target: api`, the default) or the emulator's deliveries to
    customer servers (`target: delivery`) by `api`, `operation` (an operationId or JSON-RPC method; for
    a
    delivery its `kind`), `tenant` (deliveries), `method` and `path` (a whole-segment prefix, or a glob
    with `*`). Its `action` is `error` (rendered in the vendor's own error format; for a delivery the
    customer's server answers `status` with body `data`), `latency`, `drop` (closed without a response),
    `timeout` (held at most `hold_s`, then dropped) or, for deliveries, `refuse`. It fires with
    `probability` (from the rule's own generator, seeded by `seed`), at most `count` times, within a
    window on the emulator clock (`after_s`/`for_s`, or `start_at`/`end_at`). Checked before the
    provider:
    an injected error changes no state. The first rule that matches and fires applies.

    Args:
        body (FaultRuleInput):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        FaultRule
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FaultRuleInput,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | FaultRule]:
    """Add a fault rule

     A rule matches requests to a vendor API (`target: api`, the default) or the emulator's deliveries to
    customer servers (`target: delivery`) by `api`, `operation` (an operationId or JSON-RPC method; for
    a
    delivery its `kind`), `tenant` (deliveries), `method` and `path` (a whole-segment prefix, or a glob
    with `*`). Its `action` is `error` (rendered in the vendor's own error format; for a delivery the
    customer's server answers `status` with body `data`), `latency`, `drop` (closed without a response),
    `timeout` (held at most `hold_s`, then dropped) or, for deliveries, `refuse`. It fires with
    `probability` (from the rule's own generator, seeded by `seed`), at most `count` times, within a
    window on the emulator clock (`after_s`/`for_s`, or `start_at`/`end_at`). Checked before the
    provider:
    an injected error changes no state. The first rule that matches and fires applies.

    Args:
        body (FaultRuleInput):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | FaultRule]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FaultRuleInput,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> FaultRule:
    """Add a fault rule

     A rule matches requests to a vendor API (`target: api`, the default) or the emulator's deliveries to
    customer servers (`target: delivery`) by `api`, `operation` (an operationId or JSON-RPC method; for
    a
    delivery its `kind`), `tenant` (deliveries), `method` and `path` (a whole-segment prefix, or a glob
    with `*`). Its `action` is `error` (rendered in the vendor's own error format; for a delivery the
    customer's server answers `status` with body `data`), `latency`, `drop` (closed without a response),
    `timeout` (held at most `hold_s`, then dropped) or, for deliveries, `refuse`. It fires with
    `probability` (from the rule's own generator, seeded by `seed`), at most `count` times, within a
    window on the emulator clock (`after_s`/`for_s`, or `start_at`/`end_at`). Checked before the
    provider:
    an injected error changes no state. The first rule that matches and fires applies.

    Args:
        body (FaultRuleInput):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        FaultRule
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
