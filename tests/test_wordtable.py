"""The compact dictionary tables (pipeline/wordtable.py) answer every look-up as Python
jieba's prefix dictionary and posseg's tag table did, from dict.txt and from the cache,
and give added words the frequency jieba's add_word would."""
import jieba
import jieba.posseg
import pytest

from pipeline import wordtable
from pipeline.segment import _dict_bytes, segmenter
from pipeline.wordtable import WordTable


@pytest.fixture(scope="module")
def jieba_tables():
    dt = jieba.Tokenizer()  # a fresh one: the process-wide jieba may hold words tests added
    dt.initialize()
    return dt


@pytest.fixture(scope="module")
def posseg_tags():
    # posseg's table of a fresh tokenizer (the process-wide one gains the tags tests add)
    return jieba.posseg.POSTokenizer(jieba.Tokenizer()).word_tag_tab


@pytest.fixture(scope="module")
def parsed():
    return WordTable.parse(_dict_bytes(jieba))


def _same_as_jieba(table, dt, tags):
    freq = dt.FREQ
    assert table.total == dt.total
    assert all((table.freq.get(w) or 0) == f for w, f in freq.items())  # a prefix reads as absent (falsy)
    assert all(freq.get(w) == f for w, f in table.freq.items())
    assert table.tags == tags
    assert table.prefix_only == {w for w, f in freq.items() if f == 0 and w not in table.freq
                                 and wordtable._prefix_only_seg(w)}


def test_parsed_tables_are_jiebas(parsed, jieba_tables, posseg_tags):
    _same_as_jieba(parsed, jieba_tables, posseg_tags)
    # the two tables share their key strings, the frequencies their int objects
    keys = {id(w) for w in parsed.freq}
    assert all(id(w) in keys for w in parsed.tags)
    assert len({id(f) for f in parsed.freq.values()}) == len(set(parsed.freq.values()))


def test_cached_tables_are_the_parsed_ones(parsed, jieba_tables, posseg_tags):
    back = WordTable.from_bytes(parsed.to_bytes())
    _same_as_jieba(back, jieba_tables, posseg_tags)
    assert list(back.tags) == list(parsed.tags)  # the same order (places read the table in order)
    assert list(back.freq) == list(parsed.freq)


def test_tag_only_words_and_tag_order_survive_the_cache():
    t = WordTable({"甲": 3, "乙丙": 0}, {"乙丙": "n", "丁": "v", "甲": "ns"}, 3, {"乙"})
    back = WordTable.from_bytes(t.to_bytes())
    assert back.freq == t.freq and list(back.tags.items()) == list(t.tags.items()) and back.total == 3
    assert back.prefix_only == {"乙"}


def test_cache_file_is_read_back(tmp_path, monkeypatch, parsed):
    monkeypatch.setenv("ZHEXTRACT_CACHE", str(tmp_path))
    first = wordtable.load(lambda: _dict_bytes(jieba))
    assert list(tmp_path.glob("jieba-words-*.bin"))
    second = wordtable.load(lambda: _dict_bytes(jieba))
    assert second.freq == parsed.freq == first.freq and second.tags == parsed.tags


def test_a_bad_dictionary_line_is_an_error():
    with pytest.raises(ValueError, match="line 2"):
        WordTable.parse("甲 3 n\n乙 x n\n".encode())


WORDS = ["濠江产业协同区", "中华人民", "新材料产业园", "深圳", "小岗村", "ABC科技园", "x光", "翠湖区", "大湾区",
         "零碳示范学校", "的", "乙炔", "龙岗区山厦新村", "中山大学附属医院", "A", "2024年"]


@pytest.mark.parametrize("word", WORDS)
def test_suggested_frequency_is_jiebas(word, parsed, jieba_tables):
    fast = segmenter()._fast
    if fast is None:
        pytest.skip("jieba-rs not installed")
    assert parsed.suggest_freq(word, fast.cut(word, False)) == jieba_tables.suggest_freq(word, False)


def test_added_words_change_the_tables_as_jiebas_add_word():
    import rjieba

    table = WordTable.parse(_dict_bytes(jieba))
    dt = jieba.Tokenizer()
    dt.initialize()
    fast = rjieba.Jieba()
    for word, freq, tag in [("濠江产业协同区", None, "ns"), ("零碳智造示范区", None, None), ("智造", 5, "v"),
                            ("XYZ园区", None, "nz"), ("零碳智造示范区二期", None, None)]:
        f = freq if freq is not None else table.suggest_freq(word, fast.cut(word, False))
        assert f == (freq if freq is not None else dt.suggest_freq(word, False))
        table.add(word, f, tag)
        fast.add_word(word, f, tag)
        dt.add_word(word, f, tag)
        assert table.total == dt.total and table.freq[word] == dt.FREQ[word]
        if tag:
            assert table.tags[word] == tag
    assert table.prefix_only >= {"X"}
    # segments a cut can give (one character, ASCII runs) read as jieba's FREQ.get(seg, 1)
    assert all(table._get(w) == dt.FREQ.get(w, 1) for w in ["X", "XY", "XYZ", "零", "智", "Q", "乙"])


def test_line_by_line_reading_agrees(parsed):
    slow = WordTable._parse_lines(_dict_bytes(jieba))  # the reading for dictionaries with odd whitespace
    assert slow.freq == parsed.freq and list(slow.tags.items()) == list(parsed.tags.items())
    assert slow.total == parsed.total and slow.prefix_only == parsed.prefix_only
    odd = WordTable.parse("甲乙 3 n\u3000\n乙 2 v\n".encode())
    assert odd.tags == {"甲乙": "n", "乙": "v"} and odd.freq == {"甲乙": 3, "乙": 2}  # str.strip for the tags


def test_dictionary_read_without_importing_jieba_is_jiebas():
    import jieba

    assert _dict_bytes(None) == _dict_bytes(jieba)
