"""Ranking of explanation terms per row, in array operations (``NarrativeClassifier._ranked_terms``)."""

from __future__ import annotations

import numpy as np

__all__ = ["Ranked", "by_row_then_descending", "rank_in_row"]


class Ranked:
    """One row's ranked terms, (term, weight) strongest first, made into pairs only as read."""

    __slots__ = ("keys", "key_list", "weight_list", "a", "b")

    def __init__(self, keys, key_list, weight_list, a, b):
        self.keys, self.key_list, self.weight_list, self.a, self.b = keys, key_list, weight_list, a, b

    def __len__(self) -> int:
        return self.b - self.a

    def __iter__(self):
        keys, kl, wl = self.keys, self.key_list, self.weight_list
        for j in range(self.a, self.b):
            yield keys[kl[j]], wl[j]


def by_row_then_descending(rows: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Order for sorted ``rows`` and positive ``values``: rows kept, within a row ``values``
    descending, equal values in their current order (so a row ranks the same alone as in any
    batch). One integer key per entry: row, then the float's bits (positive floats sort as their
    bit patterns) less the last ones, then the position in the row.
    """
    n = len(values)
    if not n:
        return np.zeros(0, dtype=np.int64)
    at = rank_in_row(rows)
    row_bits, at_bits = max(int(rows[-1]).bit_length(), 1), max(int(at.max()).bit_length(), 1)
    value_bits = 63 - row_bits - at_bits
    if value_bits < 24:  # too many rows or entries per row for one key: two stable sorts
        order = np.argsort(-values, kind="stable")
        return order[np.argsort(rows[order], kind="stable")]
    desc = (np.int64(0x7FF0000000000000) - values.view(np.int64)) >> (63 - value_bits)
    return np.argsort((rows << (value_bits + at_bits)) | (desc << at_bits) | at)


def rank_in_row(rows: np.ndarray) -> np.ndarray:
    """Each entry's position among the entries of its row (``rows`` sorted, small integers)."""
    counts = np.bincount(rows)
    return np.arange(len(rows)) - np.repeat(np.cumsum(counts) - counts, counts)
