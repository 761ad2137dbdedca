"""Workflow templates: a few shapes, each written once with its step budgets as parameters.

A template says who does what in which order; its step budgets are parameters
(`takes: $review-time`) that each procedure gives in `with`, computed here from the
procedure's deadline tier. `commune-same-day` has fixed budgets (its tier never changes).

Budgets: the longest path takes at most 80% of the working time the deadline guarantees
(same day = 8 working hours; N calendar days = the fewest working days any N-day window
holds, estimated as 5/7 of N less the 5 weekdays of a Tết break and one for rounding), so every workflow has slack.
"""

import math

HOURS_PER_DAY = 8


def tier_of(value):
    """Deadline value text -> tier key: 'same-day', '5wd', '15d'."""
    if value == "same day":
        return "same-day"
    n, unit = value.split(" ", 1)
    return f"{n}wd" if unit.startswith("working") else f"{n}d"


def available_hours(tier):
    if tier == "same-day":
        return HOURS_PER_DAY
    if tier.endswith("wd"):
        return int(float(tier[:-2]) * HOURS_PER_DAY)
    n = int(tier[:-1])
    # a 9-day Tết break (Saturday to Sunday) costs 5 weekdays beyond its two weekends
    return max(1, math.floor(n * 5 / 7) - 6) * HOURS_PER_DAY


def dur(hours):
    """Hours -> duration text (whole hours below a day, half days above)."""
    if hours < HOURS_PER_DAY:
        h = max(1, int(hours))
        return f"{h} working hour" + ("s" if h != 1 else "")
    days = math.floor(hours / 4) / 2
    text = f"{days:g}"
    return f"{text} working day" + ("s" if days != 1 else "")


def hrs(text):
    n, unit = text.split(" ", 1)
    return float(n) * (1 if "hour" in unit else HOURS_PER_DAY)


def _split(budget, *shares):
    """Split `budget` hours over shares; parts >= 1 h, rounded down to the duration grid."""
    total = sum(shares)
    parts = [dur(budget * s / total) for s in shares]
    return parts


def _small(budget):
    """Receipt/transfer/signature budget for a tier."""
    if budget < 40:
        return "1 working hour"
    if budget < 120:
        return "0.5 working day"
    return "1 working day"


SUPPLEMENT = {"supplement": "wait-applicant", "refuse": "refused", "withdraw": "withdrawn"}


def _review(by, takes, nxt, exits=True):
    step = {"by": by, "takes": takes, "next": nxt}
    if exits:
        step["may"] = dict(SUPPLEMENT)
    return step


def _endings(centre, resume="review"):
    return {
        "wait-applicant": {"wait": "applicant", "then": resume},
        "return": {"by": centre, "end": "issued"},
        "refused": {"by": centre, "end": "refused"},
        "withdrawn": {"by": centre, "end": "withdrawn"},
    }


def _plan(tier):
    """(budget hours, small step duration, small hours)."""
    budget = math.floor(available_hours(tier) * 0.8)
    small = _small(budget)
    return budget, small, hrs(small)


def commune_review(tier):
    b, s, sh = _plan(tier)
    steps = {
        "receive": {"by": "commune.pasc", "takes": s, "next": "transfer"},
        "transfer": {"by": "commune.pasc", "to": "$reviewer", "takes": s, "next": "review"},
        "review": _review("$reviewer", dur(b - 3 * sh), "sign"),
        "sign": {"by": "$signer", "takes": s, "next": "return"},
    }
    return "Tiếp nhận – thẩm định – ký duyệt – trả kết quả tại xã", ["reviewer", "signer"], steps


def commune_same_day(tier):
    steps = {
        "receive": {"by": "commune.pasc", "takes": "1 working hour", "next": "review"},
        "review": _review("$reviewer", "2 working hours", "sign"),
        "sign": {"by": "$signer", "takes": "1 working hour", "next": "return"},
    }
    return "Giải quyết trong ngày tại xã (một bước)", ["reviewer", "signer"], steps


def commune_verify(tier, extends_hours=40):
    b, s, sh = _plan(tier)
    steps = {
        "receive": {"by": "commune.pasc", "takes": s, "next": "check"},
        "check": {"choice": {"needs_verification": "verify", "otherwise": "review"}},
        "verify": {"by": "$reviewer", "takes": dur(extends_hours * 0.8), "next": "review"},
        "review": _review("$reviewer", dur(b - 2 * sh), "sign"),
        "sign": {"by": "$signer", "takes": s, "next": "return"},
    }
    return "Giải quyết tại xã, có xác minh khi cần (gia hạn)", ["reviewer", "signer"], steps


def commune_fee(tier):
    b, s, sh = _plan(tier)
    steps = {
        "receive": {"by": "commune.pasc", "takes": s, "next": "transfer"},
        "transfer": {"by": "commune.pasc", "to": "$reviewer", "takes": s, "next": "review"},
        "review": _review("$reviewer", dur(b - 4 * sh), "notify-fee"),
        "notify-fee": {"by": "commune.pasc", "takes": s, "next": "wait-payment"},
        "wait-payment": {"wait": "payment", "then": "sign"},
        "sign": {"by": "$signer", "takes": s, "next": "return"},
    }
    return "Giải quyết tại xã, thu phí, lệ phí trước khi trả kết quả", ["reviewer", "signer"], steps


def commune_site(tier):
    b, s, sh = _plan(tier)
    rem = b - 3 * sh
    steps = {
        "receive": {"by": "commune.pasc", "takes": s, "next": "review"},
        "review": _review("$reviewer", dur(rem * 0.3), "inspect"),
        "inspect": {"parallel": ["site-visit", "consult"], "join": "conclude"},
        "site-visit": {"by": "$reviewer", "takes": dur(rem * 0.4)},
        "consult": {"by": "$consult", "takes": dur(rem * 0.4)},
        "conclude": {"by": "$reviewer", "takes": dur(rem * 0.3), "next": "sign"},
        "sign": {"by": "$signer", "takes": s, "next": "return"},
    }
    return "Giải quyết tại xã, kiểm tra thực địa song song với lấy ý kiến", ["reviewer", "consult", "signer"], steps


def province_review(tier):
    b, s, sh = _plan(tier)
    steps = {
        "receive": {"by": "province.pasc", "takes": s, "next": "transfer"},
        "transfer": {"by": "province.pasc", "to": "$agency", "takes": s, "next": "review"},
        "review": _review("$reviewer", dur(b - 4 * sh), "approve"),
        "approve": {"by": "$signer", "takes": s, "next": "send-back"},
        "send-back": {"by": "$agency", "to": "province.pasc", "takes": s, "next": "return"},
    }
    return "Tiếp nhận tại Trung tâm tỉnh – thẩm định tại Sở – phê duyệt – trả kết quả", ["agency", "reviewer", "signer"], steps


def province_consult(tier):
    b, s, sh = _plan(tier)
    rem = b - 4 * sh
    steps = {
        "receive": {"by": "province.pasc", "takes": s, "next": "transfer"},
        "transfer": {"by": "province.pasc", "to": "$agency", "takes": s, "next": "review"},
        "review": _review("$reviewer", dur(rem * 0.25), "consult"),
        "consult": {"parallel": ["consult-a", "consult-b"], "join": "appraise"},
        "consult-a": {"by": "$first-consult", "takes": dur(rem * 0.45)},
        "consult-b": {"by": "$second-consult", "takes": dur(rem * 0.45)},
        "appraise": {"by": "$reviewer", "takes": dur(rem * 0.3), "next": "approve", "may": {"refuse": "refused"}},
        "approve": {"by": "$signer", "takes": s, "next": "send-back"},
        "send-back": {"by": "$agency", "to": "province.pasc", "takes": s, "next": "return"},
    }
    return "Thẩm định tại Sở, lấy ý kiến song song hai cơ quan", ["agency", "reviewer", "first-consult", "second-consult", "signer"], steps


def province_chairman(tier):
    b, s, sh = _plan(tier)
    rem = b - 4 * sh
    steps = {
        "receive": {"by": "province.pasc", "takes": s, "next": "transfer"},
        "transfer": {"by": "province.pasc", "to": "$agency", "takes": s, "next": "review"},
        "review": _review("$reviewer", dur(rem * 0.6), "submit"),
        "submit": {"by": "$agency", "to": "province.office", "takes": s, "next": "office-check"},
        "office-check": {"by": "province.office", "takes": dur(rem * 0.2), "next": "approve"},
        "approve": {"by": "$signer", "takes": dur(rem * 0.2), "next": "send-back"},
        "send-back": {"by": "province.office", "to": "province.pasc", "takes": s, "next": "return"},
    }
    return "Sở thẩm định, trình Ủy ban nhân dân tỉnh quyết định", ["agency", "reviewer", "signer"], steps


def province_fee(tier):
    b, s, sh = _plan(tier)
    steps = {
        "receive": {"by": "province.pasc", "takes": s, "next": "transfer"},
        "transfer": {"by": "province.pasc", "to": "$agency", "takes": s, "next": "review"},
        "review": _review("$reviewer", dur(b - 5 * sh), "notify-fee"),
        "notify-fee": {"by": "province.pasc", "takes": s, "next": "wait-payment"},
        "wait-payment": {"wait": "payment", "then": "approve"},
        "approve": {"by": "$signer", "takes": s, "next": "send-back"},
        "send-back": {"by": "$agency", "to": "province.pasc", "takes": s, "next": "return"},
    }
    return "Thẩm định tại Sở, nộp phí, lệ phí trước khi cấp", ["agency", "reviewer", "signer"], steps


def province_verify(tier, extends_hours=40):
    b, s, sh = _plan(tier)
    steps = {
        "receive": {"by": "province.pasc", "takes": s, "next": "transfer"},
        "transfer": {"by": "province.pasc", "to": "$agency", "takes": s, "next": "review"},
        "review": _review("$reviewer", dur(b - 4 * sh), "check"),
        "check": {"choice": {"needs_site_inspection": "inspect", "otherwise": "approve"}},
        "inspect": {"by": "$reviewer", "takes": dur(extends_hours * 0.8), "next": "approve"},
        "approve": {"by": "$signer", "takes": s, "next": "send-back"},
        "send-back": {"by": "$agency", "to": "province.pasc", "takes": s, "next": "return"},
    }
    return "Thẩm định tại Sở, kiểm tra thực tế khi cần (gia hạn)", ["agency", "reviewer", "signer"], steps


def inter_province(tier, remote_hours=40):
    b, s, sh = _plan(tier)
    rem = b - 4 * sh
    steps = {
        "receive": {"by": "commune.pasc", "takes": s, "next": "verify"},
        "verify": _review("$verifier", dur(rem * 0.25), "route"),
        "route": {"choice": {"remote_commune": "postal-transfer", "otherwise": "transfer"}},
        "transfer": {"by": "commune.pasc", "to": "$agency", "takes": s, "next": "appraise"},
        "postal-transfer": {"by": "commune.pasc", "to": "$agency", "takes": dur(remote_hours * 0.8), "next": "appraise"},
        "appraise": {"by": "$reviewer", "takes": dur(rem * 0.75), "next": "approve", "may": {"refuse": "refused"}},
        "approve": {"by": "$signer", "takes": s, "next": "send-back"},
        "send-back": {"by": "$agency", "to": "commune.pasc", "takes": s, "next": "return"},
    }
    steps = {k: v for k, v in steps.items()}
    return ("Liên thông: xã tiếp nhận, xác nhận; Sở quyết định; xã trả kết quả (xã xa thêm 05 ngày)",
            ["verifier", "agency", "reviewer", "signer"], steps)


def inter_commune(tier):
    b, s, sh = _plan(tier)
    rem = b - 4 * sh
    steps = {
        "receive": {"by": "commune.pasc", "takes": s, "next": "review"},
        "review": _review("$reviewer", dur(rem * 0.35), "refer"),
        "refer": {"by": "$reviewer", "to": "$appraiser", "takes": s, "next": "appraise"},
        "appraise": {"by": "$appraiser", "takes": dur(rem * 0.65), "next": "send-back"},
        "send-back": {"by": "$appraiser", "to": "$signer", "takes": s, "next": "sign"},
        "sign": {"by": "$signer", "takes": s, "next": "return"},
    }
    return ("Liên thông: xã tiếp nhận và quyết định sau khi cơ quan cấp tỉnh thẩm định",
            ["reviewer", "appraiser", "signer"], steps)


SHAPES = {
    "commune-same-day": commune_same_day, "commune-review": commune_review, "commune-verify": commune_verify,
    "commune-fee": commune_fee, "commune-site": commune_site, "province-review": province_review,
    "province-consult": province_consult, "province-chairman": province_chairman, "province-fee": province_fee,
    "province-verify": province_verify, "inter-province": inter_province, "inter-commune": inter_commune,
}
# Conditions a shape branches on (the procedure must declare them, with these extensions).
SHAPE_CONDITIONS = {
    "commune-verify": {"needs_verification": ("Cần xác minh", "Verification needed", "5 working days")},
    "province-verify": {"needs_site_inspection": ("Cần kiểm tra thực tế", "Site inspection needed", "5 working days")},
    "inter-province": {"remote_commune": ("Xã cách trung tâm tỉnh từ 50 km trở lên", "Commune 50 km or more from the provincial centre", "5 working days")},
}


def build(shape, tier):
    """-> (template id, name, params, workflow {start, steps}) with endings added."""
    name, params, steps = SHAPES[shape](tier)
    centre = "province.pasc" if shape.startswith("province") else "commune.pasc"
    steps = dict(steps)
    if not any(st.get("wait") == "payment" for st in steps.values()):
        # A fee per dossier is paid when the dossier is received: the centre may send the
        # applicant to pay, and the statutory clock waits (lint rule fee-without-payment-step).
        receive = dict(steps["receive"])
        receive["may"] = {"pay": "wait-fee", **receive.get("may", {})}
        steps["receive"] = receive
        steps["wait-fee"] = {"wait": "payment", "then": receive["next"]}
    resume = next((k for k, st in steps.items() if "supplement" in st.get("may", {})), "review")
    endings = _endings(centre, resume)
    uses_supplement = any("supplement" in st.get("may", {}) for st in steps.values())
    uses_withdraw = any("withdraw" in st.get("may", {}) for st in steps.values())
    for key, st in endings.items():
        if key == "wait-applicant" and not uses_supplement:
            continue
        if key == "withdrawn" and not uses_withdraw:
            continue
        steps[key] = st
    tid = shape if shape == "commune-same-day" else f"{shape}-{tier}"
    return tid, name, params, {"start": "receive", "steps": steps}


def budget_param(step_id):
    return f"{step_id}-time"


def parameterized(shape):
    """-> (template id, name, params, workflow) with every `takes` a parameter (but same-day)."""
    tid, name, params, wf = build(shape, "5wd" if shape != "commune-same-day" else "same-day")
    if shape == "commune-same-day":
        return tid, name, params, wf
    steps = {}
    budget_params = []
    for sid, st in wf["steps"].items():
        st = dict(st)
        if "takes" in st:
            st["takes"] = "$" + budget_param(sid)
            budget_params.append(budget_param(sid))
        steps[sid] = st
    return shape, name, params + budget_params, {"start": wf["start"], "steps": steps}


def budgets(shape, tier):
    """The `with` values of a shape's budget parameters for a deadline tier."""
    if shape == "commune-same-day":
        return {}
    wf = build(shape, tier)[3]
    return {budget_param(sid): st["takes"] for sid, st in wf["steps"].items() if "takes" in st}


def longest_hours(workflow, credits=None):
    """Longest main-path budget in hours (mirrors the checker's rule) for self-tests."""
    steps, credits = workflow["steps"], credits or {}
    memo = {}

    def go(sid):
        if sid in memo:
            return memo[sid]
        st = steps[sid]
        own = hrs(st["takes"]) if "takes" in st else 0
        if "choice" in st:
            best = max(go(t) - credits.get(f, 0) for f, t in st["choice"].items())
        elif "parallel" in st:
            best = max(go(br) for br in st["parallel"]) + go(st["join"])
        elif "wait" in st:
            best = go(st["then"])
        elif "next" in st:
            best = go(st["next"])
        else:
            best = 0
        memo[sid] = own + best
        return memo[sid]

    return go(workflow["start"])
