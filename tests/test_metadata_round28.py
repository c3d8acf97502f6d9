"""Round 28 (branch numbers28): a paper's site masthead naming its sponsor on a line of its own
(某某报社主办) gives the paper as the source only where nothing else on the page names one
(rule meta.masthead_sponsor, params.last_resort). Texts are invented."""


from tests.metadata_texts import BODY


def test_sponsor_masthead_as_the_only_source(reader):
    text = "某某部主管\n\n青山建设报社主办\n\n青山县老旧小区改造提速\n2022-11-24 10:09:21    作者:某某\n\n" + BODY
    found, origin = reader.read(text)
    assert found == {"publish_date": "2022-11-24", "publish_time": "10:09:21", "source": "青山建设报"}
    assert origin["source"][0] == "meta.masthead_sponsor"


def test_a_source_field_outranks_the_sponsor(reader):
    text = "青山建设报社主办\n\n标题\n2022-11-24 10:09:21 来源:青山市政府网\n\n" + BODY
    found, _ = reader.read(text)
    assert found["source"] == "青山市政府网"


def test_a_dateline_in_the_body_outranks_the_sponsor(reader):
    text = "青山建设报社主办\n\n标题\n\n新华社青山3月5日电 " + BODY
    found, _ = reader.read(text)
    assert found["source"] == "新华社"


def test_a_sponsor_in_running_text_names_nothing(reader):
    found, _ = reader.read("青山日报社主办的活动今天开幕。\n\n" + BODY)
    assert "source" not in found or found["source"] != "青山日报"
