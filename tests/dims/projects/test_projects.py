"""ProjectExtractor (SPEC §6): spans, names, categories, exclusions, offsets."""
import pytest

from pipeline.extract import Pipeline
from pipeline.model import Context, Document, Mention
from pipeline.dims.projects import ProjectExtractor
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


def P(text, word, nth=0):
    """A place mention of `word` (its nth occurrence) in text, as the places table gives it."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(table="places", start=start, end=start + len(word), text=word, rule_id="p", fields={})


@pytest.mark.parametrize("text, places, expected", [
    # A至B routes before railway heads, a city before 地铁
    ("加快建设长沙至赣州高铁,年内开工", ["长沙", "赣州"], [("长沙至赣州高铁", "infrastructure")]),
    ("西安地铁8号线二期开通运营", ["西安"], [("西安地铁8号线二期", "infrastructure")]),
    # sections and extensions to the right
    ("京港高铁合肥至安庆段已通车", [], [("京港高铁合肥至安庆段", "infrastructure")]),
    ("地铁4号线南段、2号线延长线投入运营", [], [("地铁4号线南段", "infrastructure"), ("2号线延长线", "infrastructure")]),
    ("白云国际机场T2航站楼投用", [], [("白云国际机场T2航站楼", "infrastructure")]),
    # a place glued to 港 in one jieba word; station heads
    ("货物从湛江港出海", ["湛江"], [("湛江港", "infrastructure")]),
    ("乘客在长沙南站换乘", ["长沙"], [("长沙南站", "infrastructure")]),
    ("推进合肥至沪宁高铁建设", ["合肥"], [("合肥至沪宁高铁", "infrastructure")]),
    ("交通提速。沿江高铁南京至合肥段开工", ["南京", "合肥"], [("沿江高铁南京至合肥段", "infrastructure")]),
    # a direction word inside a name
    ("推进丹江口北岸灌区工程", ["丹江口"], [("丹江口北岸灌区工程", "infrastructure")]),
    # a quoted part makes the stop word before the head a modifier
    ("实施“智慧港口”建设行动,力争", [], [("“智慧港口”建设行动", "program")]),
    ("开展“送技能下乡”活动。", [], [("“送技能下乡”活动", "program")]),
    # a generic wrapper takes the category of the name inside it
    ("天门山游客集散中心项目开工", ["天门山"], [("天门山游客集散中心项目", "facility")]),
])
def test_boundaries_and_heads(ex, text, places, expected):
    got = run(ex, text, [P(text, w) for w in places])
    assert [(s, c) for s, _n, c in got] == expected


@pytest.mark.parametrize("text", [
    "全市新建农村公路300公里",          # 全X start, generic modifier
    "单个项目最高补助50万元",
    "作为全省的骨干工程",                # no name before a generic head
    "打造快速通道",
    "村口的游客服务中心正在装修",
    "完成年度计划的八成",
    "长沙计划投入资金",                  # 计划 is a verb
    "宁德市还计划新建",
    "运河项目进展顺利",                  # a bare head before a head
    "开展志愿服务活动",                  # 活动 needs a quoted name
    "推进七大重点片区建设",              # a set label counts, it does not name
    "“十四五”期间铁路建设投资",        # 期间 ends the name
])
def test_generic_heads_are_no_projects(ex, text):
    assert run(ex, text) == []


def test_quoted_name_recognized_again_unquoted(ex):
    text = "全镇以“青梅小镇园”为依托，青梅小镇园今年接待游客十万人次。"
    out = ex.extract(Context(doc=Document(doc_id="t", source_path="t", text=text), sentences=[],
                             mentions={"places": []}))
    assert [(m.start, m.end, m.rule_id, m.fields["category"]) for m in out] == [
        (4, 9, "project.quoted", "park"), (text.rindex("青梅"), text.rindex("青梅") + 5, "project.repeat", "park")]


def test_whole_place_span_is_no_project(ex):
    text = "在“药谷”落户。光明科学城加快建设"
    assert run(ex, text, [P(text, "药谷"), P(text, "光明科学城")]) == []
    assert run(ex, "光明科学城加快建设") == [("光明科学城", "光明科学城", "park")]


@pytest.mark.parametrize("text, places, expected", [
    # a bracketed alias is a mention of its own; the bracket is a wall for the left walk
    ("杭州至温州高速铁路（杭温高铁）全线贯通", ["杭州", "温州"],
     [("杭州至温州高速铁路", "infrastructure"), ("杭温高铁", "infrastructure")]),
    # verbs and adverbs of intent are no part of a name
    ("力争杭温高铁年内通车", [], [("杭温高铁", "infrastructure")]),
    ("全省坚决打好长江“十年禁渔”攻坚战", ["长江"], [("长江“十年禁渔”攻坚战", "program")]),
    ("届时机场年旅客吞吐量将翻番", [], []),
    # a route on any head, with a section after the line
    ("湖南至广西特高压直流输电工程开工", ["湖南", "广西"], [("湖南至广西特高压直流输电工程", "infrastructure")]),
    ("昆明至丽江铁路昆明至大理段运营平稳", [], [("昆明至丽江铁路昆明至大理段", "infrastructure")]),
    ("成都东至机场城际轨道交通开通", ["成都"], [("成都东至机场城际轨道交通", "infrastructure")]),
    # parts after a work: a direction before 干线/航站楼/连接线
    ("南水北调工程二期东干线全线通水", [], [("南水北调工程二期东干线", "infrastructure")]),
    ("长沙黄花国际机场改扩建工程西航站楼封顶", ["长沙"], [("长沙黄花国际机场改扩建工程西航站楼", "infrastructure")]),
    ("舟山跨海大桥北岸连接线开工", ["舟山"], [("舟山跨海大桥北岸连接线", "infrastructure")]),
    ("贵阳龙洞堡机场改扩建工程航站楼面积将扩大", ["贵阳"], [("贵阳龙洞堡机场改扩建工程", "infrastructure")]),
    # unknown words of single characters stay whole; the adverb 高质量 inside a name stays
    ("县里新建钒钛新材料产业园", [], [("钒钛新材料产业园", "park")]),
    ("4月1日，福州市民营经济高质量发展基金设立", ["福州市"], [("福州市民营经济高质量发展基金", "fund")]),
    # verbs coordinated inside a name; a duration after a quoted part
    ("和顺古镇保护与发展项目投入资金3亿元", [], [("和顺古镇保护与发展项目", "facility")]),
    ("实施“数字宁波”三年行动计划，力争", [], [("“数字宁波”三年行动计划", "program")]),
    ("将实施乡村旅游“提质、增效”五年行动，推动", [], [("乡村旅游“提质、增效”五年行动", "program")]),
    # 试点 only after a named work; 片区 only in a zone
    ("太湖流域山水林田湖草一体化保护和修复工程试点完成投资", ["太湖"],
     [("太湖流域山水林田湖草一体化保护和修复工程试点", "program")]),
    ("推进区域生态环境评估试点", [], []),
    ("中国（广西）自由贸易试验区钦州港片区挂牌", [], [("中国（广西）自由贸易试验区钦州港片区", "park")]),
    # new heads: 陆港, 廊道; category cues 修复 and 新能源
    ("宁波国际陆港开行班列", ["宁波"], [("宁波国际陆港", "infrastructure")]),
    ("环太湖生态廊道全长100公里", ["太湖"], [("环太湖生态廊道", "infrastructure")]),
    ("大别山片区生态保护修复工程下达资金", ["大别山"], [("大别山片区生态保护修复工程", "infrastructure")]),
    ("腾格里沙漠新能源基地一期开工", ["腾格里沙漠"], [("腾格里沙漠新能源基地一期", "infrastructure")]),
    # a zone that the places table also holds is still a park
    ("与成都经济技术开发区合作", ["成都经济技术开发区"], [("成都经济技术开发区", "park")]),
])
def test_round3_boundaries(ex, text, places, expected):
    got = run(ex, text, [P(text, w) for w in places])
    assert [(s, c) for s, _n, c in got] == expected


@pytest.mark.parametrize("text, places", [
    ("湖南重大交通项目建设提速", ["湖南"]),           # a place before evaluative generic words
    ("怀化市重点文旅项目集中签约", ["怀化市"]),
    ("航线通达长江下游主要港口。", ["长江"]),
    ("实施高标准农田建设项目", []),                   # 建设项目 needs a name
    ("沿河两岸实施古城风貌提升工程", []),
    ("重点支持洱源片区、鹤庆片区的项目", []),         # 片区 as an area
    ("全村建成有机蔬菜示范基地800亩，", []),          # described by its size
    ("是河北“四纵四横”高铁网的一部分", ["河北"]),   # a province's network (the national plan's network is a name: test_projects29)
    ("到2027年实现县县通高速。", []),                 # a coverage slogan
    ("三个旗沿黄河“几字弯”布局光伏治沙项目", ["黄河"]),  # a clause, not a name
])
def test_round3_not_projects(ex, text, places):
    assert run(ex, text, [P(text, w) for w in places]) == []


def test_section_standing_alone_after_its_line(ex):
    text = "贵阳至南宁高铁贵阳至荔波段运营，荔波至南宁段加快推进。"
    got = run(ex, text)
    assert got == [("贵阳至南宁高铁贵阳至荔波段", "贵阳至南宁高铁贵阳至荔波段", "infrastructure"),
                   ("荔波至南宁段", "荔波至南宁段", "infrastructure")]
    i = text.index("荔波至南宁段")
    assert [m.start for m in ex.extract(Context(doc=Document(doc_id="t", source_path="t", text=text),
                                                sentences=[], mentions={"places": []}))][1] == i
    # no line named before it: a stretch of road work, not a project
    assert run(ex, "荔波至南宁段加快推进。") == []


def test_each_item_of_a_counted_list_of_projects_is_a_project():
    # SPEC §6: …等N个项目 makes each listed item a project, with or without a head noun
    text = "开工了滨江大道、星河光伏电站和宏达新材料年产5万吨铜箔等3个项目。推动交通、能源、水利等项目建设。"
    found = Pipeline.load().extract_text(text)["projects"]
    assert [(m.text, m.fields["category"]) for m in found] == [
        ("滨江大道", "infrastructure"), ("星河光伏电站", "infrastructure"), ("宏达新材料年产5万吨铜箔", "program")]


def test_a_quoted_name_the_repeat_rule_skips_does_not_break_later_repeats():
    # “智园” (2 characters) does not recur by project.repeat; the unquoted name after it still does
    from pipeline.model import Mention as M

    ex = Pipeline.load().extractors[-1]
    text = "“智园”推进。滨海科创产业园开工，滨海科创产业园明年投用。"
    ex._read_places([])
    kept = [M(table="projects", start=1, end=3, text="智园", rule_id="project.quoted",
              fields={"name": "智园", "category": "park"}),
            M(table="projects", start=7, end=14, text="滨海科创产业园", rule_id="project.head.park",
              fields={"name": "滨海科创产业园", "category": "park"})]
    out = ex._repeat(text, kept, bytearray(len(text) + 1))
    assert [(m.start, m.text, m.rule_id) for m in out][-1] == (17, "滨海科创产业园", "project.repeat")


@pytest.mark.parametrize("text, expected", [
    # a lone character opening the clause, or after a whole word it does not complete, is the
    # first character of an unknown name, not a leftover of the word before it
    ("推进民生保障，广师范清远校区建设", "广师范清远校区"),
    ("集团所属中建新材料产业园一期投产", "中建新材料产业园一期"),
    ("；中船重工海洋装备产业园一期开工", "中船重工海洋装备产业园一期"),
    ("高水平做好留仙湖生态科技产业园建设", "留仙湖生态科技产业园"),
    # ...but a division's one-character suffix means "the district's", and a verb split in
    # two by the segmenter opens no name
    ("坚决打好长江“十年禁渔”攻坚战。", "长江“十年禁渔”攻坚战"),
])
def test_a_lone_first_character(ex, text, expected):
    assert [t for t, _n, _c in run(ex, text)] == [expected]


def test_a_plan_named_by_a_quote_is_a_noun_before_a_numeral():
    # 计划 (head flag v) after a quoted part is the noun, even before 首个; 能源|局 (a body cut
    # in two by the segmenter) ends the name on its left
    found = Pipeline.load().extract_text("该县成为能源局“绿色先锋”计划首个获批的示范县。")["projects"]
    assert [(m.start, m.text, m.fields["name"]) for m in found] == [(7, "“绿色先锋”计划", "绿色先锋计划")]


def test_items_sharing_a_head_split_where_the_text_completes_each():
    # SPEC §6: one mention per project where each can stand alone -- the text says 青峰水库工程
    text = "青峰水库工程开工。推进青峰、石门水库工程建设。加快深大、深惠城际建设。"
    found = Pipeline.load().extract_text(text)["projects"]
    assert [(m.start, m.end, m.fields["name"]) for m in found] == [
        (0, 6, "青峰水库工程"), (11, 13, "青峰"), (14, 20, "石门水库工程"), (25, 32, "深大、深惠城际")]


@pytest.mark.parametrize("text, expected", [
    # a generic activity is no name; the same activity of a place written in full is (params.place_named_heads)
    ("推进老旧小区改造工程复工。", []),
    ("推进珲春市老旧小区改造工程复工。", [("珲春市老旧小区改造工程", "program")]),
    # a programme's scope (10万亩) after it does not veto it as it vetoes a base's area
    ("实施盐碱地治理行动5万亩。", [("盐碱地治理行动", "program")]),
    ("全村建成有机蔬菜示范基地800亩。", []),
])
def test_activities_of_a_place_and_programme_scopes(text, expected):
    found = Pipeline.load().extract_text(text)["projects"]
    assert [(m.text, m.fields["category"]) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # general work types are projects where undertaken (flag u) ...
    ("开工建设滨江路延伸段。", ["滨江路延伸段"]),
    ("凤凰古镇提档升级工程开工，投资3亿元改造凤凰古镇。", ["凤凰古镇提档升级工程", "凤凰古镇"]),
    # ... a two-character word ending in the head is no road (思路, 道路: flag w) ...
    ("理清发展思路，新建通村道路。", []),
    # ... and an address is no undertaking, whatever else the sentence says (address_before)
    ("幸福小区位于和平市建设路南侧，涉及改造的住宅共16栋。", []),
])
def test_general_work_types(text, expected):
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == expected


def test_list_siblings_with_the_same_head_are_names():
    # project.list_sibling: 幸福里小区 alone has no name the head flags accept; beside 滨河小区 it is one
    found = Pipeline.load().extract_text("改造完成滨河小区、幸福里小区、锦绣小区。")["projects"]
    assert [(m.start, m.text, m.rule_id) for m in found] == [
        (4, "滨河小区", "project.head.facility"), (9, "幸福里小区", "project.list_sibling"),
        (15, "锦绣小区", "project.list_sibling")]
    # items that end in no head of the name beside them, or are generic, are not
    found = Pipeline.load().extract_text("完成滨河小区、背街小巷、老旧小区改造。")["projects"]
    assert [m.text for m in found] == ["滨河小区"]


def test_a_guessed_word_opening_with_a_stop_word_is_split(ex):
    # 仅坪山 (a word the segmenter guessed) is 仅 + 坪山
    assert [t for t, _n, _c in run(ex, "赛事仅坪山抖音平台播放量超过1亿次。")] == ["坪山抖音平台"]


def test_a_plant_named_only_by_its_kind_is_no_name_and_keeps_the_place_of_its_name():
    text = "青山抽水蓄能电站正式开工。这是我省的第四座抽水蓄能电站，附近还有核电站。"
    found = Pipeline.load().extract_text(text)["projects"]
    assert [(m.start, m.text) for m in found] == [(0, "青山抽水蓄能电站")]


@pytest.mark.parametrize("text", [
    "该县有大(2)型水库一座。",            # a bracketed class label opens no name
    "船舶在此进行码头作业。",            # one verb before the head is a verb phrase
    "建设城市广场和温泉酒店。",          # kinds of places and settings are no names
    "完成城镇老旧小区改造。",
    "全年固定资产投资项目完成投资。",
])
def test_no_name_openings_and_kinds(text):
    assert Pipeline.load().extract_text(text)["projects"] == []


@pytest.mark.parametrize("text, expected", [
    # a postal address down to a county or town before a name is no part of it
    ("贵州省六盘水市水城区米箩镇沙坝头水库工程开工建设。", "沙坝头水库工程"),
    # a province's short form before its city is left out where the text writes the rest
    # without it (round 29: params.province_short_by_use); a city's before its district stays
    ("湖南岳阳临港产业新区口岸通关中心开工建设。岳阳临港产业新区口岸通关中心年底建成，"
     "岳阳临港产业新区口岸通关中心将服务全市。", "岳阳临港产业新区口岸通关中心"),
    ("湖南岳阳临港产业新区口岸通关中心开工建设。", "湖南岳阳临港产业新区口岸通关中心"),
    ("建设南宁吴圩国际机场T3航站楼。", "南宁吴圩国际机场T3航站楼"),
    # a division with its suffix before a quoted name is its address
    ("雨城区“碧峰峡温泉谷”康养项目开工。", "“碧峰峡温泉谷”康养项目"),
    # ... and so is a chain down to a village whose town begins with a numeral (一六镇)
    ("近日,宜章县一六镇北岸村“云溪温泉度假村”项目开工。", "“云溪温泉度假村”项目"),
    # a chain before words that name nothing keeps its last level
    ("山西省大同市采煤沉陷区国家先进技术光伏示范基地建成。", "大同市采煤沉陷区国家先进技术光伏示范基地"),
])
def test_leading_chains_of_places(text, expected):
    found = Pipeline.load().extract_text(text)["projects"]
    assert [m.text for m in found][:1] == [expected]


def test_a_list_written_with_enumeration_commas_splits_there_unless_the_count_says_otherwise():
    text = "青禾食品及饲料项目、华美家居科技园项目等58个项目集中签约。开工了滨江大道、星河光伏电站和宏达新材料年产5万吨铜箔等3个项目。"
    found = Pipeline.load().extract_text(text)["projects"]
    assert [m.text for m in found] == ["青禾食品及饲料项目", "华美家居科技园项目", "滨江大道", "星河光伏电站",
                                       "宏达新材料年产5万吨铜箔"]


def test_counted_lists_of_works():
    p = Pipeline.load()
    # a count after the list (2条…大通道) makes each item a project where it equals the items
    text = "建设滨湖花海走廊、青山竹林风景廊道2条旅游景观大通道和白鹭湖茶园彩道、松风音乐石阶2条特色走廊。"
    assert [(m.text, m.rule_id) for m in p.extract_text(text)["projects"]] == [
        ("滨湖花海走廊", "project.list_counted"), ("青山竹林风景廊道", "project.list_counted"),
        ("白鹭湖茶园彩道", "project.list_counted"), ("松风音乐石阶", "project.list_counted")]
    # ... a count before a colon too
    text = "计划改造的老旧小区有3个：和平小区(和平二巷)、东华邨、园外苑，合计投资900万元。"
    assert [m.text for m in p.extract_text(text)["projects"]] == ["和平小区(和平二巷)", "东华邨", "园外苑"]
    # ... not where the count differs from the items
    assert p.extract_text("建设滨湖花海走廊、青山竹林风景廊道3条旅游景观大通道。")["projects"] == []


def test_a_place_before_a_name_the_text_gives_without_it_is_left_out():
    text = "贵州省六盘水市水城区米箩镇沙坝头水库工程开工。水城区沙坝头水库工程总投资3亿元。"
    found = Pipeline.load().extract_text(text)["projects"]
    assert [(m.start, m.text) for m in found] == [(13, "沙坝头水库工程"), (26, "沙坝头水库工程")]


@pytest.mark.parametrize("text, expected", [
    ("援建的青山人民医院投入使用。", ["青山人民医院"]),     # a hospital built (援建) is a project
    ("湖南省肿瘤医院专家来到义诊现场。", []),             # a hospital named as an institution is not
])
def test_hospitals_are_projects_as_undertakings(text, expected):
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == expected


@pytest.mark.parametrize("text, expected", [
    ("首个复工的滨河家园小区西侧。", ["滨河家园小区"]),   # XX家园 names the compound; 复工 is an undertaking
    ("投资环境说明会暨项目签约仪式举行。", []),             # 暨 joins two events, no name across it
    ("打造风情小镇项目。", []),                             # 风情 is descriptive
])
def test_compounds_events_and_descriptions(text, expected):
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == expected


@pytest.mark.parametrize("text, expected", [
    ("环顾整个“青禾”现代特色农业示范园区。", ["“青禾”现代特色农业示范园区"]),   # 现代 (tag t) inside a name
    ("楚雄侏罗纪文化旅游产业园项目开工。", ["楚雄侏罗纪文化旅游产业园项目"]),
    ("投入300万元为石门镇中心卫生院购买医疗设备。", ["石门镇中心卫生院"]),             # 投入 is an undertaking
])
def test_time_words_that_are_no_time_and_investment_cues(text, expected):
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == expected


@pytest.mark.parametrize("text, expected", [
    # items before 等 + a class of named works, in a sentence that undertakes them
    ("今年将实施昌平新村、花园新村、越秀新村等老住宅小区的整治改造。", ["昌平新村", "花园新村", "越秀新村"]),
    # activities listed before 等…小区 are no names
    ("实施道路修复、摊铺沥青、园林绿化改造等小区改造内容。", []),
    # attractions listed without an undertaking are not either
    ("游客前往青龙湖、白云洞、天门峡等景区游玩。", []),
])
def test_lists_of_named_works_of_a_class(text, expected):
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == expected


@pytest.mark.parametrize("text, expected", [
    ("工程包括呼南高铁通道襄常段正线。", ["呼南高铁通道襄常段正线"]),   # a part after a section
    ("中国铁路南昌局集团有限公司负责运营。", []),                   # the country names no work
])
def test_parts_after_sections_and_the_country(text, expected):
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == expected


def test_a_division_written_in_full_before_a_named_area_is_its_address():
    # the places table gives 共和县塔拉滩 as one mention ending in the area
    text = "记者走进共和县塔拉滩光伏产业园。青海省海南藏族自治州共和县塔拉滩光伏产业园建成。"
    found = Pipeline.load().extract_text(text)["projects"]
    assert [m.text for m in found] == ["塔拉滩光伏产业园", "塔拉滩光伏产业园"]


def test_the_left_edge_memo_is_keyed_by_the_places_near_the_window(ex):
    # the same window with and without a place mention in it are two entries of the memo
    # (the walk reads place spans); the same window with the same places is one
    text = "推进滨江新材料产业园建设。推进滨江新材料产业园建设。"
    place = Mention(table="places", start=2, end=4, text="滨江", rule_id="place.short",
                    fields={"name": "滨江区", "path": "浙江省/杭州市/滨江区"})
    ex._edge_memo.clear()
    first = ex.left_edge(*_ctx(ex, text, [place]), 7, 10, "")
    assert len(ex._edge_memo) == 1
    ex.left_edge(*_ctx(ex, text, []), 20, 23, "")
    assert len(ex._edge_memo) == 2
    again = ex.left_edge(*_ctx(ex, text, [place]), 7, 10, "")
    assert len(ex._edge_memo) == 2 and again == first and first[0] == 2


def _ctx(ex, text, places):
    ex._read_places(places)
    return (text,)


def test_a_title_guard_is_lifted_by_what_the_name_owns():
    p = Pipeline.load()
    text = "山西大同光伏项目并网成功，成为大同领跑者基地首座汇集站。"
    assert "大同领跑者基地" in [m.text for m in p.extract_text(text)["projects"]]
    # a title conferred stays no project
    assert p.extract_text("该园被评为国家智能社会治理实验基地。")["projects"] == []


@pytest.mark.parametrize("text, expected", [
    # a toponym-shaped modifier names a work before a generic head (project_toponym_finals.txt)
    ("青石岭互通立交建成通车。", [("青石岭互通立交", "青石岭互通立交", "infrastructure")]),
    # ... but not common words that happen to end in such a character
    ("建设战略资源基地。", []),
    # a production line named by its yearly output keeps it (project_output_units.txt)
    ("年产2000万平方米光伏玻璃生产线投产。",
     [("年产2000万平方米光伏玻璃生产线", "年产2000万平方米光伏玻璃生产线", "facility")]),
    # a generic activity inside the type of a park is named by what stands before it
    ("广州南沙(梅州)产业转移工业园获批。",
     [("广州南沙(梅州)产业转移工业园", "广州南沙(梅州)产业转移工业园", "park")]),
    ("推动产业转移工业园提质增效。", []),
    # a verb of the undertaking cues opening a counted list stays out of its first item
    ("当天共签约恒泰新材料、金瑞电子、宏达机械等12个项目。",
     [("恒泰新材料", "恒泰新材料", "program"), ("金瑞电子", "金瑞电子", "program"),
      ("宏达机械", "宏达机械", "program")]),
])
def test_named_work_evidence(ex, text, expected):
    assert run(ex, text) == expected


def test_trace_names_the_reason_a_head_found_no_name(ex):
    from pipeline import trace
    with trace.tracing() as t:
        run(ex, "推动产业转移工业园提质增效。")
    reasons = [c.reason for c in t.finish({}) if c.text == "工业园"]
    assert reasons and "generic activity (project_excluded.txt)" in reasons[0]


def test_a_space_inside_a_word_is_read_through_and_offsets_stay_original(ex):
    text = "坚决打赢污染防治攻 坚战，记者 张三 报道。"
    out = ex.extract(Context(doc=Document(doc_id="t", source_path="t", text=text), sentences=[],
                             mentions={"places": []}))
    assert [(m.start, m.end, m.text, m.fields["name"]) for m in out] == [(4, 12, "污染防治攻 坚战", "污染防治攻坚战")]


def test_a_space_between_words_is_kept():
    from pipeline.dims.projects.spaced import compact_view
    from pipeline.segment import segmenter
    assert compact_view("标题 副题。记者 张三", segmenter(), 4) is None
    text, gaps = compact_view("恒利集团等企 业总部", segmenter(), 4)
    assert text == "恒利集团等企业总部" and gaps == [6]


@pytest.mark.parametrize("text, expected", [
    # a measure of the work's size is no name (project_size_measures.txt)
    ("采用双向四车道高速公路标准建设。", []),
    ("新建3.5公里滨河大道。", [("滨河大道", "滨河大道", "infrastructure")]),
    # a class label ending in a wrapper head stands in front of the name
    ("全市重点项目湘江新区智能制造产业园签约。",
     [("湘江新区智能制造产业园", "湘江新区智能制造产业园", "park")]),
    # ... but a named work's own 工程 stays in a longer name's words
    # a network the work belongs to is left out (project_networks.txt)
    ("高速公路网武深高速公路正式通车。", [("武深高速公路", "武深高速公路", "infrastructure")]),
])
def test_what_stands_in_front_of_a_name(ex, text, expected):
    assert run(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("该项目是全省规模最大的光伏发电基地。", []),
    ("打造现代化的绿色农产品加工基地。", []),
    # a proper name lifts the guard (params.unless_named)
    ("援建了遵义地区规模最大的杨浦幼儿园，", [("杨浦幼儿园", "杨浦幼儿园", "facility")]),
])
def test_a_superlative_or_adjective_makes_a_description(ex, text, expected):
    assert run(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a work done on a named work joins its name where it ends the phrase (project_work_activities.txt)
    ("加快南头直升机场搬迁;推进", [("南头直升机场搬迁", "南头直升机场搬迁", "infrastructure")]),
    ("加快妈湾跨海通道、滨海大道超总段下沉改造。",
     [("妈湾跨海通道", "妈湾跨海通道", "infrastructure"),
      ("滨海大道超总段下沉改造", "滨海大道超总段下沉改造", "infrastructure")]),
])
def test_a_work_done_on_a_named_work(ex, text, expected):
    assert run(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a grade of road inside a name (一级公路) does not end the left walk
    ("G236殷汇至查桥段一级公路改建工程顺利推进",
     [("G236殷汇至查桥段一级公路改建工程", "G236殷汇至查桥段一级公路改建工程", "infrastructure")]),
    # a list before 等…项目 without a count: items holding a proper name are projects
    ("宝镁轻合金、金娃新材料产业园等续建项目顺利推进",
     [("宝镁轻合金", "宝镁轻合金", "program"), ("金娃新材料产业园", "金娃新材料产业园", "park")]),
    ("推动黄河防洪、滩区治理等项目建设", []),
])
def test_lists_and_grades(ex, text, expected):
    assert run(ex, text) == expected


def test_a_middle_dot_joins_the_parts_of_a_name(ex):
    assert run(ex, "规划面积20平方公里的楠溪·云上度假区将填补空白") == [
        ("楠溪·云上度假区", "楠溪·云上度假区", "facility")]


def test_a_leading_place_goes_where_the_name_s_core_stands_alone(ex):
    from pipeline.model import Mention as M
    text = "石门水库项目开工建设。镇安县石门水库工程项目开工建设。石门水库为全市重点项目。"
    county = M(table="places", start=11, end=14, text="镇安县", rule_id="place.full",
               fields={"name": "镇安县", "level": "county", "path": "陕西省/商洛市/镇安县"})
    got = run(ex, text, places=[county])
    assert ("石门水库工程项目", "石门水库工程项目", "infrastructure") in got
    assert not any(t.startswith("镇安县") for t, _n, _c in got)


def test_a_bracketed_section_after_a_name_stays_in_it(ex):
    assert run(ex, "赣州至韶关铁路项目(南康段)实现开工,") == [
        ("赣州至韶关铁路项目(南康段)", "赣州至韶关铁路项目(南康段)", "infrastructure")]


def test_a_batch_of_a_phase_is_no_count_and_a_head_runs_on_into_the_next(ex):
    assert run(ex, "位于陵城区的华能光伏电站一期一批100兆瓦顺利实现并网发电。") == [
        ("华能光伏电站一期", "华能光伏电站一期", "infrastructure")]


@pytest.mark.parametrize("text, expected", [
    # a station's connection works (引入工程) are one name with the line and station
    ("呼南高铁襄阳至荆门段襄阳东站引入工程开工建设", [
        ("呼南高铁襄阳至荆门段襄阳东站引入工程", "呼南高铁襄阳至荆门段襄阳东站引入工程", "infrastructure")]),
    # connecting lines of a railway stay with it
    ("工程包括襄常高铁立折线。", [("襄常高铁立折线", "襄常高铁立折线", "infrastructure")]),
])
def test_railway_works(ex, text, expected):
    assert run(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    # jieba reads 明月 as a time word and 胜 as a verb: before a toponym's final they open its name
    ("举办明月湖度假酒店项目开工仪式", [("明月湖度假酒店项目", "明月湖度假酒店项目", "facility")]),
    ("11月8日,胜天湖温汤康养旅游度假区项目签约仪式举行。",
     [("胜天湖温汤康养旅游度假区项目", "胜天湖温汤康养旅游度假区项目", "facility")]),
    # a verb jieba split in two still opens no name
    ("坚决打好黄河“几字弯”攻坚战。", [("黄河“几字弯”攻坚战", "黄河几字弯攻坚战", "program")]),
])
def test_toponyms_jieba_misreads(ex, text, expected):
    assert run(ex, text) == expected


def test_a_branch_park_is_a_park():
    found = Pipeline.load().extract_text("推进星河产业转移园滨江分园建设。")["projects"]
    assert [(m.text, m.fields["category"]) for m in found] == [("星河产业转移园滨江分园", "park")]


def test_numbered_road_sections_in_an_uncounted_list_split_at_he():
    found = Pipeline.load().extract_text("随着省道316青河线星沙段和国道G207启明线星沙段、城东大道等项目加快建设。")["projects"]
    assert [(m.text, m.fields["category"]) for m in found] == [
        ("省道316青河线星沙段", "infrastructure"), ("国道G207启明线星沙段", "infrastructure"), ("城东大道", "infrastructure")]


def test_a_list_beside_a_recognized_compound_mixes_the_endings_of_compound_names():
    text = "今年计划改造老旧小区12个,包括阳光花园、幸福家园、电力公司宿舍、东门新村、锦绣苑、粮食局家属院等。推动交通、能源、水利等项目建设。"
    found = Pipeline.load().extract_text(text)["projects"]
    assert [(m.text, m.rule_id) for m in found] == [
        ("阳光花园", "project.head.facility"), ("幸福家园", "project.list_sibling"), ("电力公司宿舍", "project.list_sibling"),
        ("东门新村", "project.list_sibling"), ("锦绣苑", "project.list_sibling"), ("粮食局家属院", "project.list_sibling")]


def test_an_ordinal_numeral_names_a_work_and_the_core_of_a_placed_name_recurs():
    text = "公安县将新建公安县城区二水厂,解决饮水。要兴建二水厂,二水厂建成后日供水3万吨。建设3座水厂。"
    found = Pipeline.load().extract_text(text)["projects"]
    assert [(m.text, m.start, m.rule_id) for m in found] == [
        ("公安县城区二水厂", 6, "project.head.infrastructure"), ("二水厂", 23, "project.repeat"),
        ("二水厂", 27, "project.repeat")]


def test_a_leading_division_the_text_uses_elsewhere_as_part_of_the_name_stays():
    text = "四川省泸州市合江县长江公路大桥正式通车。合江长江公路大桥全长420米。星河路菜市场起自省道。"
    found = Pipeline.load().extract_text(text)["projects"]
    assert [m.text for m in found][:2] == ["合江县长江公路大桥", "合江长江公路大桥"]
    assert "菜市场起自省道" not in "".join(m.text for m in found)  # 起|自省|道: no head there


def test_a_counted_list_item_recurs_with_a_head_of_its_own():
    found = Pipeline.load().extract_text("新建星桥、鹿鸣、东兴等3个农贸市场。星桥农贸市场建筑面积13000平方米,东兴农贸市场有20多户商贩。")["projects"]
    assert [(m.text, m.rule_id) for m in found][3:] == [
        ("星桥农贸市场", "project.repeat"), ("东兴农贸市场", "project.repeat")]


def test_a_list_item_between_two_recognized_names_is_a_name():
    found = Pipeline.load().extract_text("确保六中新校区、三中初中部、第五幼儿园建成。推动交通、能源、水利、滨江大道建设。")["projects"]
    assert [(m.text, m.rule_id) for m in found] == [
        ("六中新校区", "project.head.facility"), ("三中初中部", "project.list_sibling"),
        ("第五幼儿园", "project.head.facility"), ("滨江大道", "project.head.infrastructure")]


# whole texts and the names found, in order (most from generalization round 4: unseen13/14/16)
@pytest.mark.parametrize("text, expected", [
    pytest.param("媒体记者探访青海省格尔木市光伏产业园。", ["格尔木市光伏产业园"], id="a_verb_governing_a_place_opens_no_name"),
    pytest.param("游客服务中心及配套工程项目、滨湖公园项目加快推进。", ["游客服务中心及配套工程项目", "滨湖公园项目"], id="a_work_and_its_ancillary_works_are_one_name"),
    pytest.param("长乐外海海上风电场C区项目主体工程正式开工。", ["长乐外海海上风电场C区项目"], id="the_main_works_of_a_project_are_that_project"),
    # (the market moved is an undertaking of its own, named after its street)
    pytest.param("星河路菜市场搬迁至滨江农产品集散中心。建设成都至自贡至宜宾高铁。", ["星河路菜市场", "滨江农产品集散中心", "成都至自贡至宜宾高铁"], id="a_verb_before_zhi_makes_a_move_not_a_route"),
    pytest.param("争取星河水厂扩建工程1.95亿元贷款、滨江供水工程1.1亿元贷款。", ["星河水厂扩建工程", "滨江供水工程"], id="a_common_word_before_an_enumeration_comma_is_no_item_of_the_next_name"),
    pytest.param("建设榆安大型灌区建设工程。打造安徽省重要粮食生产基地。建设白金五星级龙湾温泉国际会议酒店。", ["榆安大型灌区建设工程", "龙湾温泉国际会议酒店"], id="a_descriptive_adjective_ends_a_name_unless_a_proper_name_stands_before_it"),
    pytest.param("星河食品饮料项目(青禾项目)、滨江汽车城两个项目今年完成投资。建设赣州至韶关铁路项目(南康段)。", ["星河食品饮料项目", "青禾项目", "滨江汽车城", "赣州至韶关铁路项目(南康段)"], id="a_bracketed_alias_after_a_name_is_a_mention_of_its_own"),
    pytest.param("宏达-星河、青禾-滨江等合作项目有序推进。这座电站运行良好。集团公司举行滨江电池项目签约仪式。", ["宏达-星河", "青禾-滨江", "滨江电池项目"], id="the_class_after_deng_is_no_name_and_event_verbs_and_demonstratives_end_one"),
    pytest.param("星河路批发市场将整体搬迁。滨江论坛青禾峰景区位于县城西部,景区总投资8亿元。", ["星河路批发市场", "青禾峰景区"], id="a_market_moved_is_an_undertaking_and_a_forum_is_no_part_of_a_name"),
    pytest.param("吉林省星河入青扩建一期工程开工。星河入青扩建一期工程是首个开工的项目。", ["星河入青扩建一期工程", "星河入青扩建一期工程"], id="a_named_works_own_activity_and_phase_before_its_head_stay_in_the_name"),
    pytest.param("我们将新建一期工程。", [], id="an_activity_and_phase_with_no_name_before_them_are_no_name"),
    pytest.param("先后到游客中心·星河温泉、青禾温泉·滨江民俗文化园等地调研,现场协调解决项目推进中的问题。", ["星河温泉", "青禾温泉", "滨江民俗文化园"], id="a_middle_dot_after_a_name_with_a_head_of_its_own_separates_two_works"),
    pytest.param("其中龙泉温泉酒店计划明年开业。", ["龙泉温泉酒店"], id="a_head_followed_by_a_head_that_is_a_verb_here_is_a_name"),
    pytest.param("新建青年路、解放路和学府路3条道路。星河电厂二期2×60万千瓦机组工程开工。", ["青年路", "解放路", "学府路", "星河电厂二期2×60万千瓦机组工程"], id="a_counted_list_joined_by_he_and_a_capacity_with_its_units_count"),
    pytest.param("星河长江公路大桥具有公路、城市道路双重功能,为群众出行提供便捷通道。", ["星河长江公路大桥"], id="a_verb_no_work_is_named_by_ends_a_name"),
    pytest.param("改造提升新城路、滨河路。", ["新城路", "滨河路"], id="undertaking_verbs_opening_a_name_are_left_out"),
    pytest.param("新建星桥、鹿鸣、东兴等3个农贸市场。推动交通、能源、水利等3个领域项目。", ["星桥", "鹿鸣", "东兴"], id="a_counted_list_of_a_class_of_works_takes_short_names_but_no_fields"),
    pytest.param("市中心城区星桥、鹿鸣、东兴等3个农贸市场改造。中心城区云溪、烈山、蒋岗3个农贸市场新建。", ["星桥", "鹿鸣", "东兴", "云溪", "烈山", "蒋岗"], id="a_counted_lists_first_item_leaves_out_where_the_list_stands"),
    pytest.param("建成“一村一场”体育惠民工程15个,在对口地区建立“菜篮子”基地16个。实施“一村一策”工程。", ["“一村一场”体育惠民工程"], id="a_named_programme_with_a_slogan_inside_counted_in_its_instances"),
    pytest.param("城南改造滨河小区。", ["滨河小区"], id="an_undertaking_verb_before_a_proper_name_governs_it"),
    pytest.param("湖杭高速开工建设。除湖杭高速外,还有两条高速。", ["湖杭高速", "湖杭高速"], id="a_guessed_two_character_word_opening_with_a_stop_word_is_split"),
    pytest.param("建成茴香羊产业园项目,引进企业。建设水利枢纽项目。", ["茴香羊产业园项目"], id="a_wrapper_after_a_work_that_needs_no_name_wraps_it"),
    pytest.param("全长2.3公里的沱江三桥建成通车。界河二橋建設順利推進。", ["沱江三桥", "界河二橋"], id="a_numbered_bridge_is_named_with_its_ordinal"),
    pytest.param("全线贯通星台高速一期。漳江湾特大桥及连接线工程A2标段合龙。青和县被誉为中国石墨生产基地。中石油星林石化公司转型升级东区项目开工。", ["星台高速一期", "漳江湾特大桥及连接线工程A2标段", "中石油星林石化公司转型升级东区项目"], id="round7b_lots_praise_titles_through_routes_and_companies"),
    pytest.param("青禾承业年产80万kw(千瓦)防爆电机生产项目开工。", ["青禾承业年产80万kw(千瓦)防爆电机生产项目"], id="a_capacity_in_lower_case_units_with_a_gloss_stays_in_the_name"),
    pytest.param("打造“ 星庸古城 ”旅游项目。", ["“ 星庸古城 ”旅游项目"], id="a_space_just_inside_quotation_marks_is_inside_the_name"),
    pytest.param("推进星南科技大学安州校区扩建工程项目建设。", ["星南科技大学安州校区扩建工程项目"], id="a_work_done_and_xiangmu_jieba_reads_as_one_word_close_the_name"),
    pytest.param("使其成为东北振兴的新引擎,枢纽经济链接全球市场。", ["东北振兴"], id="a_strategy_after_chengwei_is_no_title_and_linking_verbs_open_no_name"),
    pytest.param("宏达单车产业基地项目、台玻技改项目落地。", ["宏达单车产业基地项目", "台玻技改项目"], id="a_measure_character_opening_two_lone_characters_is_a_name"),
    pytest.param("总投资50亿元。\n建设现代基础设施网络行动21个项目,包括星万高铁等。实施“大招商”增量提效行动。", ["建设现代基础设施网络行动", "星万高铁", "“大招商”增量提效行动"], id="a_named_action_opening_its_paragraph_with_its_verb"),
    pytest.param("山西省开发区“三个一批”活动举行。深圳市新华医院开工。", ["三个一批", "深圳市新华医院"], id="a_province_alone_before_a_park_head_names_its_parks"),  # (“三个一批”活动 a campaign: round 13)
    pytest.param("星汕高速公路开工建设,设置了塘尾枢纽互通立交连接青惠高速公路,串联起绕城高速、星遂高速。目前,星黑线景区连接线提升改造、游步道2个项目加快建设。", ["星汕高速公路", "塘尾枢纽互通立交", "星黑线景区连接线提升改造", "游步道"], id="the_works_a_new_one_connects_to_are_landmarks"),
    pytest.param("星岳山隧道左洞贯通。星河大桥右幅通车。", ["星岳山隧道左洞", "星河大桥右幅"], id="a_tunnels_bore_and_a_bridges_half_width_belong_to_it"),
    pytest.param("推进星河市级医院建设工程PPP项目。实施PPP项目3个。", ["星河市级医院建设工程PPP项目"], id="a_contract_model_between_a_work_and_xiangmu_is_no_name"),
    pytest.param("全线设置了星尾枢纽、青丰西互通、禾港互通等共3处互通立交。沿线设弓溪和中湾2个枢纽互通。", ["星尾枢纽", "青丰西互通", "禾港互通", "弓溪", "中湾"], id="interchanges_counted_after_deng_and_a_total_are_works"),
    pytest.param("崀山温泉小镇正式对外开放。新甯縣毛家沖溫泉專案確定。", ["崀山温泉小镇", "毛家沖溫泉專案"], id="a_feature_names_a_resort_town_and_zhuanan_is_a_project"),
    pytest.param("深入星河义达铁合金有限责任公司热态渣再利用年产10万吨无机纤维密度板材项目观摩。", ["星河义达铁合金有限责任公司热态渣再利用年产10万吨无机纤维密度板材项目"], id="a_company_before_what_its_project_makes_opens_the_name"),
    pytest.param("据悉,山东齐达药业有限公司年产100亿片粒口服制剂技术改造项目总投资5亿元。", ["山东齐达药业有限公司年产100亿片粒口服制剂技术改造项目"], id="a_company_name_jieba_splits_into_lone_characters_stays_whole"),
    pytest.param("与星河药业有限公司签约年产10万吨饲料项目。星河能源有限公司围绕青禾水电站建设开展工作。", ["年产10万吨饲料项目", "青禾水电站"], id="a_company_that_signs_or_acts_on_a_project_does_not_name_it"),
    pytest.param("提升行动8个项目,包括星河片区城市有机更新整治工程、北滨公园建设等,总投资175亿元。", ["星河片区城市有机更新整治工程", "北滨公园"], id="building_after_a_listed_work_is_no_part_of_its_name"),
    pytest.param("建设全球最大规模风电光伏基地项目。打造世界一流高科技园区。", [], id="a_superlative_or_rank_before_a_name_ends_it"),
    pytest.param("将建设研发动力中心。京沪通信枢纽开工。", ["京沪通信枢纽"], id="a_common_word_jieba_tags_as_an_abbreviation_names_nothing"),
    # generalization round 8
    pytest.param("续建延吉市林峰等5座大中型水库,新建白河县红旗等4座水库,建设固增乡1.3公里通乡公路等3条公路。", ["林峰", "红旗", "固增乡1.3公里通乡公路"], id="a_counted_item_leaves_out_the_division_before_it_unless_a_measure_follows"),
    pytest.param("东湖国际美食文化商业街区、西关特色文化商业街区等两条特色文化商业街区开街。", ["东湖国际美食文化商业街区", "西关特色文化商业街区"], id="streets_of_shops_are_a_class_of_works_a_count_lists"),
    pytest.param("星河水库除险加固工程Ⅱ标段开工。青禾大道改造工程第三标段开工。", ["星河水库除险加固工程Ⅱ标段", "青禾大道改造工程第三标段"], id="a_lot_numbered_in_roman_or_ordinal_belongs_to_the_name"),
    pytest.param("依兰水库扩容工程开工。11月27日,延吉市依兰水库扩容工程正式开工建设。", ["依兰水库扩容工程", "依兰水库扩容工程"], id="a_city_inside_a_chain_place_is_left_out_where_the_name_stands_alone_elsewhere"),
    pytest.param("一是滨湖龙华国际大酒店建设加快推进。二是星河街历史文化街区建设全面推进。打造国际化街区。", ["滨湖龙华国际大酒店", "星河街历史文化街区"], id="an_enumeration_ordinal_opens_no_name_and_a_historic_district_is_a_work"),
    pytest.param("开工建设通化至白山、星河长江大桥东延段高速公路。", ["通化至白山", "星河长江大桥东延段高速公路"], id="a_route_between_two_places_before_a_road_is_a_road_of_the_list_not_part_of_it"),
    pytest.param("引青入白补星工程白山段开工。实施引洮济合供水工程。", ["引青入白补星工程白山段", "引洮济合供水工程"], id="a_water_transfer_names_opening_verb_is_part_of_its_name"),
    pytest.param("我国最东端高铁正式运营。结束了星河县不通高速公路的历史。副市长宣布项目开工。", [], id="a_bare_superlative_a_road_not_yet_served_and_an_announcement_name_nothing"),
    pytest.param("将投资8亿元打造以星河文化展览馆、水上运动、峡谷漂流、冷水鱼养殖、青禾体育馆等为主的综合体。", ["星河文化展览馆", "青禾体育馆"], id="activities_between_two_works_are_no_names_without_a_proper_word"),
    pytest.param("中小河流治理项目延吉市依兰镇防洪工程、白河县城关镇防洪工程已完工。防洪工程建成。", ["延吉市依兰镇防洪工程", "白河县城关镇防洪工程"], id="a_kind_of_public_works_is_named_only_by_its_place_and_a_wrapper_closes_before_a_place"),
    pytest.param("度假区位于星河山国家森林公园北麓。星河化工产业园开工建设,位于星河化工产业园的企业投产。", ["星河化工产业园", "星河化工产业园"], id="a_landmark_after_weiyu_is_no_work_unless_the_text_presents_it_as_one_elsewhere"),
    pytest.param("星河市中心医院新院建设加快推进。白河县中学新校舍投用。开工建设通化至白山、星河长江大桥及接线。", ["星河市中心医院新院", "白河县中学新校舍", "通化至白山", "星河长江大桥及接线"], id="a_new_site_of_a_facility_and_a_bridge_with_its_approaches_are_one_work"),
    pytest.param("星青高速星河城南枢纽至青禾西段建成通车。", ["星青高速星河城南枢纽至青禾西段"], id="a_section_from_a_named_point_of_a_road_belongs_to_its_name"),
    pytest.param("省道261线星河至青禾段改造工程开工。X091县道星河至青禾段改造工程开工。", ["省道261线星河至青禾段改造工程", "X091县道星河至青禾段改造工程"], id="a_roads_number_before_its_section_opens_the_name"),
    pytest.param("星河县金龙工业集中区已入驻企业21家。推进青禾红沙岗工业集聚区建设。建设工业集中区。", ["星河县金龙工业集中区", "青禾红沙岗工业集聚区"], id="a_named_industrial_concentration_zone_is_a_park"),
    pytest.param("延吉市老旧小区改造项目已由上级部门批准建设。老旧小区改造项目加快推进。", ["延吉市老旧小区改造项目"], id="a_place_written_in_full_names_its_renewal_project"),
    pytest.param("既是实现延吉市项目建设开门红的重要举措。延吉项目加快推进。", [], id="a_place_alone_before_xiangmu_names_its_projects_not_one"),
    pytest.param("项目建设延吉国际交易中心、管理服务中心、运输中心、配送中心等。", ["延吉国际交易中心"], id="a_sibling_of_a_head_that_needs_a_name_needs_a_proper_word"),
    pytest.param("主要建设内容有北港—星湖连通工程、沟门雨水基流收集工程等。", ["北港—星湖连通工程", "沟门雨水基流收集工程"], id="a_connection_named_as_a_work_is_no_landmark_cue"),
    pytest.param("延吉依兰温泉康养项目开工。陕西重大交通项目开工。", ["延吉依兰温泉康养项目"], id="a_town_before_generic_words_names_its_work_a_province_does_not"),
    pytest.param("投资500亿,星河机场改扩建二期争取明年初开工。", ["星河机场改扩建二期"], id="a_work_done_on_a_named_work_with_its_phase_ends_the_name"),
    pytest.param("开通星河至匈牙利布达佩斯中欧班列。中欧班列运行平稳。", ["星河至匈牙利布达佩斯中欧班列"], id="a_freight_train_service_is_a_work_on_a_route_only"),
    pytest.param("实施总装机26.9万千瓦光伏项目9个,建成装机120万千瓦风电。星湾海上风电开工。100万千瓦光伏项目开工。", ["星湾海上风电", "100万千瓦光伏项目"], id="a_capacity_alone_before_a_kind_of_energy_names_no_work"),
    pytest.param("开工星河省宏达胶囊有限公司350亿粒空心胶囊生产技术改造项目。", ["星河省宏达胶囊有限公司350亿粒空心胶囊生产技术改造项目"], id="an_output_in_ten_thousands_of_pieces_is_a_capacity_inside_the_name"),
    pytest.param("其中:青禾绿色发展行动12个项目,包括星峰山森林公园综合提升工程、渝东北岭谷区生态保护修复等,总投资69亿元。", ["青禾绿色发展行动", "星峰山森林公园综合提升工程", "渝东北岭谷区生态保护修复"], id="a_count_of_projects_followed_by_baokuo_lists_projects"),
    pytest.param("集中开工的有星河啤酒扩建、青禾面业二期等2个项目。", ["星河啤酒扩建", "青禾面业二期"], id="a_verb_closing_the_first_list_item_is_the_work_not_a_governing_word"),
    pytest.param("滨河路改造提升工程开工。", ["滨河路改造提升工程"], id="an_undertaking_verb_before_a_verb_stays_inside"),
    # generalization round 5
    pytest.param("广州增城区。正式落户增城开发区省级太阳能光伏产业园。", ["增城开发区省级太阳能光伏产业园"], id="a_place_jieba_tags_as_a_verb_still_opens_a_name"),
    pytest.param("泸州市合江县。合江长江大桥建成通车。介绍,长江大桥全长420米。", ["合江长江大桥", "长江大桥"], id="a_short_form_glued_to_a_name_stays_where_the_rest_recurs_alone"),
    pytest.param("神农大峡谷旅游扶贫综合开发项目正式开工。神农大峡谷位于宣汉县。延吉市老旧小区改造工程启动,延吉市老旧小区很多。游客集散中心项目开工,游客集散中心很大。", ["神农大峡谷旅游扶贫综合开发项目", "神农大峡谷", "延吉市老旧小区改造工程"], id="a_names_opening_words_ending_in_a_head_recur_as_that_work_unless_generic"),
    pytest.param("，下浒山水库灌区工程开工。充分发挥下浒山水库的作用。", ["下浒山水库灌区工程", "下浒山水库"], id="a_position_word_opening_a_clause_before_a_proper_name_opens_the_toponym"),
    pytest.param("2023年,三峡后续工作规划二期项目正式开工。", ["三峡后续工作规划二期项目"], id="a_word_with_a_phase_of_its_own_names_what_is_phased"),
    pytest.param("新华社武汉11月22日电(记者王贤)呼(和浩特)南(宁)高铁襄阳至荆门段襄阳东站引入工程开工。", ["呼(和浩特)南(宁)高铁襄阳至荆门段襄阳东站引入工程"], id="characters_abbreviating_what_brackets_spell_out_open_a_name"),
    pytest.param("新华社武汉电(记者王贤)星河高铁站引入工程开工。", ["星河高铁站引入工程"], id="a_bracketed_byline_is_no_part_of_the_name_after_it"),
    pytest.param("预计10月线路主体工程完工。星河风电场C区项目主体工程正式开工。", ["星河风电场C区项目"], id="the_main_works_of_one_common_word_name_nothing"),
    pytest.param("蛟湖小区改造项目共分为4个标段,分别为第一标段建委小区 ; 第二标段农广小区 ; 第三标段水利综合小区 ; 第四标段承旭小区。第二标段农广小区建设规模约1万平方米,第四标段承旭小区建设规模约2万平方米。",
                 ["蛟湖小区改造项目", "建委小区", "农广小区", "水利综合小区", "承旭小区", "农广小区", "承旭小区"], id="a_lot_label_opens_no_name_and_a_semicolon_list_of_compounds_holds_names"),
    pytest.param("吉林省国家电网蛟河抽水蓄能电站项目建设动员大会召开。", ["蛟河抽水蓄能电站项目"], id="a_grid_before_a_placed_work_is_the_network_it_belongs_to"),
    pytest.param("推进长城文化带建设。实施援疆项目12个。2024年度星河镇东农现代农业产业项目开工。", ["长城文化带", "星河镇东农现代农业产业项目"], id="a_cultural_belt_is_a_strategy_aid_by_destination_and_a_year_label_name_nothing"),
    pytest.param("重点打造了752亩精品稻米生产基地和866亩绿色蔬菜生产基地。", ["752亩精品稻米生产基地", "866亩绿色蔬菜生产基地"], id="an_area_the_name_carries_stays_in_it"),
    pytest.param("当天共签约光伏新材料产业园等项目。推进银川综保区建设。", ["光伏新材料产业园", "银川综保区"], id="an_adverb_before_a_leading_undertaking_verb_goes_with_it_and_bonded_zones"),
    pytest.param("星河产业转移工业园湘桥分园由官塘工业区、官塘投资区、铁铺工业区组成。", ["星河产业转移工业园湘桥分园", "官塘工业区", "官塘投资区", "铁铺工业区"], id="industrial_and_investment_zones_are_parks"),
    pytest.param("其中五星级酒店兰州皇冠假日酒店于2010年开业。长江后新建省道438线白米镇大耳朵码头。", ["兰州皇冠假日酒店", "白米镇大耳朵码头"], id="the_names_own_head_before_it_and_a_roads_number_end_are_no_part_of_it"),
    pytest.param("建设北沿江高铁与盐泰锡常宜铁路的交汇节点。", ["北沿江高铁", "盐泰锡常宜铁路"], id="a_character_after_a_lone_conjunction_is_no_leftover_of_it"),
    pytest.param("这标志着星河旅游区开工建设。泉州市金门供水水源保障工程(晋江部分)开工。", ["星河旅游区", "泉州市金门供水水源保障工程(晋江部分)"], id="an_aspect_marked_verb_is_a_predicate_and_a_bracketed_part_follows_a_name"),
    pytest.param("水巷口是老街。负责人介绍,在水巷口海南美食文化步行街整治提升工程中,包含了水巷口码头建设。", ["水巷口海南美食文化步行街整治提升工程", "水巷口码头"], id="a_lone_character_before_a_word_it_always_precedes_opens_the_name"),
    pytest.param("推进长三角一体化省际互联互通项目姚杨公路—叶新公路建设。深圳—汕头产业协作基金。", ["长三角一体化省际互联互通项目", "姚杨公路", "叶新公路", "深圳—汕头产业协作基金"], id="a_dash_between_two_names_of_one_head_joins_two_works_and_a_class_before_a_proper_name_is_apart"),
    pytest.param("阿图什市人民医院分院建设项目主体完工。深大、深惠城际建设项目加快推进。", ["阿图什市人民医院分院建设项目", "深大、深惠城际"], id="a_construction_wrapper_stays_in_a_name_but_not_after_coordinated_works"),
    pytest.param("日喀则和平机场新建工程开工。甘谷县医院迁建项目完工。新建工程12个。", ["日喀则和平机场新建工程", "甘谷县医院迁建项目"], id="a_work_named_with_what_is_done_to_it_is_one_name"),
    pytest.param("下浒山水库灌区工程开工。安庆市下浒山水库灌区先行建设工程开工。", ["下浒山水库灌区工程", "下浒山水库灌区先行建设工程"], id="a_division_before_a_name_whose_core_opens_another_found_name_is_an_address"),
    pytest.param("泸州港多用途码头二期续建工程开工。", ["泸州港多用途码头二期续建工程"], id="a_continued_work_is_one_name"),
    pytest.param("将建设长125公里的南干渠、石陵分干渠、迁江分干渠和26条支渠。", ["南干渠", "石陵分干渠", "迁江分干渠"], id="the_canals_of_an_irrigation_district_are_works"),
    pytest.param("贵州省普安县。普安县河沟头水库工程开工。河沟头水库工程总投资3亿元。", ["河沟头水库工程", "河沟头水库工程"], id="a_division_written_in_full_is_an_address_where_the_rest_recurs_alone"),
])
def test_names_in_whole_texts(text, expected):
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == expected


def test_listed_hotels_before_a_vague_count_are_projects():
    """…、…等多家…酒店 counts each item among the works of that class (rule project.list_class:
    the class list holds 酒店; a vague count 多家 may stand before it; two-character items)."""
    text = "已建成并投入运营,大理希尔顿、安缦、万豪、凯悦、悦榕庄等多家国际知名品牌酒店落户大理。"
    found = [(m.text, m.rule_id) for m in Pipeline.load().extract_text(text)["projects"]]
    assert [t for t, _r in found] == ["大理希尔顿", "安缦", "万豪", "凯悦", "悦榕庄"]
    # the class itself, described only (知名品牌), is no name
    assert "国际知名品牌酒店" not in [t for t, _r in found]


def test_aspect_marked_verb_stays_out_of_a_name():
    """标志着 is one word (segment_words.txt), so the name starts after it, not at 标."""
    text = "这标志着富华山旅游区正式开园。"
    assert [(m.start, m.text) for m in Pipeline.load().extract_text(text)["projects"]] == [(4, "富华山旅游区")]


def test_companies_counted_among_projects_are_projects_there_only():
    """A、B、C等3个…新项目: each company is a project in the list (SPEC §6), 等 is no part of
    the last item, and the same company named again later is the organisation (no repeat,
    no trimmed place: rule project.repeat firm_suffixes)."""
    text = ("近日,青山工业区:青山兆业丝绸有限公司、广西东生科技有限责任公司、宜州市同福丝绸有限公司"
            "等3个总投资1.58亿元的新项目同时开工。当天开工的同福丝绸有限公司是首家企业。")
    found = [(m.start, m.text, m.rule_id) for m in Pipeline.load().extract_text(text)["projects"]
             if m.start > text.index(":")]
    firms = ["青山兆业丝绸有限公司", "广西东生科技有限责任公司", "宜州市同福丝绸有限公司"]
    assert found == [(text.index(f), f, "project.list_counted") for f in firms]


@pytest.mark.parametrize("text, expected", [
    # a chain written once before the name is the name's own (address_by_use)
    ("兴海县总投资110万元的中铁乡杜宗村达那人畜饮水工程已完工。", ["中铁乡杜宗村达那人畜饮水工程"]),
    # the rest written after another chain too: the chain is the work's address
    ("普安县兴中镇河沟头水库工程开工。普安县兴中镇河沟头水库工程总投资3亿元。普安县河沟头水库工程位于山区。",
     ["河沟头水库工程", "河沟头水库工程", "河沟头水库工程"]),
])
def test_a_leading_chain_is_an_address_only_by_use(text, expected):
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == expected


@pytest.mark.parametrize("text, expected", [
    # a count, its class, 分别为 and the list: every item, places' names among them
    ("目前推进较快的5个抽水蓄能电站项目分别为益阳安化、岳阳汨罗、常德桃源、株洲炎陵和攸县抽水蓄能项目。",
     ["益阳安化", "岳阳汨罗", "常德桃源", "株洲炎陵", "攸县抽水蓄能项目"]),
    # N大 counts a list as N works; an item that is a town's name too is one of them
    ("其中大型4座,分别为夹岩、马岭、黄家湾和凤山四大水利工程。", ["夹岩", "马岭", "黄家湾", "凤山"]),
    # a list of places only names where the works stand, not the works
    ("推动建设汕头、河源、汕尾、潮州4个市级产业转移园区。", []),
])
def test_counted_lists_name_their_items(text, expected):
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == expected


def test_a_name_recurs_after_a_wall_character():
    """即 walls a name off (wall_chars): 贵州省凤山水库 … 即凤山水库 is the same work, written
    without its province (SPEC §6), and a mention where it recurs."""
    text = ("1月22日贵州省凤山水库暨2019年第一批共10个骨干水源工程集中开工仪式在福泉市举行。"
            "本次集中开工的10个骨干水源工程,包括1座大型水库即凤山水库、9座小型水库,分布于5个市。")
    assert [(m.start, m.text) for m in Pipeline.load().extract_text(text)["projects"]] == [(8, "凤山水库"), (70, "凤山水库")]


@pytest.mark.parametrize("text, expected", [
    # 度假城 is a resort's head like 度假村
    ("总投资达26亿元的天泽阳光温泉国际旅游度假城正在紧张建设之中。", ["天泽阳光温泉国际旅游度假城"]),
    # 包括A、B等在内的N个…小区: the items are compounds of the class (the count is no list's)
    ("计划对包括绿湖居、长宏大厦等在内的33个城镇老旧小区实施基础设施配套改造。", ["绿湖居", "长宏大厦"]),
])
def test_resort_head_and_examples_of_a_class(text, expected):
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == expected


def test_no_name_opens_with_a_conjunction_or_an_abbreviation():
    ex = Pipeline.load()
    # 工程性 is an adjective (project.guard.adjective_after)
    assert ex.extract_text("助力解决贵州省工程性缺水问题。")["projects"] == []
    # one-character items before 、 are abbreviations, no works sharing the head
    assert "鄂、赣中心" not in [m.text for m in ex.extract_text("汤里地处湘、鄂、赣中心,交通发达。")["projects"]]
    # a coordinating word opens no name (及|管网改造); 和平 does (和平小区)
    found = [m.text for m in ex.extract_text("建设城市供水改扩建及管网改造、县中学校舍、县医院门诊大楼等3个项目。")["projects"]]
    assert found and not any(f.startswith(("及", "与", "和")) for f in found)
    found = [m.text for m in ex.extract_text("计划改造的老旧小区有2个:和平小区(和平二巷)、东华邨,合计投资。")["projects"]]
    assert found == ["和平小区(和平二巷)", "东华邨"]


@pytest.mark.parametrize("text, expected", [
    # 脱贫攻坚 alone is the policy field since round 20 (gold in 1 of its 14 bare tuning
    # occurrences, this one: tests/dims/projects/test_round20.py); with 战 it is the campaign
    ("解决工程性缺水问题、助力脱贫攻坚和保障区域供水安全。", []),
    ("援建县中学校舍、新农村建设和旅游基础设施。", ["新农村建设"]),
    ("打赢脱贫攻坚战。", ["脱贫攻坚战"]),
])
def test_named_national_campaigns(text, expected):
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == expected


def test_a_long_owner_and_capacity_name_is_read_whole():
    """28 characters before the head (an owner, a place, a capacity): max_reach is 32."""
    text = "国华巴彦淖尔公司中旗德岭山20MWp自发自用光伏发电项目总装机容量2万千瓦。"
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == \
        ["国华巴彦淖尔公司中旗德岭山20MWp自发自用光伏发电项目"]


@pytest.mark.parametrize("text, expected", [
    # 及 joins the parts of one undertaking (joining_words)
    ("推进苗木观赏基地及园区绿化景观提升项目建设。", ["苗木观赏基地及园区绿化景观提升项目"]),
    # ... but parts that only describe stay no name (票务及游客接待|中心, flag n by its last part)
    ("新建票务及游客接待中心。", []),
    # ... and ancillary works still belong to the work before them
    ("建设游客集散中心及配套工程项目。", ["游客集散中心及配套工程项目"]),
])
def test_ji_joins_one_undertaking(text, expected):
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == expected


@pytest.mark.parametrize("text, expected", [
    # an expressway only named as a way there is a landmark, no work (flag u of 高速, 码头)
    ("汤里交通发达,通过昌长高速、大广高速、铜宜高速至南昌、长沙。", []),
    ("长江后止于省道438线白米镇大耳朵码头附近。", []),
    # ... an expressway that is built is one
    ("总投资50亿元的青山高速将于年底建成通车。", ["青山高速"]),
    # ... and a section after the head names a work anyway
    ("京台高速建瓯至闽侯段全长约150公里。", ["京台高速建瓯至闽侯段"]),
])
def test_roads_and_ports_as_works_or_landmarks(text, expected):
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == expected


@pytest.mark.parametrize("text, expected", [
    # a park's head needs a name before it (flag n): a status only describes
    ("巴山大峡谷是国家AAAA级旅游景区、国家地质公园。", []),
    # a time word that is no time of the clause names it (侏罗纪)
    ("新建侏罗纪主题公园。", ["侏罗纪主题公园"]),
])
def test_a_park_needs_a_name(text, expected):
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == expected


@pytest.mark.parametrize("text, expected", [
    # routes listed before the head they share are a work each (郑州至徐州 … 兰州至乌鲁木齐高铁)
    ("将与此前已开通运营的郑州至徐州、郑州至西安、西安至宝鸡、兰州至乌鲁木齐高铁连接。",
     ["郑州至徐州", "郑州至西安", "西安至宝鸡", "兰州至乌鲁木齐高铁"]),
    # a count's measure word opens no name (等5|条|高速公路)
    ("共建成靖西至那坡、桂平至来宾、南宁外环等3条高速公路。", ["靖西至那坡", "桂平至来宾", "南宁外环"]),
])
def test_route_lists(text, expected):
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == expected


def test_a_county_before_a_place_by_use():
    """A county right before a place of its own is the name's where the text writes the
    name once (address_by_use): 兴海县|尕科河 in a paired-assistance list (a tuning text, read
    whole so the places table knows 尕科河 and 多巴村); a division before a quoted name stays
    its address."""
    from pathlib import Path
    text = (Path(__file__).parents[2] / "fixtures" / "unseen22" / "007_qinghai_pairedassist.txt").read_text(encoding="utf-8")
    found = [m.text for m in Pipeline.load().extract_text(text)["projects"]]
    assert "兴海县尕科河至多巴村公路" in found and "尕科河至多巴村公路" not in found
    assert [m.text for m in Pipeline.load().extract_text("雨城区“碧峰峡温泉谷”康养项目开工。")["projects"]] == \
        ["“碧峰峡温泉谷”康养项目"]


@pytest.mark.parametrize("text, expected", [
    # roads listed by their route numbers before 等 and a road class, whatever the count
    ("改造完成G207、G325及S280、S370等15条国省道。", ["G207", "G325", "S280", "S370"]),
    # a route's first end may carry a bracket of its own
    ("同日,柳州(鹿寨)至南宁高速公路改扩建工程开工建设。", ["柳州(鹿寨)至南宁高速公路改扩建工程"]),
])
def test_numbered_roads_and_bracketed_ends(text, expected):
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == expected


def test_a_province_short_form_is_left_out_where_the_name_stands_without_it():
    """湖南大兴寨水库工程 … 大兴寨水库工程: SPEC §6, the name as used elsewhere; a province's
    abbreviation is trimmed like a suffixed place (trim_short_levels)."""
    text = "近日,湖南大兴寨水库工程开工。据介绍,大兴寨水库工程将于年底完工。"
    assert [m.text for m in Pipeline.load().extract_text(text)["projects"]] == ["大兴寨水库工程", "大兴寨水库工程"]


def test_a_county_short_form_is_trimmed_only_before_a_proper_name_of_its_own():
    """A county's short form before a name the text also writes alone is where the work
    stands where the rest holds a proper name (嘉善|姚杨公路), not before a river's name
    (合江|长江大桥) or a description (平邑|新材料国际产业园): trim_short_levels_named."""
    p = Pipeline.load()
    text = "嘉善县境内,嘉善姚杨公路改建开工。姚杨公路全长10公里。"
    assert [(m.start, m.text) for m in p.extract_text(text)["projects"]] == [(8, "姚杨公路"), (17, "姚杨公路")]
    text = "泸州市合江县的合江长江大桥建成通车。长江大桥全长420米。"
    assert [m.text for m in p.extract_text(text)["projects"]][0] == "合江长江大桥"


def test_a_programme_of_works_keeps_its_section_and_phase():
    """工程 + a section + a phase (晋江防洪提升工程南安段一期) is one name (SPEC §6: phases and
    sections included)."""
    assert [m.text for m in Pipeline.load().extract_text("晋江防洪提升工程南安段一期开工。")["projects"]] == \
        ["晋江防洪提升工程南安段一期"]


def test_numbered_items_sharing_a_head_are_one_name():
    """11号、12号泊位工程, as SPEC §6's 轨道五期22、25、27号线: one mention."""
    assert [m.text for m in Pipeline.load().extract_text("泉州港围头湾港区石井作业区11号、12号泊位工程开工。")["projects"]] == \
        ["泉州港围头湾港区石井作业区11号、12号泊位工程"]
