"""Projects, round 27 wave 2 (issue 11; docs/DECISIONS.md "Round 27 (projects28)"): a work's
number written with # (2#海上风电项目, 12#泊位) is part of its name, as 3号 is (the left walk
stopped at the mark: 海上风电项目 alone, or no name). All text invented. The rules alone:
tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import cut as _cut  # the same reader



def test_a_hash_numbered_wind_farm_keeps_its_place_and_number():
    assert _cut("5月2日,青禾3#海上风电项目全容量并网。") == [(5, 15, "青禾3#海上风电项目")]


def test_a_full_width_hash_is_the_same_mark():
    assert _cut("5月2日,青禾3＃海上风电项目全容量并网。") == [(5, 15, "青禾3＃海上风电项目")]


def test_a_hash_number_without_a_name_is_still_no_project():
    # digits and the mark alone before a generic head name nothing (新增3#厂房)
    assert _cut("园区新增3#厂房2万平方米。") == []
