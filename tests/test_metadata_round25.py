"""Round 25 (issue 11, branch meta25): header forms of meta_fresh9_tune, by form. Texts are
invented; each asserts the fields, the rule that gave them and its offsets."""

from pipeline.variants import simplified

from tests.metadata_texts import BODY


def _catalogue(issuer_cell: str, written: str = "成文日期：| 2023-02-27 | 发布日期：| 2023-03-02 |") -> str:
    return ("索引号：| QS-2023-0017 | 分类：| 林业 |\n"
            f"发布机构：| {issuer_cell} | 体裁分类：| 通知 |\n"
            "标题：| 青山县森林防火通道工程通过验收 | 编号：| — |\n"
            f"{written}\n有效性：| 有效 |\n" + BODY)


def test_catalogue_table_issuer_and_publish_date_cells(reader):
    # each label's value stands in the next cell, after a bar; 成文日期 dates the writing
    text = _catalogue("青山县林业局")
    found, origin = reader.read(text)
    assert found == {"publish_date": "2023-03-02", "publish_time": "", "source": "青山县林业局"}
    start = text.index("发布机构")
    assert origin["source"] == ("meta.catalogue_source", start, start + len("发布机构：| 青山县林业局"))
    start = text.index("发布日期")
    assert origin["publish_date"] == ("meta.time_field", start, start + len("发布日期：| 2023-03-02 "))


def test_catalogue_table_empty_issuer_cell_names_nothing(reader):
    # an empty cell: the next cell's label (体裁分类：) is no source
    found, _ = reader.read(_catalogue(""))
    assert "source" not in found
    assert found["publish_date"] == "2023-03-02"


def test_closing_wire_dateline_in_title_brackets(reader):
    # a Hong Kong wire signs its copy at the end: the outlet as written; no year, no date
    text = ("某某局今日公布,青山國際展覽館二期工程已經動工,預計2027年底完工,屆時展覽面積將增加一倍。\n"
            "某某局表示,會同步推進配套交通設施建設。\n《青山通訊社17日專訊》\n")
    found, origin = reader.read(simplified(text), text)
    assert found == {"source": "青山通訊社"}
    start = text.index("《")
    assert origin["source"] == ("meta.closing_bracket_dateline", start, start + len("《青山通訊社17日專訊》"))


def test_closing_wire_dateline_with_year_gives_date(reader):
    text = "某某局今日公布,青山展览馆二期工程已经动工,预计2027年底完工,届时展览面积将增加一倍。\n《青山社2024年3月17日专讯》\n"
    found, _ = reader.read(text)
    assert found == {"publish_date": "2024-03-17", "publish_time": "", "source": "青山社"}


def test_closing_wire_dateline_below_header_source_field(reader):
    # a header 来源 field outranks the closing signature
    text = "青山展览馆二期动工\n来源:青山日报 2024-03-18 10:00\n\n" \
           "某某局今日公布,青山展览馆二期工程已经动工,预计2027年底完工,届时展览面积将增加一倍。\n《青山社17日专讯》\n"
    found, _ = reader.read(text)
    assert found["source"] == "青山日报"
