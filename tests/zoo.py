"""The bad-input zoo (issue 14): hostile and broken inputs, built on the fly.

Nothing here is committed as a binary: :func:`build_zoo` writes every specimen into a
folder and returns what each must become. Run ``python tests/zoo.py DIR`` to get the
zoo on disk and try it by hand (``zhextract run DIR``).

Each specimen is ``(relative name as bytes, expected)`` where ``expected`` is a dict:
``status`` ("ok" / "error"), optional ``error`` (a substring of the error column),
``doc_id`` (when it is worth checking) and ``rows`` (how many documents the entry gives,
for JSONL files). Entries that cannot be made on this system (FIFOs without mkfifo,
names the file system refuses) are left out.
"""
from __future__ import annotations

import codecs
import json
import os
import sys
from pathlib import Path

ARTICLE = "深圳新闻网2024年8月20日讯 深圳安排资金63.5亿元，2024年8月9日至11日在南山区举办。\n"


def _jsonl(*objs_or_lines) -> bytes:
    out = []
    for x in objs_or_lines:
        out.append(x if isinstance(x, bytes) else json.dumps(x, ensure_ascii=False).encode("utf-8"))
    return b"\n".join(out) + b"\n"


def specimens() -> list[tuple[bytes, bytes | None, dict]]:
    """(name, bytes or None for a special entry, expected)."""
    a = ARTICLE.encode("utf-8")
    ok = {"status": "ok"}
    s = [
        (b"ok_utf8.txt", a, ok),
        (b"ok_bom.txt", codecs.BOM_UTF8 + a, ok),
        (b"ok_gbk.txt", ARTICLE.encode("gbk"), ok),
        (b"ok_gb18030.txt", ARTICLE.encode("gb18030"), ok),
        (b"ok_utf16le.txt", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), ok),
        (b"ok_utf16be.txt", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), ok),
        (b"ok_crlf.txt", ARTICLE.replace("\n", "\r\n").encode("utf-8"), ok),
        (b"ok_cr.txt", ARTICLE.replace("\n", "\r").encode("utf-8"), ok),
        (b"double_bom.txt", codecs.BOM_UTF8 * 2 + a, {"status": "ok", "text0": "\ufeff"}),
        (b"double_bom16.txt", codecs.BOM_UTF16_LE * 2 + ARTICLE.encode("utf-16-le"), {"status": "ok", "text0": "\ufeff"}),
        (b"empty.txt", b"", ok),
        (b"blank.txt", b" \n\n\t\n", ok),
        (b"only_bom.txt", codecs.BOM_UTF8, ok),
        (b"nul_bytes.txt", b"\x00\xff\xfe\x01" * 50, {"status": "error", "error": "binary"}),
        (b"png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), {"status": "error"}),
        (b"broken_utf8.txt", ("深圳新闻网讯" * 50).encode()[:30] + b"\xff" + ("深圳新闻网讯" * 50).encode()[31:],
         {"status": "error", "error": "invalid UTF-8"}),
        (b"bad_utf16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", {"status": "error", "error": "utf-16"}),
        (b"truncated_utf8.txt", a[:-2], {"status": "error"}),
        (b"lone_surrogate_utf8.txt", b"\xed\xa0\x80" + a, {"status": "error"}),
        (b"digits_dashes.txt", b"1-" * 20000, ok),
        (b"dashes.txt", "—".encode() * 20000, ok),
        (b"numerals.txt", "一二三四五六七八九十百千万亿".encode() * 2000, ok),
        (b"units.txt", "1万元".encode() * 5000, ok),
        (b"place_suffixes.txt", "省市县区镇乡村".encode() * 3000, ok),
        (b"punct.txt", "，。！？、；：“”《》（）".encode() * 3000, ok),
        (b"long_line.txt", (ARTICLE.strip() * 300).encode(), ok),
        (b"control_chars.txt", bytes(range(1, 32)).replace(b"\x00", b"") * 20 + a, ok),
        (b"formula.txt", b'=HYPERLINK("http://evil","click")\n' + a, {"status": "ok", "title": '=HYPERLINK("http://evil","click")'}),
        (b"private_use.txt", "\ue000\U000f0000\U0010fffd深圳".encode("utf-8"), ok),
        (b"edge_dates.txt", "2月30日，2024年2月30日，2023年2月29日，2024年2月29日，4月31日。".encode(), ok),
        (b"not_article.md", b"ignored: not .txt/.jsonl", {"skip": True}),
        # JSONL: broken lines cost only themselves
        (b"lines.jsonl", _jsonl(
            {"id": "j1", "text": ARTICLE, "publish_date": "2024-08-20"},
            b'{"id": "j2", "text": "\\ud800\xe6\xb7\xb1\xe5\x9c\xb3", "publish_date": "2024-08-20"}',
            b'{"id": "\\udc00", "text": "a", "publish_date": "\\ud800"}',
            b'{"id": "j4", "text": "x"',
            b"[" * 100000,
            b'"just a string"',
            b'{"id": "j7"}',
            b'{"id": "j8", "text": 5}',
            {"id": "j9", "text": "昨天下雨，明天晴，去年", "publish_date": "0001-01-01"},
            {"id": "j10", "text": "明天，下周，明年", "publish_date": "9999-12-31"},
            {"id": "j11", "text": "昨天", "publish_date": "not a date"},
            {"id": "j12", "text": "a", "publish_date": 20240820},
            {"id": ["list", "id"], "text": "a"},
            {"id": "j14\r\nid", "text": "a"},
            b"\xff\xfe broken bytes",
            b'{"id": "j16", "text": "' + b"9" * 5000 + b'", "n": ' + b"9" * 5000 + b"}",
        ), {"rows": 16, "errors": {"lines:4", "lines:5", "lines:6", "lines:7", "lines:8", "lines:15", "lines:16"}}),
        (b"utf16.jsonl", codecs.BOM_UTF16_LE + _jsonl({"id": "u1", "text": ARTICLE}).decode().encode("utf-16-le"),
         {"rows": 1, "errors": set()}),
        (b"bad_utf16.jsonl", codecs.BOM_UTF16_LE + b"\x00\xd8", {"rows": 1, "errors": {"bad_utf16.jsonl"}}),
        (b"empty.jsonl", b"", {"rows": 0, "errors": set()}),
        # names that are not UTF-8 (a Windows archive's GBK names) or are odd
        ("深圳_gbk.txt".encode("gbk"), a, {"status": "ok", "doc_id": "深圳_gbk", "error": "GB18030"}),
        (b"bad_name_\xff\xfe.txt", a, {"status": "ok", "doc_id": "bad_name_\\xff\\xfe", "error": "\\xNN"}),
        (b"line\rbreak.txt", a, {"status": "ok", "doc_id": "line\rbreak"}),
        (b"comma,quote\".txt", a, {"status": "ok", "doc_id": 'comma,quote"'}),
        (b"=cmd().txt", a, {"status": "ok", "doc_id": "=cmd()"}),
        (b"sub/deeper/nested.txt", a, ok),
        # entries that are not regular files
        (b"dangling.txt", None, {"status": "error", "error": "dangling symlink"}),
        (b"loop_a.txt", None, {"status": "error", "error": "symlink loop"}),
        (b"loop_b.txt", None, {"status": "error", "error": "symlink loop"}),
        (b"fifo.txt", None, {"status": "error", "error": "FIFO"}),
        (b"fifo.jsonl", None, {"rows": 1, "errors": {"fifo.jsonl"}}),
        (b"socket.txt", None, {"status": "error", "error": "socket"}),
        (b"folder.txt", None, {"skip": True}),  # a folder named like a file is walked, not read
        (b"unreadable.txt", None, {"status": "error", "error": "unreadable", "needs_nonroot": True}),
    ]
    return s


def build_zoo(root: Path) -> dict[bytes, dict]:
    """Write the zoo under ``root``; returns {name: expected} of what was made."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    broot = os.fsencode(root)
    made = {}
    for name, data, expected in specimens():
        path = os.path.join(broot, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        try:
            if data is not None:
                with open(path, "wb") as f:
                    f.write(data)
            elif name == b"dangling.txt":
                os.symlink(b"no-such-target.txt", path)
            elif name == b"loop_a.txt":
                os.symlink(b"loop_b.txt", path)
            elif name == b"loop_b.txt":
                os.symlink(b"loop_a.txt", path)
            elif name.startswith(b"fifo"):
                os.mkfifo(path)
            elif name == b"socket.txt":
                import socket

                sock = socket.socket(socket.AF_UNIX)
                sock.bind(path)
                sock.close()
            elif name == b"folder.txt":
                os.makedirs(path, exist_ok=True)
            elif name == b"unreadable.txt":
                with open(path, "wb") as f:
                    f.write(ARTICLE.encode())
                os.chmod(path, 0)
                if os.access(path, os.R_OK):  # root reads anything: the entry is then ok
                    expected = {"status": "ok"}
        except (OSError, AttributeError, NotImplementedError):
            continue  # not possible here (no FIFOs, a name the file system refuses)
        made[name] = expected
    return made


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "zoo")
    made = build_zoo(target)
    print(f"{len(made)} specimens in {target}/")
