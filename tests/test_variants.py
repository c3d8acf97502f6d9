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


def test_pinyin_annotations_of_a_mirror_page_are_read_through_and_offsets_stay_the_originals():
    # a mirror site writes a character's pinyin after it (灌區(qū)); every extractor reads the
    # text without the annotations (rules/metadata.yaml reading_skip, pipeline/textview.py)
    from pipeline.extract import Pipeline

    text = "該項目總投資12.5億元,將發(fā)揮灌區(qū)效益。榆安水庫灌區(qū)工程于2023年3月開(kāi)工。"
    found = Pipeline.load().extract_text(text)
    (project,) = found["projects"]
    assert (project.start, project.end, project.text) == (29, 41, "榆安水庫灌區(qū)工程")
    assert project.fields["name"] == "榆安水库灌区工程"
    (date,) = found["dates"]
    assert (date.start, date.end, date.fields["value"]) == (42, 49, "2023-03")
    assert [(m.start, m.end, m.fields["value"]) for m in found["amounts"]] == [(6, 12, 1250000000)]
    # read with its annotation, 發(fā)揮 is no verb and the name ran back over it
    text = "要充分發(fā)揮榆安水庫灌區(qū)工程效益。"
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == ["榆安水庫灌區(qū)工程"]


def test_a_count_unit_is_the_measure_word_as_written():
    from pipeline.extract import Pipeline

    found = Pipeline.load().extract_text("該項目共15個村52戶,六層樓。總投資12億元。")["amounts"]
    assert [(m.text, m.fields["unit"]) for m in found] == [("15個", "個"), ("52戶", "戶"), ("六層", "層"), ("12億元", "CNY")]
    # also where a qualifier follows the measure word (round 22)
    found = Pipeline.load().extract_text("該鎮新建廠房30個以上,搬遷80戶以下。")["amounts"]
    assert [(m.text, m.fields["unit"], m.fields["qualifier"]) for m in found] == [
        ("30個以上", "個", "over"), ("80戶以下", "戶", "under")]


def test_variant_characters_opencc_leaves_alone_are_read_through_zhconvs_table():
    from pipeline.extract import Pipeline
    from pipeline.variants import simplified

    # 陜 (U+965C) is a variant of 陝; OpenCC's t2s leaves it, zhconv's zh-cn table maps it
    assert simplified("陜西省西安市黃河關中") == "陕西省西安市黄河关中"
    found = Pipeline.load().extract_text("陜西省西安市。引漢濟渭先期通水 長江黃河關中握手")["places"]
    assert [(m.text, m.fields["name"], m.fields["level"]) for m in found] == [
        ("陜西省西安市", "西安市", "city"), ("長江", "长江", "area"), ("黃河", "黄河", "area"), ("關中", "关中", "region")]


def test_the_cached_table_is_the_built_one_and_a_damaged_file_is_rebuilt(monkeypatch, tmp_path):
    from pipeline import variants
    from pipeline.cache import cache_path

    monkeypatch.setenv("ZHEXTRACT_CACHE", str(tmp_path / "c"))
    built = variants._built()
    variants._tables.cache_clear()
    try:
        first = variants._tables()[0]  # built and written
        path = cache_path("variants", variants._cache_key())
        assert path.is_file() and first == built
        variants._tables.cache_clear()
        assert variants._tables()[0] == built  # read back
        path.write_bytes(path.read_bytes()[:-7])  # truncated: its tag fails, rebuilt
        variants._tables.cache_clear()
        table, drop = variants._tables()
        assert table == built and set(drop) == set(built) and table[ord("廣")] == ord("广")
    finally:
        variants._tables.cache_clear()


def test_a_pool_loader_warms_without_changing_an_answer():
    from pipeline.engines import WARM_TEXT, _warm

    pipe = Pipeline.load()
    before = {t: [(m.start, m.end, m.rule_id, m.fields) for m in ms]
              for t, ms in pipe.extract_text(WARM_TEXT, "2024-03-05").items()}
    _warm(pipe)
    after = {t: [(m.start, m.end, m.rule_id, m.fields) for m in ms]
             for t, ms in pipe.extract_text(WARM_TEXT, "2024-03-05").items()}
    assert after == before and before["amounts"] and before["places"] and before["projects"]
