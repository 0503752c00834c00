from typing import Literal

SmartQueueStateTaskStatus = Literal["DISTRIBUTED", "IN_PROCESSING", "IN_QUEUE"]

SMART_QUEUE_STATE_TASK_STATUS_VALUES: set[SmartQueueStateTaskStatus] = {
    "DISTRIBUTED",
    "IN_PROCESSING",
    "IN_QUEUE",
}


def check_smart_queue_state_task_status(value: str) -> SmartQueueStateTaskStatus:
    if value in SMART_QUEUE_STATE_TASK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMART_QUEUE_STATE_TASK_STATUS_VALUES!r}")
