"""ipcheck: fact-check intellectual-property statistics against a sourced knowledge base."""

__version__ = "0.1.0"
