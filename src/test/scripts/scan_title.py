#!/usr/bin/env python3
"""scan_title.py OUT.png (testdata/readers/scan-bold-title.png): a large bold title line as a 300 dpi scan shows it (grey, blurred), for the test that the
strokes of large characters make no table. Needs ImageMagick and the Droid Sans Fallback font (fonts-droid-fallback)."""
import subprocess, sys
font = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
title = "某某市人民政府办公室关于政府信息公开工作年度报告"
subprocess.run(["convert", "-size", "2480x560", "xc:rgb(250,250,250)", "-font", font, "-pointsize", "110",
                "-fill", "rgb(20,20,20)", "-stroke", "rgb(20,20,20)", "-strokewidth", "5",
                "-annotate", "+120+200", title[:10], "-annotate", "+120+400", title[10:],
                "-blur", "0x1", "-colorspace", "Gray", "-depth", "8", sys.argv[1]], check=True)
