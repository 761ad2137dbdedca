"""Procedures that follow published data (DOMAIN.md §3), one dict per procedure.

Labels in `source` follow /work/shared/DOMAIN.md: [confirmed], [secondary], [unverified].
A national code we did not see in a source is marked "mã chưa xác minh"; a procedure whose
national code we do not know at all gets a code from the 1.99xxxx / 2.99xxxx block
(documented in Catalog/README.md) and says so.
Keys are those of a procedure file; `announce` names the field decision group
(gen_catalog.py fills `announced_by`, `effective` and the standard legal basis).
"""

SAME_DAY_TEXT = ("Ngay trong ngày tiếp nhận yêu cầu; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết "
                 "được ngay thì trả kết quả trong ngày làm việc tiếp theo")
PORTAL = "dichvucong.gov.vn"
UNKNOWN_CODE = "mã quốc gia chưa tìm thấy, mã trong danh mục thuộc khối 1.99xxxx/2.99xxxx"


def same_day(extra=""):
    return {"text": SAME_DAY_TEXT + extra, "value": "same day", "cutoff": "15:00"}


def wd(n, extra=""):
    return {"text": f"{n:02d} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ{extra}", "value": f"{n} working days"}


def cal(n, extra=""):
    return {"text": f"{n:02d} ngày kể từ ngày nhận đủ hồ sơ hợp lệ{extra}", "value": f"{n} days"}


def tpl(template, **with_):
    return {"template": template, "with": with_}


JUSTICE = dict(authority="commune.chairman", implemented_by=["commune.justice-officer"])
CH3 = ["in-person", "online", "postal"]

PUBLISHED = [
    dict(code="1.001193", name="Thủ tục đăng ký khai sinh", name_en="Birth registration", field="ho-tich", level="commune",
         **JUSTICE, applicants=["citizen"], channels=CH3, online_service="full", deadline=same_day(),
         fees=[{"name": "Đăng ký khai sinh đúng hạn", "amount": 0},
               {"name": "Đăng ký khai sinh quá hạn", "schedule": "nq-hdnd-dien-bien-2025"},
               {"name": "Cấp bản sao Giấy khai sinh", "amount": 8000, "per": "copy"}],
         dossier=[{"name": "Tờ khai đăng ký khai sinh", "form": "tt04-2020-tk-khai-sinh", "originals": 1},
                  {"name": "Giấy chứng sinh hoặc giấy tờ thay thế", "originals": 1}],
         result="Giấy khai sinh (bản chính)", result_en="Birth certificate (original)",
         legal=["luat-60-2014-qh13", "nd-123-2015", "tt-04-2020-btp", "tt-281-2016-btc"],
         source=f"{PORTAL}, ma_thu_tuc=187805 (thời hạn, phí) [confirmed]",
         workflow=tpl("commune-same-day", reviewer="commune.justice-officer", signer="commune.chairman")),
    dict(code="1.000894", name="Thủ tục đăng ký kết hôn", name_en="Marriage registration", field="ho-tich", level="commune",
         **JUSTICE, applicants=["citizen"], channels=["in-person", "online"], online_service="partial",
         deadline=same_day("; trường hợp cần xác minh điều kiện kết hôn thì thời hạn giải quyết không quá 05 ngày làm việc"),
         conditions={"needs_verification": {"name": "Cần xác minh điều kiện kết hôn", "name_en": "Marriage conditions must be verified",
                                            "extends": "5 working days"}},
         fees=[{"name": "Lệ phí đăng ký kết hôn", "amount": 0}],
         dossier=[{"name": "Tờ khai đăng ký kết hôn", "form": "tt04-2020-tk-ket-hon", "originals": 1},
                  {"name": "Giấy tờ tùy thân của hai bên nam, nữ", "copies": 1}],
         result="Giấy chứng nhận kết hôn", result_en="Marriage certificate",
         legal=["luat-60-2014-qh13", "nd-123-2015", "tt-04-2020-btp"],
         source=f"bản sao trang {PORTAL} trong kho mã nguồn công khai [secondary]; mã 1.000894 chưa xác minh [unverified]",
         workflow=tpl("commune-verify-same-day", reviewer="commune.justice-officer", signer="commune.chairman")),
    dict(code="1.000656", name="Thủ tục đăng ký khai tử", name_en="Death registration", field="ho-tich", level="commune",
         **JUSTICE, applicants=["citizen", "organisation"], channels=CH3, online_service="full", deadline=same_day(),
         fees=[{"name": "Đăng ký khai tử đúng hạn", "amount": 0},
               {"name": "Cấp bản sao Trích lục khai tử", "amount": 8000, "per": "copy"}],
         dossier=[{"name": "Tờ khai đăng ký khai tử", "form": "tt04-2020-tk-khai-tu", "originals": 1},
                  {"name": "Giấy báo tử hoặc giấy tờ thay thế", "originals": 1}],
         result="Trích lục khai tử", result_en="Death registration extract",
         legal=["luat-60-2014-qh13", "nd-123-2015", "tt-04-2020-btp"],
         source=f"{PORTAL}, ma_thu_tuc=1.007073, bước 3 (thời hạn khai tử, quy tắc 15 giờ) [confirmed]; mã 1.000656 chưa xác minh [unverified]",
         workflow=tpl("commune-same-day", reviewer="commune.justice-officer", signer="commune.chairman")),
    dict(code="1.004873", name="Thủ tục cấp Giấy xác nhận tình trạng hôn nhân", name_en="Certification of marital status",
         field="ho-tich", level="commune", **JUSTICE, applicants=["citizen"], channels=CH3, online_service="full",
         deadline=wd(3, "; trường hợp phải xác minh thì thời hạn được kéo dài thêm không quá 05 ngày làm việc"),
         conditions={"needs_verification": {"name": "Cần xác minh tình trạng hôn nhân", "name_en": "Marital status must be verified",
                                            "extends": "5 working days"}},
         fees=[{"name": "Lệ phí cấp Giấy xác nhận tình trạng hôn nhân", "schedule": "nq-hdnd-dien-bien-2025"}],
         dossier=[{"name": "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "form": "tt04-2020-tk-tthn", "originals": 1}],
         result="Giấy xác nhận tình trạng hôn nhân", result_en="Marital status certificate",
         legal=["luat-60-2014-qh13", "nd-123-2015", "tt-04-2020-btp"],
         source="DOMAIN.md §3 dòng 4: 03 ngày làm việc, kéo dài khi cần xác minh [unverified]; mã 1.004873 chưa xác minh [unverified]",
         workflow=tpl("commune-verify-3wd", reviewer="commune.justice-officer", signer="commune.chairman")),
    dict(code="2.000635", name="Thủ tục cấp bản sao Trích lục hộ tịch", name_en="Copy of a civil status extract",
         field="ho-tich", level="commune", **JUSTICE, applicants=["citizen", "organisation"], channels=CH3, online_service="full",
         deadline=same_day(), fees=[{"name": "Cấp bản sao Trích lục hộ tịch", "amount": 8000, "per": "copy"}],
         dossier=[{"name": "Tờ khai cấp bản sao Trích lục hộ tịch", "form": "tt04-2020-tk-ban-sao", "originals": 1}],
         result="Bản sao Trích lục hộ tịch", result_en="Copy of the civil status extract",
         legal=["luat-60-2014-qh13", "nd-123-2015", "tt-281-2016-btc"],
         source="bản sao trang dichvucong.gov.vn trong kho mã nguồn công khai, mã 2.000635 [secondary]",
         workflow=tpl("commune-same-day", reviewer="commune.justice-officer", signer="commune.vice-chairman")),
    dict(code="1.001022", name="Thủ tục đăng ký nhận cha, mẹ, con", name_en="Registration of parentage recognition",
         field="ho-tich", level="commune", **JUSTICE, applicants=["citizen"], channels=["in-person", "online"], online_service="partial",
         deadline=wd(3, "; trường hợp cần xác minh thì kéo dài thêm không quá 05 ngày làm việc"),
         conditions={"needs_verification": {"name": "Cần xác minh", "name_en": "Verification needed", "extends": "5 working days"}},
         fees=[{"name": "Lệ phí đăng ký nhận cha, mẹ, con", "schedule": "nq-hdnd-dien-bien-2025"}],
         dossier=[{"name": "Tờ khai đăng ký nhận cha, mẹ, con", "form": "tt04-2020-tk-nhan-cmc", "originals": 1},
                  {"name": "Chứng cứ chứng minh quan hệ cha, mẹ, con", "originals": 1}],
         result="Trích lục đăng ký nhận cha, mẹ, con", result_en="Parentage recognition extract",
         legal=["luat-60-2014-qh13", "nd-123-2015"],
         source="Luật Hộ tịch 2014 Điều 25 (03 ngày làm việc) [unverified]; mã 1.001022 chưa xác minh [unverified]",
         workflow=tpl("commune-verify-3wd", reviewer="commune.justice-officer", signer="commune.chairman")),
    dict(code="1.990001", name="Thủ tục đăng ký lại khai sinh", name_en="Re-registration of a birth", field="ho-tich", level="commune",
         **JUSTICE, applicants=["citizen"], channels=["in-person", "online"], online_service="partial",
         deadline=wd(5, "; trường hợp cần xác minh thì kéo dài thêm không quá 05 ngày làm việc"),
         conditions={"needs_verification": {"name": "Cần xác minh", "name_en": "Verification needed", "extends": "5 working days"}},
         fees=[{"name": "Lệ phí đăng ký lại khai sinh", "schedule": "nq-hdnd-dien-bien-2025"}],
         dossier=[{"name": "Tờ khai đăng ký lại khai sinh", "form": "tt04-2020-tk-khai-sinh", "originals": 1},
                  {"name": "Bản sao giấy tờ liên quan đến nội dung khai sinh", "copies": 1}],
         result="Giấy khai sinh (đăng ký lại)", result_en="Birth certificate (re-registered)",
         legal=["luat-60-2014-qh13", "nd-123-2015"],
         source=f"Nghị định 123/2015/NĐ-CP Điều 26 (05 ngày làm việc) [unverified]; {UNKNOWN_CODE}",
         workflow=tpl("commune-verify-5wd", reviewer="commune.justice-officer", signer="commune.chairman")),
]

POLICE = dict(authority="commune.police", implemented_by=["commune.police.officer"])

PUBLISHED += [
    dict(code="1.007073", name="Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú",
         name_en="Linked procedure: death registration and deletion of permanent residence", field="ho-tich", level="commune",
         **JUSTICE, coordinating=["commune.police"], applicants=["citizen"], channels=["in-person", "online"], online_service="partial",
         deadline={"text": "Đăng ký khai tử: " + SAME_DAY_TEXT[0].lower() + SAME_DAY_TEXT[1:] +
                   "; xóa đăng ký thường trú: trong 02 ngày làm việc … (văn bản trên Cổng bị cắt, phần sau chưa đối chiếu)",
                   "value": "3 working days"},
         fees=[{"name": "Đăng ký khai tử, xóa đăng ký thường trú", "amount": 0}],
         dossier=[{"name": "Tờ khai đăng ký khai tử", "form": "tt04-2020-tk-khai-tu", "originals": 1},
                  {"name": "Giấy báo tử hoặc giấy tờ thay thế", "originals": 1}],
         result="Trích lục khai tử; thông báo xóa đăng ký thường trú", result_en="Death extract; notice of residence deletion",
         legal=["luat-60-2014-qh13", "luat-68-2020-qh14", "nd-123-2015", "nd-154-2024"],
         source=f"{PORTAL}/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.007073 [confirmed, partial]; "
                "tổng thời hạn 03 ngày làm việc suy ra từ văn bản bị cắt [unverified]",
         workflow={"start": "receive", "steps": {
             "receive": {"by": "commune.pasc", "takes": "1 working hour", "next": "death"},
             "death": {"call": "1.000656", "next": "to-police"},
             "to-police": {"by": "commune.justice-officer", "to": "commune.police", "takes": "1 working hour", "next": "residence"},
             "residence": {"call": "1.990007", "next": "return"},
             "return": {"by": "commune.pasc", "end": "issued"}}}),
    dict(code="1.011537", name="Liên thông: Đăng ký khai tử, xóa đăng ký thường trú, trợ cấp mai táng, hỗ trợ chi phí mai táng",
         name_en="Linked procedure: death registration, residence deletion, funeral allowance", field="ho-tich", level="commune",
         **JUSTICE, coordinating=["commune.police", "commune.culture-social-officer"], applicants=["citizen"],
         channels=["online", "in-person"], online_service="full",
         deadline={"text": "Theo thời hạn của từng thủ tục thành phần; tổng không quá 10 ngày làm việc (giá trị mặc định của danh mục, chưa tìm thấy văn bản công bố)",
                   "value": "10 working days"},
         fees=[{"name": "Không thu phí, lệ phí", "amount": 0}],
         dossier=[{"name": "Tờ khai liên thông (trên Cổng Dịch vụ công quốc gia hoặc VNeID)", "originals": 1},
                  {"name": "Giấy báo tử hoặc giấy tờ thay thế", "originals": 1}],
         result="Trích lục khai tử; xóa đăng ký thường trú; quyết định trợ cấp mai táng",
         result_en="Death extract; residence deletion; funeral allowance decision",
         legal=["luat-60-2014-qh13", "luat-68-2020-qh14", "nd-20-2021", "qd-296-2024-vpcp"],
         source="vinhtu.vinhlinh.quangtri.gov.vn (bản sao bản ghi Cổng, cấu trúc 4 cấp, 4 lĩnh vực) [confirmed]; "
                "thời hạn không tìm thấy, 10 ngày làm việc là giá trị mặc định [unverified]; "
                "thủ tục thứ tư (trợ cấp tuất của Bảo hiểm xã hội) chưa mô hình hóa",
         workflow={"start": "receive", "steps": {
             "receive": {"by": "commune.pasc", "takes": "1 working hour", "next": "death"},
             "death": {"call": "1.000656", "next": "bundle"},
             "bundle": {"parallel": ["to-police", "to-social"], "join": "return"},
             "to-police": {"by": "commune.justice-officer", "to": "commune.police", "takes": "1 working hour", "next": "residence"},
             "residence": {"call": "1.990007"},
             "to-social": {"by": "commune.justice-officer", "to": "commune.culture-social-officer", "takes": "1 working hour", "next": "funeral"},
             "funeral": {"call": "1.990010"},
             "return": {"by": "commune.pasc", "end": "issued"}}}),
    dict(code="1.990002", name="Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
         name_en="Linked procedure: birth registration, permanent residence, health insurance card for children under 6",
         field="ho-tich", level="commune", inter_level=["commune", "province"], **JUSTICE,
         coordinating=["commune.police", "social-insurance"], applicants=["citizen"], channels=["in-person", "postal"], online_service="none",
         deadline={"text": "Không quá 20 ngày làm việc (15 ngày làm việc nếu chỉ liên thông khai sinh và cấp thẻ bảo hiểm y tế); "
                           "thêm 02 ngày làm việc nếu phải bổ sung hồ sơ; thêm 05 ngày làm việc đối với xã cách trung tâm từ 50 km trở lên",
                   "value": "20 working days"},
         conditions={"remote_commune": {"name": "Xã cách trung tâm tỉnh từ 50 km trở lên", "name_en": "Commune 50 km or more away",
                                        "extends": "5 working days"},
                     "needs_completion": {"name": "Cơ quan liên thông yêu cầu hoàn thiện hồ sơ", "name_en": "A linked agency asks to complete the dossier",
                                          "extends": "2 working days"}},
         fees=[{"name": "Đăng ký khai sinh đúng hạn, đăng ký thường trú, cấp thẻ bảo hiểm y tế", "amount": 0}],
         dossier=[{"name": "Tờ khai đăng ký khai sinh", "form": "tt04-2020-tk-khai-sinh", "originals": 1},
                  {"name": "Tờ khai thay đổi thông tin cư trú", "form": "ct01", "originals": 1},
                  {"name": "Giấy chứng sinh", "originals": 1}],
         result="Giấy khai sinh; đăng ký thường trú; thẻ bảo hiểm y tế", result_en="Birth certificate; permanent residence; health insurance card",
         legal=["ttlt-05-2015", "luat-60-2014-qh13", "luat-68-2020-qh14", "luat-25-2008-qh12"],
         source=f"{PORTAL}/p/home/dvc-tthc-thu-tuc-hanh-chinh-lien-thong-chi-tiet.html?ma_thu_tuc=233448 (thời hạn, gia hạn) [confirmed]; "
                f"233448 là mã nội bộ của Cổng, {UNKNOWN_CODE}",
         workflow={"start": "receive", "steps": {
             "receive": {"by": "commune.pasc", "takes": "1 working hour", "next": "birth"},
             "birth": {"call": "1.001193", "next": "route"},
             "route": {"choice": {"remote_commune": "post", "otherwise": "split"}},
             "post": {"by": "commune.pasc", "takes": "4 working days", "next": "split"},
             "split": {"parallel": ["to-police", "to-insurance"], "join": "return"},
             "to-police": {"by": "commune.justice-officer", "to": "commune.police", "takes": "1 working hour", "next": "residence"},
             "residence": {"call": "1.990005"},
             "to-insurance": {"by": "commune.justice-officer", "to": "social-insurance.collection-cards", "takes": "0.5 working day", "next": "card"},
             "card": {"call": "1.014137"},
             "return": {"by": "commune.pasc", "end": "issued"}}}),
]
