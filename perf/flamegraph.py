#!/usr/bin/env python3
"""Folded stacks -> interactive flamegraph SVG (Python 3 standard library only).

Input: one stack per line, "root;caller;callee COUNT" (the output of perf/stackcollapse.py);
identical stacks are summed, malformed lines are skipped. Output: an SVG in which every frame
is a rectangle whose width is proportional to its samples, callers below callees (the root
at the bottom). Hovering shows "name (N samples, P%)"; clicking a frame zooms to it
(ancestors stay, full width and faded), "Reset Zoom" or Escape undoes it; "Search" highlights
frames matching a regular expression and shows the share of samples they cover.
Frames narrower than --minwidth pixels are left out (their samples still count).
"""
import argparse
import html
import re
import sys
import zlib

LINE = re.compile(r"^(.*\S)\s+(\d+)\s*$")

JS = r"""
var W = %(width)d, PAD = %(pad)d, FS = %(fontsize)d, TOTAL = %(total)d;
var SCALE = (W - 2 * PAD) / TOTAL, zoomed = null;
function frames() { return document.querySelectorAll("g.f"); }
function fit(g, x, w) {
  var r = g.querySelector("rect"), t = g.querySelector("text"), n = g.getAttribute("data-n");
  r.setAttribute("x", x.toFixed(2)); r.setAttribute("width", Math.max(w, 0).toFixed(2));
  t.setAttribute("x", (x + 3).toFixed(2));
  var fitting = Math.floor((w - 6) / (FS * 0.59));
  t.textContent = fitting < 3 ? "" : (n.length <= fitting ? n : n.substr(0, fitting - 2) + "..");
}
function num(g, k) { return +g.getAttribute("data-" + k); }
function zoom(target) {
  var ts = num(target, "s"), tc = num(target, "c"), td = num(target, "d");
  var s = (W - 2 * PAD) / tc;
  frames().forEach(function (f) {
    var fs = num(f, "s"), fc = num(f, "c"), fd = num(f, "d");
    f.classList.remove("hide"); f.classList.remove("parent");
    if (fs >= ts + tc || fs + fc <= ts) { f.classList.add("hide"); return; }
    if (fd < td) { f.classList.add("parent"); fit(f, PAD, W - 2 * PAD); return; }
    fit(f, PAD + (fs - ts) * s, fc * s);
  });
  zoomed = target;
  document.getElementById("unzoom").classList.remove("hide");
}
function unzoom() {
  frames().forEach(function (f) {
    f.classList.remove("hide"); f.classList.remove("parent");
    fit(f, PAD + num(f, "s") * SCALE, num(f, "c") * SCALE);
  });
  zoomed = null;
  document.getElementById("unzoom").classList.add("hide");
}
function search() {
  var term = prompt("Search frames (regular expression):", "");
  if (term === null) return;
  var re = new RegExp(term), ranges = [];
  frames().forEach(function (f) {
    var r = f.querySelector("rect");
    if (!r.hasAttribute("data-fill")) r.setAttribute("data-fill", r.getAttribute("fill"));
    var hit = term !== "" && re.test(f.getAttribute("data-n"));
    r.setAttribute("fill", hit ? "rgb(230,0,230)" : r.getAttribute("data-fill"));
    if (hit) ranges.push([num(f, "s"), num(f, "s") + num(f, "c")]);
  });
  ranges.sort(function (a, b) { return a[0] - b[0]; });
  var covered = 0, end = -1;
  ranges.forEach(function (r) {
    if (r[1] <= end) return;
    covered += r[1] - Math.max(r[0], end); end = r[1];
  });
  document.getElementById("matched").textContent =
    term === "" ? "" : "Matched: " + (100 * covered / TOTAL).toFixed(2) + "%%";
}
document.addEventListener("click", function (e) {
  var g = e.target.closest ? e.target.closest("g.f") : null;
  if (g) zoom(g);
});
document.addEventListener("keydown", function (e) { if (e.key === "Escape") unzoom(); });
"""


def parse_folded(lines):
    """Sum counts per stack; returns {tuple(frames): count}. Malformed lines are skipped."""
    stacks = {}
    for line in lines:
        m = LINE.match(line.rstrip("\n"))
        if not m or int(m.group(2)) == 0:
            continue
        key = tuple(f for f in m.group(1).split(";") if f != "")
        if key:
            stacks[key] = stacks.get(key, 0) + int(m.group(2))
    return stacks


class Node:
    __slots__ = ("name", "value", "children")

    def __init__(self, name):
        self.name, self.value, self.children = name, 0, {}


def build_tree(stacks):
    root = Node("all")
    for frames, count in stacks.items():
        if count <= 0:
            continue
        root.value += count
        node = root
        for name in frames:
            node = node.children.setdefault(name, Node(name))
            node.value += count
    return root


def layout(root, minwidth_px, scale):
    """Frames as (name, depth, start_sample, samples), parents before children, siblings in
    alphabetical order (so equal stacks always land in the same place)."""
    out = []

    def walk(node, depth, start):
        if node.value * scale < minwidth_px:
            return
        out.append((node.name, depth, start, node.value))
        offset = start
        for name in sorted(node.children):
            child = node.children[name]
            walk(child, depth + 1, offset)
            offset += child.value

    walk(root, 0, 0)
    return out


def color(name):
    """A stable warm colour per function name (the classic 'hot' palette)."""
    h = zlib.crc32(name.encode("utf-8", "replace"))
    v1, v2, v3 = (h & 0xFF) / 255.0, ((h >> 8) & 0xFF) / 255.0, ((h >> 16) & 0xFF) / 255.0
    return "rgb(%d,%d,%d)" % (205 + int(50 * v3), int(230 * v1), int(55 * v2))


def label(name, width_px, fontsize):
    fitting = int((width_px - 6) // (fontsize * 0.59))
    if fitting < 3:
        return ""
    return name if len(name) <= fitting else name[: fitting - 2] + ".."


def render(stacks, title="Flame Graph", width=1200, frame_height=16, fontsize=12,
           minwidth=0.1):
    """The SVG text for these stacks."""
    root = build_tree(stacks)
    total = max(root.value, 1)
    pad = 10
    scale = (width - 2 * pad) / total
    frames = layout(root, minwidth, scale)
    depth_max = max((f[1] for f in frames), default=0)
    top, bottom = 3 * frame_height + 10, 2 * frame_height
    height = top + (depth_max + 1) * frame_height + bottom
    out = [
        '<?xml version="1.0" standalone="no"?>',
        '<svg version="1.1" width="%d" height="%d" viewBox="0 0 %d %d" '
        'xmlns="http://www.w3.org/2000/svg" font-family="Verdana, sans-serif" '
        'font-size="%d">' % (width, height, width, height, fontsize),
        "<style>g.f:hover rect { stroke: black; stroke-width: 0.5; cursor: pointer; }"
        " .hide { display: none; } g.parent rect { opacity: 0.5; }"
        " text { pointer-events: none; } .ui { cursor: pointer; fill: #2050c0; }</style>",
        '<script type="text/ecmascript"><![CDATA[%s]]></script>'
        % (JS % {"width": width, "pad": pad, "fontsize": fontsize, "total": total}),
        '<rect x="0" y="0" width="%d" height="%d" fill="#f8f8f0"/>' % (width, height),
        '<text x="%d" y="%d" text-anchor="middle" font-size="%d">%s</text>'
        % (width // 2, frame_height + 4, fontsize + 5, html.escape(title)),
        '<text id="unzoom" class="ui hide" x="%d" y="%d" onclick="unzoom()">Reset Zoom</text>'
        % (pad, 2 * frame_height + 4),
        '<text class="ui" x="%d" y="%d" text-anchor="end" onclick="search()">Search</text>'
        % (width - pad, 2 * frame_height + 4),
        '<text id="matched" x="%d" y="%d" text-anchor="end"></text>'
        % (width - pad, height - frame_height // 2),
    ]
    for name, depth, start, samples in frames:
        x, w = pad + start * scale, samples * scale
        y = height - bottom - (depth + 1) * frame_height
        esc = html.escape(name, quote=True)
        out.append(
            '<g class="f" data-n="%s" data-s="%d" data-c="%d" data-d="%d">'
            "<title>%s (%d samples, %.2f%%)</title>"
            '<rect x="%.2f" y="%d" width="%.2f" height="%d" fill="%s" rx="2" ry="2"/>'
            '<text x="%.2f" y="%d">%s</text></g>'
            % (esc, start, samples, depth, esc, samples, 100.0 * samples / total, x, y, w,
               frame_height - 1, color(name), x + 3, y + frame_height - 4,
               html.escape(label(name, w, fontsize))))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("input", nargs="?", help="folded stacks (default: stdin)")
    ap.add_argument("-o", "--output", help="SVG file (default: stdout)")
    ap.add_argument("--title", default="Flame Graph")
    ap.add_argument("--width", type=int, default=1200)
    ap.add_argument("--minwidth", type=float, default=0.1, help="pixels (default 0.1)")
    args = ap.parse_args()
    src = open(args.input, encoding="utf-8", errors="replace") if args.input else sys.stdin
    with src:
        stacks = parse_folded(src)
    if not stacks:
        print("flamegraph.py: no stacks in the input", file=sys.stderr)
        return 1
    svg = render(stacks, args.title, args.width, minwidth=args.minwidth)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(svg)
    else:
        sys.stdout.write(svg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
