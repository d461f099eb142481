#!/usr/bin/env python3
"""test_layout: the include rules between gateway's folders (shared/DESIGN.md, "Layout": cli ->
app -> {net, http, order} -> obs; lower folders never include higher ones).

Reads every #include "..." of gateway/, io/, embed/ and kernels/ (C, C++ and CUDA sources and
headers) and checks that:
  - gateway/net includes nothing of gateway/app or gateway/order;
  - gateway/http includes nothing of gateway/app, gateway/order or gateway/net;
  - gateway/obs and gateway/order include nothing of gateway/ but their own folder;
  - io/, embed/ and kernels/ include no gateway header;
  - every gateway source sits in one of the folders, and every "gateway/..." include names
    a file that exists;
  - the graph of includes between gateway's folders has no cycle.
The includes in ALLOWED are the known exceptions, left out of every check: each one is to be
removed, and the test fails once one of them no longer exists so the list only shrinks.

Usage: test_layout.py SOURCE_DIR. Prints what it checked; exits 0 when every rule held, 1
otherwise (each violation printed as file: include, and the rule it breaks)."""

import os
import re
import sys

FOLDERS = ["cli", "app", "net", "http", "order", "obs"]  # gateway/<folder>, highest first
CHECKED_ROOTS = ["gateway", "io", "embed", "kernels"]
SOURCE_SUFFIXES = (".c", ".h", ".cc", ".cu", ".cuh")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')

# Folder of the including file -> folders of gateway it must not include (None: any but its
# own). io/, embed/ and kernels/ sit below all of gateway.
FORBIDDEN = {
    "gateway/net": ["gateway/app", "gateway/order"],
    "gateway/http": ["gateway/app", "gateway/order", "gateway/net"],
    "gateway/obs": None,
    "gateway/order": None,
    "io": ["gateway"],
    "embed": ["gateway"],
    "kernels": ["gateway"],
}

# Known exceptions, (file, include), left out of every check. None is left: the loop group
# and the module configurations removed the last ones. Keep it empty; an entry added here
# fails the test once it no longer exists, so the list can only shrink.
ALLOWED = set()


def folder_of(path):
    """gateway/<folder> for a gateway file in a folder, the top directory otherwise."""
    parts = path.split("/")
    if parts[0] == "gateway" and len(parts) > 2:
        return "gateway/" + parts[1]
    return parts[0]


def within(path, prefix):
    return path == prefix or path.startswith(prefix + "/")


def sources(root):
    for top in CHECKED_ROOTS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith(SOURCE_SUFFIXES):
                    yield os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/")


def find_cycle(graph):
    """One cycle of `graph` (node -> set of nodes) as a list of nodes, or None."""
    state = {}  # node -> 1 while on the stack, 2 once done

    def visit(node, stack):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt, stack)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node, [])
            if found:
                return found
    return None


def main():
    if len(sys.argv) != 2:
        print("usage: test_layout.py SOURCE_DIR", file=sys.stderr)
        return 2
    root = sys.argv[1]
    violations = []
    seen_allowed = set()
    edges = {}  # (from folder, to folder) -> include count, gateway folders only
    files = includes = 0

    for path in sources(root):
        files += 1
        src = folder_of(path)
        if path.startswith("gateway/") and src.split("/")[-1] not in FOLDERS:
            violations.append(f"{path}: outside gateway's folders ({', '.join(FOLDERS)})")
        with open(os.path.join(root, path), encoding="utf-8", errors="replace") as f:
            lines = f.readlines()
        for line in lines:
            m = INCLUDE.match(line)
            if not m:
                continue
            target = m.group(1)
            includes += 1
            if not target.startswith("gateway/"):
                continue
            if not os.path.isfile(os.path.join(root, target)):
                violations.append(f"{path}: {target}: no such file")
            if (path, target) in ALLOWED:
                seen_allowed.add((path, target))
                continue
            dst = folder_of(target)
            rule = FORBIDDEN.get(src, [])
            if rule is None:
                if dst != src:
                    violations.append(f"{path}: {target}: {src} may include nothing of gateway/ "
                                      f"but {src}")
            else:
                for banned in rule:
                    if within(dst, banned):
                        violations.append(f"{path}: {target}: {src} must not include {banned}")
            if src.startswith("gateway/") and dst != src:
                edges[(src, dst)] = edges.get((src, dst), 0) + 1

    for path, target in sorted(ALLOWED - seen_allowed):
        violations.append(f"ALLOWED ({path}, {target}) no longer exists: remove it from the list")

    graph = {}
    for src, dst in edges:
        graph.setdefault(src, set()).add(dst)
    cycle = find_cycle(graph)
    if cycle:
        violations.append("gateway's folders include each other in a cycle: " + " -> ".join(cycle))

    print(f"test_layout: {files} files and {includes} quoted includes read in "
          f"{', '.join(r + '/' for r in CHECKED_ROOTS)}")
    print("test_layout: includes between gateway's folders (count):")
    for (src, dst), n in sorted(edges.items()):
        print(f"  {src} -> {dst} ({n})")
    if ALLOWED:
        print(f"test_layout: {len(ALLOWED)} allowed exceptions, each to remove:")
    else:
        print("test_layout: no allowed exception")
    for path, target in sorted(ALLOWED):
        print(f"  {path}: {target}")
    print("test_layout: rules: net !-> app, order; http !-> app, order, net; obs, order -> only "
          "themselves; io, embed, kernels !-> gateway; no folder cycle")
    if violations:
        for v in violations:
            print(f"FAIL {v}")
        return 1
    print("test_layout: every rule held, no cycle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
