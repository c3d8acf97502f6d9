"""Places round 14 (issue 11, lead14): one test per class (docs/DECISIONS.md, "Places and
projects: round 14"). The sentences are made up; the names are register divisions."""
from .rows import extractor_with, rows as run


def test_an_unlisted_village_opens_with_no_function_word(px, tmp_path):
    # 至|大庄村 (a preposition; jieba-rs guesses 至大庄村 as one word), 所属|社区 (a
    # distinguishing word): no village; the county before it stays a mention of its own
    got = run(px, "固原市彭阳县至大庄村的公路建成。")
    assert got == [(0, 6, "固原市彭阳县", "place.chain", "彭阳县", "county")]
    assert run(px, "对龙岗区所属社区开展排查。") == [(1, 4, "龙岗区", "place.full", "龙岗区", "county")]
    # a name opening with a verb is still a village (前进社区, 联合村)
    got = run(px, "龙岗区前进社区开展排查。")
    assert got == [(0, 7, "龙岗区前进社区", "place.village_unlisted", "前进社区", "village")]
    off = extractor_with(tmp_path, "not_opening_pos: [p, c, u, r]", "not_opening_pos: []")
    assert run(off, "固原市彭阳县至大庄村的公路建成。")[-1][4] == "至大庄村"
    # a one-character word before too short a rest is no function word there (对|家村)
    assert run(px, "乐平市鸬鹚乡对家村开展改造。")[-1][4] == "对家村"
