"""Parses the douyin_webcast.proto text (messages, nested messages, enums, maps)."""
import re, sys, json
def parse(path):
    msgs = {}   # full name -> dict(name, fields=[...], parent)
    enums = {}  # full name -> [(name, num)]
    stack = []
    kind_stack = []
    for raw in open(path, encoding="utf-8"):
        line = raw.split("//")[0].strip()
        if not line or line.startswith("syntax") or line.startswith("package"):
            continue
        m = re.match(r"message (\w+) \{$", line)
        if m:
            full = ".".join(stack + [m.group(1)])
            msgs[full] = {"fields": [], "scope": list(stack)}
            stack.append(m.group(1)); kind_stack.append("m"); continue
        m = re.match(r"enum (\w+) \{$", line)
        if m:
            full = ".".join(stack + [m.group(1)])
            enums[full] = []
            stack.append(m.group(1)); kind_stack.append("e"); continue
        if line == "}":
            stack.pop(); kind_stack.pop(); continue
        full = ".".join(stack)
        if kind_stack and kind_stack[-1] == "e":
            m = re.match(r"(\w+) = (-?\d+);$", line); assert m, line
            enums[full].append((m.group(1), int(m.group(2)))); continue
        m = re.match(r"map<(\w+), ([\w.]+)> (\w+) = (\d+);$", line)
        if m:
            msgs[full]["fields"].append({"label": "map", "key": m.group(1), "type": m.group(2), "name": m.group(3), "num": int(m.group(4))}); continue
        m = re.match(r"(repeated )?([\w.]+) (\w+) = (\d+);$", line)
        assert m, repr(line)
        msgs[full]["fields"].append({"label": "repeated" if m.group(1) else "single", "type": m.group(2), "name": m.group(3), "num": int(m.group(4))})
    return msgs, enums

SCALARS = {"int32","int64","uint32","uint64","sint32","sint64","fixed32","fixed64","sfixed32","sfixed64","bool","string","bytes","double","float"}
def resolve(msgs, enums, scope_full, tname):
    if tname in SCALARS: return ("scalar", tname)
    parts = scope_full.split(".")
    for i in range(len(parts), -1, -1):
        cand = ".".join(parts[:i] + [tname])
        if cand in msgs: return ("message", cand)
        if cand in enums: return ("enum", cand)
    raise KeyError((scope_full, tname))

def closure(msgs, enums, roots):
    seen = set(); todo = list(roots); es=set()
    while todo:
        t = todo.pop()
        if t in seen: continue
        seen.add(t)
        for f in msgs[t]["fields"]:
            k, r = resolve(msgs, enums, t, f["type"])
            if k == "message": todo.append(r)
            if k == "enum": es.add(r)
    return seen, es
