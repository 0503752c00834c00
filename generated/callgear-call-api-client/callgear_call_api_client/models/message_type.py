from enum import StrEnum


class MessageType(StrEnum):
    """media - a media file; tts - a text for Text-to-Speech."""

    MEDIA = "media"
    TTS = "tts"

    def __str__(self) -> str:
        return str(self.value)
