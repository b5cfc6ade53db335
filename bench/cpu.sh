# CPU time from /proc, sourced by bench/run.sh and bench/per_verzoek.sh (issue 28): the ticks of every
# PostgreSQL process (backends, autovacuum, the writers; all of the database's work on this machine)
# and of one process, and a tick difference as milliseconds per request.
tik=$(getconf CLK_TCK)
pg_cpu() { for p in $(pgrep -u postgres); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || true; done | awk '{s += $1} END {print s + 0}'; }
proces_cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ms_per_verzoek() { # ticks requests
  awk -v t="$1" -v n="$2" -v hz="$tik" 'BEGIN { if (n > 0) printf "%.2f", t * 1000 / hz / n; else printf "—" }'
}
