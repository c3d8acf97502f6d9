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
