"""Places recall round 6 (issue 11, branch places6): one test per class
(docs/DECISIONS.md, "Places: recall round 6")."""
from pipeline.model import Context, Document


def run(px, text):
    ms = px.extract(Context(Document("t", "t", text=text), []))
    for m in ms:
        assert text[m.start:m.end] == m.text
    return [(m.start, m.end, m.text, m.rule_id, m.fields["name"], m.fields["level"]) for m in ms]


def areas(px, text):
    return [(a, b, t) for a, b, t, _r, _n, lv in run(px, text) if lv == "area"]


def test_an_unlisted_toponym_with_a_final_and_a_cue_or_locative(px):
    # 云栖峡: no lexicon holds it; the final 峡 + a locative (来到) or a cue (景区) is enough,
    # then every occurrence that is a word counts
    got = run(px, "游客来到云栖峡，云栖峡景区人流如织。")
    assert got == [(4, 7, "云栖峡", "place.feature", "云栖峡", "area"), (8, 11, "云栖峡", "place.feature", "云栖峡", "area")]
    assert run(px, "在潮里泾大桥举行仪式。") == [(1, 4, "潮里泾", "place.feature", "潮里泾", "area")]
    # the final alone is no evidence
    assert run(px, "云栖峡人流如织。") == []


def test_an_unlisted_toponym_at_a_routes_end(px):
    got = areas(px, "S123线石门泉至白杨沟段公路开工，石门泉风景优美。")
    assert got == [(5, 8, "石门泉"), (18, 21, "石门泉")]  # not 线石门泉: 线 is the code's


def test_what_an_unlisted_toponym_is_not(px):
    # a verb or an adjective opening it, a dictionary word ending it, a person, a name
    # glued after a place name, a route's own name
    assert areas(px, "要推动汤泉旅游发展。") == []
    assert areas(px, "城西港口景区开放。") == []
    assert areas(px, "党委书记林雁山说，走进林雁山的家。") == []
    assert areas(px, "泉州港围头湾港区建设。") == [(3, 6, "围头湾")]
    assert areas(px, "位于北沿江高铁与沪宁铁路的交汇处。") == []
