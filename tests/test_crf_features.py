"""The BIO encoding and sentence cuts the CRF experiment (scripts/crf_experiment.py) is
measured with: a gold span comes back with its own offsets, and sequences never cut one."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("crf_features", ROOT / "scripts" / "crf_features.py")
crf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(crf)


def test_bio_round_trip_keeps_offsets():
    # sentence [10, 30): two spans side by side, one at the very end
    spans = [(12, 16), (16, 20), (25, 30)]
    tags = crf.bio(10, 30, spans)
    assert tags[:3] == ["O", "O", "B"] and tags[6] == "B" and tags[-1] == "I"
    assert crf.spans_of(tags, 10) == spans


def test_an_inside_tag_after_outside_opens_a_span():
    assert crf.spans_of(["O", "I", "I", "O", "B", "I"], 100) == [(101, 103), (104, 106)]


def test_sentences_end_at_stops_and_line_breaks():
    text = "一期工程开工。二期\n\n三期投产！"
    assert crf.sentences(text) == [(0, 7), (7, 9), (11, 16)]
    assert [text[a:b] for a, b in crf.sentences(text)] == ["一期工程开工。", "二期", "三期投产！"]
