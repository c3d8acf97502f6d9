import os

from pipeline.cache import cache_dir, cache_path, read_verified, write_atomic


def test_cache_lives_in_a_private_folder_and_keeps_the_most_recently_used_files_per_kind(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHEXTRACT_CACHE", str(tmp_path / "c"))
    d = cache_dir()
    assert d == tmp_path / "c" and (d.stat().st_mode & 0o777) == 0o700
    other = cache_path("jieba-tags", "aaa")
    write_atomic(other, b"x")
    keys = ["k0", "k1", "k2", "k3", "k4", "k5"]
    for i, k in enumerate(keys):  # installs sharing the folder, each with its own inputs
        write_atomic(cache_path("places", k), k.encode())
        os.utime(cache_path("places", k), ns=(10**18 + i * 10**9,) * 2)
    os.utime(cache_path("places", "k2"), ns=(2 * 10**18,) * 2)  # recently used: kept
    write_atomic(cache_path("places", "k6"), b"k6")
    names = sorted(p.name for p in d.iterdir() if p.name != ".key")
    assert names == ["jieba-tags-aaa.bin", "places-k2.bin", "places-k4.bin", "places-k5.bin", "places-k6.bin"]
    assert read_verified(cache_path("places", "k6")) == b"k6"
    assert read_verified(other) == b"x"


def test_a_world_writable_cache_folder_is_not_trusted(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o777)
    monkeypatch.setenv("ZHEXTRACT_CACHE", str(shared))
    assert cache_dir() is None and cache_path("places", "x") is None


def test_a_parse_is_kept_by_its_text_and_read_back_equal(tmp_path, monkeypatch):
    import datetime

    import yaml

    from pipeline.cache import cached_parse
    from pipeline.rules import RuleSet

    monkeypatch.setenv("ZHEXTRACT_CACHE", str(tmp_path / "c"))
    calls = []

    def parse(text):
        calls.append(text)
        return yaml.safe_load(text)

    text = "a: &x [1, 2.5, 'b', null, true]\nb: *x\nc: {d: 中文}\n"
    first = cached_parse("yaml_t", text, "salt", parse)
    again = cached_parse("yaml_t", text, "salt", parse)
    assert again == first == yaml.safe_load(text) and len(calls) == 1  # read back, not parsed
    assert cached_parse("yaml_t", text, "other salt", parse) == first and len(calls) == 2
    changed = text.replace("中文", "中國")
    assert cached_parse("yaml_t", changed, "salt", parse)["c"] == {"d": "中國"} and len(calls) == 3
    # a value marshal cannot hold is parsed every time, and still returned
    when = "d: 2024-07-26\n"
    assert cached_parse("yaml_t", when, "salt", parse) == {"d": datetime.date(2024, 7, 26)}
    assert cached_parse("yaml_t", when, "salt", parse) == {"d": datetime.date(2024, 7, 26)} and len(calls) == 5
    # the rule files: the same rules from a warm cache as from a fresh parse
    root = __import__("pathlib").Path(__file__).resolve().parent.parent / "rules"
    cold = RuleSet.load(root)
    warm = RuleSet.load(root)
    assert [(r.id, r.regex.pattern if r.regex else None, r.priority) for r in warm.rules()] == \
        [(r.id, r.regex.pattern if r.regex else None, r.priority) for r in cold.rules()]
    assert any(p.name.startswith("yaml_amounts-") for p in (tmp_path / "c").iterdir())


def test_a_file_missing_from_the_folder_is_read_from_the_install_seed_never_written_there(tmp_path, monkeypatch):
    from pipeline.cache import present, seed_dir

    seed = tmp_path / "seed"
    monkeypatch.setenv("ZHEXTRACT_CACHE", str(seed))  # `make seed`: one run fills it
    monkeypatch.setenv("ZHEXTRACT_CACHE_SEED", "")
    write_atomic(cache_path("places", "k1"), b"seeded")
    write_atomic(cache_path("codes", "k4"), b"seeded too")
    os.chmod(seed, 0o755)
    monkeypatch.setenv("ZHEXTRACT_CACHE", str(tmp_path / "c"))
    monkeypatch.setenv("ZHEXTRACT_CACHE_SEED", str(seed))
    assert seed_dir() == seed
    path = cache_path("places", "k1")
    assert not path.exists() and present(path)
    assert read_verified(path) == b"seeded"  # an empty folder reads what the install built
    assert read_verified(cache_path("places", "k2")) is None and not present(cache_path("places", "k2"))
    write_atomic(path, b"mine")  # the user's own file comes first; the seed is never touched
    assert read_verified(path) == b"mine" and read_verified(seed / "places-k1.bin") == b"seeded"
    # a seed file altered (or planted without the seed's key) reads as no cache
    blob = (seed / "places-k1.bin").read_bytes()
    (seed / "places-k3.bin").write_bytes(blob)  # the tag covers the name too
    assert read_verified(cache_path("places", "k3")) is None
    # a seed anyone else may write is not trusted; an empty variable turns it off
    os.chmod(seed, 0o777)
    assert seed_dir() is None
    os.chmod(seed, 0o755)
    monkeypatch.setenv("ZHEXTRACT_CACHE_SEED", "")
    assert read_verified(cache_path("codes", "k4")) is None
    monkeypatch.setenv("ZHEXTRACT_CACHE_SEED", str(seed))
    assert read_verified(cache_path("codes", "k4")) == b"seeded too"


def test_the_seed_folder_is_not_its_own_seed(tmp_path, monkeypatch):
    from pipeline.cache import seed_dir

    monkeypatch.setenv("ZHEXTRACT_CACHE", str(tmp_path / "s"))
    monkeypatch.setenv("ZHEXTRACT_CACHE_SEED", str(tmp_path / "s"))
    assert cache_dir() is not None and seed_dir() is None
