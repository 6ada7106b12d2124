"""One exception hierarchy and one table of exit statuses.

Every error the core raises is an ``IpcheckError``; the CLI maps it to an exit status in a single
place (``cli.run``), so a usage slip or a broken knowledge base never surfaces as a traceback.
"""
from __future__ import annotations

import enum


class ExitStatus(enum.IntEnum):
    OK = 0
    FAILED = 1          # a claim contradicted or disputed, or an audit error finding
    USAGE = 2           # bad options, unreadable input, broken knowledge base
    INTERRUPTED = 130   # Ctrl-C


class IpcheckError(Exception):
    """Base of everything ipcheck raises on purpose."""

    status = ExitStatus.USAGE


class UsageError(IpcheckError, ValueError):
    """The command line asks for something impossible."""


class InputError(IpcheckError, OSError):
    """Claims (a file, standard input) could not be read."""


class KnowledgeBaseError(IpcheckError, ValueError):
    """The knowledge base folder cannot be used; names the first problem found."""

    def __init__(self, message: str, file: str | None = None, line: int | None = None):
        self.file = file
        self.line = line
        where = f"{file}:{line}: " if file and line else (f"{file}: " if file else "")
        super().__init__(where + message)


class WorkerLost(IpcheckError, RuntimeError):
    """A process judging part of a batch ended before answering (killed, out of memory): the
    output would be incomplete, so the batch stops with an error rather than a silent gap."""
