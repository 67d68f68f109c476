"""Trying a server call again after a transient failure, with backoff and jitter.

Transient failures (no answer, a 5xx, a 429) are tried again a few times within one sync,
waiting longer each time (with random jitter, so that many clients that failed together
do not come back together), bounded to a few seconds in all. A wrong password, an expired
session or a refused answer is not tried again: waiting cannot fix it.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from inclucities_desktop.sync.errors import SyncError, Throttled

Result = TypeVar("Result")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # calls in all, the first included
    first_delay: float = 0.25  # seconds before the second call
    max_total_delay: float = 6.0  # seconds of waiting at most, over all retries


NO_RETRY = RetryPolicy(attempts=1)


def call_with_retries(
    call: Callable[[], Result],
    policy: RetryPolicy,
    cancel: threading.Event | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Result:
    """``call()``, tried again on a transient SyncError as ``policy`` allows."""
    waited = 0.0
    for attempt in range(1, policy.attempts + 1):
        try:
            return call()
        except SyncError as error:
            if not error.transient or attempt == policy.attempts:
                raise
            delay = policy.first_delay * 2 ** (attempt - 1) * random.uniform(0.5, 1.5)
            if isinstance(error, Throttled) and error.retry_after is not None:
                delay = max(delay, error.retry_after)
            if waited + delay > policy.max_total_delay:
                raise
            waited += delay
            if cancel is not None:
                if cancel.wait(delay):
                    raise
            else:
                sleep(delay)
    raise AssertionError("unreachable: the loop returns or raises")
