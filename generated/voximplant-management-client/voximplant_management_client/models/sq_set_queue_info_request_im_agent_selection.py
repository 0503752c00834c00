from typing import Literal

SQSetQueueInfoRequestImAgentSelection = Literal["LEAST_QUALIFIED", "MAX_WAITING_TIME", "MOST_QUALIFIED"]

SQ_SET_QUEUE_INFO_REQUEST_IM_AGENT_SELECTION_VALUES: set[SQSetQueueInfoRequestImAgentSelection] = {
    "LEAST_QUALIFIED",
    "MAX_WAITING_TIME",
    "MOST_QUALIFIED",
}


def check_sq_set_queue_info_request_im_agent_selection(value: str) -> SQSetQueueInfoRequestImAgentSelection:
    if value in SQ_SET_QUEUE_INFO_REQUEST_IM_AGENT_SELECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SQ_SET_QUEUE_INFO_REQUEST_IM_AGENT_SELECTION_VALUES!r}"
    )
