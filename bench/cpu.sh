# CPU time from /proc, sourced by bench/run.sh and bench/per_verzoek.sh (issue 28): the ticks of every
# PostgreSQL process (backends, autovacuum, the writers; all of the database's work on this machine)
# and of one process, and a tick difference as milliseconds per request.
tik=$(getconf CLK_TCK)
pg_cpu() { for p in $(pgrep -u postgres); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || true; done | awk '{s += $1} END {print s + 0}'; }
proces_cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ms_per_verzoek() { # ticks requests
  awk -v t="$1" -v n="$2" -v hz="$tik" 'BEGIN { if (n > 0) printf "%.2f", t * 1000 / hz / n; else printf "—" }'
}
# Runs a command and leaves the ticks it cost behind: cpu_dienst of process $1, cpu_pg of PostgreSQL.
cpu_rond() {
  local p=$1 s g; shift
  s=$(proces_cpu "$p"); g=$(pg_cpu)
  "$@"
  cpu_dienst=$(( $(proces_cpu "$p") - s )); cpu_pg=$(( $(pg_cpu) - g ))
}
# wrk's output in a file: the requests it counted, and its rate per second.
wrk_verzoeken() { awk '/requests in/ {print $1}' "$1"; }
wrk_tempo() { sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$1"; }
