#!/usr/bin/env python3
"""The report's section on one owner with much of the open work (issue 28), from what bench/run.sh
measured: per pair of bench/eigenaar.tsv the owners' open items, wrk's rate, the CPU per request of the
service and of PostgreSQL, and from EXPLAIN (ANALYZE, BUFFERS) of the captured SQL the buffers and
execution time of the request's reads; then the plans of the owner with much work.

Usage: eigenaar_rapport.py COUNTS MEASUREMENTS DIRECTORY CLIENTS SECONDS
"""
import os
import re
import sys

aantallen = dict(r.rstrip("\n").split("\t") for r in open(sys.argv[1]) if r.strip())
metingen = {r.split("\t")[0]: r.rstrip("\n").split("\t")[1:] for r in open(sys.argv[2]) if r.strip()}
map_, clients, seconden = sys.argv[3], sys.argv[4], sys.argv[5]


def plan(naam):
    """Shared buffers (hit + read) and execution ms summed over the top nodes of every plan."""
    pad = os.path.join(map_, f"explain-{naam}.txt")
    if not os.path.exists(pad):
        return None, None, ""
    tekst = open(pad).read()
    buffers, ms, bovenaan = 0, 0.0, False
    for regel in tekst.splitlines():
        kaal = regel.strip()
        if kaal.startswith("QUERY PLAN"):
            bovenaan = True
            continue
        if bovenaan and kaal and not kaal.startswith("-") and "Buffers:" not in kaal:
            bovenaan = "top"
            continue
        if bovenaan == "top" and kaal.startswith("Buffers:"):
            buffers += sum(int(x) for x in re.findall(r"(?:hit|read)=(\d+)", kaal.split("temp")[0]))
            bovenaan = False
        m = re.match(r"Execution Time: ([\d.]+) ms", kaal)
        if m:
            ms += float(m.group(1))
    return buffers, ms, tekst


paren = []
for naam in metingen:
    paar = naam.rsplit("-", 1)[0]
    if paar not in paren:
        paren.append(paar)

print()
print("One owner with much of the open work (issue 28, `bench/eigenaar.tsv`): the same request for an owner")
print(f"with little open work and one with much, alone, wrk at {clients} clients for {seconden} s each; a cursor")
print("page should cost the same for both (within 1.5x). Buffers and execution time: EXPLAIN (ANALYZE, BUFFERS)")
print("of the request's captured SQL as the service's role, summed over its statements.")
print()
print("| request | open items little / much | req/s little / much | much costs x | service CPU ms/req little / much"
      " | PostgreSQL CPU ms/req little / much | buffers little / much | execution ms little / much |")
print("|---|---|---|---|---|---|---|---|")
for paar in paren:
    k, g = metingen.get(paar + "-klein", ["", "—", "—"]), metingen.get(paar + "-groot", ["", "—", "—"])
    kb, kms, _ = plan(paar + "-klein")
    gb, gms, _ = plan(paar + "-groot")
    keer = f"{float(k[0]) / float(g[0]):.2f}" if k[0] and g[0] and float(g[0]) > 0 else "—"
    def twee(a, b):
        return f"{'—' if a is None else a} / {'—' if b is None else b}"
    print(f"| {paar} | {twee(aantallen.get(paar + '-klein'), aantallen.get(paar + '-groot'))} | {twee(k[0] or None, g[0] or None)}"
          f" | {keer} | {twee(k[1], g[1])} | {twee(k[2], g[2])} | {twee(kb, gb)}"
          f" | {twee(None if kms is None else f'{kms:.2f}', None if gms is None else f'{gms:.2f}')} |")
print()
print("The plans for the owner with much work:")
for paar in paren:
    _, _, tekst = plan(paar + "-groot")
    if tekst:
        print()
        print(f"`{paar}`:")
        print()
        print("```")
        print(tekst.rstrip())
        print("```")
