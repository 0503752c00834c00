from enum import StrEnum


class DownloadRecordingFormat(StrEnum):
    AAC = "aac"
    AU = "au"
    MP3 = "mp3"
    OGG = "ogg"
    ULW = "ulw"
    VOX = "vox"
    WAV = "wav"
    WAVM = "wavM"

    def __str__(self) -> str:
        return str(self.value)
