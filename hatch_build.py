"""Build hook: compile the bundled knowledge base into the wheel, so a cold `ipcheck verify`
unpickles it instead of parsing every TOML file. At run time the cache is used only when its
fingerprint matches the facts it travels with; otherwise ipcheck parses the TOML as usual."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileFacts(BuildHookInterface):
    PLUGIN_NAME = "compile-facts"

    def initialize(self, version, build_data):
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        sys.path.insert(0, str(root / "src"))
        try:
            from ipcheck import kb
        finally:
            sys.path.pop(0)
        out = Path(tempfile.mkdtemp()) / kb.CACHE_NAME
        kb.compile_cache(root / "facts", out)
        build_data["force_include"][str(out)] = f"ipcheck/{kb.CACHE_NAME}"
