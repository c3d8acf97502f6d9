import jieba
import pytest

from pipeline.segment import segmenter

SENTENCES = [
    "南山区与汕头濠江共建的“百千万工程”产业协同创新中心，是一个综合性平台。",
    "深圳扎实推进与汕头、河源、汕尾、潮州4市对口帮扶协作，安排资金63.5亿元。",
    "成都天府新区兴隆湖畔的科学城今年1至9月完成投资128亿元。",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_offsets_point_into_the_text(text):
    for fast in (False, True):
        words = segmenter().cut(text, offset=7, fast=fast)
        assert "".join(w for w, _, _ in words) == text
        for w, s, e in words:
            assert text[s - 7:e - 7] == w


@pytest.mark.parametrize("text", SENTENCES)
def test_fast_route_without_hmm_is_jiebas_route(text):
    seg = segmenter()
    if seg._fast is None:
        pytest.skip("jieba-rs not installed")
    assert [w for w, _, _ in seg.cut(text, hmm=False, fast=True)] == jieba.lcut(text, HMM=False)


def test_added_words_reach_both_routes():
    seg = segmenter()
    seg.add_words(["濠江产业协同区"], tag="ns")
    text = "汕头濠江产业协同区挂牌"
    for fast in (False, True):
        assert "濠江产业协同区" in [w for w, _, _ in seg.cut(text, fast=fast)]
    assert seg.tags["濠江产业协同区"] == "ns"


def test_dictionary_tables():
    seg = segmenter()
    assert seg.freq["北京"] > 0 and seg.total > 1_000_000
    assert seg.tags["北京"] == "ns" and seg.tags["建设"] == "vn"


def test_segment_words_lexicon_reaches_jieba_once(tmp_path, root):
    import shutil

    from pipeline.extract import Pipeline
    from pipeline.rules import RuleSet

    rules = tmp_path / "rules"
    shutil.copytree(root / "rules", rules)
    word = "零碳智造示范区"
    (rules / "lexicons" / "segment_words.txt").write_text(f"# test\n{word}\t\tnz\n", encoding="utf-8")
    assert word not in [w for w, _, _ in segmenter().cut(f"建设{word}", fast=True)]
    Pipeline(RuleSet.load(rules), tables=())
    for fast in (False, True):
        assert word in [w for w, _, _ in segmenter().cut(f"建设{word}", fast=fast)]
    assert segmenter().tags[word] == "nz"


def test_pos_tags_words_with_offsets():
    text = "深圳市南山区建设新学校"
    tagged = segmenter().pos(text, offset=3)
    assert "".join(w for w, _, _, _ in tagged) == text
    assert all(text[s - 3:e - 3] == w for w, _, s, e in tagged)
    assert ("深圳市", "ns") in [(w, t) for w, t, _, _ in tagged]


def test_spacy_pipeline_segments_with_the_same_jieba():
    seg = segmenter()
    seg.add_words(["零碳示范学校"])
    doc = seg.nlp()("建设零碳示范学校")
    assert [t.text for t in doc] == [w for w, _, _ in seg.cut("建设零碳示范学校")]
    assert "零碳示范学校" in [t.text for t in doc]
