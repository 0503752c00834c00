from enum import StrEnum


class TalkOptionMnemonic(StrEnum):
    """finish_conversation - finish the conversation; tag_call - tag the call; record_talk - voice recorder (call recording); transfer_call - transfer; run_scenario - run a scenario; call_coach - call the coach; receive_fax - receive a fax; save_numa - save the caller ID (AON) to a group."""

    FINISH_CONVERSATION = "finish_conversation"
    TAG_CALL = "tag_call"
    RECORD_TALK = "record_talk"
    TRANSFER_CALL = "transfer_call"
    RUN_SCENARIO = "run_scenario"
    CALL_COACH = "call_coach"
    RECEIVE_FAX = "receive_fax"
    SAVE_NUMA = "save_numa"

    def __str__(self) -> str:
        return str(self.value)
