from pipeline.sentences import SentenceIndex, split_sentences


def test_offsets_index_the_original_text():
    text = "  他说：“好。”然后走了!\nYes. 第二行没有标点\n\n（注：完）"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["他说：“好。”", "然后走了!", "Yes.", "第二行没有标点", "（注：完）"]
    for s in sents:
        assert text[s.start:s.end] == s.text
    assert [s.sentence_id for s in sents] == [1, 2, 3, 4, 5]


def test_decimal_points_do_not_split():
    assert [s.text for s in split_sentences("资金63.5亿元。增长3.2%")] == ["资金63.5亿元。", "增长3.2%"]


def test_empty_text_has_no_sentences():
    assert split_sentences("") == [] and split_sentences("\n\n ") == []


def test_sentence_index_finds_the_holding_sentence():
    sents = split_sentences("甲。乙。丙")
    idx = SentenceIndex(sents)
    assert [idx.id_at(i) for i in range(5)] == [1, 1, 2, 2, 3]
