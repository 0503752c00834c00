from enum import StrEnum


class CallgearAddTalkOptionsBodyMnemonic(StrEnum):
    CALL_COACH = "call_coach"
    FINISH_CONVERSATION = "finish_conversation"
    RECEIVE_FAX = "receive_fax"
    RECORD_TALK = "record_talk"
    RUN_SCENARIO = "run_scenario"
    SAVE_NUMA = "save_numa"
    TAG_CALL = "tag_call"
    TRANSFER_CALL = "transfer_call"

    def __str__(self) -> str:
        return str(self.value)
