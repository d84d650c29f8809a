#!/usr/bin/env bash
# e2e/cloud/down.sh - stop exactly the processes e2e/cloud/up.sh started. Data is kept
# (`up.sh --fresh` drops it).
#
#   down.sh              stop the whole cloud, then prove that none of its processes is left
#   down.sh SERVICE...   stop only these (names as in $ND_CLOUD_HOME/pids); up.sh restarts them
#
# up.sh starts every service under setsid and records its pid and kernel start time, so
# each recorded pid leads a process group holding the service and all its workers and
# helpers. We signal those groups and nothing else: a pid that no longer leads its group,
# or whose start time differs from the recorded one, is not ours any more and is left alone.
set -uo pipefail
ND_CLOUD_HOME=${ND_CLOUD_HOME:-/var/lib/novadesk-cloud}
ND_CLOUD_HOME=${ND_CLOUD_HOME%/}
PID_DIR=$ND_CLOUD_HOME/pids
export PATH=/usr/sbin:/usr/bin:/sbin:/bin

# OpenStack services first, in parallel (each takes 1-11 s to shut down gracefully),
# then what they depend on.
OPENSTACK=(neutron-linuxbridge-agent neutron-server nova-compute nova-scheduler nova-conductor
  nova-api glance-api placement keystone nova-novncproxy cinder-volume cinder-scheduler cinder-api)
INFRA=(x11vnc console-screen xvfb rabbitmq epmd mariadb)

forget() { rm -f "$PID_DIR/$1".{pid,start,fp}; }
stop_one() {
  local name=$1 pid s i
  [ -f "$PID_DIR/$name.pid" ] || return 0
  pid=$(< "$PID_DIR/$name.pid")
  if ! { s=$(< "/proc/$pid/stat"); } 2>/dev/null; then
    echo "$name: not running"; forget "$name"; return 0
  fi
  read -ra s <<< "${s##*) }" # s[2] = pgid, s[19] = start time (comm may contain spaces)
  if [ "${s[2]}" != "$pid" ] || [ "${s[19]}" != "$(cat "$PID_DIR/$name.start" 2>/dev/null)" ]; then
    echo "$name: pid $pid is no longer the process up.sh started; not touching it"
    forget "$name"; return 0
  fi
  kill -TERM -- "-$pid" 2>/dev/null
  for ((i = 0; i < 75; i++)); do
    pgrep -g "$pid" > /dev/null || break
    sleep 0.2
  done
  # the leader or a worker that ignores TERM (or outlived its leader)
  if pgrep -g "$pid" > /dev/null; then
    echo "$name: still running after 15 s, sending SIGKILL to its process group"
    kill -KILL -- "-$pid" 2>/dev/null
    sleep 0.5
  fi
  forget "$name"
  echo "$name: stopped (pid $pid)"
}

if [ $# -gt 0 ]; then
  for n in "$@"; do stop_one "$n" & done
  wait
  exit 0
fi
[ -d "$PID_DIR" ] || { echo "nothing to stop: no $PID_DIR"; exit 0; }
for n in "${OPENSTACK[@]}"; do stop_one "$n" & done
wait
for n in "${INFRA[@]}"; do stop_one "$n"; done
for f in "$PID_DIR"/*.pid; do [ -e "$f" ] && stop_one "$(basename "$f" .pid)"; done

# Proof: up.sh exports NOVADESK_CLOUD_HOME into every service, so every process of this
# cloud carries it (or has the home path on its command line) and, being started under
# setsid, sits in a session of its own. Our callers (up.sh --fresh) and this script's own
# pipelines carry it too: they are our ancestors or share our session, and do not count.
session() { local s; { s=$(< "/proc/$1/stat"); } 2>/dev/null || return 1; read -ra s <<< "${s##*) }"; echo "${s[3]}"; }
own_session=$(session $$)
ancestors=" "
p=$$
while [ -n "$p" ] && [ "$p" -gt 1 ]; do
  ancestors+="$p "
  p=$(awk '/^PPid:/ { print $2 }' "/proc/$p/status" 2>/dev/null)
done
left=()
for p in $( { grep -lzxsF "NOVADESK_CLOUD_HOME=$ND_CLOUD_HOME" /proc/[0-9]*/environ
  grep -lzsF "$ND_CLOUD_HOME/" /proc/[0-9]*/cmdline; } | cut -d/ -f3 | sort -un); do
  [[ $ancestors == *" $p "* ]] && continue
  sid=$(session "$p") || continue # gone meanwhile
  [ "$sid" = "$own_session" ] || left+=("$p")
done
if [ ${#left[@]} -gt 0 ]; then
  echo "NOT CLEAN: processes of the cloud in $ND_CLOUD_HOME are still running (not started by up.sh's recorded groups?):"
  ps -o pid=,pgid=,args= -p "$(IFS=,; echo "${left[*]}")" | cut -c1-200
  exit 1
fi
echo "down: no process of the cloud in $ND_CLOUD_HOME is left"
