"""Property-based tests of the Python API on generated documents (issue 14).

For any text and publish date: no exception, every offset holds, amounts are finite with
``value <= value_max``, dates are real calendar days with ``start_date <= end_date``, ids
are unique, and a second run gives the same rows.

``make test`` runs a bounded number of examples (ZHEXTRACT_HYPOTHESIS_EXAMPLES, default
300); CI (``.ci/run``) runs the issue's long run of 20,000 documents, derandomized like
every run here, so CI sees the examples a developer saw. By hand::

    ZHEXTRACT_HYPOTHESIS_EXAMPLES=20000 .venv/bin/python -m pytest tests/test_properties.py -q
"""
import datetime as dt
import math
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import _document, normalize_newlines
from pipeline.tables import result_rows

EXAMPLES = int(os.environ.get("ZHEXTRACT_HYPOTHESIS_EXAMPLES", "300"))
#: the same examples on every run (CI must not fail on a draw a developer never saw);
#: ZHEXTRACT_HYPOTHESIS_RANDOM=1 explores new ones
DERANDOMIZE = os.environ.get("ZHEXTRACT_HYPOTHESIS_RANDOM", "") != "1"

#: pieces news text is made of, and the characters the rules care about
PIECES = [
    "深圳", "南山区", "广东省", "粤港澳大湾区", "前海", "蛇口", "街道", "社区", "村", "镇", "县", "市", "省", "区",
    "安排资金", "63.5亿元", "1.5万余名", "三千万元", "约", "超", "近", "余", "多", "左右", "以上", "不到",
    "平方米", "公里", "千瓦", "亩", "%", "个百分点", "成", "折", "分之", "美元", "港币", "人民币", "元", "块",
    "2024年", "8月9日", "至", "11日", "—", "-", "～", "、", "和", "，", "。", "；", "：", "！", "？",
    "昨天", "明天", "今年", "去年", "上周", "下周", "本月", "上半年", "一季度", "十四五", "“十四五”", "三年",
    "18个月", "下午三点", "13:44", "当天", "次日", "同年", "2月30日", "2月29日", "4月31日", "12月至2月",
    "项目", "工程", "产业园", "基金", "计划", "行动", "大桥", "高速公路", "示范区", "“", "”", "《", "》", "（", "）",
    "负", "－", "−", "净利润为-3.2亿元", "第", "号", "线", "一批", "两", "十", "百", "千", "万", "亿", "〇", "零",
    "\n", " ", "\u3000", "\r\n", "\r", "\ufeff", "=HYPERLINK(", "\ufffd",
]
DIGITS = st.text(alphabet="0123456789０１２３４５６７８９.．,，", min_size=1, max_size=12)
NOISE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6)
SURROGATE = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), DIGITS, NOISE, SURROGATE), max_size=60).map("".join)
PUBLISH = st.one_of(
    st.just(""), st.just("0001-01-01"), st.just("9999-12-31"), st.just("0000-00-00"), st.just("2024-02-29"),
    st.dates().map(dt.date.isoformat),
    st.datetimes().map(lambda d: d.isoformat(sep=" ", timespec="seconds")),
    st.text(max_size=12),
)


def _check(pipeline, text, publish_date):
    doc = _document("doc", "<test>", normalize_newlines(text), publish_date)
    result = pipeline.process(doc)
    assert doc.status == "ok", doc.error
    clean = doc.text
    for table, mentions in result.mentions.items():
        for m in mentions:
            assert 0 <= m.start < m.end <= len(clean) and clean[m.start:m.end] == m.text, (table, m)
        if table == "amounts":
            for m in mentions:
                v, hi = m.fields["value"], m.fields.get("value_max")
                assert v is not None and math.isfinite(v), m
                if hi is not None:
                    assert math.isfinite(hi) and v <= hi, m
        if table == "dates":
            for m in mentions:
                s, e = m.fields["start_date"], m.fields["end_date"]
                for day in (s, e):
                    if day:
                        dt.date.fromisoformat(day)  # a real calendar day
                if s and e:
                    assert s <= e, m
    rows = result_rows(result)
    for table, table_rows in rows.items():
        if table in ("documents",):
            continue
        ids = [r[1] for r in table_rows]
        assert len(ids) == len(set(ids)), table
    return rows


@settings(max_examples=EXAMPLES, deadline=None, derandomize=DERANDOMIZE,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=TEXT, publish_date=PUBLISH)
def test_any_document_gives_sound_rows_and_the_same_rows_twice(pipeline, text, publish_date):
    first = _check(pipeline, text, publish_date)
    assert _check(pipeline, text, publish_date) == first


@settings(max_examples=max(20, EXAMPLES // 10), deadline=None, derandomize=DERANDOMIZE,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_any_unicode_text_through_extract_text(pipeline, text):
    found = pipeline.extract_text(text, publish_date="2024-07-26")
    assert set(found) == {"amounts", "dates", "places", "projects"}
