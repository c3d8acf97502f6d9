"""ProjectExtractor (SPEC §6): spans, names, categories, exclusions, offsets."""
import pytest

from pipeline.model import Context, Document, Mention
from pipeline.projects import ProjectExtractor
from pipeline.rules import RuleError


@pytest.fixture(scope="module")
def ex(rules):
    return ProjectExtractor(rules)


def run(ex, text, places=()):
    doc = Document(doc_id="t", source_path="t", text=text)
    ctx = Context(doc=doc, sentences=[], mentions={"places": list(places)})
    out = ex.extract(ctx)
    for m in out:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.fields["name"], m.fields["category"]) for m in out]


@pytest.mark.parametrize("text, expected", [
    # quoted names: outer marks out of the span, inner marks in
    ("高质量推进“百千万工程”?", [("百千万工程", "百千万工程", "program")]),
    ("启动了为期3年的“活力城村”专项行动。", [("“活力城村”专项行动", "活力城村专项行动", "program")]),
    ("10月14日,濠江“百千万工程”产业协同创新中心揭牌成立",
     [("濠江“百千万工程”产业协同创新中心", "濠江百千万工程产业协同创新中心", "park")]),
    ("全力实施‘百县千镇万村高质量发展工程’举行",
     [("百县千镇万村高质量发展工程", "百县千镇万村高质量发展工程", "program")]),
    # left boundary: stop at verbs, keep places, brackets and dashes
    ("设立总规模10亿元的深圳—汕头产业协作基金助力产业发展",
     [("深圳—汕头产业协作基金", "深圳—汕头产业协作基金", "fund")]),
    ("签约意向进驻企业7家;连平(南山)产业科技孵化中心正在加紧推进中。",
     [("连平(南山)产业科技孵化中心", "连平(南山)产业科技孵化中心", "park")]),
    ("项目——南山智造深汕高新产业园正式开园", [("南山智造深汕高新产业园", "南山智造深汕高新产业园", "park")]),
    # coordination and phases
    ("加快建设深江铁路、深惠城际、地铁10号线东延、11号线北延等跨市轨道交通", [
        ("深江铁路", "深江铁路", "infrastructure"), ("深惠城际", "深惠城际", "infrastructure"),
        ("地铁10号线东延", "地铁10号线东延", "infrastructure"), ("11号线北延", "11号线北延", "infrastructure")]),
    ("轨道五期22、25、27号线全面开工建设", [("轨道五期22、25、27号线", "轨道五期22、25、27号线", "infrastructure")]),
    ("深大、深惠城际建设项目完成车站主体结构施工", [("深大、深惠城际", "深大、深惠城际", "infrastructure")]),
    ("推进深汕(南山)高新产业园一期建设", [("深汕(南山)高新产业园一期", "深汕(南山)高新产业园一期", "park")]),
    # category cues
    ("坪山河干流综合整治工程荣获大奖", [("坪山河干流综合整治工程", "坪山河干流综合整治工程", "infrastructure")]),
    ("推动“千村示范、万村整治”工程走深走实",
     [("“千村示范、万村整治”工程", "千村示范、万村整治工程", "program")]),
    ("广州市加快推进白云国际机场三期扩建工程",
     [("白云国际机场三期扩建工程", "白云国际机场三期扩建工程", "infrastructure")]),
    ("高标准建设西丽湖人才服务中心。", [("西丽湖人才服务中心", "西丽湖人才服务中心", "facility")]),
])
def test_names(ex, text, expected):
    assert run(ex, text) == expected


@pytest.mark.parametrize("text", [
    "龙岗区在城中村改造和老旧小区改造方面取得了显著进展",      # generic activities
    "因地制宜统筹谋划新一轮城中村改造项目",
    "在对口地区建立“菜篮子”基地16个",                        # counted labels
    "推动建设4个市级产业转移园区",
    "打造了全国首个海岛县无人驾驶低空观光项目",
    "先后获国家生物产业基地(全国首批、深圳唯一)",             # awarded title
    "来源:《“百千万工程”广东实践》",                           # document
    "实施“一村一策”工程",                                      # slogan
    "荣获数字城市赛道“数字城市金牌项目”奖",                    # prize
    "比亚迪作为全球新能源汽车销冠",                            # company, no head
    "加快建成世界级创新型滨海中心城区",                        # head inside a compound
    "推动香港专业人士执业便利",                                # 港 inside 香港
    "新增医院床位超800张",                                     # bare head
])
def test_not_projects(ex, text):
    assert run(ex, text) == []


def test_short_form_named_again_is_its_own_mention(ex):
    text = "推进“百千万工程”。“百千万工程”开局之年"
    assert [(s, n) for s, n, _c in run(ex, text)] == [("百千万工程", "百千万工程")] * 2


def test_place_mentions_extend_the_left_edge(ex):
    text = "打造后海湾超级商圈。"
    without = run(ex, text)
    place = Mention(table="places", start=2, end=5, text="后海湾", rule_id="p", fields={})
    assert run(ex, text, [place]) == [("后海湾超级商圈", "后海湾超级商圈", "park")]
    assert without != [("后海湾超级商圈", "后海湾超级商圈", "park")]


def test_offsets_in_longer_text(ex):
    text = "第一段。\n\n自广东省“百千万工程”部署以来,深圳设立深圳—汕头产业协作基金。"
    doc = Document(doc_id="t", source_path="t", text=text)
    out = ex.extract(Context(doc=doc, sentences=[], mentions={}))
    assert [(m.start, m.end, m.rule_id) for m in out] == [
        (text.index("百千万"), text.index("百千万") + 5, "project.quoted"),
        (text.index("深圳—"), text.index("基金") + 2, "project.head.fund"),
    ]


def test_unknown_normalizer_is_reported(rules):
    rule = next(r for r in rules.rules("projects") if r.normalize == "head")
    old = rule.normalize
    rule.normalize = "nosuch"
    try:
        with pytest.raises(RuleError, match=r"projects.yaml:\d+ rule project\.head\.\w+: unknown normalizer"):
            ProjectExtractor(rules)
    finally:
        rule.normalize = old
