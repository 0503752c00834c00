from typing import Literal

SmartQueueStateTaskTaskType = Literal["CALL", "IM"]

SMART_QUEUE_STATE_TASK_TASK_TYPE_VALUES: set[SmartQueueStateTaskTaskType] = {
    "CALL",
    "IM",
}


def check_smart_queue_state_task_task_type(value: str) -> SmartQueueStateTaskTaskType:
    if value in SMART_QUEUE_STATE_TASK_TASK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMART_QUEUE_STATE_TASK_TASK_TYPE_VALUES!r}")
