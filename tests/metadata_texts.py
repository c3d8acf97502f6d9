"""Invented text shared by the header-form tests (tests/test_metadata_round*.py): a body
paragraph the header rules must read past. It names no outlet and no date of publication."""

BODY = ("3月2日,青山县林业局组织专家对全县2022年度森林防火通道工程进行完工验收,验收组查看了现场,"
        "听取了施工单位的汇报,同意通过验收。\n")


def read(reader, text):
    """(source, publish_date, the rule that gave the source) of ``text`` (tests/test_metadata_round33/34.py)."""
    found, origin = reader.read(text)
    return found.get("source"), found.get("publish_date"), origin.get("source", ("",))[0]
