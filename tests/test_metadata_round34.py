"""Round 34 (meta35): source forms of fresh pages the reader did not see, each tested on ten
invented texts (must match: the reader gives that source by that rule; must not match: the
rule gives none) written from SPEC §2's forms (not from tuning text): the stamp over the outlet's own
line, an outlet's colon lead with the day, an outlet + byline + stamp header line (kept aside), a
closing (某某日报 记者某某) credit, the page's first line naming the site and its slogan (kept aside),
a byline opening on 整理/ and closing on 制图/, and an outlet in brackets opening the lead with the
day. Each case: the text, the source the reader must give (None: none), and for a match the rule
that gives it. Texts are invented."""
import pytest


from tests.metadata_texts import BODY, read


def check(reader, text, source, rule, form):
    """source None: the class's rule ``form`` gives no source (another form may); else the
    reader gives ``source`` by ``rule``."""
    got, _, got_rule = read(reader, text)
    if source is None:
        assert got_rule != form, (text, got, got_rule)
    else:
        assert (got, got_rule) == (source, rule), (text, got, got_rule)


# --- the stamp alone on a header line, the outlet alone on the line under it
STAMP_OVER_OUTLET = [
    ("标题\n\n  • 2022-08-01 10:12\n  • 南岭日报\n\n" + BODY, "南岭日报", "meta.datetime_above_outlet"),
    ("标题\n2021-12-30 08:00:05\n碧水新闻网\n分享到\n" + BODY, "碧水新闻网", "meta.datetime_above_outlet"),
    ("标题\n2020年6月18日\n\n南岭县融媒体中心\n" + BODY, "南岭县融媒体中心", "meta.datetime_above_outlet"),
    ("标题\n- 2019-03-03 19:20\n- 碧水晚报\n" + BODY, "碧水晚报", "meta.datetime_above_outlet"),
    ("标题\n2023/04/05 07:30\n南岭在线\n" + BODY, "南岭在线", "meta.datetime_above_outlet"),
    # not: a section's heading under the stamp, a sentence, a credit line, a field after the stamp
    ("标题\n2022-08-01 10:12\n要闻新闻\n" + BODY, None, None),
    ("标题\n  • 2022-08-01 10:12\n  • 图片新闻\n" + BODY, None, None),
    ("标题\n2022-08-01 10:12\n碧水晚报记者 钱某报道\n" + BODY, None, None),
    ("标题\n2022-08-01 10:12\n全县道路建设顺利,南岭日报\n" + BODY, None, None),
    ("标题\n2022-08-01 10:12 阅读:12\n南岭日报\n" + BODY, None, None),
]


@pytest.mark.parametrize("text,source,rule", STAMP_OVER_OUTLET)
def test_stamp_over_outlet(reader, text, source, rule):
    check(reader, text, source, rule, "meta.datetime_above_outlet")


def test_stamp_over_outlet_gives_the_date_and_time(reader):
    found, _ = reader.read("标题\n\n  • 2022-08-01 10:12\n  • 南岭日报\n\n" + BODY)
    assert (found["publish_date"], found["publish_time"]) == ("2022-08-01", "10:12")


# --- an outlet's lead: its name, a colon, the story's day
COLON_LEAD = [
    ("南岭能源网:6月2日,南岭县首台风机吊装完成。\n" + BODY, "南岭能源网", "meta.outlet_colon_lead"),
    ("碧水日报:11月20日上午,全市冬季项目集中开工。\n" + BODY, "碧水日报", "meta.outlet_colon_lead"),
    ("标题\n  南岭晚报:3月9日,新建小学投入使用。\n" + BODY, "南岭晚报", "meta.outlet_colon_lead"),
    ("碧水在线：１月５日，全区召开项目推进会。\n" + BODY, "碧水在线", "meta.outlet_colon_lead"),
    ("南岭客户端: 7月1日,全县新建公园开放。\n" + BODY, "南岭客户端", "meta.outlet_colon_lead"),
    # not: 本网, a section's heading, a slogan, a reported speech, mid-sentence
    ("本网:6月2日,南岭县首台风机吊装完成。\n" + BODY, None, None),
    ("国内新闻:6月2日,某地召开大会。\n" + BODY, None, None),
    ("南岭新闻网:权威 及时 贴近\n" + BODY, None, None),
    ("据碧水日报:11月20日上午,全市冬季项目集中开工。\n" + BODY, None, None),
    ("全县共有项目12个,南岭能源网:6月2日\n" + BODY, None, None),
]


@pytest.mark.parametrize("text,source,rule", COLON_LEAD)
def test_outlet_colon_lead(reader, text, source, rule):
    check(reader, text, source, rule, "meta.outlet_colon_lead")


def test_a_labelled_source_field_outranks_the_colon_lead(reader):
    text = "标题\n发布时间:2022-06-02 来源:碧水日报\n南岭能源网:6月2日,南岭县首台风机吊装完成。\n" + BODY
    assert read(reader, text)[0] == "碧水日报"


# --- the outlet first, then the reporters' names, then the stamp (kept aside: params.last_resort)
OUTLET_BYLINE_STAMP = [
    ("标题\n南岭日报 钱某某 孙某 发布时间:2023年09月01日 08:30\n" + BODY, "南岭日报", "meta.outlet_byline_stamp"),
    ("标题\n\n碧水网 周某某 2012-02-03发布\n\n" + BODY, "碧水网", "meta.outlet_byline_stamp"),
    ("标题\n南岭晚报 记者 吴某 2020-10-10 20:00:00\n" + BODY, "南岭晚报", "meta.outlet_byline_stamp"),
    ("标题\n碧水新闻网 郑某某 王某 李某 2018-05-05 14:00  点击:3\n" + BODY, "碧水新闻网", "meta.outlet_byline_stamp"),
    ("标题\n南岭在线 冯某 日期:2016-07-07 09:09\n" + BODY, "南岭在线", "meta.outlet_byline_stamp"),
    # not: 本报, no stamp, a sentence after the date, 据
    ("标题\n本报 钱某 2023-09-01 08:30\n" + BODY, None, None),
    ("标题\n南岭日报 钱某某 孙某\n" + BODY, None, None),
    ("标题\n南岭日报 钱某 2023-09-01召开大会\n" + BODY, None, None),
    ("标题\n据南岭日报 钱某 2023-09-01\n" + BODY, None, None),
    # an e-paper row: section and title before a bare date
    ("标题\n南岭日报 要闻 新桥通车 2021-06-30\n" + BODY, None, None),
    # a wire's dateline on the page outranks the kept-aside name
    ("标题\n南岭新闻网 采编员 2021-06-28 19:44:07\n碧水社南岭6月28日电 (记者某某)项目投产。\n" + BODY,
     "碧水社", "meta.agency_dian"),
]


@pytest.mark.parametrize("text,source,rule", OUTLET_BYLINE_STAMP)
def test_outlet_byline_stamp(reader, text, source, rule):
    check(reader, text, source, rule, "meta.outlet_byline_stamp")


def test_outlet_byline_stamp_gives_the_date(reader):
    assert read(reader, "标题\n\n碧水网 周某某 2012-02-03发布\n\n" + BODY)[1] == "2012-02-03"


# --- a closing credit in brackets: the outlet, a space, 记者 and the names
CLOSING_CREDIT = [
    ("标题\n" + BODY + "项目年内建成。(南岭日报 记者钱某某)", "南岭日报", "meta.closing_outlet_reporter"),
    ("标题\n" + BODY + "项目年内建成。(碧水晚报 记者孙某 通讯员周某)\n", "碧水晚报", "meta.closing_outlet_reporter"),
    ("标题\n" + BODY + "项目年内建成。(南岭新闻网 记者吴某", "南岭新闻网", "meta.closing_outlet_reporter"),
    ("标题\n" + BODY + "项目年内建成。（碧水日报 首席记者郑某）", "碧水日报", "meta.closing_outlet_reporter"),
    ("标题\n" + BODY + "项目年内建成！(南岭在线 见习记者冯某)", "南岭在线", "meta.closing_outlet_reporter"),
    # not: 本报, a photo credit, no sentence end before it, more than names inside, 据
    ("标题\n" + BODY + "项目年内建成。(本报 记者 钱某)", None, None),
    ("标题\n" + BODY + "项目年内建成。(南岭日报 记者 钱某 摄)", None, None),
    ("标题\n" + BODY + "项目年内建成(南岭日报 记者钱某)", None, None),
    ("标题\n" + BODY + "项目年内建成。(南岭日报 记者钱某,下同)又讯", None, None),
    ("标题\n" + BODY + "项目年内建成。(据南岭日报 记者 钱某)", None, None),
]


@pytest.mark.parametrize("text,source,rule", CLOSING_CREDIT)
def test_closing_outlet_reporter(reader, text, source, rule):
    check(reader, text, source, rule, "meta.closing_outlet_reporter")


# --- the page's first line: the site's name and its slogan after a dash (kept aside)
MASTHEAD_SLOGAN = [
    ("南岭新闻网—南岭人自己的门户\n站内搜索:\n标题\n" + BODY, "南岭新闻网", "meta.masthead_slogan"),
    ("\n碧水论坛-碧水社区\n\n标题: 帖子\n" + BODY, "碧水论坛", "meta.masthead_slogan"),
    ("南岭在线 -- 权威发布 服务百姓\n标题\n" + BODY, "南岭在线", "meta.masthead_slogan"),
    ("碧水网－碧水城市生活门户\n标题\n" + BODY, "碧水网", "meta.masthead_slogan"),
    ("南岭日报——党报新媒体\n标题\n" + BODY, "南岭日报", "meta.masthead_slogan"),
    # not: a bar-separated menu, a masthead lower down, a name alone, a headline with a dash
    ("南岭新闻网|网站地图|客服\n标题\n" + BODY, None, None),
    ("标题\n南岭新闻网—南岭人自己的门户\n" + BODY, None, None),
    ("南岭新闻网\n标题\n" + BODY, None, None),
    ("南岭县召开大会—全县项目开工\n" + BODY, None, None),
    # a 来源 field on the page outranks the kept-aside site name
    ("南岭新闻网—南岭人自己的门户\n标题\n发布时间:2020-01-02 来源:碧水日报\n" + BODY, "碧水日报", "meta.datetime_then_source"),
]


@pytest.mark.parametrize("text,source,rule", MASTHEAD_SLOGAN)
def test_masthead_slogan(reader, text, source, rule):
    check(reader, text, source, rule, "meta.masthead_slogan")


# --- a byline line opening on the compiler's role and closing on a second credit
BYLINE_ROLES = [
    ("标题\n导语。\n整理/南岭日报记者 钱某 制图/孙某\n" + BODY, "南岭日报", "meta.byline_reporter"),
    ("标题\n采写/碧水晚报记者 周某\n" + BODY, "碧水晚报", "meta.byline_reporter"),
    ("标题\n撰文/南岭日报记者 吴某 王某\n" + BODY, "南岭日报", "meta.byline_reporter"),
    ("标题\n采访/碧水日报记者 郑某\n" + BODY, "碧水日报", "meta.byline_reporter"),
    ("标题\n南岭晚报记者 冯某 摄影/陈某\n" + BODY, "南岭晚报", "meta.byline_reporter"),
    # not: 本报, a photo's credit, a sentence, a role with no outlet, 据
    ("标题\n整理/本报记者 钱某 制图/孙某\n" + BODY, None, None),
    ("标题\n整理/南岭日报记者 钱某摄\n" + BODY, None, None),
    ("标题\n整理/南岭日报记者 钱某 说项目进展顺利\n" + BODY, None, None),
    ("标题\n整理/记者 钱某 制图/孙某\n" + BODY, None, None),
    ("标题\n整理/据南岭日报记者 钱某\n" + BODY, None, None),
]


@pytest.mark.parametrize("text,source,rule", BYLINE_ROLES)
def test_byline_roles(reader, text, source, rule):
    check(reader, text, source, rule, "meta.byline_reporter")


# --- an outlet in brackets opening the lead, the day after the bracket
BRACKET_LEAD = [
    ("(南岭报)9月3日,南岭区新建学校开工。\n" + BODY, "南岭报", "meta.bracket_outlet_lead"),
    ("标题\n【碧水网】5月3日上午,项目签约。\n" + BODY, "碧水网", "meta.bracket_outlet_lead"),
    ("（南岭日报）12月1日，全市重点项目观摩。\n" + BODY, "南岭日报", "meta.bracket_outlet_lead"),
    ("标题\n  [碧水在线]4月8日,新建公园开放。\n" + BODY, "碧水在线", "meta.bracket_outlet_lead"),
    ("(南岭新闻)７月２日，全县召开大会。\n" + BODY, "南岭新闻", "meta.bracket_outlet_lead"),
    # not: 本报, a section tag, no day after, mid-line, a photo note
    ("(本报)9月3日,南岭区新建学校开工。\n" + BODY, None, None),
    ("【焦点】9月3日,南岭区新建学校开工。\n" + BODY, None, None),
    ("(南岭报)近日,南岭区新建学校开工。\n" + BODY, None, None),
    ("全区(南岭报)9月3日报道学校开工。\n" + BODY, None, None),
    ("(图片)9月3日,南岭区新建学校开工。\n" + BODY, None, None),
]


@pytest.mark.parametrize("text,source,rule", BRACKET_LEAD)
def test_bracket_outlet_lead(reader, text, source, rule):
    check(reader, text, source, rule, "meta.bracket_outlet_lead")
