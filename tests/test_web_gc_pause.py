"""The garbage collector paused while an evaluation is built runs again afterwards, also
when pauses nest or fail, and stays off if it was off (chitieu.web.gcpause)."""

from __future__ import annotations

import gc

import pytest

from chitieu.web.gcpause import gc_paused


def test_it_runs_again_after_nested_pauses_and_an_error():
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
        raise ValueError("a failed evaluation")
    assert gc.isenabled()


def test_it_leaves_a_collector_that_was_off_off():
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
