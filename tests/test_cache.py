import os

from pipeline.cache import cache_dir, cache_path, read_verified, write_atomic


def test_cache_lives_in_a_private_folder_and_keeps_one_file_per_kind(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHEXTRACT_CACHE", str(tmp_path / "c"))
    d = cache_dir()
    assert d == tmp_path / "c" and (d.stat().st_mode & 0o777) == 0o700
    old, new = cache_path("places", "aaa"), cache_path("places", "bbb")
    other = cache_path("jieba-tags", "aaa")
    write_atomic(old, b"1")
    write_atomic(other, b"3")
    write_atomic(new, b"2")
    assert sorted(p.name for p in d.iterdir() if p.name != ".key") == ["jieba-tags-aaa.bin", "places-bbb.bin"]
    assert read_verified(new) == b"2"


def test_a_world_writable_cache_folder_is_not_trusted(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o777)
    monkeypatch.setenv("ZHEXTRACT_CACHE", str(shared))
    assert cache_dir() is None and cache_path("places", "x") is None
