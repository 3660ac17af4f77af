#!/usr/bin/env python3
"""make_scan.py IN.pdf OUT.pdf DPI ANGLE NOISE BLUR QUALITY: a scan of a PDF, made the way scanned reports look.

Each page is rendered in grey at DPI (pdftoppm), turned by ANGLE degrees (the even pages by -0.6 x ANGLE),
given Gaussian noise (ImageMagick -attenuate NOISE +noise Gaussian) and blur (-blur 0xBLUR), saved as JPEG of
QUALITY, and the pages are wrapped as an image-only PDF (img2pdf). Needs poppler-utils, ImageMagick, img2pdf."""
import subprocess, sys, tempfile, glob
src, out, dpi, angle, noise, blur, q = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), sys.argv[5], sys.argv[6], sys.argv[7]
with tempfile.TemporaryDirectory() as d:
    subprocess.run(["pdftoppm", "-r", dpi, "-gray", src, f"{d}/p"], check=True)
    jpgs = []
    for i, pgm in enumerate(sorted(glob.glob(f"{d}/p*.pgm"))):
        a = angle if i % 2 == 0 else -angle * 0.6
        jpg = f"{d}/s{i:03d}.jpg"
        subprocess.run(["convert", pgm, "-background", "white", "-rotate", f"{a:.2f}", "+repage",
                        "-attenuate", noise, "+noise", "Gaussian", "-blur", f"0x{blur}", "-colorspace", "Gray",
                        "-quality", q, "-density", dpi, jpg], check=True)
        jpgs.append(jpg)
    subprocess.run(["img2pdf", "--imgsize", f"{dpi}dpi", "-o", out] + jpgs, check=True)
