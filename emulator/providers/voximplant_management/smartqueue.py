"""SmartQueue (ACD v2): queues, skills, agents (the application's users) with their bindings and statuses,
status mappings, the traffic the queues carry, and the state and metrics that report it."""

from __future__ import annotations

from .sq_agents import SmartQueueAgents
from .sq_queues import SmartQueueQueues
from .sq_reports import SmartQueueReports


class SmartQueue(SmartQueueQueues, SmartQueueAgents, SmartQueueReports):
    pass
