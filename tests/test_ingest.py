import codecs
import json

import pytest

from pipeline.ingest import DecodeError, decode_bytes, expand_inputs, read_file, read_inputs, read_jsonl

TEXT = "深圳安排资金63.5亿元。\n第二行"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("gb18030"),
    TEXT.encode("gbk"),
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
])
def test_every_encoding_decodes_to_the_same_text(data):
    text, _ = decode_bytes(data)
    assert text == TEXT


def test_line_ends_become_lf_and_nothing_else_changes():
    text, _ = decode_bytes("a\r\nb\rc\n\u3000d ".encode("utf-8"))
    assert text == "a\nb\nc\n\u3000d "


def test_bom_is_removed_once():
    text, enc = decode_bytes(codecs.BOM_UTF8 + "一".encode())
    assert (text, enc) == ("一", "utf-8-sig")


def test_empty_input_is_fine():
    assert decode_bytes(b"") == ("", "utf-8")


def test_utf8_with_broken_bytes_is_an_error_not_mojibake():
    data = ("深圳新闻网讯" * 50).encode("utf-8")
    data = data[:30] + b"\xff" + data[31:]
    with pytest.raises(DecodeError, match="invalid UTF-8"):
        decode_bytes(data)


def test_binary_is_an_error():
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")


def test_read_file_errors_become_error_documents(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\xff\xfe\xfd")
    doc = read_file(bad)
    assert (doc.doc_id, doc.status) == ("bad", "error")
    assert "binary" in doc.error
    missing = read_file(tmp_path / "missing.txt")
    assert missing.status == "error" and missing.error.startswith("unreadable")


def test_jsonl_documents_keep_their_ids_and_publish_dates(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "a", "text": "一\r\n二", "publish_date": "2024-07-26T13:44:44"}, ensure_ascii=False),
             "", "not json", json.dumps({"text": "三"}, ensure_ascii=False)]
    path.write_text("\n".join(lines), encoding="utf-8")
    docs = list(read_jsonl(path))
    assert [d.doc_id for d in docs] == ["a", "in:3", "in:4"]
    assert docs[0].text == "一\n二"
    assert (docs[0].publish_date, docs[0].publish_time) == ("2024-07-26", "13:44:44")
    assert docs[1].status == "error" and "bad JSONL line" in docs[1].error
    assert docs[2].status == "ok" and docs[2].text == "三"


def test_folders_expand_to_txt_and_jsonl_in_name_order(tmp_path):
    (tmp_path / "b.txt").write_text("乙", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("甲", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    paths = expand_inputs([tmp_path])
    assert [p.name for p in paths] == ["b.txt", "a.txt"]
    assert [d.text for d in read_inputs(paths)] == ["乙", "甲"]


def test_a_broken_jsonl_line_costs_only_itself(tmp_path):
    path = tmp_path / "in.jsonl"
    good = json.dumps({"id": "a", "text": "深圳新闻网讯"}, ensure_ascii=False).encode("utf-8")
    broken = json.dumps({"id": "b", "text": "深圳新闻网讯"}, ensure_ascii=False).encode("utf-8")[:-6]
    path.write_bytes(codecs.BOM_UTF8 + good + b"\n" + broken + b"\n" + good.replace(b'"a"', b'"c"') + b"\n")
    docs = list(read_jsonl(path))
    assert [(d.doc_id, d.status) for d in docs] == [("a", "ok"), ("in:2", "error"), ("c", "ok")]
    assert docs[0].text == "深圳新闻网讯"


def test_big5_is_not_read_as_gb18030_mojibake():
    from pipeline.ingest import decode_bytes

    text = "廣東省深圳市南山區今年計劃投資約三億元，建設深江鐵路。項目開工，總投資達到十二億元。"
    assert decode_bytes(text.encode("big5")) == (text, "big5")
    simple = "广东省深圳市南山区今年计划投资约三亿元，建设深江铁路。"
    assert decode_bytes(simple.encode("gb18030")) == (simple, "gb18030")
