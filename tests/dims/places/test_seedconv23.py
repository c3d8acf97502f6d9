"""Places, seed-gold conventions (issue 11, branch seedconv23; docs/DECISIONS.md "Round 23: annotation
conventions from the seed gold"). A development zone written right after its city is no place: the
city alone is the mention, as the seed gold marks 河源市高新区 and 深圳高新区 (the tuning gold was mended
to it). The shipped rules already read it so; these tests pin it. The sentences are made up."""
from .rows import rows


def test_a_zone_short_form_after_its_city_leaves_the_city_alone(px):
    assert rows(px, "记者从芜湖经开区获悉，今年新签约项目12个。") == [
        (3, 5, "芜湖", "place.short", "芜湖市", "city")]


def test_a_zone_after_its_city_written_in_full(px):
    got = rows(px, "洛阳市高新区新入驻企业30家。")
    assert [(r[0], r[1], r[2], r[4]) for r in got] == [(0, 3, "洛阳市", "洛阳市")]


def test_a_high_tech_zone_after_a_city_short_form(px):
    got = rows(px, "位于绵阳高新区的电子产业园开工。")
    assert [(r[0], r[1], r[2], r[4]) for r in got] == [(2, 4, "绵阳", "绵阳市")]
