"""Stills: an offline gallery for film and series press kits."""

__version__ = "0.1.0"
