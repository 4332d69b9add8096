"""Wenwen (问问): a conversational shopping assistant over your own catalog."""

__version__ = "0.1.0"
