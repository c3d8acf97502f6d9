"""Round 21 (issue 12, branch speed21): the header's rules run only while they can still give
a field (``MetadataReader.matches`` with ``read``'s fields): ``read`` gives what it gave when
every rule's every match was listed first. Texts are invented."""
import pytest

from pipeline.metadata import fields_of


def _read_every(reader, text):
    """``read`` as it was: every pair of ``matches`` listed (nothing skipped), then read in order."""
    found, origin = {}, {}
    year_of = reader.year_of(text)
    for rule, m in list(reader.matches(text)):
        f = fields_of(m, year_of if rule.param("year_from_page", False) else None, rule.param("yy_century", 2000))
        span = (rule.id, m.start(), m.end()) if m.end() > m.start() else (rule.id, 0, 0)
        if f.get("publish_date") and "publish_date" not in found:
            found["publish_date"], found["publish_time"] = f["publish_date"], f.get("publish_time", "")
            origin["publish_date"] = span
        elif "publish_date" in f and "publish_date" not in found and rule.param("claims_date", False):
            found["publish_date"], found["publish_time"] = "", ""
            origin["publish_date"] = span
        if f.get("source") and "source" not in found:
            value = m.group("source").strip()
            cut = reader._trail(f["source"])
            if cut is not None:
                value, f["source"] = value[:cut], f["source"][:cut]
            code = reader.source_code is not None and reader.source_code.fullmatch(f["source"])
            if f["source"] not in reader.not_source and not code:
                found["source"], origin["source"] = value, span
    return found, origin


TEXTS = [
    "标题\n2023年05月06日 10:20  稿源：青山日报\n正文。",
    "青山网-青山日报青山7月10日电(记者张某)青山县项目开工。",
    "标题\n来源：青山日报\n发布时间：2023-05-06\n正文青山县项目开工，总投资5亿元。\n来源：绿水晚报",
    "标题\n正文青山县项目开工。\n（转载自青山日报）\n2023年5月6日",
    "青山时报网讯，青山县项目开工。2022年3月5日，绿水县也开工。",
    "标题\n2023-05-06 10:20  青山日报  张三\n正文。" + "青山县项目开工。" * 400 + "\n来源：绿水晚报",
    "没有任何页眉的一段正文，青山县项目开工。",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_read_equals_every_match_read(reader, text):
    assert reader.read(text) == _read_every(reader, text)


def test_rules_run_only_while_they_can_give_a_field(reader):
    # both fields given by the first lines: no rule past the labelled ones runs
    text = "标题\n来源：青山日报\n发布时间：2023-05-06 10:20\n青山时报网讯，2023年5月7日，青山县项目开工。\n（转载自绿水日报）"
    found = {}
    ids = []
    for rule, m in reader.matches(text, found):
        ids.append(rule.id)
        f = fields_of(m)
        if f.get("publish_date"):
            found.setdefault("publish_date", f["publish_date"])
        if f.get("source"):
            found.setdefault("source", f["source"])
    assert found == {"publish_date": "2023-05-06", "source": "青山日报"}
    assert len(ids) < len(list(reader.matches(text)))
    assert reader.read(text)[0] == {"publish_date": "2023-05-06", "publish_time": "10:20", "source": "青山日报"}
