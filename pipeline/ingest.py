"""Ingest: input paths -> decoded :class:`Document` objects (SPEC §1).

Inputs are files, folders (every ``*.txt`` below them, in name order) and ``.jsonl``
files (one document a line: ``{"id", "text", "publish_date"?}``). A document that
cannot be read or decoded still yields a Document with ``status="error"`` and the reason,
so a run never loses track of an input.

Decoding: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, then strict
GB18030 (a superset of GBK and GB2312), then charset-normalizer's best guess among
encodings Chinese news really uses (Big5, UTF-16). A file that is UTF-8 but for a few
broken bytes is reported as an error rather than being misread as GB18030 mojibake.
Line ends become ``\\n``; nothing else in the text changes (one leading BOM is removed;
a second one is text and stays, so offsets hold).

Hostile input (docs/DECISIONS.md, "Hostile and broken input"): every entry named or found
below a folder gets exactly one document -- a FIFO, socket or device, a dangling
symlink or a symlink loop, an unreadable file or folder each get an error row, and
nothing is read from a non-regular file (a FIFO never blocks). A file name that is not
valid UTF-8 is shown decoded as GB18030 when it is that, else with ``\\xNN`` escapes, and
the document says so in ``error`` (status stays ok). A lone surrogate in JSONL
(``"\\ud800"``) becomes U+FFFD (one code point for one: offsets hold), likewise noted.
"""
from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
import stat
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
            return normalize_newlines(text), enc  # the codec removed the BOM; a second one stays
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
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        gb = None
    if gb is not None:
        try:
            data.decode("big5")
        except UnicodeDecodeError:
            return normalize_newlines(gb), "gb18030"
        # Big5 bytes are valid GB18030 too (as mojibake): charset-normalizer picks between the two
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=["gb18030", "big5"]).best()
        if best is not None and best.encoding == "big5":
            return normalize_newlines(data.decode("big5")), "big5"
        return normalize_newlines(gb), "gb18030"
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


_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate (from a JSON ``\\ud800`` escape or a
    surrogate-escaped argument) replaced by U+FFFD; and how many there were."""
    return _SURROGATE.subn("\ufffd", text)


def display_path(path: Path | str) -> tuple[str, str]:
    """``(name, warning)``: a path as text that can be written to a table. A name that
    is not valid UTF-8 (a GBK name from a Windows archive) reads as GB18030 when it is
    that, else its bad bytes become ``\\xNN``; the warning says which ('' if none)."""
    name = str(path)
    if not _SURROGATE.search(name):
        return name, ""
    raw = os.fsencode(name)
    try:
        return raw.decode("gb18030"), "warning: file name is not UTF-8 (read as GB18030)"
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace"), "warning: file name is not UTF-8 (bad bytes as \\xNN)"


def _warn(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def _document(doc_id: str, source_path: str, text: str, publish_date: str = "", warning: str = "") -> Document:
    text, n_bad = replace_surrogates(text)
    doc_id, n_id = replace_surrogates(str(doc_id))
    source_path, _ = replace_surrogates(source_path)
    publish_date, n_date = replace_surrogates(str(publish_date or ""))
    n = n_bad + n_id + n_date
    note = f"warning: {n} lone surrogate(s) replaced by U+FFFD" if n else ""
    doc = Document(doc_id=doc_id, source_path=source_path, text=text,
                   sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), error=_warn(warning, note))
    if publish_date:
        date, _, time = publish_date.replace(" ", "T").partition("T")
        doc.publish_date, doc.publish_time = date, time
    return doc


def _error(doc_id: str, source_path: str, error: str, sha256: str = "", warning: str = "") -> Document:
    return Document(doc_id=doc_id, source_path=source_path, status="error", sha256=sha256,
                    error=_warn(error, warning))


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def read_regular(path: Path) -> bytes:
    """The bytes of a regular file. Anything else raises OSError with the reason: the
    entry is checked before it is opened, and opened without blocking (a FIFO swapped in
    meanwhile still cannot block), then checked again."""
    with open_regular(path) as f:
        return f.read()


def open_regular(path: Path):
    """A binary file object of a regular file, checked as :func:`read_regular` checks it."""
    try:
        _check_regular(os.stat(path))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise OSError(err.errno, "symlink loop") from None
        if err.errno == errno.ENOENT and os.path.islink(path):
            raise OSError(err.errno, "dangling symlink") from None
        raise OSError(err.errno, err.strerror) from None
    try:
        _check_regular(os.fstat(fd))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _check_regular(st: os.stat_result) -> None:
    if not stat.S_ISREG(st.st_mode):
        what = next((name for test, name in _KINDS if test(st.st_mode)), "not a regular file")
        raise OSError(0, f"{what}, not a regular file")


def read_file(path: Path, doc_id: str | None = None) -> Document:
    name, warning = display_path(path)
    # an id given by discovery (a relative path when names collide) is shown like the name
    doc_id = display_path(Path(doc_id))[0] if doc_id else Path(name).stem
    try:
        data = read_regular(path)
    except OSError as err:
        return _error(doc_id, name, f"unreadable: {err.strerror or err}", warning=warning)
    try:
        text, _ = decode_bytes(data)
    except DecodeError as err:
        return _error(doc_id, name, str(err), hashlib.sha256(data).hexdigest(), warning)
    return _document(doc_id, name, text, warning=warning)


def read_jsonl(path: Path) -> Iterator[Document]:
    """One document a line. Lines are decoded one by one, so a broken line costs only
    itself: it becomes an error document and the lines after it are still read. The
    file is streamed line by line (memory flat in its size), UTF-16 files excepted."""
    name, warning = display_path(path)
    stem = Path(name).stem
    try:
        f = open_regular(path)
    except OSError as err:
        # a whole-file failure is named by the file with its suffix: no line id can clash
        # with it, nor can a .txt of the same stem (SPEC §1 ids; DECISIONS: duplicate ids)
        yield _error(Path(name).name, name, f"unreadable JSONL: {err.strerror or err}", warning=warning)
        return
    with f:
        try:
            head = f.read(2)
            if head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
                try:
                    lines = (head + f.read()).decode("utf-16").encode("utf-8").split(b"\n")
                except UnicodeDecodeError as err:
                    yield _error(Path(name).name, name, f"unreadable JSONL: invalid UTF-16 at byte {err.start}",
                                 warning=warning)
                    return
            else:
                f.seek(0)
                lines = (raw[:-1] if raw.endswith(b"\n") else raw for raw in f)
            yield from _jsonl_docs(lines, name, stem, warning)
        except OSError as err:  # the file failed part way: the lines read so far stand
            yield _error(Path(name).name, name, f"unreadable JSONL: {err.strerror or err}", warning=warning)


def _jsonl_docs(lines, name, stem, warning):
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"{name}:{n}"
        try:
            line, _ = decode_bytes(raw)
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise ValueError("each line must be an object with a string 'text'")
        except (ValueError, DecodeError, RecursionError) as err:
            reason = "nested too deeply" if isinstance(err, RecursionError) else err
            yield _error(f"{stem}:{n}", where, f"bad JSONL line: {reason}", warning=warning)
            continue
        doc_id = str(obj.get("id") if obj.get("id") is not None else f"{stem}:{n}")
        yield _document(doc_id, where, normalize_newlines(obj["text"]), obj.get("publish_date") or "", warning)


def expand_inputs(inputs: list[str | Path], include=None, exclude=None) -> list[Path]:
    """Files as given; folders become their matching files (see :mod:`pipeline.inputs`)."""
    from .inputs import discover

    return [i.path for i in discover(inputs, include, exclude).inputs]


def read_inputs(paths) -> Iterator[Document]:
    """Documents of ``paths`` (Paths or :class:`pipeline.inputs.Input`), in order."""
    from .inputs import Input, discover, is_jsonl

    for p in paths:
        inp = p if isinstance(p, Input) else discover([p]).inputs[0]
        if is_jsonl(inp.path):  # a FIFO, a dangling link …: read_* give the error row
            yield from read_jsonl(inp.path)
        else:
            yield read_file(inp.path, inp.doc_id)
