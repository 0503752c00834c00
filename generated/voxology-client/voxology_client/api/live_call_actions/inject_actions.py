from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collect_action import CollectAction
from ...models.conference_action import ConferenceAction
from ...models.detect_action import DetectAction
from ...models.dial_action import DialAction
from ...models.error import Error
from ...models.foreach_action import ForeachAction
from ...models.goto_action import GotoAction
from ...models.hangup_action import HangupAction
from ...models.if_action import IfAction
from ...models.label_action import LabelAction
from ...models.pause_action import PauseAction
from ...models.play_action import PlayAction
from ...models.queue_action import QueueAction
from ...models.record_action import RecordAction
from ...models.record_message_action import RecordMessageAction
from ...models.redirect_action import RedirectAction
from ...models.reject_action import RejectAction
from ...models.say_action import SayAction
from ...models.session_data_action import SessionDataAction
from ...models.sms_action import SmsAction
from ...models.stop_action import StopAction
from ...models.transfer_action import TransferAction
from ...models.variable_assignment import VariableAssignment
from ...models.webhook_action import WebhookAction
from ...types import UNSET, Response, Unset


def _get_kwargs(
    call_id: str,
    *,
    body: list[
        CollectAction
        | ConferenceAction
        | DetectAction
        | DialAction
        | ForeachAction
        | GotoAction
        | HangupAction
        | IfAction
        | LabelAction
        | PauseAction
        | PlayAction
        | QueueAction
        | RecordAction
        | RecordMessageAction
        | RedirectAction
        | RejectAction
        | SayAction
        | SessionDataAction
        | SmsAction
        | StopAction
        | TransferAction
        | VariableAssignment
        | WebhookAction
    ],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/LiveCalls/{call_id}/Actions".format(
            call_id=quote(str(call_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for componentsschemas_action_list_item_data in body:
        componentsschemas_action_list_item: dict[str, Any]
        if isinstance(componentsschemas_action_list_item_data, CollectAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, ConferenceAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, DetectAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, DialAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, ForeachAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, GotoAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, HangupAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, IfAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, LabelAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, PauseAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, PlayAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, QueueAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, RecordAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, RecordMessageAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, RedirectAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, RejectAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, SayAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, SessionDataAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, SmsAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, StopAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, TransferAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        elif isinstance(componentsschemas_action_list_item_data, WebhookAction):
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()
        else:
            componentsschemas_action_list_item = componentsschemas_action_list_item_data.to_dict()

        _kwargs["json"].append(componentsschemas_action_list_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    # A documented success without content parses to None, as an undocumented status does: only that one is unexpected.
    if parsed is None and response.status_code not in (204,):
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(Any, parsed)


def sync_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient,
    body: list[
        CollectAction
        | ConferenceAction
        | DetectAction
        | DialAction
        | ForeachAction
        | GotoAction
        | HangupAction
        | IfAction
        | LabelAction
        | PauseAction
        | PlayAction
        | QueueAction
        | RecordAction
        | RecordMessageAction
        | RedirectAction
        | RejectAction
        | SayAction
        | SessionDataAction
        | SmsAction
        | StopAction
        | TransferAction
        | VariableAssignment
        | WebhookAction
    ],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Any | Error]:
    """Inject Actions List

     Injects Call Flow actions into the live call; all callback response actions are supported.

    Args:
        call_id (str):
        body (list[CollectAction | ConferenceAction | DetectAction | DialAction | ForeachAction |
            GotoAction | HangupAction | IfAction | LabelAction | PauseAction | PlayAction |
            QueueAction | RecordAction | RecordMessageAction | RedirectAction | RejectAction |
            SayAction | SessionDataAction | SmsAction | StopAction | TransferAction |
            VariableAssignment | WebhookAction]): A list of Call Flow actions (and variable
            assignments), run in order.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: str,
    *,
    client: AuthenticatedClient,
    body: list[
        CollectAction
        | ConferenceAction
        | DetectAction
        | DialAction
        | ForeachAction
        | GotoAction
        | HangupAction
        | IfAction
        | LabelAction
        | PauseAction
        | PlayAction
        | QueueAction
        | RecordAction
        | RecordMessageAction
        | RedirectAction
        | RejectAction
        | SayAction
        | SessionDataAction
        | SmsAction
        | StopAction
        | TransferAction
        | VariableAssignment
        | WebhookAction
    ],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Any:
    """Inject Actions List

     Injects Call Flow actions into the live call; all callback response actions are supported.

    Args:
        call_id (str):
        body (list[CollectAction | ConferenceAction | DetectAction | DialAction | ForeachAction |
            GotoAction | HangupAction | IfAction | LabelAction | PauseAction | PlayAction |
            QueueAction | RecordAction | RecordMessageAction | RedirectAction | RejectAction |
            SayAction | SessionDataAction | SmsAction | StopAction | TransferAction |
            VariableAssignment | WebhookAction]): A list of Call Flow actions (and variable
            assignments), run in order.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Any
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient,
    body: list[
        CollectAction
        | ConferenceAction
        | DetectAction
        | DialAction
        | ForeachAction
        | GotoAction
        | HangupAction
        | IfAction
        | LabelAction
        | PauseAction
        | PlayAction
        | QueueAction
        | RecordAction
        | RecordMessageAction
        | RedirectAction
        | RejectAction
        | SayAction
        | SessionDataAction
        | SmsAction
        | StopAction
        | TransferAction
        | VariableAssignment
        | WebhookAction
    ],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Any | Error]:
    """Inject Actions List

     Injects Call Flow actions into the live call; all callback response actions are supported.

    Args:
        call_id (str):
        body (list[CollectAction | ConferenceAction | DetectAction | DialAction | ForeachAction |
            GotoAction | HangupAction | IfAction | LabelAction | PauseAction | PlayAction |
            QueueAction | RecordAction | RecordMessageAction | RedirectAction | RejectAction |
            SayAction | SessionDataAction | SmsAction | StopAction | TransferAction |
            VariableAssignment | WebhookAction]): A list of Call Flow actions (and variable
            assignments), run in order.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: str,
    *,
    client: AuthenticatedClient,
    body: list[
        CollectAction
        | ConferenceAction
        | DetectAction
        | DialAction
        | ForeachAction
        | GotoAction
        | HangupAction
        | IfAction
        | LabelAction
        | PauseAction
        | PlayAction
        | QueueAction
        | RecordAction
        | RecordMessageAction
        | RedirectAction
        | RejectAction
        | SayAction
        | SessionDataAction
        | SmsAction
        | StopAction
        | TransferAction
        | VariableAssignment
        | WebhookAction
    ],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Any:
    """Inject Actions List

     Injects Call Flow actions into the live call; all callback response actions are supported.

    Args:
        call_id (str):
        body (list[CollectAction | ConferenceAction | DetectAction | DialAction | ForeachAction |
            GotoAction | HangupAction | IfAction | LabelAction | PauseAction | PlayAction |
            QueueAction | RecordAction | RecordMessageAction | RedirectAction | RejectAction |
            SayAction | SessionDataAction | SmsAction | StopAction | TransferAction |
            VariableAssignment | WebhookAction]): A list of Call Flow actions (and variable
            assignments), run in order.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Any
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
