"""Traditional characters are read as simplified one for one (pipeline/variants.py)."""
from pipeline.extract import Pipeline
from pipeline.variants import simplified


def test_a_simplified_text_is_returned_as_it_is():
    text = "广东省深圳市南山区今年计划投资约三亿元。"
    assert simplified(text) is text


def test_traditional_characters_map_one_for_one():
    text = "廣東省深圳市南山區今年計劃投資約三億元"
    out = simplified(text)
    assert out == "广东省深圳市南山区今年计划投资约三亿元" and len(out) == len(text)


def test_one_rare_character_does_not_turn_a_simplified_text():
    text = "记者李堃报道：乾坤湾景区今年接待游客㎡" * 3
    assert simplified(text) is text


def test_traditional_text_gives_rows_with_the_text_as_written_and_simplified_names():
    text = "廣東省深圳市南山區今年計劃投資約三億元，建設深江鐵路。"
    found = Pipeline.load().extract_text(text, publish_date="2024-05-07")
    place = found["places"][0]
    assert (place.start, place.end, place.text, place.fields["name"]) == (0, 9, "廣東省深圳市南山區", "南山区")
    money = found["amounts"][0]
    assert (money.text, money.fields["value"], money.fields["qualifier"]) == ("約三億元", 300000000, "approx")
    project = found["projects"][0]
    assert (project.text, project.fields["name"]) == ("深江鐵路", "深江铁路")
    for mentions in found.values():
        for m in mentions:
            assert text[m.start:m.end] == m.text
