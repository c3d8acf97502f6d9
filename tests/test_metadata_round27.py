"""Round 27 (branch numbers27): a 来源 field that names the internet at large (来源:互联网) is the
source where nothing else on the page names one (params.source_last_resort); a later form that
names an outlet still wins. Texts are invented."""


from tests.metadata_texts import BODY


def test_internet_as_the_only_source(reader):
    text = "青山县林场完成验收\n2021-03-05 09:12 来源:互联网\n\n" + BODY
    found, origin = reader.read(text)
    assert found == {"publish_date": "2021-03-05", "publish_time": "09:12", "source": "互联网"}
    assert origin["source"][0].startswith("meta.")


def test_a_dateline_outranks_the_internet(reader):
    text = "青山县林场完成验收\n2021-03-05 09:12 来源:网络整理\n\n青山日报讯 " + BODY
    found, _ = reader.read(text)
    assert found["source"] == "青山日报"


def test_original_is_still_no_source(reader):
    found, _ = reader.read("青山县林场完成验收\n2021-03-05 09:12 来源:原创\n\n" + BODY)
    assert "source" not in found
