#!/usr/bin/env python3
"""Regenerates policy-core/src/main/resources/dev/guidepost/check/settings/settings-keys.json
from SchemaStore's Claude Code settings schema (draft-07, src/schemas/json/claude-code-settings.json).

Usage: python3 generate-settings-keys.py SCHEMA.json > settings-keys.json
Then review the diff (tool lists under "permissionTools" come from $defs/permissionRule's pattern).
The build never runs this script; the JSON it writes is the single source of known keys.
"""
import json
import re
import sys

TYPE_ORDER = ["object", "array", "string", "integer", "number", "boolean", "null"]


def resolve(schema, node):
    while isinstance(node, dict) and "$ref" in node:
        path = node["$ref"].lstrip("#/").split("/")
        target = schema
        for part in path:
            target = target[part]
        node = target
    return node


def spec(schema, node, depth=0):
    node = resolve(schema, node)
    out = {}
    types = set()
    enums = []
    patterns = []
    keys = {}
    closed = None
    values = None
    items = None
    alternatives = node.get("anyOf", []) + node.get("oneOf", [])
    parts = [node] + [resolve(schema, a) for a in alternatives]
    for part in parts:
        t = part.get("type")
        if isinstance(t, list):
            types.update(t)
        elif t:
            types.add(t)
        if "const" in part:
            enums.append(part["const"])
            types.add(type_of(part["const"]))
        for e in part.get("enum", []):
            if e not in enums:
                enums.append(e)
            types.add(type_of(e))
        if "pattern" in part and part.get("type") == "string" and part is not node or ("pattern" in part and "enum" in node):
            patterns.append(part["pattern"])
        if "properties" in part:
            types.add("object")
            for k, v in part["properties"].items():
                sub = spec(schema, v, depth + 1)
                if k in keys:
                    keys[k] = merge(keys[k], sub)
                else:
                    keys[k] = sub
        ap = part.get("additionalProperties")
        if ap is False and "properties" in part:
            closed = True if closed is None else closed
        elif isinstance(ap, dict):
            values = spec(schema, ap, depth + 1)
            closed = False
        elif "properties" in part:
            closed = False
        if "patternProperties" in part:
            closed = False
            for pv in part["patternProperties"].values():
                values = spec(schema, pv, depth + 1)
        if "items" in part and isinstance(part["items"], dict):
            sub = spec(schema, part["items"], depth + 1)
            items = sub if items is None else merge(items, sub)
    if types:
        out["type"] = sorted(types, key=TYPE_ORDER.index) if len(types) > 1 else next(iter(types))
    if enums:
        out["enum"] = enums
        if patterns:
            out["pattern"] = patterns[0]
    if keys:
        out["keys"] = keys
        out["closed"] = bool(closed)
    if values:
        out["values"] = values
    if items:
        out["items"] = items
    return out


def merge(a, b):
    result = dict(a)
    ta = a.get("type", [])
    tb = b.get("type", [])
    ta = ta if isinstance(ta, list) else [ta]
    tb = tb if isinstance(tb, list) else [tb]
    types = sorted(set(ta) | set(tb), key=TYPE_ORDER.index)
    if types:
        result["type"] = types if len(types) > 1 else types[0]
    if "enum" in a or "enum" in b:
        if "enum" in a and "enum" in b:
            result["enum"] = a["enum"] + [e for e in b["enum"] if e not in a["enum"]]
        else:
            result.pop("enum", None)
    if "keys" in b:
        keys = dict(a.get("keys", {}))
        for k, v in b["keys"].items():
            keys[k] = merge(keys[k], v) if k in keys else v
        result["keys"] = keys
        result["closed"] = a.get("closed", True) and b.get("closed", True)
    for k in ("values", "items"):
        if k in b and k not in result:
            result[k] = b[k]
    return result


def type_of(value):
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"


def main():
    schema = json.load(open(sys.argv[1]))
    settings = spec(schema, {k: v for k, v in schema.items() if k in ("type", "properties")})
    settings["closed"] = False
    pattern = schema["$defs"]["permissionRule"]["pattern"]
    tools = re.search(r"\(\(([A-Za-z|]+)\)", pattern).group(1).split("|")
    doc = {
        "about": [
            "Known Claude Code settings keys, generated from SchemaStore's claude-code-settings.json",
            "(draft-07, commit " + (sys.argv[2] if len(sys.argv) > 2 else "unknown") + ") by",
            "policy-core/scripts/generate-settings-keys.py. To update: download the current schema, run",
            "'python3 scripts/generate-settings-keys.py schema.json COMMIT > <this file>', keep the",
            "hand-written sections below (renamedTools, pathRuleTools, unconsultedPathTools) and review.",
            "Each spec: type (one or a list), enum, pattern (alternative to enum), keys + closed (objects),",
            "values (map values of open objects), items (array items)."
        ],
        "permissionTools": tools,
        "renamedTools": {"Task": "Agent"},
        "pathRuleTools": {"Read": ["Read", "Glob", "Grep"], "Edit": ["Edit", "Write", "MultiEdit", "NotebookEdit"]},
        "unconsultedPathTools": {"Write": "Edit", "MultiEdit": "Edit", "NotebookEdit": "Edit", "Glob": "Read", "Grep": "Read"},
        "settings": settings,
    }
    json.dump(doc, sys.stdout, indent=1)
    sys.stdout.write("\n")


main()
