from typing import Literal

SQAddQueueRequestImAgentSelection = Literal["LEAST_QUALIFIED", "MAX_WAITING_TIME", "MOST_QUALIFIED"]

SQ_ADD_QUEUE_REQUEST_IM_AGENT_SELECTION_VALUES: set[SQAddQueueRequestImAgentSelection] = {
    "LEAST_QUALIFIED",
    "MAX_WAITING_TIME",
    "MOST_QUALIFIED",
}


def check_sq_add_queue_request_im_agent_selection(value: str) -> SQAddQueueRequestImAgentSelection:
    if value in SQ_ADD_QUEUE_REQUEST_IM_AGENT_SELECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SQ_ADD_QUEUE_REQUEST_IM_AGENT_SELECTION_VALUES!r}")
