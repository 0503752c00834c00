from enum import StrEnum


class ExportCallsHistoryReportFormFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"

    def __str__(self) -> str:
        return str(self.value)
