#!/usr/bin/env python3
"""Regenerates settings-keys.json and permission-tools.json in
policy-core/src/main/resources/dev/guidepost/check/settings/ from SchemaStore's Claude Code settings
schema (draft-07, src/schemas/json/claude-code-settings.json).

Usage: python3 generate-settings-keys.py SCHEMA.json COMMIT FOLDER
Then review the diff (tool lists under "permissionTools" come from $defs/permissionRule's pattern).
The build never runs this script; the JSON it writes is the single source of known keys. The tool
names are a file of their own so that checks which only need them do not read the settings keys.
"""
import json
import os
import re
import sys

# The tool names Claude Code 2.1.328 itself knows (besides the schema's list); a rule naming
# another tool is kept by Claude Code but never matches.
CLAUDE_CODE_TOOLS = ["Agent", "Artifact", "AskUserQuestion", "Bash", "CronCreate", "CronDelete", "CronList",
                     "Edit", "EnterPlanMode", "EnterWorktree", "ExitPlanMode", "ExitWorktree", "Glob", "Grep",
                     "ListAgents", "ListMcpResourcesTool", "LSP", "Monitor", "NotebookEdit", "NotebookRead",
                     "PowerShell", "PushNotification", "Read", "ReadMcpResourceDirTool", "ReadMcpResourceTool",
                     "RemoteTrigger", "ScheduleWakeup", "SendMessage", "SendUserMessage", "SetGoal", "Skill",
                     "TaskCreate", "TaskGet", "TaskList", "TaskStop", "TaskUpdate", "TodoWrite", "ToolSearch",
                     "WebFetch", "WebSearch", "Write"]

TYPE_ORDER = ["object", "array", "string", "integer", "number", "boolean", "null"]


def resolve(schema, node):
    while isinstance(node, dict) and "$ref" in node:
        path = node["$ref"].lstrip("#/").split("/")
        target = schema
        for part in path:
            target = target[part]
        node = target
    return node


def variants(schema, node):
    """A closed anyOf whose every branch fixes "type" with a const: one shape per type value."""
    branches = [resolve(schema, a) for a in node.get("anyOf", [])]
    if len(branches) < 2:
        return None
    shapes = {}
    for branch in branches:
        const = branch.get("properties", {}).get("type", {}).get("const")
        if const is None:
            return None
        shapes[const] = spec(schema, {k: v for k, v in branch.items()})
    return {"key": "type", "shapes": shapes}


def spec(schema, node, depth=0):
    node = resolve(schema, node)
    shaped = variants(schema, node)
    if shaped is not None:
        return {"type": "object", "variants": shaped}
    out = {}
    types = set()
    enums = []
    patterns = []
    keys = {}
    closed = None
    values = None
    items = None
    required = list(node.get("required", []))
    bounds = {k: node[k] for k in ("minimum", "exclusiveMinimum", "maximum") if k in node}
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
    if required:
        out["required"] = required
    out.update(bounds)
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


# What Claude Code itself accepts where it differs from the schema, found by running
# `claude doctor` (Claude Code 2.1.328) over the corpus in
# policy-core/src/test/resources/claude-doctor/ and over a file giving every key a wrong type:
#   lenient: Claude Code loads the file whatever the value (a wrong type or value is a warning);
#   effect "key": Claude Code drops only this key (a warning of its own), not the whole file;
#   enum / type: the values Claude Code actually accepts.
CLAUDE_CODE = {
    "version": "2.1.328",
    "lenient": ["effortLevel", "enabledMcpjsonServers", "disabledMcpjsonServers", "skippedMarketplaces",
                "skippedPlugins", "forceLoginMethod", "spinnerTipsOverride", "strictPluginOnlyCustomization",
                "viewMode", "subagentStatusLine", "editorMode", "preferredNotifChannel", "sshHostAllowlist",
                "theme", "footerLinksRegexes", "policyHelper", "leftArrowOpensAgents", "env.*"],
    "keyEffect": ["extraKnownMarketplaces", "allowedMcpServers", "deniedMcpServers", "teammateMode",
                  "managedMcpServers"],
    "enum": {"permissions.defaultMode": ["acceptEdits", "auto", "bypassPermissions", "default", "dontAsk",
                                         "plan", "manual"],
             "autoUpdatesChannel": ["stable", "latest", "rc"]},
    "type": {"attribution": ["object", "boolean"]},
}


def at(settings, path):
    node = settings
    for part in path.split("."):
        node = node["values"] if part == "*" else node["keys"][part]
    return node


def apply_claude_code(settings):
    for path in CLAUDE_CODE["lenient"]:
        at(settings, path)["lenient"] = True
        if path.endswith(".*"):
            for key in at(settings, path[:-2]).get("keys", {}).values():
                key["lenient"] = True
    for path in CLAUDE_CODE["keyEffect"]:
        at(settings, path)["effect"] = "key"
    for path, values in CLAUDE_CODE["enum"].items():
        at(settings, path)["enum"] = values
    for path, types in CLAUDE_CODE["type"].items():
        at(settings, path)["type"] = types


def main():
    schema = json.load(open(sys.argv[1]))
    settings = spec(schema, {k: v for k, v in schema.items() if k in ("type", "properties")})
    settings["closed"] = False
    apply_claude_code(settings)
    pattern = schema["$defs"]["permissionRule"]["pattern"]
    tools = re.search(r"\(\(([A-Za-z|]+)\)", pattern).group(1).split("|")
    keys = {
        "about": [
            "Known Claude Code settings keys, generated from SchemaStore's claude-code-settings.json",
            "(draft-07, commit " + (sys.argv[2] if len(sys.argv) > 2 else "unknown") + ") by",
            "policy-core/scripts/generate-settings-keys.py. To update: download the current schema, run",
            "'python3 scripts/generate-settings-keys.py schema.json COMMIT <this folder>' and review",
            "(the tool names are in permission-tools.json, written by the same script).",
            "Each spec: type (one or a list), enum, pattern (alternative to enum), keys + closed (objects),",
            "values (map values of open objects), items (array items), required (keys an object must",
            "have), variants (one closed shape per value of the key named by 'key', e.g. hook types),",
            "minimum / exclusiveMinimum / maximum (numbers), lenient (Claude Code loads the file whatever",
            "the value: wrong values are warnings), effect 'key' (Claude Code drops only this key).",
            "Where Claude Code " + CLAUDE_CODE["version"] + " accepts other values than the schema, the script's",
            "CLAUDE_CODE table wins (found with claude doctor; see docs/dsl-settings.md)."
        ],
        "settings": settings,
    }
    tool_names = {
        "about": [
            "Tool names of Claude Code permission rules, written with settings-keys.json by",
            "policy-core/scripts/generate-settings-keys.py (permissionTools: the schema's permission rule",
            "pattern; claudeCodeTools, renamedTools, pathRuleTools, unconsultedPathTools: the script's tables).",
            "A file of its own so that checks which only need tool names do not read the settings keys.",
        ],
        "permissionTools": tools,
        "claudeCodeTools": CLAUDE_CODE_TOOLS,
        "renamedTools": {"Task": "Agent", "KillBash": "TaskStop", "ListPeers": "ListAgents",
                         "Brief": "SendUserMessage", "ListMcpResources": "ListMcpResourcesTool",
                         "ReadMcpResource": "ReadMcpResourceTool", "ReadMcpResourceDir": "ReadMcpResourceDirTool",
                         "ProposeGoal": "SetGoal"},
        "pathRuleTools": {"Read": ["Read", "Glob", "Grep"], "Edit": ["Edit", "Write", "MultiEdit", "NotebookEdit"]},
        "unconsultedPathTools": {"Write": "Edit", "MultiEdit": "Edit", "NotebookEdit": "Edit", "Glob": "Read", "Grep": "Read"},
    }
    for name, doc in (("settings-keys.json", keys), ("permission-tools.json", tool_names)):
        with open(os.path.join(sys.argv[3], name), "w") as out:
            json.dump(doc, out, indent=1)
            out.write("\n")


main()
