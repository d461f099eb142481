#!/usr/bin/env python3
"""The flamegraph renderer and the perf script folder on known input: exact frames, widths,
positions and titles."""
import os
import re
import subprocess
import sys
import unittest
import xml.etree.ElementTree as ET

SRC = os.environ.get("BRIGADE_SOURCE_DIR",
                     os.path.join(os.path.dirname(__file__), "..", "..", ".."))
sys.path.insert(0, os.path.join(SRC, "perf"))
import flamegraph  # noqa: E402
import stackcollapse  # noqa: E402

NS = "{http://www.w3.org/2000/svg}"
FOLDED = ["main;a;b 60\n", "main;a;c 20\n", "main;d 10\n", "main;a;c 10\n", "garbage\n",
          "main;zero 0\n"]


def frames(svg):
    """{name: (x, width, y, title)} for every frame rectangle of the SVG."""
    root = ET.fromstring(svg)
    out = {}
    for g in root.iter(NS + "g"):
        if g.get("class") != "f":
            continue
        rect, title = g.find(NS + "rect"), g.find(NS + "title").text
        out[g.get("data-n")] = (float(rect.get("x")), float(rect.get("width")),
                                int(rect.get("y")), title)
    return out


class FlamegraphTest(unittest.TestCase):
    def test_parse_sums_and_skips(self):
        stacks = flamegraph.parse_folded(FOLDED)
        self.assertEqual(stacks, {("main", "a", "b"): 60, ("main", "a", "c"): 30,
                                  ("main", "d"): 10})

    def test_rects(self):
        # width 1200, padding 10 each side: 1180 px for 100 samples = 11.8 px per sample.
        f = frames(flamegraph.render(flamegraph.parse_folded(FOLDED), width=1200))
        self.assertEqual(sorted(f), ["a", "all", "b", "c", "d", "main"])
        expect = {"all": (10.0, 1180.0), "main": (10.0, 1180.0), "a": (10.0, 1062.0),
                  "b": (10.0, 708.0), "c": (718.0, 354.0), "d": (1072.0, 118.0)}
        for name, (x, w) in expect.items():
            self.assertAlmostEqual(f[name][0], x, places=2, msg=name)
            self.assertAlmostEqual(f[name][1], w, places=2, msg=name)
        # Callers below callees: each level one frame height (16) higher than its parent.
        self.assertEqual(f["all"][2] - f["main"][2], 16)
        self.assertEqual(f["main"][2] - f["a"][2], 16)
        self.assertEqual(f["a"][2], f["d"][2])
        self.assertEqual(f["b"][2], f["c"][2])
        self.assertEqual(f["b"][3], "b (60 samples, 60.00%)")
        self.assertEqual(f["d"][3], "d (10 samples, 10.00%)")
        self.assertEqual(f["all"][3], "all (100 samples, 100.00%)")

    def test_minwidth_drops_thin_frames(self):
        stacks = {("main", "hot"): 99999, ("main", "cold"): 1, ("main", "cold", "deeper"): 0}
        f = frames(flamegraph.render(stacks, width=1200, minwidth=0.1))
        self.assertEqual(sorted(f), ["all", "hot", "main"])  # cold is 0.0118 px wide
        f = frames(flamegraph.render(stacks, width=1200, minwidth=0))
        self.assertEqual(sorted(f), ["all", "cold", "hot", "main"])

    def test_escaping_and_script(self):
        svg = flamegraph.render({("m", "operator<<&\"x\""): 5})
        f = frames(svg)  # parses: names were escaped
        self.assertIn('operator<<&"x"', f)
        self.assertIn("function zoom(", svg)
        self.assertIn("function search(", svg)

    def test_cli(self):
        out = subprocess.run([sys.executable, os.path.join(SRC, "perf", "flamegraph.py"),
                              "--title", "t"], input="x;y 3\nx 1\n", capture_output=True,
                             text=True, check=True).stdout
        f = frames(out)
        self.assertEqual(f["x"][3], "x (4 samples, 100.00%)")
        self.assertEqual(f["y"][3], "y (3 samples, 75.00%)")
        empty = subprocess.run([sys.executable, os.path.join(SRC, "perf", "flamegraph.py")],
                               input="", capture_output=True, text=True)
        self.assertEqual(empty.returncode, 1)


PERF_SCRIPT = """\
brigade 1234/1235 [001] 100.000001:     250000 cycles:
\t    55d4c0a1b2c3 http_parse+0x23 (/opt/brigade)
\t    55d4c0a1b000 loop_run+0x100 (/opt/brigade)
\t    7f0000000000 start_thread+0x10 (/usr/lib/libc.so.6)

brigade 1234/1235 [001] 100.000002:     250000 cycles:
\t    55d4c0a1b2c9 http_parse+0x29 (/opt/brigade)
\t    55d4c0a1b000 loop_run+0x180 (/opt/brigade)
\t    7f0000000000 start_thread+0x10 (/usr/lib/libc.so.6)

brigade 1234/1236 [000] 100.000003:     500000 cycles:
\t    ffffffff81000000 [unknown] ([kernel.kallsyms])
\t    55d4c0a1c000 io_submit;odd+0x4 (/opt/brigade)

"""


class StackCollapseTest(unittest.TestCase):
    def test_fold(self):
        stacks = stackcollapse.collapse(PERF_SCRIPT.splitlines(True))
        self.assertEqual(dict(stacks), {
            "brigade;start_thread;loop_run;http_parse": 2,
            "brigade;io_submit:odd;[kernel.kallsyms]": 1,
        })

    def test_period(self):
        stacks = stackcollapse.collapse(PERF_SCRIPT.splitlines(True), use_period=True)
        self.assertEqual(stacks["brigade;start_thread;loop_run;http_parse"], 500000)
        self.assertEqual(stacks["brigade;io_submit:odd;[kernel.kallsyms]"], 500000)

    def test_pipeline(self):
        folded = ["%s %d\n" % kv for kv in
                  stackcollapse.collapse(PERF_SCRIPT.splitlines(True)).items()]
        f = frames(flamegraph.render(flamegraph.parse_folded(folded)))
        self.assertEqual(f["http_parse"][3], "http_parse (2 samples, 66.67%)")
        self.assertTrue(re.match(r"brigade \(3 samples", f["brigade"][3]))


if __name__ == "__main__":
    unittest.main(verbosity=1)
