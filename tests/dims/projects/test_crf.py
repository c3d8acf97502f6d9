"""The project-span model stacked on the rules (rule project.crf, pipeline/dims/projects/
crf.py and crf_features.py): its features, how its spans become mentions, its switch, its
errors, and that the committed model is the one `make train` makes from the committed rules
and gold."""
from __future__ import annotations

import importlib.util
import json
import copy
from pathlib import Path

import pytest

from pipeline import trace
from pipeline.dims.projects.crf import SpanModel, balanced
from pipeline.dims.projects.crf_features import bio, rule_class, sentences, spans_of, strings
from pipeline.extract import Pipeline
from pipeline.model import Mention
from pipeline.rules import RuleError, RuleSet

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.model


def load_train_script():
    spec = importlib.util.spec_from_file_location("train_projects_model", ROOT / "scripts" / "train_projects_model.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def model():
    ex = next(e for e in Pipeline.load(ROOT / "rules").extractors if e.table == "projects")
    return ex.model


def test_sentences_cut_after_stops_and_leave_line_ends_out():
    text = "甲乙。丙丁\n戊己！\n\n庚"
    assert sentences(text) == [(0, 3), (3, 5), (6, 9), (11, 12)]


def test_bio_and_spans_of_are_inverse():
    tags = bio(10, 20, [(11, 14), (16, 20), (30, 33)])  # a span outside the sentence is left out
    assert tags == ["O", "B", "I", "I", "O", "O", "B", "I", "I", "I"]
    assert spans_of(tags, 10) == [(11, 14), (16, 20)]
    assert spans_of(["I", "I", "O", "B", "B"], 0) == [(0, 2), (3, 4), (4, 5)]  # an I after O opens a span


def test_rule_class():
    assert rule_class("project.head.park") == "park"
    assert rule_class("project.list_sibling") == "list_sibling"


@pytest.mark.parametrize("span, ok", [
    ("“百千万工程”示范带", True), ("“五新四城", False), ("五新四城”战略", False),
    ("深汕(南山)产业园", True), ("深汕(南山产业园", False), ("《规划》项目", True), ('"A"区', True), ('"A区', False),
])
def test_balanced(span, ok):
    assert balanced(span) is ok


def test_features_of_a_character(model):
    text = "新建星河产业园。"
    rules = [Mention("projects", 2, 7, "星河产业园", "project.head.park", {"category": "park"})]
    places = [Mention("places", 2, 4, "星河", "x", {"level": "county"})]
    sents, seqs = model.features(text, places, rules)
    assert sents == [(0, 8)]
    first = set(seqs[0][2])  # 星: the name's first character
    assert {"c0=星", "c-1=建", "c-2=新", "c1=河", "c2=产", "c-1c0=建星", "r=B", "rc=B|park", "rBc0=星",
            "pl=B", "pl=B-county", "cueL", "cueS", "t=h"} <= first
    head_end = set(seqs[0][6])  # 园: the head's last character
    assert {"hin=park", "hend=park", "hd=0", "r=E", "rc=E|park"} <= head_end
    assert "r=O" in seqs[0][7] and "c1=$" in seqs[0][7]


def test_only_sentences_with_a_rule_mention_are_read(model):
    text = "星河产业园开工。青禾大桥通车。"
    rules = [Mention("projects", 0, 5, "星河产业园", "project.head.park", {"category": "park"})]
    assert model.features(text, [], rules)[0] == [(0, 8)]
    assert model.features(text, [], rules, every=True)[0] == [(0, 8), (8, 15)]


class StubTagger:
    """Tags a sentence as told (by its first character's offset in the text)."""

    def __init__(self, tags):
        self.tags = tags

    def tag(self, seq):
        return self.tags.pop(0)

    def marginal(self, label, k):
        return 0.5

    def info(self):
        class Info:
            state_features = {}
        return Info()


def revise(model, text, found, tags):
    m = copy.copy(model)  # a copy whose tagger is the stub
    m._tagger, m._weights = StubTagger(tags), None
    return [(x.start, x.end, x.rule_id, x.fields.get("category")) for x in m.revise(text, [], found)]


def mention(text, s, e, rule_id, category):
    return Mention("projects", s, e, text[s:e], rule_id, {"name": text[s:e], "category": category})


def test_revise_keeps_moves_adds_and_drops(model):
    text = "新建星河大道和青禾产业园，推进百花工程。"
    found = [mention(text, 2, 6, "project.head.infrastructure", "infrastructure"),
             mention(text, 9, 12, "project.head.park", "park"),
             mention(text, 15, 19, "project.head.program", "program")]
    tags = list("OOBIIIOBIIIIOOOOOOOO")  # 星河大道 kept; 青禾产业园 widened; 百花工程 not tagged
    assert revise(model, text, found, [tags]) == [
        (2, 6, "project.head.infrastructure", "infrastructure"),
        (7, 12, "project.crf", "park"),  # the category of the rule mention under it
    ]


def test_a_span_left_open_or_without_category_keeps_the_rules(model):
    text = "实施“五新四城”战略，建设星河。"
    found = [mention(text, 2, 10, "project.campaign_label", "program")]
    tags = list("OOBIIIIOOOOOBIOO")  # “五新四城 (a quote left open) and 设星 (no head, no rule under it)
    assert revise(model, text, found, [tags]) == [(2, 10, "project.campaign_label", "program")]


def test_a_new_span_takes_its_heads_category(model):
    text = "建设青禾大桥。"
    found = [mention(text, 4, 6, "project.head.infrastructure", "infrastructure")]
    assert revise(model, text, found, [list("OOBIIIO")]) == [(2, 6, "project.crf", "infrastructure")]


def test_a_name_the_model_keeps_recurs(model):
    assert model.recur  # params.recur of project.crf
    text = "星河产业园开工。星河产业园投产。参观星河产业园。星河产业园区扩建。"
    found = [mention(text, 0, 5, "project.head.park", "park"), mention(text, 8, 13, "project.head.park", "park"),
             mention(text, 24, 30, "project.head.park", "park")]
    # read: the three sentences with a rule mention; the model keeps the first only
    tags = [list("BIIIIOOO"), list("OOOOOOOO"), list("OOOOOOOOO")]
    assert revise(model, text, found, tags) == [
        (0, 5, "project.head.park", "park"),
        (8, 13, "project.crf", "park"),  # dropped by the model here, kept in the first sentence
        (18, 23, "project.crf", "park"),  # a sentence the model did not read
    ]  # not inside 星河产业园区 (24-30): a rule mention of another span, which the model judged


def test_the_models_own_spans_and_a_switched_off_recur_do_not_recur(model):
    text = "建设青禾大桥。青禾大桥通车。"
    found = [mention(text, 4, 6, "project.head.infrastructure", "infrastructure")]
    assert revise(model, text, found, [list("OOBIIIO")]) == [(2, 6, "project.crf", "infrastructure")]
    text = "星河产业园开工。参观星河产业园。"
    found = [mention(text, 0, 5, "project.head.park", "park")]
    off = copy.copy(model)
    off.recur = False
    assert revise(off, text, found, [list("BIIIIOOO")]) == [(0, 5, "project.head.park", "park")]
    assert revise(model, text, found, [list("BIIIIOOO")])[1] == (10, 15, "project.crf", "park")


def test_no_recurrence_inside_a_title_nor_of_a_firm(model):
    text = "星河产业园开工。出版《星河产业园志》。青禾科技公司等项目签约。参观青禾科技公司。"
    found = [mention(text, 0, 5, "project.head.park", "park"), mention(text, 19, 25, "project.list_item", "facility")]
    tags = [list("BIIIIOOO"), list("BIIIIIOOOOOO")]
    assert revise(model, text, found, tags) == [(0, 5, "project.head.park", "park"),
                                                (19, 25, "project.list_item", "facility")]


def test_trace_shows_the_models_score(model):
    text = "新建星河大道和青禾产业园，推进百花工程。"
    found = [mention(text, 2, 6, "project.head.infrastructure", "infrastructure"),
             mention(text, 15, 19, "project.head.program", "program")]
    with trace.tracing() as t:
        revise(model, text, found, [list("OOBIIIOOOOOOOOOOOOOO")])
        cands = t.finish({"projects": found[:1]})
    byrule = {(c.start, c.rule_id): c for c in cands}
    assert byrule[(2, "project.head.infrastructure")].note.startswith("model score 0.50")
    dropped = byrule[(15, "project.head.program")]
    assert dropped.by == "project.crf" and dropped.reason.startswith("the model does not tag it: model score 0.50")


def test_the_model_changes_a_run_and_switching_it_off_gives_the_rules(tmp_path):
    """On: a rule's mention the model does not believe is dropped (the rule example of
    project.crf); off (params.enabled: false): the rules' own mentions."""
    text = "这是株洲北站,去年开工建设。"
    on = [m.text for m in Pipeline.load(ROOT / "rules").extract_text(text)["projects"]]
    rules = tmp_path / "rules"
    import shutil

    shutil.copytree(ROOT / "rules", rules, ignore=shutil.ignore_patterns("models"))
    yaml = rules / "projects.yaml"
    src = yaml.read_text(encoding="utf-8")
    assert "      enabled: true\n" in src
    yaml.write_text(src.replace("      enabled: true\n", "      enabled: false\n"), encoding="utf-8")
    off = [m.text for m in Pipeline.load(rules).extract_text(text)["projects"]]
    assert on == [] and off == ["株洲北站"]


def test_a_missing_model_file_is_a_clear_error(tmp_path):
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules, ignore=shutil.ignore_patterns("models"))
    with pytest.raises(RuleError, match=r"projects\.yaml:\d+ rule project\.crf: no model file .*make train"):
        Pipeline.load(rules)


def test_training_refuses_test_sets():
    mod = load_train_script()
    assert "unseen3" in mod.test_sets()
    with pytest.raises(SystemExit):
        import sys
        argv, sys.argv = sys.argv, ["train", "unseen3"]
        try:
            mod.main()
        finally:
            sys.argv = argv


def test_the_committed_model_is_trained_on_these_rules_and_gold():
    """rules/models/projects_crf.json records what `make train` read; a change to a rule, a
    tuning set's gold or text, or the feature code since then fails here: run `make train`."""
    mod = load_train_script()
    info = json.loads((ROOT / "rules" / "models" / "projects_crf.json").read_text(encoding="utf-8"))
    assert info["sets"] == ["seeds"] + mod.make_sets("TUNE_SETS")
    assert not set(info["sets"]) & mod.test_sets()
    seeds_here = (mod.SHARED / "gold" / "seeds.jsonl").is_file()
    sets = info["sets"] if seeds_here else [s for s in info["sets"] if s != "seeds"]
    now = mod.fingerprint(sets, ROOT / "rules")
    assert now["repo"] == info["inputs_sha256"]["repo"], "rules, gold or features changed since training: run `make train`"
    if seeds_here:
        assert now["shared"] == info["inputs_sha256"]["shared"], "the seeds changed since training: run `make train`"
    rule = RuleSet.load(ROOT / "rules").get("project.crf")
    assert (info["c1"], info["c2"], info["max_iterations"]) == (rule.param("c1", 0.0), rule.param("c2", 0.0),
                                                                rule.param("max_iterations", 0))


# Round 17: the candidates the rules' normalizers refused, as the model's evidence
# (params refused_features, refused_sentences of project.crf)

def test_refusal_class():
    from pipeline.dims.projects.crf_features import refusal_class
    assert refusal_class("head flag n: no name (place, proper noun, quote, digits) before a generic head") == "n"
    assert refusal_class("head flag q: a head only inside quotation marks") == "q"
    assert refusal_class("head flag u: not presented as an undertaking") == "u"
    assert refusal_class("head flag z: no zone word") == "flag"
    assert refusal_class("left walk: no name before the head") == "walk"
    assert refusal_class("the modifier ends in a generic activity (project_excluded.txt)") == "activity"
    assert refusal_class("an evaluative word (project_evaluative.txt) right before a wrapper head") == "evaluative"
    assert refusal_class("something new") == "other"


def with_refused(model, features=True, sentences=False, classes=True):
    m = copy.copy(model)
    m.featurizer = copy.copy(model.featurizer)
    m.featurizer.refused_features, m.featurizer.refused_sentences = features, sentences
    m.featurizer.refused_classes = classes
    return m


def test_features_of_a_refused_candidate(model):
    text = "新建星河产业园。"
    refused = [Mention("projects", 2, 7, "星河产业园", "project.head.park", {"why": "head flag u: not presented"})]
    seqs = with_refused(model).features(text, [], [], every=True, refused=refused)[1][0]
    assert {"x=B", "xc=B|u"} <= set(seqs[2]) and {"x=I", "xc=I|u"} <= set(seqs[3]) and {"x=E", "xc=E|u"} <= set(seqs[6])
    assert not any(f.startswith("x") for f in seqs[1] + seqs[7])
    # without refused_classes (as shipped) every refusal is one class
    plain = with_refused(model, classes=False).features(text, [], [], every=True, refused=refused)[1][0]
    assert {"x=B", "xc=B|other"} <= set(plain[2]) and {"x=E", "xc=E|other"} <= set(plain[6])
    # switched off: no such feature
    off = with_refused(model, features=False).features(text, [], [], every=True, refused=refused)[1][0]
    assert not any(f.startswith(("x=", "xc=")) for fs in off for f in fs)


def test_sentences_holding_a_refused_candidate_are_read_with_refused_sentences(model):
    text = "星河产业园开工。青禾大桥通车。"
    rules = [Mention("projects", 0, 5, "星河产业园", "project.head.park", {"category": "park"})]
    refused = [Mention("projects", 10, 12, "大桥", "project.head.infrastructure", {"why": "left walk: no name"})]
    assert with_refused(model).features(text, [], rules, refused=refused)[0] == [(0, 8)]
    assert with_refused(model, sentences=True).features(text, [], rules, refused=refused)[0] == [(0, 8), (8, 15)]


def test_the_extractor_keeps_what_its_normalizers_refused():
    ex = next(e for e in Pipeline.load(ROOT / "rules").extractors if e.table == "projects")
    text = "推进项目建设。"
    ex._extract(text, [])
    assert [(m.start, m.end, m.text) for m in ex.refused if m.text.endswith("项目")] == [(2, 4, "项目")]
    assert all(m.fields["why"] for m in ex.refused)


def test_a_span_over_a_refused_candidate_is_the_models_name_under_the_vetoes(model):
    text = "推进星河交易中心项目建设。"
    refused = [Mention("projects", 4, 8, "交易中心", "project.head.facility", {"why": "head flag n: no name"})]
    m = copy.copy(with_refused(model, sentences=True))
    m._tagger, m._weights = StubTagger([list("OOBIIIIIIIOOO")]), None
    assert [(x.start, x.end, x.rule_id, x.fields["name"]) for x in m.revise(text, [], [], refused)] == \
        [(2, 10, "project.crf", "星河交易中心项目")]
    m._tagger = StubTagger([list("OBIIIIIIIIIOO")])  # 进星河交易中心项目建: no head at its end, no rule mention: no name
    assert m.revise(text, [], [], refused) == []



def test_lexicon_and_word_edge_features(model):
    """params.lexicon_features and word_edge_features (round 29, model30; measured, shipped
    off): lx= the longest lexicon match a character lies in, rw= the rules' mention tag with
    the word's boundary tag and length."""
    from pipeline.dims.projects.crf_features import lexicon_automaton

    fz = copy.copy(model.featurizer)
    fz._lex = lexicon_automaton({"stop": ["推进", "加快"], "gen": ["生态"]})
    fz.word_edges = True
    text = "市住建局表示，将加快推进云杉湾生态公园项目。"
    a = text.index("云")
    rules = [(a, len(text) - 1, "project.head.park")]
    sents, cols = fz.document(text, rules, [])
    assert sents == [(0, len(text))]
    got = [[f for f in fs if f.startswith(("lx=", "rw="))] for fs in strings(cols[0])]
    assert got[text.index("加")] == ["lx=B|stop", "rw=OB2"]
    assert got[text.index("进")] == ["lx=E|stop", "rw=OE2"]
    assert got[a] == ["rw=BB2"]  # the mention opens where a word of two characters opens
    assert got[text.index("湾")] == ["rw=IS1"]
    assert got[text.index("生")] == ["lx=B|gen", "rw=IB2"]
    assert got[text.index("目")] == ["rw=EE2"]
    assert got[-1] == ["rw=OS1"]
    # switched off (the shipped params): neither template
    assert not any(f.startswith(("lx=", "rw=")) for fs in strings(model.featurizer.document(text, rules, [])[1][0])
                   for f in fs)


def test_lexicon_tags_keep_the_longest_match():
    from pipeline.dims.projects.crf_features import lexicon_automaton, lexicon_tags

    auto = lexicon_automaton({"q": ["甲乙丙"], "p": ["甲乙"], "r": ["丙丁", "戊己", "庚"]})
    assert lexicon_tags(auto, "甲乙丙丁戊己庚") == {0: "B|q", 1: "I|q", 2: "E|q", 4: "B|r", 5: "E|r"}
