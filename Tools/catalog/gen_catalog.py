#!/usr/bin/env python3
"""Generates the shipped catalog (Catalog/, except calendar/) from the data modules here.

    python3 Tools/catalog/gen_catalog.py --out NEW-FOLDER

Deterministic: one seeded random generator, data in fixed order. Python 3 standard library only.
Retired: the shipped Catalog/ is kept by hand and has grown past this output (step titles, full
names, dated versions, sources); see README.md here. It writes only into a folder without a
catalog.yaml, so it cannot overwrite a catalog.
"""

import argparse
import os
import random
import shutil
import sys
import unicodedata
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import data_fields  # noqa: E402
import data_legal  # noqa: E402
import data_published  # noqa: E402
import data_units as U  # noqa: E402
import templates as T  # noqa: E402
from emit import block_rows_file, procedure_text, rows_file, template_text  # noqa: E402
from yamltext import flow, scalar  # noqa: E402

SEED = 20250701
TOTALS = {"P": 1697, "C": 304, "I": 105}   # province-only, commune-only, inter-level (GitHub issue 3)
EFFECTIVE = date(2025, 7, 1)
TT03_FROM = date(2025, 9, 15)


def write(root, rel, text):
    text = unicodedata.normalize("NFC", text)
    assert "\t" not in text and "\r" not in text, rel
    assert all(line == line.rstrip() for line in text.split("\n")), rel
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ------------------------------------------------------------------ manifest, fields

def manifest_text():
    return """# Tỉnh Điện Biên (Dien Bien Province): the shipped catalog. See README.md.
schema_version: 1
jurisdiction:
  code: "11"
  name: Tỉnh Điện Biên
  name_en: Dien Bien Province
time_zone: Asia/Ho_Chi_Minh
effective: 2025-07-01              # the two-level local government starts (no district level)
office_hours:
  - { from: "07:00", to: "11:30" }
  - { from: "13:30", to: "17:00" }
receipt_cutoff: "15:00"            # received later: counted as received the next working day
clock_start: receipt
"""


def fields_text():
    rows = [{"id": f[0], "name": f[1], "name_en": f[2]} for f in data_fields.FIELDS]
    return rows_file("fields", rows, ["Lĩnh vực (fields), ids in the style of the National TTHC Database.",
                                      "The owning agency of each field is in ../CODEOWNERS."])


# ------------------------------------------------------------------ units

def role_lines(roles, indent):
    pad = " " * indent
    lines = [f"{pad}roles:"]
    for rid, (name, name_en) in roles.items():
        lines.append(f"{pad}  {rid}: {flow({'name': name, 'name_en': name_en})}")
    return lines


def unit_lines(u, indent):
    """u: dict id, kind, level, name, name_en, roles?, units?, comment?"""
    pad = " " * indent
    lines = []
    if u.get("comment"):
        lines.append(f"{pad}# {u['comment']}")
    simple = not u.get("roles") and not u.get("units")
    if simple:
        row = {k: u[k] for k in ("id", "kind", "level", "name", "name_en")}
        return lines + [f"{pad}- {flow(row)}"]
    lines.append(f"{pad}- id: {u['id']}")
    for k in ("kind", "level", "name", "name_en"):
        lines.append(f"{pad}  {k}: {scalar(u[k])}")
    if u.get("roles"):
        lines += role_lines(u["roles"], indent + 2)
    if u.get("units"):
        lines.append(f"{pad}  units:")
        for child in u["units"]:
            lines += unit_lines(child, indent + 4)
    return lines


def division(row, level="province", kind="division"):
    return {"id": row[0], "kind": kind, "level": level, "name": row[1], "name_en": row[2],
            "comment": row[3] if len(row) > 3 else None}


def province_unit():
    children = [{"id": U.PASC_PROVINCE[0], "kind": "service-center", "level": "province", "name": U.PASC_PROVINCE[1],
                 "name_en": U.PASC_PROVINCE[2], "roles": U.PASC_PROVINCE[3],
                 "comment": "Trung tâm Phục vụ hành chính công tỉnh (Decree 118/2025): receives and returns every provincial dossier"}]
    for aid, name, name_en, roles, divisions, psus, comment in U.AGENCIES:
        units = [division(d) for d in divisions]
        for pid, pname, pname_en, branches in psus:
            units.append({"id": pid, "kind": "public-service-unit", "level": "province", "name": pname, "name_en": pname_en,
                          "units": [division(b) for b in branches]})
        children.append({"id": aid, "kind": "specialized-agency", "level": "province", "name": name, "name_en": name_en,
                         "roles": roles or U.AGENCY_ROLES, "units": units, "comment": comment})
    return {"id": "province", "kind": "people-committee", "level": "province", "name": "Ủy ban nhân dân tỉnh Điện Biên",
            "name_en": "Dien Bien Provincial People's Committee", "roles": U.PROVINCE_ROLES, "units": children}


def commune_unit():
    units = [division(d, "commune") for d in U.COMMUNE_DIVISIONS]
    units.append({"id": "pasc", "kind": "service-center", "level": "commune", "name": "Trung tâm Phục vụ hành chính công xã, phường",
                  "name_en": "Commune Public Administration Service Center",
                  "roles": {"director": ("Giám đốc Trung tâm (Phó Chủ tịch Ủy ban nhân dân xã kiêm nhiệm)", "Director"),
                            "officer": ("Công chức tiếp nhận và trả kết quả", "Reception officer")}})
    units.append({"id": "police", "kind": "deconcentrated-agency", "level": "commune", "name": "Công an xã, phường",
                  "name_en": "Commune Police", "comment": "thuộc Công an tỉnh; đăng ký cư trú, căn cước tại xã",
                  "roles": {"chief": ("Trưởng Công an xã", "Chief"), "officer": ("Cán bộ Công an xã", "Police officer")}})
    return {"id": "commune", "kind": "people-committee", "level": "commune", "name": "Ủy ban nhân dân xã, phường",
            "name_en": "Commune People's Committee", "roles": U.COMMUNE_ROLES, "units": units}


def deconcentrated_units():
    out = []
    for did, name, name_en, roles, divisions, comment in U.DECONCENTRATED:
        out.append({"id": did, "kind": "deconcentrated-agency", "level": "province", "name": name, "name_en": name_en,
                    "roles": roles, "units": [division(d) for d in divisions], "comment": comment})
    return out


def units_text(units, header):
    lines = [f"# {h}" for h in header] + ["units:"]
    for u in units:
        lines += unit_lines(u, 2)
    return "\n".join(lines) + "\n"


def communes_text():
    lines = ['# The 45 communes and wards of Tỉnh Điện Biên after the 2025 rearrangement (Resolution',
             '# 1661/NQ-UBTVQH15, in force 1 July 2025: 42 communes, 3 wards), instances of the `commune`',
             '# structure (units/commune.yaml). Names checked in November 2026 against published reports of the',
             "# rearrangement, not against the resolution's own text (see Catalog/README.md). distance_km:",
             '# estimated road distance to the provincial centre (Điện Biên Phủ), not official; 50 km or more',
             '# counts as remote.',
             "communes:"]
    last = None
    for cid, name, name_en, typ, km, former in U.COMMUNES:
        if former != last:
            lines.append(f"  # formerly {former}")
            last = former
        lines.append("  - " + flow({"id": cid, "name": name, "name_en": name_en, "type": typ, "distance_km": km}))
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ legal documents

def doc_row(r):
    did, number, kind, title, title_en, issuer, issued, effective, extra = r
    row = {"id": did, "number": number, "kind": kind, "title": title, "title_en": title_en, "issuer": issuer,
           "issued": issued, "effective": effective}
    if extra.get("expires"):
        row["expires"] = extra["expires"]
    if extra.get("replaces"):
        row["replaces"] = extra["replaces"]
    row["provenance"] = extra.get("provenance", "unverified")
    return row


def legal_file(rows, header):
    body = []
    for r in rows:
        if r[8].get("comment"):
            body.append(f"{r[0]}: {r[8]['comment']}")
        body.append(doc_row(r))
    return block_rows_file("documents", body, header)


LEGAL_HEADER = ["Provenance: confirmed = seen in a primary source (DOMAIN.md); secondary = third-party copy;",
                "unverified = number and dates recalled, not checked against the official gazette."]


def announcing_decisions(plan):
    """111 synthetic decisions of the Provincial People's Committee announcing the catalog."""
    rows = []
    for d in plan:
        rows.append({"id": d["id"], "number": d["number"], "kind": "decision",
                     "title": f"Quyết định công bố danh mục thủ tục hành chính {d['what']} trong lĩnh vực {d['field_name']} "
                              f"thuộc phạm vi chức năng quản lý của {d['owner_name']}",
                     "title_en": f"Decision announcing {d['what_en']} procedures in the field {d['field_en']}",
                     "issuer": "Chủ tịch Ủy ban nhân dân tỉnh Điện Biên", "issued": d["issued"].isoformat(),
                     "effective": d["effective"].isoformat(), "provenance": "synthetic"})
    return block_rows_file("documents", rows, [
        "The province's 111 announcing decisions (quyết định công bố danh mục TTHC).",
        "SYNTHETIC: numbers and dates are generated, not the real decisions of Điện Biên. Replace them with the",
        "real numbers from the province's gazette when they are checked; procedures cite them as announced_by."])


# ------------------------------------------------------------------ forms

TT03_FORMS = [
    ("01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Receipt and appointment slip"),
    ("02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "Request to supplement the dossier"),
    ("03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ", "Refusal to accept the dossier"),
    ("04", "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết", "Apology and extension request"),
    ("05", "Thông báo dừng giải quyết hồ sơ", "Notice that processing stops"),
    ("06", "Phiếu kiểm soát quá trình giải quyết hồ sơ", "Process control sheet"),
    ("07", "Sổ theo dõi hồ sơ", "Dossier register"),
]

NAMED_FORMS = [
    ("tt04-2020-tk-khai-sinh", "Mẫu TK khai sinh", "Tờ khai đăng ký khai sinh", "Birth registration declaration", "tt-04-2020-btp"),
    ("tt04-2020-tk-ket-hon", "Mẫu TK kết hôn", "Tờ khai đăng ký kết hôn", "Marriage registration declaration", "tt-04-2020-btp"),
    ("tt04-2020-tk-khai-tu", "Mẫu TK khai tử", "Tờ khai đăng ký khai tử", "Death registration declaration", "tt-04-2020-btp"),
    ("tt04-2020-tk-tthn", "Mẫu TK xác nhận TTHN", "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "Marital status declaration", "tt-04-2020-btp"),
    ("tt04-2020-tk-ban-sao", "Mẫu TK bản sao", "Tờ khai cấp bản sao Trích lục hộ tịch", "Declaration for a copy of a civil status extract", "tt-04-2020-btp"),
    ("tt04-2020-tk-nhan-cmc", "Mẫu TK nhận cha, mẹ, con", "Tờ khai đăng ký nhận cha, mẹ, con", "Parentage recognition declaration", "tt-04-2020-btp"),
    ("ct01", "Mẫu CT01", "Tờ khai thay đổi thông tin cư trú", "Residence information change form", "tt-66-2023-bca"),
    ("cc01", "Mẫu CC01", "Tờ khai thu nhận thông tin căn cước", "Identity information form", "tt-16-2024-bca"),
    ("nd20-mau-1a", "Mẫu số 1a", "Tờ khai đề nghị trợ giúp xã hội", "Social assistance application", "nd-20-2021"),
    ("nd175-don-gpxd", "Mẫu số 01", "Đơn đề nghị cấp giấy phép xây dựng", "Construction permit application", "nd-175-2024"),
    ("nd101-mau-04", "Mẫu số 04/ĐK", "Đơn đăng ký đất đai, tài sản gắn liền với đất", "Land registration application", "nd-101-2024"),
    ("nd168-hkd-01", "Phụ lục III-1", "Giấy đề nghị đăng ký hộ kinh doanh", "Household business registration application", "nd-168-2025"),
    ("nd168-hkd-02", "Phụ lục III-2", "Thông báo thay đổi nội dung đăng ký hộ kinh doanh", "Household business change notice", "nd-168-2025"),
    ("nd168-dn-01", "Phụ lục I-1", "Giấy đề nghị đăng ký doanh nghiệp", "Enterprise registration application", "nd-168-2025"),
    ("tt-lltp-01", "Mẫu số 03/2013/TT-LLTP", "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Judicial record application", "luat-28-2009-qh12"),
    ("tk1-ts", "Mẫu TK1-TS", "Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế", "Social and health insurance enrolment form", "luat-41-2024-qh15"),
    ("nd176-tk-htxh", "Mẫu số 01", "Tờ khai đề nghị hưởng trợ cấp hưu trí xã hội", "Social pension application", "nd-176-2025"),
    ("nd20-mau-04", "Mẫu số 04", "Tờ khai đề nghị hỗ trợ chi phí mai táng", "Funeral support application", "nd-20-2021"),
    ("qd296-tk-lien-thong", "Tờ khai điện tử", "Tờ khai liên thông trên Cổng Dịch vụ công quốc gia hoặc VNeID", "Linked electronic declaration (National Public Service Portal or VNeID)", "qd-296-2024-vpcp"),
]


def forms_texts():
    # The service centre issues these (receipt slip, apology, control sheet, ...); no dossier
    # item names them, so each carries a lint suppression that says why.
    one_stop = []
    for n, vi, en in TT03_FORMS:
        one_stop.append("tthc-lint: disable-next-line unused-form -- issued by the service centre, not filled in by the applicant")
        one_stop.append({"id": f"tt03-2025-mau-{n}", "code": f"Mẫu số {n}", "name": vi, "name_en": en, "legal_basis": "tt-03-2025-vpcp"})
    named = [{"id": i, "code": c, "name": n, "name_en": e, "legal_basis": lb} for i, c, n, e, lb in NAMED_FORMS]
    generic = [{"id": f"don-{f[0]}", "name": f"Đơn đề nghị (mẫu chung lĩnh vực {f[1]})", "name_en": f"Application form ({f[2]})",
                "legal_basis": f[5][0]} for f in data_fields.FIELDS]
    return {
        "forms/one-stop.yaml": rows_file("forms", one_stop, [
            "Circular 03/2025/TT-VPCP, Annex I: the one-stop forms of Decree 118/2025 (DOMAIN.md §2.1, confirmed)."]),
        "forms/declarations.yaml": rows_file("forms", named, [
            "Declarations cited by the procedures that follow published data. Form codes are as commonly cited",
            "(unverified against each circular's annex)."]),
        "forms/fields.yaml": rows_file("forms", generic, [
            "One generic application form per field, used by the synthetic procedures (SYNTHETIC)."]),
    }


# ------------------------------------------------------------------ who works on which field

# field -> (provincial reviewer unit, commune reviewer)
FIELD_UNITS = {
    "ho-tich": ("province.justice.civil-status", "commune.justice-officer"),
    "chung-thuc": ("province.justice.civil-status", "commune.justice-officer"),
    "nuoi-con-nuoi": ("province.justice.civil-status", "commune.justice-officer"),
    "quoc-tich": ("province.justice.civil-status", "commune.justice-officer"),
    "ly-lich-tu-phap": ("province.justice.civil-status", "commune.justice-officer"),
    "luat-su": ("province.justice.judicial-support", None),
    "cong-chung": ("province.justice.judicial-support", None),
    "bo-tro-tu-phap": ("province.justice.judicial-support", None),
    "tro-giup-phap-ly": ("province.justice.legal-aid", None),
    "hoa-giai-co-so": ("province.justice.legal-affairs", "commune.justice-officer"),
    "boi-thuong-nha-nuoc": ("province.justice.legal-affairs", "commune.justice-officer"),
    "cu-tru": ("police.pc06", "commune.police"),
    "can-cuoc": ("police.pc06", "commune.police"),
    "phong-chay-chua-chay": ("police.pc07", None),
    "an-ninh-trat-tu": ("police.pc06", None),
    "xuat-nhap-canh": ("police.pa08", None),
    "dang-ky-xe-giay-phep-lai-xe": ("police.pc08", "commune.police"),
    "thue": ("tax.taxpayer-services", "commune.economy-officer"),
    "bao-hiem-xa-hoi": ("social-insurance.benefits", "commune.culture-social-officer"),
    "bao-hiem-y-te": ("social-insurance.collection-cards", "commune.culture-social-officer"),
    "dat-dai": ("province.agriculture-environment.land", "commune.land-officer"),
    "moi-truong": ("province.agriculture-environment.environment", "commune.land-officer"),
    "tai-nguyen-nuoc": ("province.agriculture-environment.resources", "commune.land-officer"),
    "dia-chat-khoang-san": ("province.agriculture-environment.resources", "commune.land-officer"),
    "nong-nghiep": ("province.agriculture-environment.agriculture", "commune.economy"),
    "thu-y": ("province.agriculture-environment.agriculture", "commune.economy"),
    "lam-nghiep": ("province.agriculture-environment.forestry", "commune.economy"),
    "thuy-loi": ("province.agriculture-environment.agriculture", "commune.economy"),
    "xay-dung": ("province.construction.licensing", "commune.land-officer"),
    "nha-o-bat-dong-san": ("province.construction.housing", "commune.land-officer"),
    "giao-thong": ("province.construction.transport", "commune.economy"),
    "dang-ky-doanh-nghiep": ("province.finance.business-registration", None),
    "ho-kinh-doanh": ("province.finance.business-registration", "commune.economy-officer"),
    "hop-tac-xa": ("province.finance.business-registration", "commune.economy-officer"),
    "dau-tu": ("province.finance.investment", None),
    "quan-ly-cong-san": ("province.finance.public-assets", "commune.economy"),
    "thuong-mai": ("province.industry-trade.trade", "commune.economy-officer"),
    "cong-nghiep": ("province.industry-trade.industry-energy", "commune.economy-officer"),
    "an-toan-thuc-pham": ("province.health.food-safety", "commune.economy-officer"),
    "van-hoa": ("province.culture.culture-family", "commune.culture-social-officer"),
    "the-thao": ("province.culture.sports", "commune.culture-social-officer"),
    "du-lich": ("province.culture.tourism", "commune.culture-social-officer"),
    "bao-chi-xuat-ban": ("province.culture.press-publishing", None),
    "khoa-hoc-cong-nghe": ("province.science-technology.science", None),
    "buu-chinh-vien-thong": ("province.science-technology.telecom-post", None),
    "giao-duc": ("province.education.general-education", "commune.culture-social"),
    "giao-duc-nghe-nghiep": ("province.education.vocational", None),
    "y-te": ("province.health.medical", "commune.culture-social"),
    "duoc-my-pham": ("province.health.pharmacy", None),
    "bao-tro-xa-hoi": ("province.health.social-protection", "commune.culture-social-officer"),
    "lao-dong": ("province.home-affairs.labour", "commune.culture-social-officer"),
    "nguoi-co-cong": ("province.home-affairs.merit", "commune.culture-social-officer"),
    "to-chuc-hanh-chinh": ("province.home-affairs.civil-service", "commune.office"),
    "hoi-to-chuc-phi-chinh-phu": ("province.home-affairs.local-government", "commune.office"),
    "thi-dua-khen-thuong": ("province.home-affairs.emulation", "commune.office"),
    "tin-nguong-ton-giao": ("province.ethnic-religious.religion", "commune.culture-social"),
    "dan-toc": ("province.ethnic-religious.ethnic-policy", "commune.culture-social"),
    "khieu-nai-to-cao": ("province.inspectorate.complaints", "commune.office"),
    "ngoai-vu": ("province.foreign-affairs.consular-border", "commune.office"),
}
TOP_LEVEL = {"police", "tax", "social-insurance"}
# parallel consultation partners for provincial appraisals
CONSULTS = ["province.construction", "province.agriculture-environment", "police.pc07", "province.finance",
            "province.industry-trade", "province.health", "province.culture", "province.home-affairs", "tax"]


def agency_of(owner):
    return owner if owner in TOP_LEVEL else f"province.{owner}"


def signers(owner):
    """(head, deputy) roles of an owning agency."""
    agency = agency_of(owner)
    if owner == "inspectorate":
        return f"{agency}.chief-inspector", f"{agency}.deputy-chief-inspector"
    if owner == "office":
        return f"{agency}.chief", f"{agency}.deputy-chief"
    return f"{agency}.director", f"{agency}.deputy-director"


def commune_people(field):
    reviewer = FIELD_UNITS[field][1] or "commune.office"
    if reviewer == "commune.police":
        return reviewer, "commune.police.chief", "commune.police"
    return reviewer, None, "commune"


# ------------------------------------------------------------------ synthetic procedures

V_DOC = [("cấp", "Issuance of"), ("cấp lại", "Re-issuance of"), ("điều chỉnh", "Amendment of"),
         ("gia hạn", "Extension of"), ("cấp đổi", "Replacement of"), ("thu hồi", "Revocation of")]
QUALIFIERS = [("", ""), (" đối với tổ chức", " (organisations)"), (" đối với hộ gia đình, cá nhân", " (households and individuals)"),
              (" đối với tổ chức, cá nhân nước ngoài", " (foreign organisations and individuals)"),
              (" trường hợp thay đổi nội dung", " (change of particulars)"), (" đối với đơn vị sự nghiệp công lập", " (public service units)"),
              (" trong khu kinh tế cửa khẩu", " (border-gate economic zone)"), (" trường hợp cấp lại do mất, hỏng", " (after loss or damage)"),
              (" thực hiện trực tuyến", " (online)")]

# For fields about persons, qualifiers about organisations read wrong.
PERSON_FIELDS = {"ho-tich", "cu-tru", "can-cuoc", "quoc-tich", "nuoi-con-nuoi", "chung-thuc", "bao-tro-xa-hoi",
                 "nguoi-co-cong", "ly-lich-tu-phap", "bao-hiem-xa-hoi", "bao-hiem-y-te", "hoa-giai-co-so", "lao-dong"}
PERSON_QUALIFIERS = [("", ""), (" trường hợp có yếu tố nước ngoài", " (foreign element)"),
                     (" đối với công dân Việt Nam cư trú ở nước ngoài", " (citizens residing abroad)"),
                     (" trường hợp thay đổi nội dung", " (change of particulars)"), (" tại khu vực biên giới", " (border area)"),
                     (" đối với người dân tộc thiểu số", " (ethnic minorities)"), (" trường hợp cấp lại do mất, hỏng", " (after loss or damage)"),
                     (" đối với người khuyết tật", " (persons with disabilities)"), (" thực hiện trực tuyến", " (online)")]
# Fields whose commune procedures are mostly same-day (civil status, certification).
SAME_DAY_FIELDS = {"ho-tich": 45, "chung-thuc": 70, "cu-tru": 15}

TIERS = {
    "C": [("same day", 12), ("1 working days", 6), ("2 working days", 6), ("3 working days", 20), ("5 working days", 18),
          ("7 working days", 8), ("10 working days", 14), ("15 working days", 8), ("20 working days", 4), ("15 days", 2), ("30 days", 2)],
    "P": [("1 working days", 2), ("2 working days", 3), ("3 working days", 9), ("5 working days", 17), ("7 working days", 12),
          ("10 working days", 18), ("15 working days", 14), ("20 working days", 10), ("30 working days", 6),
          ("15 days", 3), ("30 days", 4), ("45 days", 2)],
    "I": [("5 working days", 8), ("7 working days", 10), ("10 working days", 24), ("15 working days", 26), ("20 working days", 20),
          ("30 working days", 12)],
}
SHAPE_WEIGHTS = {
    "C": [("commune-review", 50), ("commune-fee", 15), ("commune-verify", 15), ("commune-site", 20)],
    "P": [("province-review", 42), ("province-consult", 16), ("province-chairman", 14), ("province-fee", 16), ("province-verify", 12)],
}
FEE_AMOUNTS = [20000, 30000, 50000, 100000, 150000, 200000, 300000, 500000, 1000000, 1500000, 3000000]
DOSSIER_POOL = [
    ("Bản sao giấy tờ tùy thân của người đề nghị", 0, 1), ("Văn bản ủy quyền (nếu nộp thay)", 1, 0),
    ("Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập", 0, 1),
    ("Bản thuyết minh, báo cáo kèm theo", 1, 0), ("Bản vẽ, sơ đồ vị trí", 1, 0), ("Giấy tờ chứng minh đủ điều kiện theo quy định", 0, 1),
    ("Bản chính giấy phép, giấy chứng nhận đã cấp (trường hợp cấp lại, điều chỉnh)", 1, 0), ("Danh sách kèm theo", 1, 0),
]
PERSON_DOSSIER_POOL = [
    ("Bản sao giấy tờ tùy thân của người đề nghị", 0, 1), ("Văn bản ủy quyền (nếu nộp thay)", 1, 0),
    ("Giấy tờ chứng minh nơi cư trú", 0, 1), ("Giấy tờ chứng minh thuộc đối tượng được hưởng", 0, 1),
    ("Bản chính giấy tờ đã cấp (trường hợp cấp lại, điều chỉnh)", 1, 0), ("Giấy xác nhận của cơ quan, tổ chức có liên quan", 1, 0),
]


def tier_text(value):
    if value == "same day":
        return data_published.SAME_DAY_TEXT
    n, unit = value.split(" ", 1)
    if unit.startswith("working"):
        return f"{int(n):02d} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"
    return f"{int(n):02d} ngày kể từ ngày nhận đủ hồ sơ hợp lệ"


def fix_unit(value):
    return value.replace("1 working days", "1 working day")


def scale(weights, total):
    s = sum(weights)
    raw = [w * total / s for w in weights]
    out = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[:total - sum(out)]:
        out[i] += 1
    return out


def quotas():
    q = {}
    for cls, idx in (("P", 0), ("C", 1), ("I", 2)):
        counts = scale([f[4][idx] for f in data_fields.FIELDS], TOTALS[cls])
        for f, n in zip(data_fields.FIELDS, counts):
            q[(f[0], cls)] = n
    return q


def names_for(field_row, rng):
    """Deterministic stream of (vi, en, result_vi, result_en, is_doc) for a field."""
    objects = list(field_row[6])
    combos = []
    quals = PERSON_QUALIFIERS if field_row[0] in PERSON_FIELDS else QUALIFIERS
    for qi, (qv, qe) in enumerate(quals):
        batch = []
        for ov, oe in objects:
            if ov.startswith("việc "):
                body = ov[5:]
                batch.append((f"Thủ tục {body}{qv}", f"{oe[0].upper()}{oe[1:]}{qe}",
                              f"Văn bản chấp thuận {body}", f"Approval: {oe}", False))
            else:
                for vv, ve in V_DOC:
                    if "cấp lại do" in qv and vv != "cấp lại":
                        continue
                    res = f"{ov[0].upper()}{ov[1:]}" if vv != "thu hồi" else f"Quyết định thu hồi {ov}"
                    batch.append((f"Thủ tục {vv} {ov}{qv}", f"{ve} {oe}{qe}", res,
                                  oe[0].upper() + oe[1:] if vv != "thu hồi" else f"Revocation decision: {oe}", True))
        rng.shuffle(batch)
        combos += batch
    return combos


def pick(rng, weighted):
    items, weights = zip(*weighted)
    return rng.choices(items, weights=weights, k=1)[0]


def choose_shape(rng, cls, value):
    tier = T.tier_of(value)
    if cls == "C":
        if tier == "same-day":
            return "commune-verify" if rng.random() < 0.2 else "commune-same-day"
        shape = pick(rng, SHAPE_WEIGHTS["C"])
        if shape == "commune-verify" and tier in ("1wd", "2wd"):
            shape = "commune-review"
        if shape == "commune-site" and tier in ("1wd", "2wd", "3wd"):
            shape = "commune-fee"
        return shape
    shape = pick(rng, SHAPE_WEIGHTS["P"])
    if shape in ("province-consult", "province-verify", "province-chairman") and tier in ("1wd", "2wd", "3wd"):
        shape = "province-review"
    return shape


def fees_for(rng, shape, field):
    r = rng.random()
    if shape.endswith("-fee") or r < 0.45:
        if rng.random() < 0.4:
            return [{"name": "Phí, lệ phí theo Nghị quyết của Hội đồng nhân dân tỉnh", "schedule": "nq-hdnd-dien-bien-2025"}]
        amount = rng.choice(FEE_AMOUNTS)
        per = rng.choice(["dossier", "certificate", "dossier"])
        return [{"name": "Phí thẩm định hồ sơ" if per == "dossier" else "Lệ phí cấp giấy", "amount": amount, "per": per}]
    if r < 0.75:
        return [{"name": "Không thu phí, lệ phí", "amount": 0}]
    return None


def channels_for(rng, fees):
    online = rng.random() < 0.78
    postal = rng.random() < 0.6
    ch = ["in-person"]
    if online:
        if fees and "amount" in fees[0] and fees[0]["amount"] >= 100000 and rng.random() < 0.25:
            half = fees[0]["amount"] // 2
            ch.append({"channel": "online", "fees": [dict(fees[0], name=fees[0]["name"] + " (nộp trực tuyến, giảm 50%)", amount=half)]})
        else:
            ch.append("online")
    if postal:
        ch.append("postal")
    level = ("full" if rng.random() < 0.45 else "partial") if online else "none"
    return ch, level


def applicants_for(field, rng):
    business = {"dang-ky-doanh-nghiep", "dau-tu", "thuong-mai", "cong-nghiep", "duoc-my-pham", "an-toan-thuc-pham",
                "bao-chi-xuat-ban", "buu-chinh-vien-thong", "khoa-hoc-cong-nghe", "du-lich", "giao-thong"}
    if field in business:
        return ["business", "organisation"] if rng.random() < 0.7 else ["business", "organisation", "foreigner"]
    return ["citizen"] if rng.random() < 0.5 else ["citizen", "organisation"]


def with_for(shape, field, owner, rng):
    """Template arguments and (authority, implemented_by, coordinating) for a synthetic procedure."""
    prov_reviewer = FIELD_UNITS[field][0]
    agency = agency_of(owner)
    head, deputy = signers(owner)
    c_reviewer, c_signer, c_authority = commune_people(field)
    c_signer = c_signer or ("commune.chairman" if rng.random() < 0.6 else "commune.vice-chairman")
    if shape.startswith("commune"):
        w = {"reviewer": c_reviewer, "signer": c_signer}
        coord = None
        if shape == "commune-site":
            w = {"reviewer": c_reviewer, "consult": rng.choice(["commune.economy", "commune.police", "commune.office"]), "signer": c_signer}
            coord = [w["consult"]]
        return w, (c_authority if c_authority != "commune" else c_signer.replace("vice-chairman", "chairman")), [c_reviewer], coord
    if shape == "inter-province":
        w = {"verifier": c_reviewer, "agency": agency, "reviewer": prov_reviewer, "signer": rng.choice([head, deputy])}
        return w, agency, [c_reviewer, prov_reviewer], None
    if shape == "inter-commune":
        w = {"reviewer": c_reviewer, "appraiser": prov_reviewer, "signer": c_signer}
        return w, (c_authority if c_authority != "commune" else "commune.chairman"), [c_reviewer], [prov_reviewer]
    if shape == "province-chairman":
        w = {"agency": agency, "reviewer": prov_reviewer, "signer": rng.choice(["province.chairman", "province.vice-chairman"])}
        return w, "province", [prov_reviewer], [agency]
    w = {"agency": agency, "reviewer": prov_reviewer, "signer": rng.choice([head, deputy, deputy])}
    coord = None
    if shape == "province-consult":
        partners = [c for c in CONSULTS if not c.startswith(agency) and not agency.startswith(c)]
        a, b = rng.sample(partners, 2)
        w = {"agency": agency, "reviewer": prov_reviewer, "first-consult": a, "second-consult": b, "signer": w["signer"]}
        coord = [a, b]
    return w, agency, [prov_reviewer], coord


EXT_TEXT = {
    "needs_verification": "; trường hợp cần xác minh thì thời hạn được kéo dài thêm không quá 05 ngày làm việc",
    "needs_site_inspection": "; trường hợp phải kiểm tra thực tế thì thời hạn được kéo dài thêm không quá 05 ngày làm việc",
    "remote_commune": "; đối với xã cách trung tâm tỉnh từ 50 km trở lên, thời hạn được cộng thêm 05 ngày làm việc",
}


def synthetic(field_row, cls, n, rng, used):
    fid, fname, fname_en, owner, _w, legal, _o = field_row
    stream = names_for(field_row, rng)
    out = []
    for vi, en, res, res_en, is_doc in stream:
        if len(out) == n:
            break
        if vi in used:
            continue
        used.add(vi)
        tiers = TIERS[cls]
        if cls == "C" and fid in SAME_DAY_FIELDS:
            tiers = [(v, SAME_DAY_FIELDS[fid] if v == "same day" else w) for v, w in tiers]
        value = fix_unit(pick(rng, tiers))
        if cls == "I":
            level = "commune" if rng.random() < 0.15 else "province"
            shape = "inter-commune" if level == "commune" else "inter-province"
        else:
            level = "commune" if cls == "C" else "province"
            shape = choose_shape(rng, cls, value)
        w, authority, implemented, coord = with_for(shape, fid, owner, rng)
        tid, _name, _params, _wf = T.build(shape, T.tier_of(value))
        fees = fees_for(rng, shape, fid)
        if shape.endswith("-fee") and (not fees or fees[0].get("amount") == 0):
            fees = [{"name": "Lệ phí cấp giấy", "schedule": "nq-hdnd-dien-bien-2025"}]
        channels, online = channels_for(rng, fees)
        deadline = {"text": tier_text(value), "value": value}
        if value == "same day":
            deadline["cutoff"] = "15:00"
        conditions = None
        for cid, (cn, cen, ext) in T.SHAPE_CONDITIONS.get(shape, {}).items():
            conditions = {cid: {"name": cn, "name_en": cen, "extends": ext}}
            deadline["text"] += EXT_TEXT[cid]
        dossier = [{"name": f"Đơn đề nghị (mẫu chung lĩnh vực {fname})", "form": f"don-{fid}", "originals": 1}]
        pool = PERSON_DOSSIER_POOL if fid in PERSON_FIELDS else DOSSIER_POOL
        for name, orig, copies in rng.sample(pool, rng.randint(1, 3)):
            row = {"name": name}
            if orig:
                row["originals"] = orig
            if copies:
                row["copies"] = copies
            dossier.append(row)
        p = {"name": vi, "name_en": en, "field": fid, "level": level}
        if cls == "I":
            p["inter_level"] = ["commune", "province"]
        p.update({"authority": authority, "implemented_by": implemented})
        if coord:
            p["coordinating"] = coord
        p.update({"applicants": applicants_for(fid, rng), "channels": channels, "online_service": online, "deadline": deadline})
        if conditions:
            p["conditions"] = conditions
        if fees:
            p["fees"] = fees
        p.update({"dossier": dossier, "result": res, "result_en": res_en, "legal": list(legal),
                  "source": f"generated pattern {shape}", "workflow": {"template": tid, "with": w}, "_shape": (shape, T.tier_of(value))})
        out.append(p)
    if len(out) < n:
        raise SystemExit(f"field {fid}: only {len(out)} distinct names for {n} {cls} procedures; add objects")
    return out


def cls_of(p):
    return "I" if p.get("inter_level") else ("C" if p["level"] == "commune" else "P")


def plan_decisions(by_field, rng):
    """Assign the 111 announcing decisions: one base decision per field, the rest to the largest fields."""
    fields = [f for f in data_fields.FIELDS]
    sizes = [len(by_field[f[0]]) for f in fields]
    extra_total = 111 - len(fields)
    extra = scale([max(0, s - 8) for s in sizes], extra_total)
    later_dates = sorted(date(2025, 7, 10) + timedelta(days=rng.randint(0, 260)) for _ in range(extra_total))
    plan, number, k = [], 1502, 0
    base_dates = [date(2025, 6, 20) + timedelta(days=i % 10) for i in range(len(fields))]
    groups = []
    for i, f in enumerate(fields):
        groups.append((base_dates[i], f, 0))
        for j in range(extra[i]):
            groups.append((None, f, j + 1))
    # later decisions take dates in field order so numbers rise with dates
    later = [g for g in groups if g[0] is None]
    dated = [(later_dates[i], g[1], g[2]) for i, g in enumerate(later)]
    allg = sorted([g for g in groups if g[0] is not None] + dated, key=lambda g: (g[0], g[1][0], g[2]))
    for issued, f, j in allg:
        number += rng.randint(3, 40)
        effective = EFFECTIVE if issued < EFFECTIVE else issued
        owner_name = owner_display(f[3])
        plan.append({"id": f"qd-{number}-ubnd-{issued.year}", "number": f"{number}/QĐ-UBND", "field": f[0], "seq": j,
                     "field_name": f[1], "field_en": f[2], "owner_name": owner_name, "issued": issued, "effective": effective,
                     "what": "được chuẩn hóa" if j == 0 else "mới ban hành, được sửa đổi, bổ sung",
                     "what_en": "standardised" if j == 0 else "new and amended"})
        k += 1
    assert len(plan) == 111, len(plan)
    return plan


def owner_display(owner):
    for a in U.AGENCIES:
        if a[0] == owner:
            return a[1]
    for d in U.DECONCENTRATED:
        if d[0] == owner:
            return d[1]
    return owner


def template_id_parts(tid):
    if tid == "commune-same-day":
        return "commune-same-day", "same-day"
    shape = max((s for s in T.SHAPES if tid.startswith(s + "-")), key=len)
    return shape, tid[len(shape) + 1:]


def template_comment(shape):
    lines = [f"Shape {shape}: generated by Tools/catalog/templates.py."]
    if shape == "commune-same-day":
        lines.append("Fixed budgets: 4 working hours of the working day a same-day deadline gives.")
    else:
        lines.append("Step budgets are parameters (<step>-time): each procedure gives them in `with`,")
        lines.append("sized to its deadline so the longest path keeps about 20% slack.")
    for cid, (_n, _e, ext) in T.SHAPE_CONDITIONS.get(shape, {}).items():
        lines.append(f"Branches on {cid}: the procedure must declare it with extends: {ext}.")
    return lines


def build_all(rng):
    q = quotas()
    used = {p["name"] for p in data_published.PUBLISHED}
    published = []
    for p in data_published.PUBLISHED:
        p = dict(p)
        p["_published"] = True
        published.append(p)
    by_field = {f[0]: [p for p in published if p["field"] == f[0]] for f in data_fields.FIELDS}
    for f in data_fields.FIELDS:
        for cls in ("P", "C", "I"):
            have = sum(1 for p in by_field[f[0]] if cls_of(p) == cls)
            need = q[(f[0], cls)] - have
            if need < 0:
                raise SystemExit(f"{f[0]} {cls}: more published procedures than the quota")
            by_field[f[0]] += synthetic(f, cls, need, rng, used)
    # codes
    counters = {"1": 900000, "2": 900000}
    for f in data_fields.FIELDS:
        for p in by_field[f[0]]:
            if "code" not in p:
                lead = "2" if "business" in p["applicants"] else "1"
                counters[lead] += 1
                p["code"] = f"{lead}.{counters[lead]:06d}"
    # announcing decisions and effective dates
    plan = plan_decisions(by_field, rng)
    for f in data_fields.FIELDS:
        decisions = sorted([d for d in plan if d["field"] == f[0]], key=lambda d: d["seq"])
        procs = by_field[f[0]]
        syn = [p for p in procs if not p.get("_published")]
        rng.shuffle(syn)
        first_share = len(syn) if len(decisions) == 1 else int(len(syn) * 0.55)
        assignment = [decisions[0]] * first_share
        rest = len(syn) - first_share
        later = decisions[1:]
        for i in range(rest):
            assignment.append(later[i * len(later) // rest])
        for p, d in zip(syn, assignment):
            p["_decision"] = d
        for p in procs:
            if p.get("_published"):
                p["_decision"] = decisions[0]
    return by_field, plan


def finalize(p):
    d = p["_decision"]
    eff = d["effective"]
    legal = list(p["legal"])
    if any("schedule" in fee for fee in p.get("fees", [])) and "nq-hdnd-dien-bien-2025" not in legal:
        legal.append("nq-hdnd-dien-bien-2025")
    legal.append("nd-118-2025")
    if eff >= TT03_FROM:
        legal.append("tt-03-2025-vpcp")
    out = {k: v for k, v in p.items() if not k.startswith("_") and k not in ("legal", "source")}
    if p.get("_lint_suppress"):
        out["_lint_suppress"] = p["_lint_suppress"]
    out["legal_basis"] = legal
    out["announced_by"] = d["id"]
    out["effective"] = eff.isoformat()
    out["provenance"] = {"kind": "published" if p.get("_published") else "synthetic", "source": p["source"]}
    return out


def codeowners_text():
    lines = ["# Who maintains which part of the catalog. Teams are named after the provincial agencies",
             "# (GitHub team slugs of the tthc-dien-bien organisation; adjust to your organisation).",
             "# Later lines win. Paths are relative to this directory (Catalog/).",
             "",
             "*                      @tthc-dien-bien/office-admin-procedure-control",
             "/catalog.yaml          @tthc-dien-bien/office-admin-procedure-control",
             "/calendar/             @tthc-dien-bien/home-affairs",
             "/units/                @tthc-dien-bien/home-affairs",
             "/legal/                @tthc-dien-bien/justice",
             "/forms/                @tthc-dien-bien/office-admin-procedure-control",
             "/templates/            @tthc-dien-bien/office-admin-procedure-control",
             ""]
    for f in data_fields.FIELDS:
        lines.append(f"/procedures/*/{f[0]}/".ljust(50) + f"@tthc-dien-bien/{f[3]}")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, help="a new folder (never Catalog/: it is kept by hand)")
    args = ap.parse_args()
    root = os.path.normpath(args.out)
    if os.path.exists(os.path.join(root, "catalog.yaml")):
        sys.exit(f"gen_catalog.py: {root} holds a catalog (catalog.yaml), which this retired generator would "
                 "overwrite and strip of everything added by hand since; give --out a new folder")
    rng = random.Random(SEED)
    for sub in ("units", "legal", "forms", "templates", "procedures"):
        shutil.rmtree(os.path.join(root, sub), ignore_errors=True)

    write(root, "catalog.yaml", manifest_text())
    write(root, "fields.yaml", fields_text())
    write(root, "units/province.yaml", units_text([province_unit()], [
        "The Provincial People's Committee, its 14 specialised agencies (after the March 2025 mergers), their",
        "divisions and the 10 public service units, and the provincial Public Administration Service Center."]))
    write(root, "units/commune.yaml", units_text([commune_unit()], [
        "The structure every commune and ward has; procedures name commune.pasc, commune.chairman, ...",
        "and a case runs in one of the instances listed in communes.yaml."]))
    write(root, "units/deconcentrated.yaml", units_text(deconcentrated_units(), [
        "Deconcentrated agencies: they answer to their ministries, not to the Provincial People's Committee."]))
    write(root, "units/communes.yaml", communes_text())

    L = data_legal
    write(root, "legal/laws.yaml", legal_file(L.LAWS, ["Laws and codes of the National Assembly."] + LEGAL_HEADER))
    write(root, "legal/decrees.yaml", legal_file(L.DECREES, ["Government decrees."] + LEGAL_HEADER))
    write(root, "legal/circulars.yaml", legal_file(L.CIRCULARS, ["Circulars and joint circulars."] + LEGAL_HEADER))
    write(root, "legal/national-decisions.yaml", legal_file(L.DECISIONS, ["Decisions of the Prime Minister and the Government Office."] + LEGAL_HEADER))
    write(root, "legal/province-resolutions.yaml", legal_file(L.PROVINCE_RESOLUTIONS, [
        "Resolutions of the Provincial People's Council. SYNTHETIC number: the fee resolution is modelled, not checked."]))

    for rel, text in forms_texts().items():
        write(root, rel, text)

    by_field, plan = build_all(rng)
    write(root, "legal/announcing-decisions.yaml", announcing_decisions(plan))

    used_templates = set()
    cited = set()
    for f in data_fields.FIELDS:
        for p in by_field[f[0]]:
            out = finalize(p)
            cited.add(out["announced_by"])
            if "template" in out["workflow"]:
                # One template per shape; the procedure gives the budgets of its deadline tier.
                shape, tier = template_id_parts(out["workflow"]["template"])
                out["workflow"] = {"template": shape, "with": {**out["workflow"].get("with", {}), **T.budgets(shape, tier)}}
                used_templates.add(shape)
            write(root, f"procedures/{out['level']}/{out['field']}/{out['code']}.yaml", procedure_text(out))
    missing = {d["id"] for d in plan} - cited
    assert not missing, f"decisions announcing nothing: {sorted(missing)}"
    for shape in sorted(used_templates):
        _tid, name, params, wf = T.parameterized(shape)
        write(root, f"templates/{shape}.yaml", template_text(name, params, wf, template_comment(shape)))
    write(root, "CODEOWNERS", codeowners_text())
    total = sum(len(v) for v in by_field.values())
    print(f"wrote {total} procedures, {len(used_templates)} templates, {len(plan)} announcing decisions to {root}")


if __name__ == "__main__":
    main()
