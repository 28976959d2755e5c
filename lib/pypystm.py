"""PyPy-STM's explicit transactions, for pystm.

atomic
    A context manager: the body of ``with atomic:`` runs as one transaction, together with
    any atomic blocks nested in it. No other thread sees its writes before it ends, and it
    sees no other thread's writes that it did not also see at its start. In the GIL build
    the thread keeps the GIL for the whole block.

    A block that must wait (a lock held by another thread, ``time.sleep``) is started again
    later, when it can still be undone; once it has done I/O (which makes it inevitable)
    waiting inside it raises RuntimeError, because no other thread could run to end the wait.

hint_commit_soon()
    Ends the current transaction at the next boundary (loop back-edge or call).

is_atomic()
    True inside ``with atomic:``.

getsegmentlimit()
    How many threads can run transactions at the same time (the cores; 1 under the GIL).

local
    Thread-local attributes (threading.local).
"""

from _pypystm import _enter_atomic, _exit_atomic, getsegmentlimit, hint_commit_soon, is_atomic


class _Atomic:
    __slots__ = ()

    def __enter__(self):
        _enter_atomic()
        return self

    def __exit__(self, *exc_info):
        _exit_atomic()
        return False

    def __repr__(self):
        return "<pypystm.atomic>"


atomic = _Atomic()


def __getattr__(name):
    # threading is imported only when `local` is used.
    if name == "local":
        from threading import local
        return local
    raise AttributeError(f"module 'pypystm' has no attribute '{name}'")
