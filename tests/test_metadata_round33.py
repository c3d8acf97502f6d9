"""Round 33 (meta34): source forms of fresh pages the reader did not see: a wire's 专电 dateline, an
outlet's dated 报道 lead before a space, a 来源 label glued after the stamp's date (bare or in
brackets), a 来源 label whose value stands on the next line, a stationed or special reporter in the
bracket after 某某日报某地讯, the lead's date glued after 讯, and a kind-alone media centre or station
named by a labelled 来源 field (params.source_last_resort_whole). Texts are invented."""


from tests.metadata_texts import BODY, read


def test_special_wire_dateline(reader):
    assert read(reader, "青山网南岭9月3日专电 (记者张某)日前,三方签约。\n" + BODY)[:1] == ("青山网",)


def test_dated_lead_with_baodao_before_a_space(reader):
    src, _, rule = read(reader, "青山日报5月6日报道 全县新修渠道四十公里。\n" + BODY)
    assert (src, rule) == ("青山日报", "meta.agency_dian")


def test_baodao_inside_a_sentence_is_no_dateline(reader):
    assert read(reader, "据悉青山日报5月6日报道了此事。\n" + BODY)[0] is None


def test_source_label_glued_after_a_two_digit_year_date(reader):
    src, date, rule = read(reader, "标题\n时间:24-03-05来源:青山能源网 点击: 次\n" + BODY)
    assert (src, rule) == ("青山能源网", "meta.source_field")


def test_source_label_glued_after_a_bracketed_date(reader):
    src, date, _ = read(reader, "标题\nwww.example.com.cn(2019-04-02)来源:青山资讯网\n" + BODY)
    assert (src, date) == ("青山资讯网", "2019-04-02")


def test_source_value_on_the_next_line(reader):
    text = "标题\n2020年02月03日 08:00:00\n" + BODY + "\n来源:\n青山在线-青山晚报\n作者:\n张三\n"
    src, _, rule = read(reader, text)
    assert (src, rule) == ("青山在线-青山晚报", "meta.source_field_next_line")


def test_body_under_an_empty_source_label_names_none(reader):
    text = "标题\n发布时间:2021-06-24    来源:\n\n青山县新建的水厂日前投入使用,日供水能力达五万吨。\n" + BODY
    assert read(reader, text)[0] is None


def test_stationed_reporter_after_outlet_place_xun(reader):
    src, _, rule = read(reader, "青山日报南岭讯(驻岭记者 张某)明年全省计划新建高速公路十条。\n" + BODY)
    assert (src, rule) == ("青山日报", "meta.outlet_place_xun")


def test_lead_date_glued_after_xun(reader):
    src, _, rule = read(reader, "原标题:青山打造新县城\n青山日报讯6月1日,青山县与某公司签订协议。\n" + BODY)
    assert (src, rule) == ("青山日报", "meta.outlet_xun")


def test_labelled_kind_alone_media_centre_is_a_last_resort(reader):
    assert read(reader, "标题\n日期:2023-05-14 来源:区融媒体中心\n\n" + BODY)[0] == "区融媒体中心"
    assert read(reader, "标题\n时间 : 2020年11月03日  来源 : 电视台  编辑 : 张三\n" + BODY)[0] == "电视台"


def test_kind_alone_media_centre_yields_to_a_dateline(reader):
    text = "标题\n日期:2023-05-14 来源:县融媒体中心\n\n新华社青山5月14日电 " + BODY
    assert read(reader, text)[0] == "新华社"


def test_reporter_credit_naming_a_media_centre_still_gives_none(reader):
    assert read(reader, "标题\n县融媒体中心记者 张某\n" + BODY)[0] is None


def test_article_reposted_from_with_a_disclaimer(reader):
    src, _, rule = read(reader, "标题\n" + BODY + "\n\n文章转载自:青山财经网 非本站原创\n")
    assert (src, rule) == ("青山财经网", "meta.repost_from")


def test_publish_label_with_a_doubled_colon(reader):
    _, date, _ = read(reader, "标题\n  来源:青山晨报发布日期::2020-05-06浏览次数:12\n" + BODY)
    assert date == "2020-05-06"
