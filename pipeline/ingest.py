"""Ingest: input paths -> decoded :class:`Document` objects (SPEC §1).

Inputs are files, folders (every ``*.txt`` below them, in name order) and ``.jsonl``
files (one document a line: ``{"id", "text", "publish_date"?}``). A document that
cannot be read or decoded still yields a Document with ``status="error"`` and the reason,
so a run never loses track of an input.

Decoding: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, then strict
GB18030 (a superset of GBK and GB2312), then charset-normalizer's best guess among
encodings Chinese news really uses (Big5, UTF-16). A file that is UTF-8 but for a few
broken bytes is reported as an error rather than being misread as GB18030 mojibake.
Line ends become ``\\n``; nothing else in the text changes.
"""
from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from .model import Document

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
FALLBACK_ENCODINGS = {"big5", "big5hkscs", "cp950", "utf_16", "utf_16_le", "utf_16_be", "gb18030", "gbk", "gb2312"}


class DecodeError(ValueError):
    pass


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` per SPEC §1; returns ``(text, encoding)`` or raises DecodeError."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as err:
                raise DecodeError(f"invalid {enc} after its BOM at byte {err.start}") from None
            return normalize_newlines(text.lstrip("\ufeff")), enc
    if not data:
        return "", "utf-8"
    try:
        return normalize_newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as err:
        first_bad = err.start
    if b"\x00" in data:
        raise DecodeError("binary file (NUL bytes, no UTF-16 byte-order mark)")
    damaged = data.decode("utf-8", errors="replace")
    bad = damaged.count("\ufffd")
    if bad <= max(4, len(damaged) // 100) and _cjk_share(damaged) > 0.2:
        raise DecodeError(f"invalid UTF-8: {bad} broken byte sequence(s), first at byte {first_bad}")
    try:
        return normalize_newlines(data.decode("gb18030")), "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding in FALLBACK_ENCODINGS and best.chaos < 0.2:
        return normalize_newlines(str(best)), best.encoding
    raise DecodeError(f"cannot decode: not UTF-8 (byte {first_bad}), GB18030 or another Chinese encoding")


def _cjk_share(text: str) -> float:
    sample = text[:4000]
    if not sample:
        return 0.0
    return sum("\u4e00" <= ch <= "\u9fff" for ch in sample) / len(sample)


def _document(doc_id: str, source_path: str, text: str, publish_date: str = "") -> Document:
    doc = Document(doc_id=doc_id, source_path=source_path, text=text,
                   sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    if publish_date:
        date, _, time = str(publish_date).replace(" ", "T").partition("T")
        doc.publish_date, doc.publish_time = date, time
    return doc


def read_file(path: Path) -> Document:
    doc_id = path.stem
    try:
        data = path.read_bytes()
    except OSError as err:
        return Document(doc_id=doc_id, source_path=str(path), status="error",
                        error=f"unreadable: {err.strerror or err}")
    try:
        text, _ = decode_bytes(data)
    except DecodeError as err:
        return Document(doc_id=doc_id, source_path=str(path), status="error",
                        sha256=hashlib.sha256(data).hexdigest(), error=str(err))
    return _document(doc_id, str(path), text)


def read_jsonl(path: Path) -> Iterator[Document]:
    """One document a line. Lines are decoded one by one, so a broken line costs only
    itself: it becomes an error document and the lines after it are still read."""
    try:
        data = path.read_bytes()
    except OSError as err:
        yield Document(doc_id=path.stem, source_path=str(path), status="error",
                       error=f"unreadable JSONL: {err.strerror or err}")
        return
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as err:
            yield Document(doc_id=path.stem, source_path=str(path), status="error",
                           error=f"unreadable JSONL: invalid UTF-16 at byte {err.start}")
            return
    for n, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        where = f"{path}:{n}"
        try:
            line, _ = decode_bytes(raw)
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise ValueError("each line must be an object with a string 'text'")
        except (ValueError, DecodeError) as err:
            yield Document(doc_id=f"{path.stem}:{n}", source_path=where, status="error",
                           error=f"bad JSONL line: {err}")
            continue
        doc_id = str(obj.get("id") if obj.get("id") is not None else f"{path.stem}:{n}")
        yield _document(doc_id, where, normalize_newlines(obj["text"]), obj.get("publish_date") or "")


def expand_inputs(inputs: list[str | Path], include=None, exclude=None) -> list[Path]:
    """Files as given; folders become their matching files (see :mod:`pipeline.inputs`)."""
    from .inputs import discover

    return [i.path for i in discover(inputs, include, exclude).inputs]


def read_inputs(paths) -> Iterator[Document]:
    """Documents of ``paths`` (Paths or :class:`pipeline.inputs.Input`), in order."""
    from .inputs import Input, discover, is_jsonl

    for p in paths:
        inp = p if isinstance(p, Input) else discover([p]).inputs[0]
        why = _not_regular(inp.path)
        if why:
            yield Document(doc_id=inp.doc_id or inp.path.stem, source_path=str(inp.path), status="error",
                           error=f"unreadable: {why}")
        elif is_jsonl(inp.path):
            yield from read_jsonl(inp.path)
        else:
            doc = read_file(inp.path)
            if inp.doc_id and inp.doc_id != inp.path.stem:  # names that collide: see pipeline.inputs
                doc.doc_id = inp.doc_id
            yield doc


def _not_regular(path: Path) -> str:
    """'' for a regular file (or a symlink to one), else what it is; never opens it."""
    import stat

    try:
        mode = path.stat().st_mode
    except OSError as err:
        return err.strerror or str(err)
    return "" if stat.S_ISREG(mode) else "not a regular file"
