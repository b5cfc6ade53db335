#!/usr/bin/env python3
"""The figures of one request name from a Gatling run: requests errors p50 p95 p99 max (ms), one
line, '?' where a figure is missing. Reads the HTML report the run's console output points to
(its statistics table, one row per request name), so the warm-up requests (named "opwarmen") stay
out of the figures.

Usage: gatling_uitslag.py GATLING_OUTPUT REQUEST_NAME
"""
import html
import re
import sys

uitvoer = open(sys.argv[1], errors="replace").read()
naam = sys.argv[2]
rapport = re.findall(r"[Pp]lease open the following file: (?:file://)?(\S+index\.html)", uitvoer)
if not rapport:
    print("? ? ? ? ? ?")
    sys.exit(0)
tekst = open(rapport[-1], errors="replace").read()
# a row: the name's cell, then td cells col-2 (total) col-3 (ok) col-4 (ko) col-5 (% ko) col-6
# (per s) col-7 (min) col-8 (p50) col-9 (p75) col-10 (p95) col-11 (p99) col-12 (max)
m = re.search(r'class="ellipsed-name">' + re.escape(html.escape(naam, quote=False)) + r"</span>(.*?)</tr>", tekst, re.S)
if not m:
    print("? ? ? ? ? ?")
    sys.exit(0)
cel = dict(re.findall(r'<td class="value \w+ col-(\d+)">([^<]*)</td>', m.group(1)))
def waarde(kolom):
    return cel.get(str(kolom), "?").replace(",", "").strip() or "?"
print(waarde(2), waarde(4), waarde(8), waarde(10), waarde(11), waarde(12))
