"""Run callables asynchronously, for pystm: the `concurrent.futures` API of CPython
3.11 with ThreadPoolExecutor. Under pystm the pool's threads run in parallel.

ProcessPoolExecutor is not available: creating one raises NotImplementedError.
"""

from concurrent.futures._base import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
    CancelledError, TimeoutError, InvalidStateError, BrokenExecutor,
    Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'CancelledError', 'TimeoutError', 'BrokenExecutor',
    'Future', 'Executor', 'wait', 'as_completed',
    'ProcessPoolExecutor', 'ThreadPoolExecutor',
)


class ProcessPoolExecutor(Executor):
    """Not available in pystm: use ThreadPoolExecutor, whose threads run in parallel."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(
            "ProcessPoolExecutor is not available in pystm; use ThreadPoolExecutor")
