"""Build rules/lexicons/place_features_register.txt from THUOCL's place-name list.

Source: THUOCL (Tsinghua Open Chinese Lexicon), data/THUOCL_diming.txt, thunlp/THUOCL on GitHub,
commit a30ce79d895d01ab5132a5c74c29703ff7efb4cc (2018-11-21), MIT licence. Each line of the source is
a word and its document frequency in the Sogou news corpus. Kept: words of 3-6 Han characters that end
in a physical feature's head (HEADS) with at least two characters before it, and that write no division
suffix (省市县区镇乡村 ...). Usage: python scripts/build_register_features.py THUOCL_diming.txt > OUT
"""
import re
import sys

HEADS = ("水库", "运河", "瀑布", "湿地", "河", "江", "湖", "山", "岭", "峰", "湾", "岛", "渠", "峡", "溪")
ADMIN_CHARS = set("省市县区旗镇乡村州盟")
HEADER = """# Named physical features of a general register: THUOCL's place-name list (Tsinghua Open Chinese
# Lexicon, data/THUOCL_diming.txt, https://github.com/thunlp/THUOCL, commit a30ce79 of 2018-11-21,
# MIT licence, copyright (c) 2018 THUNLP; taken 2026-12-07). Words of 3-6 characters ending in a feature
# head (河 江 湖 水库 山 岭 峰 湾 岛 渠 运河 峡 瀑布 湿地 溪) with two characters or more before it, no
# division suffix inside. Built by scripts/build_register_features.py; the register gives no province or
# parent. Column 2 is the source's document frequency (a comment to the code). Read by
# pipeline/dims/places/index.py as dictionary features: a mention only where jieba puts word
# boundaries at both ends and no settlement head follows (decide.py), never over a division's name.
"""


def main(path: str) -> None:
    text = open(path, encoding="utf-8-sig").read().replace("\r", "\n")
    out = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        w, freq = cols[0].strip(), re.sub(r"\D", "", cols[1]) or "0"
        if not re.fullmatch(r"[\u4e00-\u9fff]{3,6}", w) or set(w) & ADMIN_CHARS:
            continue
        head = next((h for h in HEADS if w.endswith(h)), None)
        if head is None or len(w) - len(head) < 2:
            continue
        out.setdefault(w, freq)
    sys.stdout.write(HEADER)
    for w in sorted(out):
        sys.stdout.write(f"{w}\t{out[w]}\n")


if __name__ == "__main__":
    main(sys.argv[1])
