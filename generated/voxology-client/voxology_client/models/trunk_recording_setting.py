from enum import StrEnum


class TrunkRecordingSetting(StrEnum):
    DO_NOT_RECORD = "do_not_record"
    PRE_CONNECT = "pre_connect"

    def __str__(self) -> str:
        return str(self.value)
