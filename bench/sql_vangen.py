#!/usr/bin/env python3
"""Turns what the service sent to PostgreSQL for one request into a pgbench script.

Usage: sql_vangen.py POSTGRES_LOG OFFSET DATABASE SCRIPT

Reads the server log from byte OFFSET (bench/run.sh notes it before the request), keeps the
statements the service's role sent to DATABASE (log_statement = 'all' on that database only, for the
capture), puts each statement's logged parameters in place as literals, and writes them as one
pgbench transaction: exactly the SQL the service issued, in its order, nothing written by hand.
"""
import re
import sys

log, offset, database, script = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
with open(log, "rb") as f:
    f.seek(offset)
    tekst = f.read().decode("utf-8", "replace")

# every entry starts with its time and process; the server's own (a checkpoint) have no user@database and
# end the entry before them too, or a checkpoint's line would be read as part of the statement
begin = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \w+ \[\d+\] (?:(\S*)@(\S*) )?(LOG|DETAIL|ERROR|STATEMENT|WARNING|HINT|CONTEXT|FATAL|PANIC):  ", re.M)
regels = []
posities = [m for m in begin.finditer(tekst)]
for i, m in enumerate(posities):
    einde = posities[i + 1].start() if i + 1 < len(posities) else len(tekst)
    regels.append((m.group(1), m.group(2), m.group(3), tekst[m.end():einde].rstrip("\n")))

def waarden(tekst):
    """The values of an insert's values list, split at the commas outside quotes."""
    delen, huidig, in_quote = [], "", False
    for teken in tekst:
        if teken == "'":
            in_quote = not in_quote  # '' inside a literal toggles twice
        if teken == "," and not in_quote:
            delen.append(huidig.strip())
            huidig = ""
        else:
            huidig += teken
    delen.append(huidig.strip())
    return delen


def ingevoegd_id(sql):
    """The id of the row an insert adds, wherever Hibernate put the id column."""
    m = re.match(r"insert into \S+ \(([^)]*)\) values \((.*)\)(?: RETURNING \*)?$", sql)
    if not m:
        return None
    kolommen = [k.strip() for k in m.group(1).split(",")]
    if "id" not in kolommen:
        return None
    rij = waarden(m.group(2))
    if len(rij) != len(kolommen):
        return None
    waarde = rij[kolommen.index("id")]
    return waarde.strip("'") if re.fullmatch(r"'[0-9a-f-]{36}'", waarde) else None


def met_reeks(sql):
    """An event's insert with its stream number from the replay's own (:laatste), not the logged one."""
    m = re.match(r"(insert into gebeurtenis \(([^)]*)\) values \()(.*)(\)(?: RETURNING \*)?)$", sql)
    if not m:
        return sql
    kolommen = [k.strip() for k in m.group(2).split(",")]
    rij = waarden(m.group(3))
    if "reeks" not in kolommen or len(rij) != len(kolommen) or rij[kolommen.index("reeks")] == "NULL":
        return sql
    rij[kolommen.index("reeks")] = ":laatste"
    return m.group(1) + ",".join(rij) + m.group(4)


statements = []
nieuw = []  # ids of rows the request inserted, in order
for i, (gebruiker, db, soort, inhoud) in enumerate(regels):
    if db != database or soort != "LOG":
        continue
    m = re.match(r"(?:execute [^:]+|statement): (.*)", inhoud, re.S)
    if not m:
        continue
    sql = m.group(1)
    parameters = {}
    if i + 1 < len(regels) and regels[i + 1][2] == "DETAIL" and regels[i + 1][3].startswith("parameters: "):
        for naam, waarde in re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", regels[i + 1][3]):
            parameters[int(naam)] = waarde
    for naam in sorted(parameters, reverse=True):
        sql = sql.replace("$" + str(naam), parameters[naam])
    sql = " ".join(sql.split())
    # a row the service inserts gets a new id every time (Hibernate names the id last): replayed with
    # the logged id, every transaction after the first would run into the primary key
    nieuw_id = ingevoegd_id(sql)
    if nieuw_id and nieuw_id not in nieuw:
        nieuw.append(nieuw_id)
    if sql.upper() in ("BEGIN", "COMMIT", "ROLLBACK"):
        statements.append(sql.upper())
    else:
        statements.append(sql)

if not statements:
    sys.exit("no statements of " + database + " in the log after byte " + str(offset))
# each replay draws its own new ids (pgbench variables), used wherever the request used the id as
# a value (a child row's foreign key, a later update), so the replay writes what the request wrote
vervangen = []
for nummer, waarde in enumerate(nieuw, 1):
    vervangen.append((f"'{waarde}'", f":nieuw{nummer}"))
with open(script, "w") as uit:
    if nieuw:
        uit.write("select " + ", ".join(f"gen_random_uuid() as nieuw{n}" for n in range(1, len(nieuw) + 1))
                  + " \\gset\n")
    for sql in statements:
        for letterlijk, variabele in vervangen:
            sql = sql.replace(letterlijk, variabele)
        if re.match(r"insert into gebeurtenisreeks .* returning laatste$", sql):
            # the next number of the partner's event stream: each replay takes its own, as the request did
            uit.write(sql + " \\gset\n")
            continue
        uit.write(met_reeks(sql) + ";\n")
print(f"{len(statements)} statements -> {script}")
