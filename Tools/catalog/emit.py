"""Writes catalog entries as hand-kept YAML text (block style for structure, flow for rows)."""

from yamltext import scalar, flow, flow_seq, kv

ORDER = ["code", "name", "name_en", "field", "level", "inter_level", "authority", "implemented_by", "coordinating",
         "applicants", "channels", "online_service", "deadline", "conditions", "fees", "dossier", "result", "result_en",
         "legal_basis", "announced_by", "effective", "provenance", "workflow"]
STEP_ORDER = ["name", "by", "to", "takes", "call", "wait", "choice", "parallel", "join", "then", "next", "may", "end"]


def step_text(sid, step, indent):
    pad = " " * indent
    ordered = {k: step[k] for k in STEP_ORDER if k in step}
    if "may" not in step and "choice" not in step:
        return [f"{pad}{sid}: {flow(ordered)}"]
    lines = [f"{pad}{sid}:"]
    for k, v in ordered.items():
        lines.append(kv(k, v, indent + 2))
    return lines


def workflow_lines(wf, indent):
    pad = " " * indent
    if "template" in wf:
        lines = [f"{pad}template: {wf['template']}"]
        if wf.get("with"):
            line = f"{pad}with: {flow(wf['with'])}"
            if len(line) <= 110:
                lines.append(line)
            else:
                lines.append(f"{pad}with:")
                lines += [f"{pad}  {k}: {v}" for k, v in wf["with"].items()]
        return lines
    lines = [f"{pad}start: {wf['start']}", f"{pad}steps:"]
    for sid, st in wf["steps"].items():
        lines += step_text(sid, st, indent + 2)
    return lines


def procedure_text(p):
    out = []
    for key in ORDER:
        if key not in p:
            continue
        v = p[key]
        if key == "deadline":
            out.append("deadline:")
            for dk in ("text", "value", "cutoff", "clock_start", "cap"):
                for rule, reason in p.get("_lint_suppress", {}).get(f"deadline.{dk}", []):
                    out.append(f"  # tthc-lint: disable-next-line {rule} -- {reason}")
                if dk in v:
                    val = v[dk]
                    out.append(f"  {dk}: " + ('"' + val.replace('"', '\\"') + '"' if dk == "text" else scalar(val)))
        elif key == "conditions":
            out.append("conditions:")
            for cid, c in v.items():
                out.append(f"  {cid}:")
                out += [kv(ck, cv, 4) for ck, cv in c.items()]
        elif key in ("fees", "dossier"):
            out.append(f"{key}:")
            out += [f"  - {flow(row)}" for row in v]
        elif key == "channels" and any(isinstance(c, dict) for c in v):
            out.append("channels:")
            out += [f"  - {flow(c) if isinstance(c, dict) else scalar(c)}" for c in v]
        elif key == "workflow":
            out.append("workflow:")
            out += workflow_lines(v, 2)
        else:
            out.append(kv(key, v))
    return "\n".join(out) + "\n"


def template_text(name, params, wf, comment=None):
    lines = []
    if comment:
        lines += [f"# {c}" if c else "#" for c in comment]
    lines += [f"name: {scalar(name)}", f"params: {flow_seq(params)}", "workflow:"]
    lines += workflow_lines(wf, 2)
    return "\n".join(lines) + "\n"


def rows_file(key, rows, header=None):
    """A file of one list of flat rows: `key:` then `  - { ... }`."""
    lines = [f"# {h}" if h else "#" for h in (header or [])]
    lines.append(f"{key}:")
    for row in rows:
        if isinstance(row, str):
            lines.append(f"  # {row}")
        else:
            lines.append(f"  - {flow(row)}")
    return "\n".join(lines) + "\n"


def block_rows_file(key, rows, header=None):
    """Rows written as block mappings (long legal titles read better so)."""
    lines = [f"# {h}" if h else "#" for h in (header or [])]
    lines.append(f"{key}:")
    for row in rows:
        if isinstance(row, str):
            lines.append(f"  # {row}")
            continue
        first = True
        for k, v in row.items():
            lines.append(("  - " if first else "    ") + kv(k, v).lstrip())
            first = False
    return "\n".join(lines) + "\n"
