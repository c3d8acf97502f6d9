"""Round 24 (issue 11, branch meta24): header forms of meta_fresh8_tune, by form. Texts are
invented; each asserts the fields, the rule that gave them and its offsets."""

from pipeline.variants import simplified

BODY = ("9月10日上午,青山县与某某集团在县行政中心签订项目合作协议,计划投资5亿元的200兆瓦"
        "光伏电站项目正式落户青山县产业园,预计明年建成投产。\n")


def test_counter_glued_to_stamp(reader):
    # the read count's digits run into the year: the year is the four digits before the dash
    text = "当前位置:首页 > 要闻\n\n某某村茶园开采\n\n来源:青山网阅读量:5212024-03-08 09:15:20\n\n" + BODY
    found, origin = reader.read(text)
    assert found == {"publish_date": "2024-03-08", "publish_time": "09:15:20", "source": "青山网"}
    start = text.index("阅读量")
    assert origin["publish_date"] == ("meta.counter_glued_stamp", start, start + len("阅读量:5212024-03-08 09:15:20"))


def test_counter_glued_to_chinese_date_is_no_stamp(reader):
    text = "某某村茶园开采\n\n阅读量:5212024年3月8日\n\n" + BODY
    assert "publish_date" not in reader.read(text)[0]


def test_edition_line_with_section_over_today_banner(reader):
    # the reader's banner names the day it is read; the page line names the issue
    text = "2030年5月6日 星期一\n标题一 某某厂扩建 标题三\n第6版:青山要闻 2021-03-04\n\n某某厂扩建\n\n" + BODY
    found, origin = reader.read(text)
    assert found == {"publish_date": "2021-03-04", "publish_time": ""}
    start = text.index("第6版")
    assert origin["publish_date"] == ("meta.edition_date_line", start, start + len("第6版:青山要闻 2021-03-04"))


def test_domain_named_outlet_in_brackets_as_written(reader):
    text = "2024年5月6日週一 下午3:05\n\n【xy.hk青山網專訊】青山公路今早發生交通意外,一輛私家車失控撞向路中石壆。\n"
    found, origin = reader.read(simplified(text), text)
    assert found == {"publish_date": "2024-05-06", "publish_time": "15:05", "source": "xy.hk青山網"}
    start = text.index("【")
    assert origin["source"] == ("meta.bracket_outlet", start, start + len("【xy.hk青山網專訊】"))


def test_spaced_date_xun_in_brackets(reader):
    text = "青山县新园区招商过半\n\n【青山电视台 2022 年 4 月 9 日讯】近年青山县与某某集团合作开发3处产业园区,招商率达九成。\n"
    found, origin = reader.read(text)
    assert found == {"publish_date": "2022-04-09", "publish_time": "", "source": "青山电视台"}
    start = text.index("【")
    assert origin["source"] == ("meta.dateline_xun", start, start + len("【青山电视台 2022 年 4 月 9 日讯"))


NEWSLETTER = ("某某会见某某 促交流\n\n"
              "青山電子報\n青山電子報\n2022/06/14 第5031期 | 訂閱/退訂 | 往期\n要聞\n焦點新聞\n某某會 促交流\n"
              "{byline}\n\n某某今日在青山會見某某一行,雙方就恢復交流正常化交換意見,會談持續約一小時。\n")


def test_issue_line_and_byline_with_paper_glued(reader):
    text = NEWSLETTER.format(byline="特派記者林某某/青山報導青山晚報")
    found, origin = reader.read(simplified(text), text)
    assert found == {"publish_date": "2022-06-14", "publish_time": "", "source": "青山晚報"}
    start = text.index("2022/06/14")
    assert origin["publish_date"] == ("meta.issue_number_line", start, start + len("2022/06/14 第5031期"))
    start = text.index("特派")
    assert origin["source"] == ("meta.byline_reporter", start, start + len("特派記者林某某/青山報導青山晚報"))


def test_byline_without_paper_names_none(reader):
    text = NEWSLETTER.format(byline="特派記者林某某/青山報導")
    found, _ = reader.read(simplified(text), text)
    assert found == {"publish_date": "2022-06-14", "publish_time": ""}


def test_past_issue_list_is_no_stamp(reader):
    text = "青山经济日报\n往期回顾\n第2019-09-04期\n第2019-09-03期\n\n某某民宿开业\n\n" + BODY
    assert "publish_date" not in reader.read(text)[0]
