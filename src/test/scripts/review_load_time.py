#!/usr/bin/env python3
"""Measures how long a review site's index.html takes to load in headless Chromium (not run by the build).

A page in a temporary folder frames SITE/index.html (Chromium's --allow-file-access-from-files lets it read the
frame's Navigation Timing) and reports the index's DOMContentLoaded and load times, then how long filtering by a flag
and sorting by year take. Run from anywhere:

    python3 src/test/scripts/review_load_time.py /tmp/scale/site [runs] [flag]
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile

HARNESS = """<!DOCTYPE html><html><body><pre id="result">not run</pre>
<iframe id="f" src="%(index)s" width="1400" height="900"></iframe>
<script>
document.getElementById('f').addEventListener('load', function () {
  var w = this.contentWindow, d = w.document;
  var nav = w.performance.getEntriesByType('navigation')[0];
  var flag = d.getElementById('q-flag'), t = w.performance.now();
  flag.value = %(flag)s; flag.dispatchEvent(new w.Event('change'));
  var filterMs = w.performance.now() - t, shown = d.getElementById('shown').textContent;
  flag.value = ''; flag.dispatchEvent(new w.Event('change'));
  t = w.performance.now(); d.querySelector('#reports .head > :nth-child(2)').click(); d.body.offsetHeight;
  document.getElementById('result').textContent = JSON.stringify({
    rows: d.querySelectorAll('#reports .body .r').length, domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd),
    loadMs: Math.round(nav.loadEventEnd), filterMs: Math.round(filterMs), shownAfterFilter: shown,
    sortMs: Math.round(w.performance.now() - t)});
});
</script></body></html>
"""


def main():
    site = pathlib.Path(sys.argv[1]).resolve()
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    flag = sys.argv[3] if len(sys.argv) > 3 else "S3_ROW_SUM"
    with tempfile.TemporaryDirectory() as tmp:
        page = pathlib.Path(tmp) / "measure.html"
        page.write_text(HARNESS % {"index": (site / "index.html").as_uri(), "flag": json.dumps(flag)}, encoding="utf-8")
        for _ in range(runs):
            out = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                  "--no-first-run", "--disable-dev-shm-usage", "--allow-file-access-from-files",
                                  "--user-data-dir=" + tmp + "/p",
                                  "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
            m = re.search(r'<pre id="result">([^<]*)</pre>', out)
            print(m.group(1) if m else "no result: " + out[:200])


if __name__ == "__main__":
    main()
