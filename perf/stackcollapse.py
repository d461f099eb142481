#!/usr/bin/env python3
"""perf script output -> folded stacks ("root;caller;callee COUNT" per line).

Reads `perf script` text (default: stdin). Each sample is a header line
("comm pid/tid [cpu] time: period event:") followed by one line per frame, innermost first,
and a blank line. The folded stack starts with the command name, then the frames from the
outermost caller inwards; "+0x.." offsets are dropped so every address in a function folds
into one frame. Identical stacks are summed. Count = samples (or the event period with
--period).
"""
import argparse
import re
import sys
from collections import Counter

FRAME = re.compile(r"^\s*(?:[0-9a-fA-F]+)\s+(.*?)(?:\s+\((.*)\))?\s*$")
OFFSET = re.compile(r"\+0x[0-9a-fA-F]+$")
HEADER_PERIOD = re.compile(r":\s+(\d+)\s+\S+:\s*$")


def frame_name(line, with_dso):
    """The function name of one stack line, or None if the line is not a frame."""
    m = FRAME.match(line)
    if not m:
        return None
    sym, dso = m.group(1), m.group(2)
    sym = OFFSET.sub("", sym.strip()) or "[unknown]"
    if sym == "[unknown]" and dso:
        base = dso.rsplit("/", 1)[-1]
        sym = base if base.startswith("[") else "[%s]" % base
    elif with_dso and dso:
        sym = "%s`%s" % (dso.rsplit("/", 1)[-1], sym)
    return sym.replace(";", ":")


def collapse(lines, use_period=False, with_dso=False):
    """Fold perf script lines; returns a Counter of "a;b;c" -> count."""
    stacks = Counter()
    comm, period, frames = None, 1, []

    def flush():
        if comm is not None:
            stacks[";".join([comm] + frames[::-1])] += period

    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip():
            flush()
            comm, period, frames = None, 1, []
        elif line[0] not in " \t":
            flush()
            comm = line.split(None, 1)[0].replace(";", ":")
            m = HEADER_PERIOD.search(line)
            period = int(m.group(1)) if (use_period and m) else 1
            frames = []
        elif comm is not None:
            name = frame_name(line, with_dso)
            if name:
                frames.append(name)
    flush()
    return stacks


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("input", nargs="?", help="perf script output (default: stdin)")
    ap.add_argument("--period", action="store_true", help="weight samples by event period")
    ap.add_argument("--dso", action="store_true", help="prefix frames with their binary")
    args = ap.parse_args()
    src = open(args.input, encoding="utf-8", errors="replace") if args.input else sys.stdin
    with src:
        stacks = collapse(src, args.period, args.dso)
    for stack, count in sorted(stacks.items()):
        print("%s %d" % (stack, count))
    return 0


if __name__ == "__main__":
    sys.exit(main())
