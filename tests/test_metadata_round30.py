"""Round 30 (branch meta31): header and dateline forms of unseen115/116's arrival errors, as
general forms. An outlet's 讯/报道 lead with the city it reports from but no date names the
outlet (traditional script too); a markdown list's dashes before an outlet line and a stamp
line keep the outlet. Texts are invented."""

from pipeline.variants import simplified

from tests.metadata_texts import BODY


def _read(reader, text):
    st = simplified(text)
    return reader.read(st, text if st is not text else None)


def test_outlet_city_xun_lead(reader):
    found, origin = _read(reader, "青山县林场完成验收\n青山日报平安讯(记者 张某)5月3日," + BODY)
    assert found.get("source") == "青山日报"
    assert origin["source"][0] == "meta.outlet_place_xun"


def test_outlet_city_baodao_lead(reader):
    found, _ = _read(reader, "青山县林场完成验收\n\n青山在线平安报道 7月6日,全县" + BODY)
    assert found.get("source") == "青山在线"


def test_outlet_city_xun_traditional_keeps_the_script(reader):
    found, _ = _read(reader, "青山縣林場完成驗收\n青山日報平安訊(記者 張某)5月3日,全縣完成")
    assert found.get("source") == "青山日報"


def test_own_paper_city_xun_names_none(reader):
    found, _ = _read(reader, "青山县林场完成验收\n本报平安讯(记者 张某)5月3日," + BODY)
    assert "source" not in found


def test_dashed_outlet_above_stamp(reader):
    found, origin = _read(reader, "青山县新建三座水厂\n- 青山晚报\n- 2021-06-02 08:15:40\n" + BODY)
    assert found.get("source") == "青山晚报"
    assert found.get("publish_date") == "2021-06-02"
    assert found.get("publish_time") == "08:15:40"
    assert origin["source"][0] == "meta.outlet_above_datetime"
