"""Amount classes of round 26 (branch numbers26; invented texts): the kilowatt typed in lower
or mixed case, aspects counted without 个 (四方面; 一方面 stays the discourse marker), and
provinces with autonomous regions counted together (两省区)."""
import pytest

from pipeline.dims.amounts import AmountExtractor

from .rows import short_spans as spans


@pytest.fixture(scope="module")
def ex(rules):
    return AmountExtractor(rules)


def test_lower_case_kilowatt(ex):
    assert spans(ex, "某风场选用2000kw机组") == [(5, 11, "2000kw", "measure", 2000000, "W")]


def test_lower_case_kilowatt_hour(ex):
    assert spans(ex, "年发电量约800万kwh。") == [(4, 12, "约800万kwh", "measure", 8000000000, "Wh")]


def test_upper_case_megawatt_hour(ex):
    assert spans(ex, "配建40MW/80MWH储能") == [
        (2, 6, "40MW", "measure", 40000000, "W"), (7, 12, "80MWH", "measure", 80000000, "Wh")]


def test_aspects_counted_without_ge(ex):
    assert spans(ex, "某县从五方面推进招商，另从两方面补短板。") == [
        (3, 6, "五方面", "count", 5, "方面"), (13, 16, "两方面", "count", 2, "方面")]


def test_one_hand_is_no_count(ex):
    assert spans(ex, "一方面稳住存量，另一方面做大增量。") == []


def test_provinces_and_regions_counted_together(ex):
    assert spans(ex, "某省与某区两省区携手，西部3省区客流回升。") == [
        (5, 8, "两省区", "count", 2, "省区"), (13, 16, "3省区", "count", 3, "省区")]


def test_unquoted_run_of_administrative_counts(ex):
    assert spans(ex, "打造湘鄂赣三省五市物流枢纽") == [
        (5, 7, "三省", "count", 3, "省"), (7, 9, "五市", "count", 5, "市")]


def test_quoted_run_stays_a_label(ex):
    assert spans(ex, "全力建设“两区三地”。") == []
