"""The world a command runs in: streams, terminal flags and environment variables.

Injected rather than read from ``sys`` inside the commands, so tests can pretend to be a terminal
(or a pipe) and check that colours and progress appear only where a person is looking.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import IO


@dataclass
class Environment:
    stdin: IO[bytes] | None = None
    stdout: IO[str] = field(default_factory=lambda: sys.stdout)
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)
    stdout_isatty: bool = False
    stderr_isatty: bool = False
    environ: dict[str, str] = field(default_factory=lambda: dict(os.environ))

    @classmethod
    def from_system(cls) -> "Environment":
        return cls(
            stdin=getattr(sys.stdin, "buffer", None),
            stdout=sys.stdout,
            stderr=sys.stderr,
            stdout_isatty=_isatty(sys.stdout),
            stderr_isatty=_isatty(sys.stderr),
            environ=dict(os.environ),
        )

    @property
    def colors(self) -> bool:
        """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
        return self.stdout_isatty and not self.environ.get("NO_COLOR") and self.environ.get("TERM") != "dumb"


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
