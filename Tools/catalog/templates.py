"""Workflow templates, generated from a few shapes and a deadline tier.

A template's step budgets are fixed in its file (the format substitutes `$param` only in
`by`, `to`, `call` and end `by`), so each shape is written once per deadline tier it is
used with: `province-review-10wd`, `commune-review-same-day`, `xay-dung-15d`, ...

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
    if budget < 24:
        return "1 working hour"
    if budget < 80:
        return "0.5 working day"
    return "1 working day"


SUPPLEMENT = {"supplement": "wait-applicant", "refuse": "refused", "withdraw": "withdrawn"}


def _review(by, takes, nxt, exits=True):
    step = {"by": by, "takes": takes, "next": nxt}
    if exits:
        step["may"] = dict(SUPPLEMENT)
    return step


def _endings(centre):
    return {
        "wait-applicant": {"wait": "applicant", "then": "review"},
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
