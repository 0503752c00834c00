"""Reading a time window of a history (messages, call logs, recordings) at a cost that does not grow with the
history's length.

Each history document carries `x_hour`, the hour its time falls in, and that field is indexed: a window of a
few hours (the default one is the last hour) reads only the documents of its hours. A longer window pages
back from the newest document and stops at the first page stored before it began.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...core.store import Document
from .base import VoxologyBase
from .tenancy import Scope

HOUR_S = 3600
MAX_HOURS = 48  # windows up to two days are read hour by hour
HISTORY_PAGE = 100  # documents read at a time when paging back through a longer window
HISTORIES = ("message", "log", "recording")


def hour_of(moment: float) -> int:
    return int(moment // HOUR_S)


class History(VoxologyBase):
    def in_window(self, scope: Scope, kind: str, begin: float, end: float, stored: str) -> list[Document]:
        """Documents of `kind` whose hour overlaps [begin, end] (the caller filters exactly); `stored` is
        the field saying when each was stored, for the paging of long windows."""
        first, last = hour_of(begin), hour_of(end)
        if last - first <= MAX_HOURS:
            return [
                doc
                for hour in range(first, last + 1)
                for doc in self.store.find(scope.ns, kind, "x_hour", hour)
            ]
        return list(self.newest_first(scope, kind, stored, begin))

    def newest_first(self, scope: Scope, kind: str, stored: str, since: float) -> Iterator[Document]:
        """Documents stored from `since` on, newest first: a kind is kept in the order it was stored, so
        the first page stored wholly before `since` ends the search."""
        offset = 0
        while True:
            page = self.store.page(scope.ns, kind, offset, HISTORY_PAGE, newest_first=True)
            yield from (doc for doc in page if (doc.get(stored) or 0) >= since)
            if len(page) < HISTORY_PAGE or all((doc.get(stored) or 0) < since for doc in page):
                return
            offset += HISTORY_PAGE
