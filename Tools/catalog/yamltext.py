"""YAML text helpers for the catalog tools (Python 3 standard library only).

Two halves:

* writing: `scalar()` quotes a value only when YAML (1.1 or 1.2) could read it
  differently from the text, and `flow()` writes a short `{ key: value }` row;
* reading: `load()` parses the subset of YAML the catalog uses (block mappings
  and sequences, one-line flow collections, plain and quoted scalars, comments)
  into dicts, lists and strings. Every scalar stays a string. Duplicate keys,
  tabs, anchors and aliases are errors. It is not a general YAML parser; it is
  enough to check the catalog without a third-party library.
"""

import re
import unicodedata

# ---------------------------------------------------------------- writing

_YAML11_SPECIAL = re.compile(
    r"""^(?:
        ~|null|Null|NULL|
        y|Y|yes|Yes|YES|n|N|no|No|NO|
        true|True|TRUE|false|False|FALSE|
        on|On|ON|off|Off|OFF|
        [-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)|
        [-+]?(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][-+]?[0-9]+)?|
        [-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|
        [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?|
        <<|=
    )$""",
    re.X,
)
_CODE = re.compile(r"^[0-9]\.[0-9]{6}(?:\.[A-Za-z0-9]+)?$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_START_SPECIAL = set("-?:,[]{}#&*!|>'\"%@`")


def needs_quotes(text, in_flow=False, allow_code=True, allow_date=False):
    """True when `text` cannot be written plain without changing its meaning."""
    if text == "" or text != text.strip():
        return True
    if allow_code and _CODE.match(text):
        return False  # procedure codes are plain by convention (the loader reads them as text)
    if allow_date and _DATE.match(text):
        return False
    if _YAML11_SPECIAL.match(text):
        return True
    if text[0] in _START_SPECIAL:
        return True
    if ": " in text or " #" in text or text.endswith(":") or "\t" in text or "\n" in text:
        return True
    if in_flow and any(c in text for c in ",[]{}"):
        return True
    return False


def scalar(value, in_flow=False, date=False):
    """Write one scalar: plain when safe, otherwise double-quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = unicodedata.normalize("NFC", str(value))
    if not needs_quotes(text, in_flow=in_flow, allow_date=date):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow_seq(items):
    return "[" + ", ".join(flow(i) if isinstance(i, dict) else scalar(i, in_flow=True) for i in items) + "]"


def flow(mapping):
    """A one-line flow mapping; values may be scalars, lists of scalars or mappings."""
    parts = []
    for key, value in mapping.items():
        if isinstance(value, dict):
            parts.append(f"{key}: {flow(value)}")
        elif isinstance(value, list):
            parts.append(f"{key}: {flow_seq(value)}")
        else:
            parts.append(f"{key}: {scalar(value, in_flow=True, date=key in DATE_KEYS)}")
    return "{ " + ", ".join(parts) + " }"


DATE_KEYS = {"issued", "effective", "expires"}


def kv(key, value, indent=0):
    pad = " " * indent
    if isinstance(value, list):
        return f"{pad}{key}: {flow_seq(value)}"
    if isinstance(value, dict):
        return f"{pad}{key}: {flow(value)}"
    return f"{pad}{key}: {scalar(value, date=key in DATE_KEYS)}"


# ---------------------------------------------------------------- reading


class YAMLError(Exception):
    pass


def _strip_comment(line):
    """Remove a trailing comment that is outside quotes."""
    out, quote, i = [], None, 0
    while i < len(line):
        c = line[i]
        if quote:
            out.append(c)
            if quote == '"' and c == "\\" and i + 1 < len(line):
                out.append(line[i + 1])
                i += 2
                continue
            if c == quote:
                if quote == "'" and i + 1 < len(line) and line[i + 1] == "'":
                    out.append("'")
                    i += 2
                    continue
                quote = None
        else:
            if c == "#" and (i == 0 or line[i - 1] in " \t"):
                break
            if c in "\"'" and (i == 0 or line[i - 1] in " [{,:-"):
                quote = c
            out.append(c)
        i += 1
    return "".join(out).rstrip()


def _unquote(text, where):
    text = text.strip()
    if text.startswith('"'):
        if not text.endswith('"') or len(text) < 2:
            raise YAMLError(f"{where}: unterminated double-quoted scalar")
        body, out, i = text[1:-1], [], 0
        while i < len(body):
            c = body[i]
            if c == "\\":
                nxt = body[i + 1]
                out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}.get(nxt, nxt))
                i += 2
            else:
                out.append(c)
                i += 1
        return "".join(out)
    if text.startswith("'"):
        if not text.endswith("'") or len(text) < 2:
            raise YAMLError(f"{where}: unterminated single-quoted scalar")
        return text[1:-1].replace("''", "'")
    if text[:1] in ("&", "*"):
        raise YAMLError(f"{where}: anchors and aliases are not allowed in the catalog")
    if text[:1] in ("|", ">"):
        raise YAMLError(f"{where}: block scalars are not used in the catalog")
    return text


class _Flow:
    def __init__(self, text, where):
        self.s, self.i, self.where = text, 0, where

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] == " ":
            self.i += 1

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            return self.mapping()
        if c == "[":
            return self.sequence()
        return self.scalar()

    def scalar(self):
        self.ws()
        start = self.i
        if self.s[self.i] in "\"'":
            q = self.s[self.i]
            self.i += 1
            while self.i < len(self.s):
                if q == '"' and self.s[self.i] == "\\":
                    self.i += 2
                    continue
                if self.s[self.i] == q:
                    if q == "'" and self.s[self.i + 1: self.i + 2] == "'":
                        self.i += 2
                        continue
                    break
                self.i += 1
            self.i += 1
            return _unquote(self.s[start:self.i], self.where)
        while self.i < len(self.s) and self.s[self.i] not in ",]}":
            if self.s[self.i] == ":" and self.s[self.i + 1: self.i + 2] in (" ", ""):
                break
            self.i += 1
        return _unquote(self.s[start:self.i].strip(), self.where)

    def mapping(self):
        self.i += 1
        out = {}
        while True:
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return out
            key = self.scalar()
            self.ws()
            if self.s[self.i] != ":":
                raise YAMLError(f"{self.where}: expected ':' after {key!r} in a flow mapping")
            self.i += 1
            if key in out:
                raise YAMLError(f"{self.where}: duplicate key {key!r}")
            out[key] = self.value()
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1

    def sequence(self):
        self.i += 1
        out = []
        while True:
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return out
            out.append(self.value())
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1


def _inline(text, where):
    text = text.strip()
    if text.startswith("{") or text.startswith("["):
        parser = _Flow(text, where)
        try:
            value = parser.value()
        except IndexError:
            raise YAMLError(f"{where}: unterminated flow collection") from None
        if text[parser.i:].strip():
            raise YAMLError(f"{where}: text after a flow collection")
        return value
    return _unquote(text, where)


_KEY = re.compile(r'^("(?:[^"\\]|\\.)*"|[^\s"\'#\[\]{},][^:]*?)\s*:(?:\s+(.*))?$')


def load(text, name="<text>"):
    if "\t" in text:
        raise YAMLError(f"{name}: tab character")
    lines = []
    for n, raw in enumerate(text.split("\n"), 1):
        if raw.strip() == "---":
            continue
        body = _strip_comment(raw)
        if body.strip():
            lines.append((n, len(body) - len(body.lstrip(" ")), body.strip()))
    pos = [0]

    def block(indent):
        n, ind, body = lines[pos[0]]
        if body == "-" or body.startswith("- "):
            return seq(ind)
        return mapping(ind)

    def mapping(indent, first=None):
        out = {}
        while pos[0] < len(lines):
            n, ind, body = lines[pos[0]] if first is None else first
            if first is None and ind != indent:
                if ind > indent:
                    raise YAMLError(f"{name}:{n}: unexpected indentation")
                break
            first = None
            m = _KEY.match(body)
            if not m or body.startswith("- "):
                raise YAMLError(f"{name}:{n}: expected 'key: value'")
            key = _unquote(m.group(1), f"{name}:{n}")
            rest = m.group(2)
            if key in out:
                raise YAMLError(f"{name}:{n}: duplicate key {key!r}")
            pos[0] += 1
            if rest is None or rest == "":
                if pos[0] < len(lines) and (lines[pos[0]][1] > indent or (
                        lines[pos[0]][1] == indent and lines[pos[0]][2].startswith("- "))):
                    out[key] = block(lines[pos[0]][1])
                else:
                    raise YAMLError(f"{name}:{n}: empty value for {key!r}")
            else:
                out[key] = _inline(rest, f"{name}:{n}")
        return out

    def seq(indent):
        out = []
        while pos[0] < len(lines):
            n, ind, body = lines[pos[0]]
            if ind != indent or not (body == "-" or body.startswith("- ")):
                if ind > indent:
                    raise YAMLError(f"{name}:{n}: unexpected indentation")
                break
            rest = body[2:].strip()
            item_indent = ind + 2
            if rest == "":
                pos[0] += 1
                out.append(block(lines[pos[0]][1]))
            elif rest[0] in "{[\"'" or not _KEY.match(rest):
                pos[0] += 1
                out.append(_inline(rest, f"{name}:{n}"))
            else:
                out.append(mapping(item_indent, first=(n, item_indent, rest)))
        return out

    if not lines:
        return None
    value = block(0)
    if pos[0] != len(lines):
        raise YAMLError(f"{name}:{lines[pos[0]][0]}: unexpected content")
    return value


def load_file(path):
    with open(path, encoding="utf-8") as f:
        return load(f.read(), str(path))
