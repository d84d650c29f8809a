#!/usr/bin/env bash
# e2e/cloud/up.sh - a real single-node OpenStack Zed (Debian 12 packages) on 127.0.0.1,
# for Novadesk's end-to-end tests. Run as root.
#
#   up.sh [--fresh] [--bootstrap] [--token-lifetime SECONDS]
#
#   --fresh                 stop what up.sh started, drop all of $ND_CLOUD_HOME, start clean
#   --bootstrap             re-apply the find-or-create bootstrap even if it already ran
#                           (recreates fixtures a test deleted: flavors, image, networks...)
#   --token-lifetime N      keystone token lifetime, 180..86400 s (default 3600; env
#                           ND_TOKEN_LIFETIME). Only keystone restarts when it changes.
#   ND_CLOUD_HOME           state directory (default /var/lib/novadesk-cloud)
#
# Services: mariadb :3306, epmd :4369, rabbitmq :5672 (+25672), keystone :5000,
# placement :8778, glance :9292, nova-api :8774, neutron :9696, cinder-api :8776 - all on
# 127.0.0.1 - plus nova-conductor/-scheduler/-compute (fake.FakeDriver), the neutron
# linuxbridge agent and cinder-scheduler/-volume (cinder/novadesk_fake_volume.py);
# remote consoles: nova-novncproxy :6080 and x11vnc :6969 on Xvfb display :96.
#
# Idempotent. When the cloud is already up with the same configuration it only checks
# that (pids, config fingerprint, APIs, stamps) and prints READY in well under 3 s.
# Otherwise it installs missing packages, starts what is not running and restarts what
# changed. The bootstrap (bootstrap.py: users, catalog, flavors, image, quotas,
# networks) is find-or-create; it runs when its data were not bootstrapped by the same
# bootstrap.py yet, or with --bootstrap.
#
# Users admin/admin, demo/demo, alt/alt. clouds.yaml: $ND_CLOUD_HOME/clouds.yaml
# (local-admin, local-demo, local-alt, local-demo-regiontwo). demo-mfa/mfa-passw0rd also needs
# a TOTP passcode: key in $ND_CLOUD_HOME/totp-demo-mfa.secret, local-demo-mfa in
# clouds-mfa.yaml. Stop with down.sh.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ND_CLOUD_HOME=${ND_CLOUD_HOME:-/var/lib/novadesk-cloud}
TOKEN_LIFETIME=${ND_TOKEN_LIFETIME:-3600}
FRESH=0
REBOOTSTRAP=0

usage() { awk 'NR > 1 { if (/^set -euo/) exit; sub(/^# ?/, ""); print }' "${BASH_SOURCE[0]}"; }
while [ $# -gt 0 ]; do
  case $1 in
    --fresh) FRESH=1 ;;
    --bootstrap) REBOOTSTRAP=1 ;;
    --token-lifetime) [ $# -ge 2 ] || { usage >&2; exit 2; }; TOKEN_LIFETIME=$2; shift ;;
    --token-lifetime=*) TOKEN_LIFETIME=${1#*=} ;;
    -h | --help) usage; exit 0 ;;
    *) echo "up.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

log() { printf '[up.sh %(%T)T] %s\n' -1 "$*"; }
die() {
  log "ERROR: $*" >&2
  kill $(jobs -p) 2>/dev/null || true # e.g. a bootstrap still running in the background
  exit 1
}
since() { # seconds since an $EPOCHREALTIME value, 0.1 s resolution, without a fork
  local d=$(((${EPOCHREALTIME/./} - ${1/./}) / 100000))
  echo "$((d / 10)).$((d % 10))"
}
T0=$EPOCHREALTIME

[[ $TOKEN_LIFETIME =~ ^[0-9]{1,6}$ ]] || die "token lifetime must be a number of seconds (180..86400), got '$TOKEN_LIFETIME'"
TOKEN_LIFETIME=$((10#$TOKEN_LIFETIME))
if [ "$TOKEN_LIFETIME" -lt 180 ]; then
  die "token lifetime $TOKEN_LIFETIME s refused: the minimum is 180 s. Every service's own
  keystoneauth session logs in again whenever its token has less than 120 s left, so
  shorter lifetimes make every internal call re-authenticate and the whole cloud crawls."
fi
[ "$TOKEN_LIFETIME" -le 86400 ] || die "token lifetime $TOKEN_LIFETIME s refused: the maximum is 86400 s"
[ "$(id -u)" = 0 ] || die "must run as root (it installs packages and runs the services)"

# Debian's python and tools only: not a venv/pyenv python that happens to be first on
# PATH, and no OS_* variables leaking into the bootstrap's openstacksdk.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
unset PYTHONPATH VIRTUAL_ENV OS_CLOUD OS_CLIENT_CONFIG_FILE OS_AUTH_URL OS_USERNAME OS_PASSWORD \
  OS_PROJECT_NAME OS_TOKEN OS_AUTH_TYPE
export PYTHONWARNINGS=ignore # Debian's modules print SyntaxWarnings to stderr otherwise

# --------------------------------------------------------------------------- layout
[[ $ND_CLOUD_HOME == /?* && $ND_CLOUD_HOME != *..* ]] || die "ND_CLOUD_HOME must be an absolute path"
ND_CLOUD_HOME=${ND_CLOUD_HOME%/}
# Inherited by every service and its children: down.sh uses it to prove nothing is left.
export NOVADESK_CLOUD_HOME=$ND_CLOUD_HOME
MARKER=$ND_CLOUD_HOME/.novadesk-cloud
# Never adopt (or, with --fresh, delete) a directory this script did not create.
if [ -d "$ND_CLOUD_HOME" ] && [ ! -e "$MARKER" ] && [ -n "$(ls -A "$ND_CLOUD_HOME")" ]; then
  die "$ND_CLOUD_HOME is not empty and was not created by up.sh (no $MARKER); refusing to use it"
fi
ETC=$ND_CLOUD_HOME/etc
LOG_DIR=$ND_CLOUD_HOME/logs
PID_DIR=$ND_CLOUD_HOME/pids
RUN_DIR=$ND_CLOUD_HOME/run
LIB=$ND_CLOUD_HOME/lib # files copied from e2e/cloud/console and cinder: a stable path for their services
CLOUDS=$ND_CLOUD_HOME/clouds.yaml
MFA_CLOUDS=$ND_CLOUD_HOME/clouds-mfa.yaml # demo-mfa (password + TOTP), see write_clouds_yaml
READY_STAMP=$ND_CLOUD_HOME/ready.stamp # see inputs_fp
BOOT_STAMP=$ND_CLOUD_HOME/bootstrap.stamp # see bootstrap_fp
TIMINGS=$ND_CLOUD_HOME/timings.txt
IP=127.0.0.1
HOST_NAME=novadesk # nova's [DEFAULT] host must equal the agent's host, or ports never bind
KS_URL=http://$IP:5000/v3

SERVICES=(mariadb epmd rabbitmq keystone placement glance-api nova-api neutron-server
  nova-conductor nova-scheduler nova-compute neutron-linuxbridge-agent
  xvfb console-screen x11vnc nova-novncproxy cinder-api cinder-scheduler cinder-volume)
declare -A API_URL=([keystone]=http://$IP:5000/v3 [placement]=http://$IP:8778/
  [glance-api]=http://$IP:9292/ [nova-api]=http://$IP:8774/ [neutron-server]=http://$IP:9696/
  [cinder-api]=http://$IP:8776/)
declare -A PORTS=([mariadb]=3306 [epmd]=4369 [rabbitmq]="5672 25672" [keystone]=5000
  [placement]=8778 [glance-api]=9292 [nova-api]=8774 [neutron-server]=9696
  [x11vnc]=6969 [nova-novncproxy]=6080 [cinder-api]=8776)
# The servers' remote console: Xvfb display :96 (1024x768) shown by x11vnc on the fake
# driver's console port 6969, reached by nova-novncproxy on :6080 (console/novncproxy-loopback.py)
DISPLAY_NUM=96
CONSOLE_SIZE=1024x768

PACKAGES=(
  mariadb-server python3-pymysql rabbitmq-server
  keystone glance-api placement-api python3-osc-placement
  nova-api nova-conductor nova-scheduler
  # nova-compute insists on a hypervisor package; ironic's is the lightest and only ships
  # a config file we never load (our nova.conf selects fake.FakeDriver)
  nova-compute nova-compute-ironic
  neutron-server neutron-linuxbridge-agent
  python3-openstackclient python3-novaclient python3-glanceclient python3-neutronclient
  python3-openstacksdk uwsgi-core uwsgi-plugin-python3 curl iproute2 procps
  # remote consoles: the noVNC proxy and page, and a real VNC server on a virtual display
  nova-consoleproxy novnc xvfb x11vnc xterm
  # block storage: cinder-volume runs Cinder's own fake driver (no LVM, no iSCSI target)
  cinder-api cinder-scheduler cinder-volume python3-cinderclient
)

timing() { echo "$1 $2" >> "$TIMINGS"; }
tail_log() { # the last lines of a service's log, so a CI failure explains itself
  local f=$LOG_DIR/$1.log
  [ -f "$f" ] || return 0
  echo "----- last 40 lines of $f -----" >&2
  tail -n 40 "$f" >&2
  echo "----- end of $f -----" >&2
}
fail_svc() { tail_log "$1"; die "$2"; }

# ------------------------------------------------------------------------- packages
# One dpkg-query for all packages: it also yields the versions, which go into every
# service fingerprint (an upgraded package restarts its services and re-syncs schemas).
# It costs ~0.3 s, so the answer is cached until dpkg's database changes.
PKG_CACHE=$ND_CLOUD_HOME/packages.state
read_packages() {
  if [ -f "$PKG_CACHE" ] && [ ! /var/lib/dpkg/status -nt "$PKG_CACHE" ]; then
    PKG_STATE=$(< "$PKG_CACHE")
    return
  fi
  PKG_STATE=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev} ${Version}\n' "${PACKAGES[@]}" 2>/dev/null || true)
  [ ! -d "$ND_CLOUD_HOME" ] || printf '%s\n' "$PKG_STATE" > "$PKG_CACHE"
}
missing_packages() {
  local p
  for p in "${PACKAGES[@]}"; do [[ $'\n'$PKG_STATE == *$'\n'"$p ii "* ]] || echo "$p"; done
}
install_packages() {
  local missing t own_policy=0
  mapfile -t missing < <(missing_packages)
  [ ${#missing[@]} -gt 0 ] || return 0
  log "installing ${#missing[@]} missing packages (+ dependencies): ${missing[*]}"
  t=$EPOCHREALTIME
  export DEBIAN_FRONTEND=noninteractive
  # Without systemd, maintainer scripts would start mariadb & co. via init.d on 0.0.0.0
  # with the packages' configs: a temporary policy-rc.d forbids starting any daemon.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    own_policy=1
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  # "no" to every dbconfig/endpoint/rabbit/keystone-auth question: we configure it all.
  {
    for q in configure_db create-admin-tenant register-endpoint; do echo "keystone keystone/$q boolean false"; done
    for q in configure_db configure_rabbit configure_ksat configure_neutron configure_placement; do echo "nova-common nova/$q boolean false"; done
    echo "nova-api novaapi/configure_db boolean false"
    echo "nova-api nova/configure_api-endpoint boolean false"
    for q in configure_db configure_rabbit configure_ksat; do echo "glance-common glance/$q boolean false"; done
    echo "glance-api glance/configure_api-endpoint boolean false"
    for q in configure_db configure_ksat; do echo "placement-common placement/$q boolean false"; done
    echo "placement-api placement/configure_api-endpoint boolean false"
    for q in configure_db configure_rabbit configure_ksat configure_nova; do echo "neutron-common neutron/$q boolean false"; done
    for q in configure_db configure_rabbit configure_ksat; do echo "cinder-common cinder/$q boolean false"; done
    echo "cinder-api cinder/configure_api-endpoint boolean false"
  } | debconf-set-selections
  apt-get update -q -o DPkg::Lock::Timeout=600 >/dev/null || apt-get update -o DPkg::Lock::Timeout=600
  apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"
  if [ $own_policy = 1 ]; then rm -f /usr/sbin/policy-rc.d; trap - EXIT; fi
  read_packages
  [ -z "$(missing_packages)" ] || die "still missing after apt-get: $(missing_packages | xargs)"
  APT_S=$(since "$t")
  log "packages installed in $APT_S s"
}

# ------------------------------------------------------------------------- processes
# Every service runs under setsid: its pid is also its process group, which down.sh
# signals as a whole (uwsgi/neutron/nova workers, privsep helpers, erlang helpers).
# pids/<svc>.pid, .start (kernel start time: guards against pid reuse) and .fp (config
# fingerprint) identify what this script started.
proc_stat() { # proc_stat PID -> STAT array: fields 3.. of /proc/PID/stat (comm may hold spaces)
  local s
  # `read`, not $(< file): under set -e, bash 5.2 exits silently when $(< file) cannot
  # open the file, whatever guards it; a dead pid from an earlier run did exactly that
  { read -r s < "/proc/$1/stat"; } 2>/dev/null || return 1
  read -ra STAT <<<"${s##*) }"
}
svc_alive() {
  local pid
  [ -f "$PID_DIR/$1.pid" ] && [ -f "$PID_DIR/$1.start" ] || return 1
  pid=$(< "$PID_DIR/$1.pid")
  proc_stat "$pid" || return 1
  # STAT[2] = pgid (field 5), STAT[19] = start time (field 22)
  [ "${STAT[2]}" = "$pid" ] && [ "${STAT[19]}" = "$(< "$PID_DIR/$1.start")" ]
}

uwsgi_cmd() { # uwsgi_cmd PORT WSGI_SCRIPT PROCESSES THREADS -> UWSGI
  # --http-socket: the workers speak HTTP themselves, no extra router process.
  # "Connection: close" tells keep-alive clients (Node's undici) that uwsgi will close
  # the socket after the response, so they never reuse a half-closed connection.
  UWSGI=(uwsgi --plugin python3 --http-socket "$IP:$1" --wsgi-file "$2" --master
    --processes "$3" --threads "$4" --enable-threads --lazy-apps --die-on-term --need-app
    --buffer-size 65535 --add-header "Connection: close" --thunder-lock --no-orphans)
}
svc_def() { # svc_def NAME -> CONFS (config files) and CMD (command line) of a service
  local n=$ETC/nova/nova.conf q=$ETC/neutron c=$ETC/cinder/cinder.conf
  case $1 in
    mariadb) CONFS=("$ETC/mysql/my.cnf"); CMD=(mariadbd --defaults-file="$ETC/mysql/my.cnf") ;;
    # our own epmd, so its pid is ours: rabbitmq's start-up would otherwise spawn one on 0.0.0.0
    epmd) CONFS=(); CMD=(epmd -address "$IP" -port 4369) ;;
    rabbitmq)
      CONFS=("$ETC/rabbitmq/rabbitmq.conf" "$ETC/rabbitmq/advanced.config")
      CMD=(env HOME="$ND_CLOUD_HOME/rabbitmq" RABBITMQ_NODENAME=rabbit@localhost
        RABBITMQ_NODE_IP_ADDRESS=$IP RABBITMQ_NODE_PORT=5672 RABBITMQ_DIST_PORT=25672
        ERL_EPMD_ADDRESS=$IP ERL_EPMD_PORT=4369 RABBITMQ_CONF_ENV_FILE=/dev/null
        RABBITMQ_CONFIG_FILE="$ETC/rabbitmq/rabbitmq.conf"
        RABBITMQ_ADVANCED_CONFIG_FILE="$ETC/rabbitmq/advanced.config"
        RABBITMQ_ENABLED_PLUGINS_FILE="$ETC/rabbitmq/enabled_plugins"
        RABBITMQ_MNESIA_BASE="$ND_CLOUD_HOME/rabbitmq/mnesia" RABBITMQ_LOG_BASE="$LOG_DIR"
        RABBITMQ_PID_FILE="$RUN_DIR/rabbitmq.pid" /usr/lib/rabbitmq/bin/rabbitmq-server) ;;
    keystone)
      CONFS=("$ETC/keystone/keystone.conf")
      uwsgi_cmd 5000 /usr/bin/keystone-wsgi-public 2 2
      CMD=(env OS_KEYSTONE_CONFIG_DIR="$ETC/keystone" "${UWSGI[@]}") ;;
    placement)
      CONFS=("$ETC/placement/placement.conf")
      uwsgi_cmd 8778 /usr/bin/placement-api 1 2
      CMD=(env OS_PLACEMENT_CONFIG_DIR="$ETC/placement" "${UWSGI[@]}") ;;
    glance-api)
      CONFS=("$ETC/glance/glance-api.conf"); CMD=(glance-api --config-file "$ETC/glance/glance-api.conf") ;;
    # nova-api-wsgi reads OS_NOVA_CONFIG_FILES (not --config-file) and takes its paste
    # pipeline from the FIRST file listed, hence api-paste.ini first
    nova-api)
      CONFS=("$n" "$ETC/nova/api-paste.ini")
      uwsgi_cmd 8774 /usr/bin/nova-api-wsgi 2 1
      CMD=(env OS_NOVA_CONFIG_DIR="$ETC/nova" "OS_NOVA_CONFIG_FILES=api-paste.ini;nova.conf" "${UWSGI[@]}") ;;
    neutron-server)
      CONFS=("$q/neutron.conf" "$q/ml2_conf.ini")
      CMD=(neutron-server --config-file "$q/neutron.conf" --config-file "$q/ml2_conf.ini") ;;
    nova-conductor | nova-scheduler | nova-compute) CONFS=("$n"); CMD=("$1" --config-file "$n") ;;
    # the real agent: it only reports state over RPC (the fake driver plugs no tap
    # device), which is what lets ML2 bind ports to our host
    neutron-linuxbridge-agent)
      CONFS=("$q/neutron.conf" "$q/linuxbridge_agent.ini")
      CMD=(neutron-linuxbridge-agent --config-file "$q/neutron.conf" --config-file "$q/linuxbridge_agent.ini") ;;
    # console-screen gives the display something to show: a terminal, as a server's console would
    xvfb) CONFS=(); CMD=(Xvfb ":$DISPLAY_NUM" -screen 0 "${CONSOLE_SIZE}x24" -nolisten tcp -noreset) ;;
    console-screen)
      CONFS=("$LIB/console-banner.txt")
      CMD=(xterm -display ":$DISPLAY_NUM" -geometry 170x59+0+0 -bg black -fg grey80 -title console -e cat "$LIB/console-banner.txt" -) ;;
    x11vnc)
      CONFS=(); CMD=(x11vnc -display ":$DISPLAY_NUM" -rfbport 6969 -localhost -noipv6 -nopw -forever -shared -quiet) ;;
    nova-novncproxy)
      CONFS=("$n" "$LIB/novncproxy-loopback.py")
      CMD=(/usr/bin/python3 "$LIB/novncproxy-loopback.py" --config-file "$n") ;;
    # cinder-wsgi parses sys.argv, which uwsgi sets from --pyargv
    cinder-api)
      CONFS=("$c")
      uwsgi_cmd 8776 /usr/bin/cinder-wsgi 1 2
      CMD=("${UWSGI[@]}" --pyargv "--config-file $c") ;;
    cinder-scheduler) CONFS=("$c"); CMD=(cinder-scheduler --config-file "$c") ;;
    cinder-volume)
      CONFS=("$c" "$LIB/novadesk_fake_volume.py")
      CMD=(env PYTHONPATH="$LIB" cinder-volume --config-file "$c") ;;
    *) die "unknown service $1" ;;
  esac
}
PKG_VERSIONS() { awk '{ print $1, $3 }' <<<"$PKG_STATE"; }
svc_fp() { # command line, config files, package versions
  svc_def "$1"
  printf '%s\n' "${CMD[@]}" "$PKG_STATE" | sha256sum - "${CONFS[@]}"
}
start_svc() { # unless running already (services whose configuration changed were stopped)
  local pid
  svc_alive "$1" && return 0
  svc_def "$1"
  setsid "${CMD[@]}" >> "$LOG_DIR/$1.log" 2>&1 < /dev/null &
  pid=$!
  # Until the child has called setsid() it is still in our process group, and svc_alive
  # would call it dead: wait (briefly) for it to lead its own group.
  local i
  for ((i = 0; i < 100; i++)); do
    proc_stat "$pid" || fail_svc "$1" "$1 exited at once"
    [ "${STAT[2]}" = "$pid" ] && break
    sleep 0.05
  done
  [ "${STAT[2]}" = "$pid" ] || fail_svc "$1" "$1 (pid $pid) did not become its own process group leader"
  echo "$pid" > "$PID_DIR/$1.pid"
  echo "${STAT[19]}" > "$PID_DIR/$1.start"
  echo "${FP[$1]}" > "$PID_DIR/$1.fp"
  STARTED+=("$1")
  log "started $1 (pid $pid)"
}
api_answers() { # any HTTP status below 500 counts: the API process is up and routing
  local code
  code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "${API_URL[$1]}" 2>/dev/null) || true
  [[ $code =~ ^[1-4][0-9][0-9]$ ]]
}
wait_api() { # wait_api SERVICE TIMEOUT_S
  local end=$((SECONDS + $2))
  until api_answers "$1"; do
    svc_alive "$1" || fail_svc "$1" "$1 died while starting; log: $LOG_DIR/$1.log"
    [ $SECONDS -lt "$end" ] || fail_svc "$1" "$1 did not answer ${API_URL[$1]} within $2 s"
    sleep 0.25
  done
}
wait_tcp() { # wait_tcp SERVICE PORT TIMEOUT_S
  local end=$((SECONDS + $3))
  until (exec 3<> "/dev/tcp/$IP/$2") 2>/dev/null; do
    svc_alive "$1" || fail_svc "$1" "$1 died while starting; log: $LOG_DIR/$1.log"
    [ $SECONDS -lt "$end" ] || fail_svc "$1" "$1 did not listen on $IP:$2 within $3 s"
    sleep 0.2
  done
}
all_apis_answer() { # one curl, all requests in parallel: part of the fast path
  local s args=() codes
  for s in "${!API_URL[@]}"; do args+=(-o /dev/null "${API_URL[$s]}"); done
  codes=$(curl -s -m 5 --parallel --parallel-immediate -w '%{http_code} ' "${args[@]}" 2>/dev/null) || true
  [[ $codes =~ ^([1-4][0-9][0-9] ){${#API_URL[@]}}$ ]]
}

# -------------------------------------------------------------------------- secrets
# Random per cloud home (not fixed strings): 127.0.0.1 is shared with every local user.
# They belong with the data: --fresh drops both.
load_secrets() {
  local f=$ND_CLOUD_HOME/secrets.env
  if [ ! -f "$f" ]; then
    [ ! -d "$ND_CLOUD_HOME/mysql" ] || die "$f is missing but data exists; run up.sh --fresh"
    ( umask 077
      for v in SERVICE_PASSWORD DB_PASSWORD RABBIT_PASSWORD; do
        echo "$v=$(tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 24)"
      done > "$f" )
  fi
  # shellcheck disable=SC1090
  . "$f"
}
ADMIN_PASSWORD=admin
# demo-mfa's TOTP key (base32, 20 bytes: no padding), read by the tests that compute its
# passcodes; generated once, like the other secrets, and dropped with them by --fresh
TOTP_SECRET_FILE=$ND_CLOUD_HOME/totp-demo-mfa.secret
load_totp_secret() {
  [ -s "$TOTP_SECRET_FILE" ] || ( umask 077; head -c 20 /dev/urandom | base32 > "$TOTP_SECRET_FILE" )
  chmod 600 "$TOTP_SECRET_FILE"
  TOTP_SECRET=$(< "$TOTP_SECRET_FILE")
  [[ $TOTP_SECRET =~ ^[A-Z2-7]{32}$ ]] ||
    die "$TOTP_SECRET_FILE does not hold a 32-character base32 key; delete it to get a new one"
}

# -------------------------------------------------------------------------- configs
put() { # put FILE < content: rewrite only on change, so fingerprints and mtimes stay put
  local new
  IFS= read -r -d '' new || true
  new=${new%$'\n'}
  [ -f "$1" ] && [ "$(< "$1")" = "$new" ] && return 0
  printf '%s\n' "$new" > "$1"
}
authtoken() { # [keystone_authtoken] of an API service; no memcached: tokens cached in-process
  cat <<EOF
[keystone_authtoken]
www_authenticate_uri = http://$IP:5000/
auth_url = http://$IP:5000/
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $1
password = $SERVICE_PASSWORD
region_name = RegionOne
# only public endpoints exist for non-identity services
interface = public
EOF
}
ks_client() { # a [placement]/[neutron]/[nova] client section: service user $2
  cat <<EOF
[$1]
auth_type = password
auth_url = http://$IP:5000/v3
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $2
password = $SERVICE_PASSWORD
region_name = RegionOne
EOF
}
db_url() { echo "mysql+pymysql://$1:$DB_PASSWORD@$IP/$2?charset=utf8"; }

write_configs() {
  local transport="rabbit://openstack:$RABBIT_PASSWORD@$IP:5672/"
  mkdir -p "$LOG_DIR" "$PID_DIR" "$RUN_DIR/mysqld" "$ETC"/{mysql,rabbitmq,keystone,glance,placement,nova,neutron,cinder} \
    "$ND_CLOUD_HOME"/{keystone/fernet-keys,keystone/credential-keys,glance/images,glance/staging} \
    "$ND_CLOUD_HOME"/{glance/tasks,nova/instances,neutron,rabbitmq,locks,cinder}
  chmod 700 "$ETC" # service passwords
  mkdir -p "$LIB"
  put "$LIB/novncproxy-loopback.py" < "$HERE/console/novncproxy-loopback.py"
  put "$LIB/novadesk_fake_volume.py" < "$HERE/cinder/novadesk_fake_volume.py"
  put "$LIB/console-banner.txt" <<EOF
Novadesk local cloud: the console of every server (nova's fake driver has no guests).

novadesk login:
EOF
  chown mysql:mysql "$RUN_DIR/mysqld"

  put "$ETC/mysql/my.cnf" <<EOF
[mysqld]
user = mysql
datadir = $ND_CLOUD_HOME/mysql
socket = $RUN_DIR/mysqld/mysqld.sock
pid-file = $RUN_DIR/mysqld/mysqld.pid
bind-address = $IP
port = 3306
skip-name-resolve
# ~12 python processes keep connection pools
max_connections = 1000
# throw-away test data: no fsync per commit (schema syncs and boots get much faster)
innodb_flush_log_at_trx_commit = 0
innodb_buffer_pool_size = 256M
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
[client]
socket = $RUN_DIR/mysqld/mysqld.sock
EOF

  put "$ETC/rabbitmq/rabbitmq.conf" <<EOF
listeners.tcp.1 = $IP:5672
# applied when mnesia is empty (first boot): spares us rabbitmqctl, whose own erlang
# node would open another distribution port
default_user = openstack
default_pass = $RABBIT_PASSWORD
default_vhost = /
log.console = true
log.file = false
EOF
  # the erlang distribution listener (25672) binds 0.0.0.0 unless told otherwise
  put "$ETC/rabbitmq/advanced.config" <<< '[{kernel, [{inet_dist_use_interface, {127,0,0,1}}]}].'
  put "$ETC/rabbitmq/enabled_plugins" <<< '[].'

  put "$ETC/keystone/keystone.conf" <<EOF
[DEFAULT]
use_stderr = true
[database]
connection = $(db_url keystone keystone)
[identity]
# bcrypt cost 4 instead of 12: a password login costs ~60 ms instead of ~270 ms of CPU.
# Only acceptable because this is a throw-away test cloud.
password_hash_rounds = 4
[token]
provider = fernet
expiration = $TOKEN_LIFETIME
[fernet_tokens]
key_repository = $ND_CLOUD_HOME/keystone/fernet-keys
[fernet_receipts]
key_repository = $ND_CLOUD_HOME/keystone/fernet-keys
[credential]
key_repository = $ND_CLOUD_HOME/keystone/credential-keys
[auth]
# Zed's defaults plus totp (demo-mfa's rule is password + totp)
methods = external,password,token,oauth1,mapped,application_credential,totp
EOF

  put "$ETC/glance/glance-api.conf" <<EOF
[DEFAULT]
bind_host = $IP
bind_port = 9292
workers = 1
use_stderr = true
enabled_backends = file:file
[database]
connection = $(db_url glance glance)
$(authtoken glance)
[paste_deploy]
flavor = keystone
config_file = /etc/glance/glance-api-paste.ini
[glance_store]
default_backend = file
[file]
filesystem_store_datadir = $ND_CLOUD_HOME/glance/images
[os_glance_staging_store]
filesystem_store_datadir = $ND_CLOUD_HOME/glance/staging
[os_glance_tasks_store]
filesystem_store_datadir = $ND_CLOUD_HOME/glance/tasks
[import_filtering_opts]
# web-download skips loopback addresses and ports other than 80/443 by default; the tests
# serve their image from a file server on 127.0.0.1 with a free port (these lists take brackets)
allowed_hosts = [$IP]
allowed_ports = []
[oslo_concurrency]
lock_path = $ND_CLOUD_HOME/locks
EOF

  put "$ETC/placement/placement.conf" <<EOF
[DEFAULT]
use_stderr = true
[placement_database]
connection = $(db_url placement placement)
[api]
auth_strategy = keystone
$(authtoken placement)
EOF

  put "$ETC/nova/api-paste.ini" < /etc/nova/api-paste.ini
  put "$ETC/nova/nova.conf" <<EOF
[DEFAULT]
host = $HOST_NAME
my_ip = $IP
transport_url = $transport
compute_driver = fake.FakeDriver
state_path = $ND_CLOUD_HOME/nova
instances_path = $ND_CLOUD_HOME/nova/instances
use_stderr = true
# the compute API only: no metadata API
enabled_apis = osapi_compute
osapi_compute_listen = $IP
metadata_listen = $IP
# one (fake) host: let resize land on it, so resize/confirm can be tested
allow_resize_to_same_host = true
# periodic tasks start after a random 0-60 s by default; the scheduler's host discovery
# (below) is one of them, and boots fail with NoValidHost until it has run
periodic_fuzzy_delay = 0
[api]
auth_strategy = keystone
[api_database]
connection = $(db_url nova nova_api)
[database]
connection = $(db_url nova nova)
$(authtoken nova)
[wsgi]
api_paste_config = $ETC/nova/api-paste.ini
$(ks_client placement placement)
valid_interfaces = public
[glance]
valid_interfaces = public
# Zed's nova-api needs neutron even for '--network none' boots and GET /servers/detail
# (security groups come from neutron)
$(ks_client neutron neutron)
valid_interfaces = public
service_metadata_proxy = false
[conductor]
workers = 1
[scheduler]
workers = 1
# the scheduler maps new compute hosts to cell1 by itself (up.sh waits for that): saves
# a nova-manage cell_v2 discover_hosts run
discover_hosts_in_cells_interval = 5
[vnc]
enabled = true
server_listen = $IP
server_proxyclient_address = $IP
novncproxy_host = $IP
novncproxy_port = 6080
novncproxy_base_url = http://$IP:6080/vnc_lite.html
# Nova finds Cinder as volumev3 in the catalog; RegionTwo aliases it, so name the region
$(ks_client cinder nova)
os_region_name = RegionOne
# Zed's Cinder (CVE-2023-2088) deletes the attachment of an in-use volume only for a
# request that carries a service token with the service role: without it, detach is a 409
$(ks_client service_user nova)
send_service_user_token = true
[oslo_concurrency]
lock_path = $ND_CLOUD_HOME/locks
[oslo_messaging_notifications]
driver = noop
EOF

  put "$ETC/cinder/cinder.conf" <<EOF
[DEFAULT]
host = $HOST_NAME
my_ip = $IP
transport_url = $transport
auth_strategy = keystone
state_path = $ND_CLOUD_HOME/cinder
use_stderr = true
api_paste_config = /etc/cinder/api-paste.ini
rootwrap_config = /etc/cinder/rootwrap.conf
glance_api_servers = http://$IP:9292
enabled_backends = fake
# bootstrap.py creates it (volume_backend_name=fake); __DEFAULT__ stays for older volumes
default_volume_type = standard
[database]
connection = $(db_url cinder cinder)
$(authtoken cinder)
service_token_roles = service
service_token_roles_required = true
# for the external events of an in-use volume's extend
$(ks_client nova cinder)
interface = public
[fake]
volume_driver = novadesk_fake_volume.NovadeskFakeVolumeDriver
# the fake driver reports "fake" whatever this says; set it so the two agree
volume_backend_name = fake
target_helper = fake
[oslo_concurrency]
lock_path = $ND_CLOUD_HOME/locks
[oslo_messaging_notifications]
driver = noop
EOF

  put "$ETC/neutron/neutron.conf" <<EOF
[DEFAULT]
host = $HOST_NAME
bind_host = $IP
bind_port = 9696
core_plugin = ml2
# routers and floating IPs at the API/DB level (no L3 agent runs)
# port_forwarding is loaded for its DB model only: Zed's get_ports() names the lazy
# Port.port_forwardings relation, which exists only once that model is imported; without
# it, a fresh API worker answers some port lists (Nova's server list) with a 500
service_plugins = router,port_forwarding
auth_strategy = keystone
transport_url = $transport
state_path = $ND_CLOUD_HOME/neutron
api_workers = 1
rpc_workers = 1
rpc_state_report_workers = 1
use_stderr = true
notify_nova_on_port_status_changes = true
notify_nova_on_port_data_changes = true
api_paste_config = /etc/neutron/api-paste.ini
[experimental]
# Zed flags the linuxbridge driver and agent as experimental: opt in
linuxbridge = true
[database]
connection = $(db_url neutron neutron)
$(authtoken neutron)
$(ks_client nova nova)
endpoint_type = public
[agent]
# we are root already: helpers and privsep run directly, without sudo + rootwrap
root_helper =
[oslo_concurrency]
lock_path = $ND_CLOUD_HOME/locks
EOF

  put "$ETC/neutron/ml2_conf.ini" <<EOF
[ml2]
# "local" networks: a per-network bridge on this host and nothing else, so no packet can
# leave the machine; "flat" only for the never-plugged external network
type_drivers = local,flat
tenant_network_types = local
mechanism_drivers = linuxbridge
extension_drivers = port_security
[ml2_type_flat]
flat_networks = public
EOF

  put "$ETC/neutron/linuxbridge_agent.ini" <<EOF
[linux_bridge]
physical_interface_mappings =
[vxlan]
enable_vxlan = false
[securitygroup]
# security groups stay an API/DB feature: the noop driver never touches the host's iptables
enable_security_group = true
firewall_driver = noop
[agent]
polling_interval = 2
EOF
}

# ----------------------------------------------------------------- mariadb, schemas
mysql_root() { mariadb --defaults-file="$ETC/mysql/my.cnf" -uroot -N -B "$@"; }
start_mariadb() {
  if [ ! -d "$ND_CLOUD_HOME/mysql/mysql" ]; then
    mkdir -p "$ND_CLOUD_HOME/mysql"
    chown mysql:mysql "$ND_CLOUD_HOME/mysql"
    mariadb-install-db --defaults-file="$ETC/mysql/my.cnf" --auth-root-authentication-method=socket \
      --skip-test-db > "$LOG_DIR/mariadb-install.log" 2>&1 ||
      fail_svc mariadb-install "mariadb-install-db failed"
  fi
  start_svc mariadb
  wait_tcp mariadb 3306 60
  local end=$((SECONDS + 30))
  until mysql_root -e 'select 1' > /dev/null 2>&1; do
    [ $SECONDS -lt $end ] || fail_svc mariadb "mariadb accepts no root login over its socket"
    sleep 0.2
  done
}
create_dbs() {
  local sql="" pair user db
  for pair in keystone:keystone glance:glance placement:placement nova:nova_api nova:nova \
    nova:nova_cell0 neutron:neutron cinder:cinder; do
    user=${pair%%:*} db=${pair#*:}
    sql+="CREATE DATABASE IF NOT EXISTS $db; CREATE USER IF NOT EXISTS '$user'@'$IP';"
    sql+="ALTER USER '$user'@'$IP' IDENTIFIED BY '$DB_PASSWORD'; GRANT ALL ON $db.* TO '$user'@'$IP';"
  done
  mysql_root -e "$sql"
}
sync_keystone() {
  local c=$ETC/keystone/keystone.conf
  keystone-manage --config-file "$c" db_sync
  # keys only once: new keys would invalidate every token and credential already issued
  [ -e "$ND_CLOUD_HOME/keystone/fernet-keys/0" ] ||
    keystone-manage --config-file "$c" fernet_setup --keystone-user root --keystone-group root
  [ -e "$ND_CLOUD_HOME/keystone/credential-keys/0" ] ||
    keystone-manage --config-file "$c" credential_setup --keystone-user root --keystone-group root
  # admin user/project, roles admin/member/reader, RegionOne and the identity endpoints
  keystone-manage --config-file "$c" bootstrap --bootstrap-password "$ADMIN_PASSWORD" \
    --bootstrap-username admin --bootstrap-project-name admin --bootstrap-role-name admin \
    --bootstrap-service-name keystone --bootstrap-region-id RegionOne \
    --bootstrap-admin-url "$KS_URL" --bootstrap-internal-url "$KS_URL" --bootstrap-public-url "$KS_URL"
}
sync_nova() {
  local c=$ETC/nova/nova.conf cells
  nova-manage --config-file "$c" api_db sync
  nova-manage --config-file "$c" cell_v2 map_cell0 --database_connection "$(db_url nova nova_cell0)"
  # exit status 2: cell1 exists already (saves a list_cells run: ~4 s of python start-up)
  nova-manage --config-file "$c" cell_v2 create_cell --name cell1 || [ $? = 2 ]
  nova-manage --config-file "$c" db sync
}
sync_glance() { glance-manage --config-file "$ETC/glance/glance-api.conf" db_sync; }
sync_placement() { placement-manage --config-file "$ETC/placement/placement.conf" db sync; }
sync_neutron() {
  neutron-db-manage --config-file "$ETC/neutron/neutron.conf" --config-file "$ETC/neutron/ml2_conf.ini" upgrade heads
}
sync_cinder() { cinder-manage --config-file "$ETC/cinder/cinder.conf" db sync; }
sync_schemas() {
  # Idempotent but ~20 s: skipped while the same package versions synced this datadir.
  local stamp=$ND_CLOUD_HOME/schema.stamp want s pids=() fail=0 t=$EPOCHREALTIME
  want=$(PKG_VERSIONS | sha256sum | cut -c1-16)
  [ "$(cat "$stamp" 2>/dev/null)" != "$want" ] || return 0
  log "syncing database schemas (in parallel) ..."
  for s in keystone glance placement nova neutron cinder; do
    ( "sync_$s" > "$LOG_DIR/sync-$s.log" 2>&1 ) &
    pids+=("$!:$s")
  done
  for s in "${pids[@]}"; do
    wait "${s%%:*}" || { tail_log "sync-${s#*:}"; fail=1; }
  done
  [ $fail = 0 ] || die "database schema sync failed (log above)"
  echo "$want" > "$stamp"
  timing db_sync_s "$(since "$t")"
  log "schemas synced in $(since "$t") s"
}

# --------------------------------------------------------------------------- console
start_console() { # the display, its VNC server and the noVNC proxy (which needs the DB and RabbitMQ)
  local lock=/tmp/.X$DISPLAY_NUM-lock pid end=$((SECONDS + 20))
  # a lock left by an Xvfb that was killed would keep the display "in use" forever
  if ! svc_alive xvfb && [ -f "$lock" ]; then
    pid=$(tr -dc 0-9 < "$lock")
    [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null ||
      die "display :$DISPLAY_NUM is held by pid $pid, which up.sh did not start"
    rm -f "$lock" "/tmp/.X11-unix/X$DISPLAY_NUM"
  fi
  start_svc xvfb
  until [ -S "/tmp/.X11-unix/X$DISPLAY_NUM" ]; do
    svc_alive xvfb || fail_svc xvfb "Xvfb died; log: $LOG_DIR/xvfb.log"
    [ $SECONDS -lt $end ] || fail_svc xvfb "Xvfb opened no display :$DISPLAY_NUM within 20 s"
    sleep 0.1
  done
  for s in console-screen x11vnc nova-novncproxy; do start_svc "$s"; done
}
wait_console() {
  wait_tcp x11vnc 6969 30
  wait_tcp nova-novncproxy 6080 60
}

# ------------------------------------------------------------------------ bootstrap
bootstrap_env() {
  export ND_IP=$IP ND_KS_URL=$KS_URL ND_HOST=$HOST_NAME ND_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    ND_SERVICE_PASSWORD=$SERVICE_PASSWORD ND_TOTP_SECRET=$TOTP_SECRET
}
bootstrap() { # bootstrap PHASE...
  /usr/bin/python3 "$HERE/bootstrap.py" "$@" >> "$LOG_DIR/bootstrap.log" 2>&1 ||
    fail_svc bootstrap "bootstrap ($*) failed"
}
# The bootstrap's data depend on its code, the service password and the host name only.
bootstrap_fp() { sha256sum - "$HERE/bootstrap.py" <<< "$SERVICE_PASSWORD $HOST_NAME $TOTP_SECRET"; }
# Everything the running cloud derives from: these scripts, the options, the secrets, the
# package versions and the packaged paste file nova-api copies. Written to ready.stamp
# after a complete bring-up; the fast path compares it (a single sha256sum).
inputs_fp() {
  sha256sum - "$HERE/up.sh" "$HERE/bootstrap.py" "$HERE"/console/* "$HERE"/cinder/* "$ND_CLOUD_HOME/secrets.env" "$TOTP_SECRET_FILE" /etc/nova/api-paste.ini \
    <<< "token_lifetime=$TOKEN_LIFETIME home=$ND_CLOUD_HOME $PKG_STATE"
}

# Bootable = nova-compute's node is mapped to cell1 and has a placement provider, and
# nova-compute and the linuxbridge agent have reported since they were (re)started: rows
# left from an earlier run would make a boot race a service that is not listening yet
# (ML2 binds ports only to hosts with a live agent). Plain SQL, no nova-manage (~4 s).
host_ready() { # host_ready COMPUTE_STARTED AGENT_STARTED (UTC, like the DB timestamps)
  local q
  q=$(mysql_root -e "
    SELECT (SELECT COUNT(*) FROM nova_api.host_mappings WHERE host='$HOST_NAME')
      * (SELECT COUNT(*) FROM nova.compute_nodes cn JOIN placement.resource_providers rp
           ON rp.uuid = cn.uuid WHERE cn.host='$HOST_NAME' AND cn.deleted=0)
      * (SELECT COUNT(*) FROM nova.services WHERE host='$HOST_NAME' AND \`binary\`='nova-compute'
           AND deleted=0 AND updated_at >= '$1')
      * (SELECT COUNT(*) FROM neutron.agents WHERE host='$HOST_NAME'
           AND agent_type='Linux bridge agent' AND admin_state_up=1 AND heartbeat_timestamp >= '$2')" \
    2>/dev/null) || return 1
  [ "${q:-0}" -gt 0 ]
}
wait_host_ready() {
  local end=$((SECONDS + 120)) s compute agent
  compute=$(date -u -r "$PID_DIR/nova-compute.pid" '+%F %T')
  agent=$(date -u -r "$PID_DIR/neutron-linuxbridge-agent.pid" '+%F %T')
  until host_ready "$compute" "$agent"; do
    for s in nova-compute nova-conductor nova-scheduler neutron-linuxbridge-agent; do
      svc_alive "$s" || fail_svc "$s" "$s died; log: $LOG_DIR/$s.log"
    done
    [ $SECONDS -lt $end ] || fail_svc nova-compute "compute host $HOST_NAME not usable after 120 s (mapped to cell1, placement provider, linuxbridge agent)"
    sleep 0.5
  done
}

# Volumes can be created once cinder-volume and cinder-scheduler have reported since they
# were (re)started: the volume service announces its pool to the scheduler at start-up,
# and the scheduler asks for it at its own (either order works).
volume_ready() { # volume_ready VOLUME_STARTED SCHEDULER_STARTED (UTC)
  local q
  q=$(mysql_root -e "
    SELECT (SELECT COUNT(*) FROM cinder.services WHERE host='$HOST_NAME@fake'
           AND \`binary\`='cinder-volume' AND deleted=0 AND disabled=0 AND updated_at >= '$1')
      * (SELECT COUNT(*) FROM cinder.services WHERE host='$HOST_NAME'
           AND \`binary\`='cinder-scheduler' AND deleted=0 AND updated_at >= '$2')" 2>/dev/null) || return 1
  [ "${q:-0}" -gt 0 ]
}
wait_volume_ready() {
  local end=$((SECONDS + 120)) s vol sched
  vol=$(date -u -r "$PID_DIR/cinder-volume.pid" '+%F %T')
  sched=$(date -u -r "$PID_DIR/cinder-scheduler.pid" '+%F %T')
  until volume_ready "$vol" "$sched"; do
    for s in cinder-volume cinder-scheduler; do
      svc_alive "$s" || fail_svc "$s" "$s died; log: $LOG_DIR/$s.log"
    done
    [ $SECONDS -lt $end ] || fail_svc cinder-volume "cinder-volume ($HOST_NAME@fake) or cinder-scheduler did not report within 120 s"
    sleep 0.5
  done
}

# ------------------------------------------------------------------- clouds.yaml etc.
write_clouds_yaml() {
  cloud() { # name user password project region
    printf '  %s:\n    auth:\n      auth_url: %s\n      username: %s\n      password: %s\n' "$1" "$KS_URL" "$2" "$3"
    printf '      project_name: %s\n      user_domain_name: Default\n      project_domain_name: Default\n' "$4"
    printf '    region_name: %s\n    interface: public\n    identity_api_version: 3\n' "$5"
  }
  {
    echo "# Written by e2e/cloud/up.sh. OS_CLIENT_CONFIG_FILE=$CLOUDS openstack --os-cloud local-demo server list"
    echo "clouds:"
    cloud local-admin admin "$ADMIN_PASSWORD" admin RegionOne
    cloud local-demo demo demo demo RegionOne
    cloud local-alt alt alt alt RegionOne
    cloud local-demo-regiontwo demo demo demo RegionTwo
  } | put "$CLOUDS"
  chmod 644 "$CLOUDS" # test runners need not be root; it holds only the test users' passwords
  # A file of its own: the e2e hosts seed their profiles from clouds.yaml, and a login that
  # needs a passcode would make every seeded app ask for one. keystoneauth's multi-factor
  # plugin; the passcode comes from the command line (--os-passcode), never from a file.
  {
    echo "# Written by e2e/cloud/up.sh. OS_CLIENT_CONFIG_FILE=$MFA_CLOUDS openstack --os-cloud local-demo-mfa --os-passcode 123456 token issue"
    echo "clouds:"
    # auth_methods is an option of the plugin, so it sits under auth: like auth_url
    cloud local-demo-mfa demo-mfa mfa-passw0rd demo RegionOne |
      sed 's/^    auth:$/    auth_type: v3multifactor\n&\n      auth_methods: [v3password, v3totp]/'
  } | put "$MFA_CLOUDS"
  chmod 644 "$MFA_CLOUDS"
}

# Every listening socket of every process group we started must be on 127.0.0.1.
# Sole exception: epmd always adds [::1] to its -address list (hard-coded in epmd), and
# RabbitMQ cannot run without epmd. IPv6 loopback is not reachable from outside either.
check_loopback() {
  local s groups=""
  for s in "${SERVICES[@]}"; do groups+="$(< "$PID_DIR/$s.pid")=$s "; done
  ss -Hltunp 2>/dev/null | awk -v groups="$groups" -v pgids="$(ps -e -o pid=,pgid=)" '
    BEGIN {
      n = split(groups, g, " "); for (i = 1; i <= n; i++) { split(g[i], kv, "="); svc[kv[1]] = kv[2] }
      n = split(pgids, a, "\n"); for (i = 1; i <= n; i++) { split(a[i], f, " "); pg[f[1]] = f[2] }
    }
    {
      rest = $0
      while (match(rest, /pid=[0-9]+/)) {
        pid = substr(rest, RSTART + 4, RLENGTH - 4); rest = substr(rest, RSTART + RLENGTH)
        if (!(pg[pid] in svc)) continue
        name = svc[pg[pid]]
        if ($5 ~ /^127\.0\.0\.1:/ || (name == "epmd" && $5 == "[::1]:4369")) continue
        printf "NOT LOOPBACK: %s (pid %s) listens on %s\n", name, pid, $5; bad = 1
      }
    }
    END { exit bad }' || die "a service listens beyond 127.0.0.1 (see above)"
}

# A port held by anything we did not start is a conflict: a foreign mariadb/rabbitmq/...
# would otherwise be used silently. We never touch such processes.
check_ports() {
  local s port pid pg
  declare -A owner=()
  for s in "${!PORTS[@]}"; do for port in ${PORTS[$s]}; do owner[$port]=$s; done; done
  while read -r port pid; do
    s=${owner[$port]:-}
    [ -n "$s" ] && proc_stat "$pid" || continue
    pg=${STAT[2]}
    svc_alive "$s" && [ "$pg" = "$(< "$PID_DIR/$s.pid")" ] && continue
    log "port $IP:$port (needed by $s) is held by pid $pid, which up.sh did not start:" >&2
    ps -o pid=,user=,args= -p "$pid" | cut -c1-200 >&2 || true
    if grep -qs "novadesk\|local-cloud" "/proc/$pid/environ" || grep -lqsx "$pg" /var/lib/local-cloud/pids/*.pid; then
      log "it belongs to another local OpenStack (e.g. the shared recipe in /var/lib/local-cloud," >&2
      log "or another ND_CLOUD_HOME); stop it with its own down.sh. Not touching it." >&2
    fi
    die "port conflict on $port; nothing was started"
  done < <(ss -Hltnp 2>/dev/null | awk '{ # -> "PORT PID" per listening process
    n = split($4, a, ":"); rest = $0
    while (match(rest, /pid=[0-9]+/)) {
      print a[n], substr(rest, RSTART + 4, RLENGTH - 4); rest = substr(rest, RSTART + RLENGTH)
    }
  }')
}

# ============================================================================= main
if [ $FRESH = 1 ] && [ -d "$ND_CLOUD_HOME" ]; then
  log "--fresh: stopping the cloud in $ND_CLOUD_HOME and deleting its data"
  ND_CLOUD_HOME=$ND_CLOUD_HOME "$HERE/down.sh"
  rm -rf --one-file-system "$ND_CLOUD_HOME"
fi
mkdir -p "$ND_CLOUD_HOME"
touch "$MARKER"
read_packages
# Fast path: every service is ours and running, and nothing it was built from changed
# since the last complete bring-up; a few ms of checks instead of a full pass.
if [ $REBOOTSTRAP = 0 ] && [ -z "$(missing_packages)" ] && [ -f "$CLOUDS" ] && [ -f "$BOOT_STAMP" ] &&
  [ -f "$READY_STAMP" ] && [ -f "$ND_CLOUD_HOME/secrets.env" ] && [ -f "$TOTP_SECRET_FILE" ] && [ "$(inputs_fp)" = "$(< "$READY_STAMP")" ]; then
  fast=1
  for s in "${SERVICES[@]}"; do svc_alive "$s" || { fast=0; break; }; done
  if [ $fast = 1 ] && all_apis_answer; then
    check_loopback
    printf -v now '%(%F %T)T' -1
    echo "# $now up.sh: already up, nothing changed: total_s $(since "$T0")" >> "$TIMINGS"
    log "READY (already running, token lifetime $TOKEN_LIFETIME s) in $(since "$T0") s"
    log "clouds.yaml: $CLOUDS  (export OS_CLIENT_CONFIG_FILE=$CLOUDS; openstack --os-cloud local-demo server list)"
    exit 0
  fi
fi

printf -v now '%(%F %T)T' -1
echo "# $now up.sh$([ $FRESH = 0 ] || echo ' --fresh') token_lifetime=$TOKEN_LIFETIME" >> "$TIMINGS"
APT_S=
install_packages
[ -z "$APT_S" ] || timing apt_install_s "$APT_S"
T_UP=$EPOCHREALTIME
rm -f "$READY_STAMP" # from here on the cloud may differ from what the stamp describes
load_secrets
load_totp_secret
write_configs
check_ports
STARTED=()
# Services whose command line or configuration changed are stopped together (stopping
# takes 2-11 s each); start_svc then starts them again with the new configuration.
declare -A FP=()
changed=()
for s in "${SERVICES[@]}"; do
  FP[$s]=$(svc_fp "$s")
  if svc_alive "$s" && { [ ! -f "$PID_DIR/$s.fp" ] || [ "$(< "$PID_DIR/$s.fp")" != "${FP[$s]}" ]; }; then
    changed+=("$s")
  fi
done
if [ ${#changed[@]} -gt 0 ]; then
  log "configuration changed, restarting: ${changed[*]}"
  ND_CLOUD_HOME=$ND_CLOUD_HOME "$HERE/down.sh" "${changed[@]}"
fi

start_mariadb
create_dbs
timing mariadb_ready_s "$(since "$T_UP")"
start_svc epmd
wait_tcp epmd 4369 10
start_svc rabbitmq # boots (~5 s) while the schemas sync
sync_schemas
wait_tcp rabbitmq 5672 90

bootstrap_env
BOOTSTRAP=$REBOOTSTRAP
[ "$(cat "$BOOT_STAMP" 2>/dev/null)" = "$(bootstrap_fp)" ] || BOOTSTRAP=1
[ $BOOTSTRAP = 0 ] || rm -f "$BOOT_STAMP"
log "starting the API services ..."
for s in keystone placement glance-api nova-api neutron-server cinder-api; do start_svc "$s"; done
wait_api keystone 120
# nova-conductor/-scheduler exit at start-up while their service users do not exist yet
if [ $BOOTSTRAP = 1 ]; then
  t=$EPOCHREALTIME
  log "bootstrapping projects, users, catalog ..."
  bootstrap identity
  timing bootstrap_identity_s "$(since "$t")"
fi
wait_api placement 120
for s in nova-conductor nova-scheduler nova-compute neutron-linuxbridge-agent cinder-scheduler cinder-volume; do
  start_svc "$s"
done
t=$EPOCHREALTIME
start_console
for s in glance-api nova-api neutron-server cinder-api; do wait_api "$s" 120; done
timing apis_answer_s "$(since "$T_UP")"
wait_console
timing console_ready_s "$(since "$t")"
log "all APIs answer ($(since "$T_UP") s)"

# Flavors, image, quotas and networks only need the APIs, so they overlap with waiting
# for the compute host (registration, cell mapping, placement provider, agent report).
t=$EPOCHREALTIME
if [ $BOOTSTRAP = 1 ]; then
  log "bootstrapping flavors, image, quotas, networks; waiting for the compute host ..."
  bootstrap resources &
  BOOT_PID=$!
fi
wait_host_ready
timing host_ready_s "$(since "$t")"
wait_volume_ready
timing volume_ready_s "$(since "$t")"
if [ $BOOTSTRAP = 1 ]; then
  wait $BOOT_PID || exit 1
  timing bootstrap_resources_s "$(since "$t")"
  bootstrap_fp > "$BOOT_STAMP"
fi
write_clouds_yaml
check_loopback
inputs_fp > "$READY_STAMP"

timing bringup_s "$(since "$T_UP")"
timing total_s "$(since "$T0")"
[ ${#STARTED[@]} = 0 ] || log "started: ${STARTED[*]}"
log "READY in $(since "$T0") s (token lifetime $TOKEN_LIFETIME s; logs: $LOG_DIR; stop: $HERE/down.sh)"
log "clouds.yaml: $CLOUDS  (export OS_CLIENT_CONFIG_FILE=$CLOUDS; openstack --os-cloud local-demo server list)"
