"""Projects, round 27 (issue 11; docs/DECISIONS.md "Round 27 (projects27)"): span edges on text
the rules were not tuned on. A capacity given as a rate (3万吨/日) opens the name with its slash
(the left walk stopped at the slash and opened the name on 日); an extension written out (西延伸)
is the phase 西延 spelled in full, and 轨交 is the shortened network word before a numbered line.
All text invented. The rules alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import cut as _cut  # the same reader



def test_a_daily_capacity_stays_in_the_name():
    assert _cut("目前4万吨/日南区净水厂预计明年建成。") == [(2, 12, "4万吨/日南区净水厂")]


def test_listed_works_with_decimal_daily_capacities():
    got = _cut("一期主要包括2.5万吨/日老城水厂续建工程、4万吨/日南区净水厂建设项目。")
    assert (6, 21, "2.5万吨/日老城水厂续建工程") in got
    assert (22, 36, "4万吨/日南区净水厂建设项目") in got


def test_a_capacity_per_day_in_tons_before_a_plant():
    assert _cut("星河县新建1200吨/天垃圾焚烧发电厂。") == [(5, 19, "1200吨/天垃圾焚烧发电厂")]


def test_a_slash_without_a_capacity_still_ends_the_name():
    # 人次 is no capacity unit: the slash is punctuation, the name opens after it
    got = _cut("客流达1万人次/星河新车站投用。")
    assert all("/" not in t for _s, _e, t in got)


def test_an_extension_written_out_is_the_lines_phase():
    assert _cut("轨交6号线南延伸计划于年底开通。") == [(0, 8, "轨交6号线南延伸")]


def test_an_extension_written_out_after_a_full_network_word():
    got = _cut("本年度建成轨道交通5号线西延伸、9号线二期。")
    assert (5, 15, "轨道交通5号线西延伸") in got
