"""The process pool (pipeline/pool.py): order, chunking, the shrinking last chunks."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import pool
from pipeline.pool import CHUNK, chunk_size, stream


def _chunks(total: int, workers: int) -> list[int]:
    """The chunk sizes a batch of `total` items is handed out in."""
    sizes = []
    while total:
        sizes.append(min(total, chunk_size(total, workers)))
        total -= sizes[-1]
    return sizes


@given(st.integers(0, 5_000), st.integers(2, 16))
def test_chunks_cover_the_batch_and_only_the_last_ones_shrink(total, workers):
    sizes = _chunks(total, workers)
    assert sum(sizes) == total
    assert all(1 <= s <= CHUNK for s in sizes)
    assert sizes == sorted(sizes, reverse=True)  # full chunks first, then smaller and smaller
    small = [s for s in sizes if s < CHUNK]
    # the shrinking tail is a handful of chunks whatever the batch size: the pool's
    # per-chunk cost does not grow with the batch
    assert len(small) <= 2 * workers * 4
    if total >= 2 * workers * CHUNK:
        assert sizes[-1] == 1  # the last chunk is one item: the workers finish together


def test_an_unknown_count_keeps_full_chunks():
    assert chunk_size(None, 2) == CHUNK


def _pid_and_square(item: int, offset: int) -> tuple[int, int]:
    return os.getpid(), item * item + offset


def test_a_pool_gives_the_results_in_order_with_the_context_and_the_count(tmp_path):
    items = list(range(100))
    local = [r for _, r in stream(_pid_and_square, items, 1, (3,))]
    pooled = list(stream(_pid_and_square, items, 2, (3,)))
    assert [r for _, r in pooled] == local == [i * i + 3 for i in items]
    assert os.getpid() not in {pid for pid, _ in pooled}  # built by the workers
    # a generator with its count given: the same results
    counted = list(stream(_pid_and_square, iter(items), 2, (3,), total=len(items)))
    assert [r for _, r in counted] == local


def test_the_last_chunks_handed_to_the_pool_shrink(monkeypatch):
    """The chunks `stream` submits, for a batch whose count it knows: full ones, then
    smaller ones to the end (the workers' last chunks then end close together)."""
    sizes: list[int] = []
    real = pool._work

    def spy(fn, chunk):  # runs in the parent only: record, then build in-line
        sizes.append(len(chunk))
        return real(fn, chunk)

    class InlinePool:  # an executor that runs each chunk at once, in this process
        def __init__(self, *args, **kwargs) -> None:
            pass

        def submit(self, fn, *args):
            return pool._Done(fn(*args))

        def shutdown(self, **kwargs) -> None:
            pass

    import concurrent.futures

    monkeypatch.setattr(pool, "_work", spy)
    monkeypatch.setattr(pool, "_CONTEXT", (0,))  # what the workers' initializer would set
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", InlinePool)
    results = list(stream(_pid_and_square, list(range(240)), 2, (0,)))
    assert len(results) == 240
    assert sum(sizes) == 240 and sizes[0] == CHUNK and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True)


@pytest.mark.parametrize("workers", [1, 2])
def test_no_items_no_results(workers):
    assert list(stream(_pid_and_square, [], workers, (0,))) == []
