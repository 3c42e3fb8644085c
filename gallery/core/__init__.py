"""Stills' core: kits, stills, metadata, thumbnails and filters. Imports no Qt."""
