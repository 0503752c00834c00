from typing import Literal

SQAddQueueRequestCallAgentSelection = Literal["LEAST_QUALIFIED", "MAX_WAITING_TIME", "MOST_QUALIFIED"]

SQ_ADD_QUEUE_REQUEST_CALL_AGENT_SELECTION_VALUES: set[SQAddQueueRequestCallAgentSelection] = {
    "LEAST_QUALIFIED",
    "MAX_WAITING_TIME",
    "MOST_QUALIFIED",
}


def check_sq_add_queue_request_call_agent_selection(value: str) -> SQAddQueueRequestCallAgentSelection:
    if value in SQ_ADD_QUEUE_REQUEST_CALL_AGENT_SELECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SQ_ADD_QUEUE_REQUEST_CALL_AGENT_SELECTION_VALUES!r}")
