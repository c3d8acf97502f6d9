"""Thresholds of the project extractor are `params:` of rules/projects.yaml, read at load."""
from pathlib import Path

import pytest

from pipeline.dims.projects import ProjectExtractor
from pipeline.model import Context, Document
from pipeline.rules import RuleError, RuleSet

from ..rulecopy import rules_with as copy_with

RULES = Path(__file__).resolve().parents[3] / "rules"


def rules_with(tmp_path, old, new):
    return copy_with(tmp_path, "projects.yaml", old, new)


def found(root, text):
    ex = ProjectExtractor(RuleSet.load(root))
    doc = Document("t", "t", text=text)
    return [(m.text, m.rule_id, m.priority) for m in ex.extract(Context(doc, [], mentions={"places": []}))]


def test_the_rule_file_gives_the_thresholds():
    ex = ProjectExtractor(RuleSet.load(RULES))
    assert (ex.max_reach, ex.max_bracket, ex.head_length_weight) == (40, 8, 10)
    assert (ex.guard_before_window, ex.guard_after_window, ex.trim_min_chars) == (48, 12, 4)
    assert ex.descriptive_min_chars == 7
    assert ex.priority_bonus == {"project.quoted": 5}
    assert ex.section_reach == {"project.section": 200} and ex.line_gap == {"project.line": 6}


@pytest.mark.parametrize("old, new, text, before, after", [
    # a bracket longer than max_bracket ends the left walk: no name before the head
    ("max_bracket: 8", "max_bracket: 1", "推进深汕(南山)高新产业园建设",
     [("深汕(南山)高新产业园", "project.head.park", 42)], []),
    # priority: the rule's 2 + head_length_weight x len(产业园)
    ("head_length_weight: 10", "head_length_weight: 1", "推进深汕(南山)高新产业园建设",
     [("深汕(南山)高新产业园", "project.head.park", 42)], [("深汕(南山)高新产业园", "project.head.park", 15)]),
    ("priority_bonus: 5", "priority_bonus: 0", "高质量推进“百千万工程”",
     [("百千万工程", "project.quoted", 55)], [("百千万工程", "project.quoted", 50)]),
    # the line must be named within section_reach characters before a section
    ("section_reach: 200", "section_reach: 5", "昆明至丽江铁路昆明至大理段运营平稳，推进大理至丽江段建设",
     [("昆明至丽江铁路昆明至大理段", "project.head.infrastructure", 36), ("大理至丽江段", "project.section", 18)],
     [("昆明至丽江铁路昆明至大理段", "project.head.infrastructure", 36)]),
])
def test_a_param_decides(tmp_path, old, new, text, before, after):
    assert found(RULES, text) == before
    assert found(rules_with(tmp_path, old, new), text) == after


@pytest.mark.parametrize("old, new, message", [
    ("  max_reach: 40", "  max_reach: far", r"projects\.yaml:\d+: params\.max_reach must be int"),
    ("      section_reach: 200", "      section_reach: true",
     r"projects\.yaml:\d+ rule project\.section: params\.section_reach must be int"),
    ("      overrides: [project.exclude.slogan, project.guard.title, project.guard.counted_after, project.exclude.quoted_strategy]", "      overrides: project.exclude.slogan",
     r"projects\.yaml:\d+ rule project\.strategy: params\.overrides must be a list of strings"),
])
def test_a_param_of_the_wrong_type_is_a_file_line_error(tmp_path, old, new, message):
    root = rules_with(tmp_path, old, new)
    with pytest.raises(RuleError, match=message):
        ProjectExtractor(RuleSet.load(root))


def test_a_param_name_is_lower_snake_case_by_the_schema(tmp_path):
    root = rules_with(tmp_path, "  max_reach: 40", "  Max-Reach: 40")
    with pytest.raises(RuleError, match=r"projects\.yaml"):
        RuleSet.load(root)


def names(root, text):
    from pipeline.extract import Pipeline

    return [m.text for m in Pipeline.load(root).extract_text(text)["projects"]]


# params of generalization round 5, each switched in a copy of the rules (whole pipeline:
# some read the places table)
@pytest.mark.parametrize("old, new, text, before, after", [
    ("      trim_short_forms: false", "      trim_short_forms: true", "泸州市合江县。合江长江大桥建成通车。介绍,长江大桥全长420米。",
     ["合江长江大桥", "长江大桥"], ["长江大桥", "长江大桥"]),
    ("      inner_min_chars: 4", "      inner_min_chars: 0", "神农大峡谷旅游扶贫综合开发项目正式开工。神农大峡谷位于宣汉县。",
     ["神农大峡谷旅游扶贫综合开发项目", "神农大峡谷"], ["神农大峡谷旅游扶贫综合开发项目"]),
    # (下柳林: no toponym final of the places' rule place.feature, which reads 下浒山 as a place)
    ("  toponym_locatives: 上下中", "  toponym_locatives: ''", "，下柳林水库灌区工程开工。",
     ["下柳林水库灌区工程"], ["柳林水库灌区工程"]),
    ("  byline_words: [记者, 通讯员, 摄影, 编辑, 实习生, 特约]", "  byline_words: []", "新华社武汉电(记者王贤)星河高铁站引入工程开工。",
     ["星河高铁站引入工程"], ["新华社武汉电(记者王贤)星河高铁站引入工程"]),
    # (水巷子: no toponym final; the places read 水巷口 as a place by now, which the name keeps)
    ("  local_name_min_times: 3", "  local_name_min_times: 0", "水巷子是老街。负责人介绍,在水巷子琼州风味小吃步行街改造提升工程中,包含了水巷子码头建设。",
     ["水巷子琼州风味小吃步行街改造提升工程", "水巷子码头"], ["巷子琼州风味小吃步行街改造提升工程", "巷子码头"]),
])
def test_a_round5_param_decides(tmp_path, old, new, text, before, after):
    assert names(RULES, text) == before
    assert names(rules_with(tmp_path, old, new), text) == after


def _pipeline_projects(root, text):
    from pipeline.extract import Pipeline
    return [m.text for m in Pipeline.load(root).extract_text(text)["projects"]]


ALL, LAST2, FIRST = slice(None), slice(-2, None), slice(0, 1)


@pytest.mark.parametrize("old, new, text, pick, before, after", [
    # off: a tiled chain keeps its last level, as before
    ("address_by_use: true", "address_by_use: false", "兴海县总投资110万元的中铁乡杜宗村达那人畜饮水工程已完工。",
     ALL, ["中铁乡杜宗村达那人畜饮水工程"], ["杜宗村达那人畜饮水工程"]),
    # without the list of company endings the company recurs and loses its place
    ("firm_suffixes: [公司, 集团]", "firm_suffixes: []",
     "近日,青山工业区:青山兆业丝绸有限公司、宜州市同福丝绸有限公司等2个新项目同时开工。当天开工的同福丝绸有限公司是首家企业。",
     LAST2, ["青山兆业丝绸有限公司", "宜州市同福丝绸有限公司"], ["同福丝绸有限公司", "同福丝绸有限公司"]),
    ("address_tops: [省, 自治区]", "address_tops: []", "贵州省六盘水市水城区米箩镇沙坝头水库工程开工建设。",
     ALL, ["沙坝头水库工程"], ["贵州省六盘水市水城区米箩镇沙坝头水库工程"]),
    ("joining_words: [及]", "joining_words: []", "推进苗木观赏基地及园区绿化景观提升项目建设。",
     ALL, ["苗木观赏基地及园区绿化景观提升项目"], ["苗木观赏基地", "园区绿化景观提升项目"]),
    ("trim_short_levels: [province]", "trim_short_levels: []", "近日,湖南大兴寨水库工程开工。据介绍,大兴寨水库工程将于年底完工。",
     FIRST, ["大兴寨水库工程"], ["湖南大兴寨水库工程"]),
    # (工程设计 is one jieba word, so the second 工程 is no head: only 青木庄水库 is read there)
    ("over_shorter: true", "over_shorter: false", "近日,湖南青木庄水库工程开工。据介绍,青木庄水库工程设计灌溉面积50万亩。",
     ALL, ["青木庄水库工程", "青木庄水库工程"], ["青木庄水库工程", "青木庄水库"]),
])
def test_a_round6_param_decides(tmp_path, old, new, text, pick, before, after):
    """Each param of this round, switched off in a copy of the rules, changes the output
    (the whole pipeline runs: these params read the places table)."""
    assert _pipeline_projects(RULES, text)[pick] == before
    assert _pipeline_projects(rules_with(tmp_path, old, new), text)[pick] == after
