"""Timed measurements (`make bench`): figures printed, never asserted in tests."""
