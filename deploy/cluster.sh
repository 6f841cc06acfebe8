#!/usr/bin/env bash
# A local Zet Pay Support cluster on this machine: two nodes of the jar in the production profile
# on one PostgreSQL database and one Redis, behind nginx (deploy/nginx.conf), plus the bench's test
# identity provider that signs customer tokens.
#
#   deploy/cluster.sh up [--fresh]   start what is not running (--fresh: empty database first)
#   deploy/cluster.sh down           stop nginx, the nodes and the identity provider (SIGTERM, then wait)
#   deploy/cluster.sh status         each part, with its pid and health
#   deploy/cluster.sh token USER-ID [NAME]   print a customer token for USER-ID
#
# Every setting is an environment variable (defaults in brackets):
#   CLUSTER_NGINX_PORT [8100]  CLUSTER_NODE_1_PORT [8101]  CLUSTER_NODE_2_PORT [8102]
#   CLUSTER_DIR [./data/cluster]: pid files, logs, each node's working directory, shared uploads
#   CLUSTER_DB [support_cluster]: the PostgreSQL database (owner SUPPORT_DB_USER), created if missing
#   CLUSTER_JAR [none: the deployed form target/app with its AOT cache, built when missing or
#     older than the sources]: a jar to run instead
#   CLUSTER_JAVA_OPTS [-Xmx768m]: extra JVM options for each node
#   CLUSTER_IDP [bench, or none when SUPPORT_IDENTITY_ISSUERS_0_ISSUER is set]  CLUSTER_IDP_PORT [8103]
#   and the app's own: SUPPORT_DB_URL, SUPPORT_DB_USER [support], SUPPORT_DB_PASSWORD [support],
#   SUPPORT_REDIS_URL [redis://127.0.0.1:6379], SUPPORT_PAYMENTS_ADAPTER [demo],
#   SUPPORT_ADMIN_EMAIL [admin@zetpay.local], SUPPORT_ADMIN_PASSWORD [generated once, kept in CLUSTER_DIR],
#   SUPPORT_IDENTITY_ISSUERS_0_ISSUER / _JWK_SET_URI / _AUDIENCE (a real identity provider instead of the bench's)
# compose.yaml uses the same names.
#
# PostgreSQL and Redis are the machine's shared services: `up` starts them when they are not
# running, `down` leaves them running.
set -euo pipefail

# nginx, runuser and pg_ctlcluster live in the sbin directories, which not every PATH has.
export PATH="$PATH:/usr/sbin:/sbin"
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

NGINX_PORT=${CLUSTER_NGINX_PORT:-8100}
NODE_PORTS=("${CLUSTER_NODE_1_PORT:-8101}" "${CLUSTER_NODE_2_PORT:-8102}")
DIR=${CLUSTER_DIR:-$ROOT/data/cluster}
DB=${CLUSTER_DB:-support_cluster}
DB_USER=${SUPPORT_DB_USER:-support}
DB_PASSWORD=${SUPPORT_DB_PASSWORD:-support}
DB_URL=${SUPPORT_DB_URL:-jdbc:postgresql://127.0.0.1:5432/$DB}
REDIS_URL=${SUPPORT_REDIS_URL:-redis://127.0.0.1:6379}
ADMIN_EMAIL=${SUPPORT_ADMIN_EMAIL:-admin@zetpay.local}
IDP_PORT=${CLUSTER_IDP_PORT:-8103}
if [ -n "${SUPPORT_IDENTITY_ISSUERS_0_ISSUER:-}" ]; then IDP=${CLUSTER_IDP:-none}; else IDP=${CLUSTER_IDP:-bench}; fi
# The deployed form's flags (docs/decisions/0022): no jdk.incubator.vector, or the AOT cache loses its linked classes.
JVM_FLAGS=(--enable-native-access=ALL-UNNAMED)
BENCH_JAR=$ROOT/bench/target/zetpay-support-bench.jar
READY_TIMEOUT=${CLUSTER_READY_TIMEOUT:-240}
STOP_TIMEOUT=${CLUSTER_STOP_TIMEOUT:-60}

say() { printf '%s\n' "$*"; }
die() { printf 'cluster: %s\n' "$*" >&2; exit 1; }

java_home() {
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] \
      && "$candidate/bin/java" -version 2>&1 | head -1 | grep -Eq '"(2[5-9]|[3-9][0-9])'; then
      printf '%s' "$candidate"; return 0
    fi
  done
  die "no JDK 25 or later: set JAVA_HOME"
}

# ---- processes we started: a pid file each, checked against the command line so a reused pid is never ours

pid_of() { # name → pid when that part is running
  local file="$DIR/$1.pid" pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file")
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "zetpay-cluster=$DIR/$1" || return 1
  grep -q '^State:.*Z' "/proc/$pid/status" 2>/dev/null && return 1
  printf '%s' "$pid"
}

# Starts "$@" in its own session (so `down` can find every process it made) with its output in
# $DIR/$name.log, and records the pid. The command line must carry zetpay-cluster=$DIR/$name.
start_part() { # name command…
  local name=$1; shift
  setsid "$@" >>"$DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$DIR/$name.pid"
}

stop_part() { # name
  local name=$1 pid
  pid=$(pid_of "$name") || { rm -f "$DIR/$name.pid"; return 0; }
  say "Stopping $name (pid $pid) …"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 $((STOP_TIMEOUT * 5))); do
    pid_of "$name" >/dev/null || break
    sleep 0.2
  done
  if pid_of "$name" >/dev/null; then
    say "  $name did not stop within ${STOP_TIMEOUT}s of SIGTERM: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  # Whatever else it started in its session (nginx's workers) goes with it.
  for _ in $(seq 1 50); do
    pgrep -s "$pid" >/dev/null || break
    sleep 0.2
  done
  if pgrep -s "$pid" >/dev/null; then pkill -KILL -s "$pid" || true; fi
  rm -f "$DIR/$name.pid"
}

http_ok() { curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; }

wait_ready() { # name url
  local name=$1 url=$2
  for _ in $(seq 1 $((READY_TIMEOUT * 2))); do
    http_ok "$url" && return 0
    if ! pid_of "$name" >/dev/null; then
      tail -n 40 "$DIR/$name.log" >&2 || true
      die "$name exited before it was ready; its log: $DIR/$name.log ('$0 down' stops what did start)"
    fi
    sleep 0.5
  done
  tail -n 40 "$DIR/$name.log" >&2 || true
  die "$name was not ready within ${READY_TIMEOUT}s ($url); its log: $DIR/$name.log ('$0 down' stops what did start)"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---- shared services (as .ci/run starts them)

psql_admin() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtAc "$1"
  else psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtAc "$1"; fi
}

ensure_postgres() {
  command -v pg_isready >/dev/null || die "PostgreSQL is not installed (apt-get install -y postgresql)"
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    local version
    version=$(ls /etc/postgresql | sort -n | tail -1)
    say "Starting PostgreSQL $version …"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || die "cannot start PostgreSQL $version"
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
  pg_isready -q -h 127.0.0.1 -p 5432 || die "PostgreSQL is not accepting connections on 127.0.0.1:5432"
}

ensure_database() { # fresh?
  if [ -n "${SUPPORT_DB_URL:-}" ]; then
    say "Database: $SUPPORT_DB_URL (SUPPORT_DB_URL; not created or reset here)"
    return 0
  fi
  [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" = 1 ] \
    || psql_admin "CREATE ROLE \"$DB_USER\" LOGIN PASSWORD '$DB_PASSWORD'"
  if [ "$1" = fresh ]; then
    say "Dropping database $DB (--fresh) …"
    psql_admin "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)"
  fi
  [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$DB'")" = 1 ] \
    || psql_admin "CREATE DATABASE \"$DB\" OWNER \"$DB_USER\""
}

ensure_redis() {
  command -v redis-server >/dev/null || die "Redis is not installed (apt-get install -y redis-server)"
  if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    say "Starting Redis …"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no || die "cannot start Redis"
    for _ in $(seq 1 20); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.5; done
  fi
  [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = PONG ] || die "Redis is not answering on 127.0.0.1:6379"
}

# ---- the jars

# How the nodes run: the deployed form (target/app with its AOT cache, docs/decisions/0015), built
# when missing or older than the sources; CLUSTER_JAR runs that jar instead.
app_launch() {
  if [ -n "${CLUSTER_JAR:-}" ]; then
    [ -f "$CLUSTER_JAR" ] || die "CLUSTER_JAR=$CLUSTER_JAR does not exist"
    printf '%s\n' -jar "$CLUSTER_JAR"; return 0
  fi
  local app=target/app/zetpay-support.jar aot=target/app/zetpay-support.aot
  if [ ! -f "$app" ] || [ ! -f "$aot" ] || [ -n "$(find src pom.xml web -path web/node_modules -prune -o -path web/dist -prune \
      -o -type f -newer "$app" -print 2>/dev/null | head -1)" ]; then
    say "Building the service ($([ -f "$app" ] && echo "older than the sources" || echo missing)) …" >&2
    JAVA_HOME=$JAVA ./mvnw -B -ntp -q package -DskipTests >&2 || die "the build failed"
  fi
  printf '%s\n' "-XX:AOTCache=$ROOT/$aot" -jar "$ROOT/$app"
}

bench_jar() {
  if [ ! -f "$BENCH_JAR" ] || [ -n "$(find bench/src bench/pom.xml -newer "$BENCH_JAR" -type f | head -1)" ]; then
    say "Building bench/ (the test identity provider) …" >&2
    JAVA_HOME=$JAVA ./mvnw -B -ntp -q -f bench/pom.xml package -DskipTests >&2 || die "bench/ does not build"
  fi
  printf '%s' "$BENCH_JAR"
}

# ---- the parts

admin_password() {
  if [ -n "${SUPPORT_ADMIN_PASSWORD:-}" ]; then printf '%s' "$SUPPORT_ADMIN_PASSWORD"; return 0; fi
  if [ ! -s "$DIR/admin-password" ]; then
    (umask 077; tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24 >"$DIR/admin-password")
  fi
  cat "$DIR/admin-password"
}

start_idp() {
  [ "$IDP" = bench ] || return 0
  if pid_of idp >/dev/null; then say "Identity provider already running (pid $(pid_of idp))"; return 0; fi
  port_free "$IDP_PORT" || die "port $IDP_PORT (CLUSTER_IDP_PORT) is taken"
  local jar
  jar=$(bench_jar)
  say "Starting the test identity provider on 127.0.0.1:$IDP_PORT …"
  start_part idp "$JAVA/bin/java" -Xmx64m -Dzetpay-cluster="$DIR/idp" -cp "$jar" \
    app.zetpay.bench.LocalIdentityProvider serve --key "$DIR/idp-key.der" --port "$IDP_PORT"
  wait_ready idp "http://127.0.0.1:$IDP_PORT/jwks.json"
}

start_node() { # index (1-based)
  local name="node-$1" port=${NODE_PORTS[$(($1 - 1))]}
  if pid_of "$name" >/dev/null; then say "$name already running (pid $(pid_of "$name"), port $port)"; return 0; fi
  port_free "$port" || die "port $port ($name) is taken by another process"
  mkdir -p "$DIR/$name" "$DIR/files"
  local issuer=() extra=()
  if [ "$IDP" = bench ]; then
    issuer=(SUPPORT_IDENTITY_ISSUERS_0_ISSUER=zetpay-support-bench-idp
      SUPPORT_IDENTITY_ISSUERS_0_JWK_SET_URI="http://127.0.0.1:$IDP_PORT/jwks.json"
      SUPPORT_IDENTITY_ISSUERS_0_AUDIENCE=zetpay-support-bench)
  fi
  read -r -a extra <<<"${CLUSTER_JAVA_OPTS:--Xmx768m}"
  say "Starting $name on port $port …"
  # Its own working directory: ./data (the search index) is per node; uploads are shared.
  (cd "$DIR/$name" && start_part "$name" env \
    SPRING_PROFILES_ACTIVE=prod PORT="$port" \
    SUPPORT_DB_URL="$DB_URL" SUPPORT_DB_USER="$DB_USER" SUPPORT_DB_PASSWORD="$DB_PASSWORD" \
    SUPPORT_REDIS_URL="$REDIS_URL" SUPPORT_PAYMENTS_ADAPTER="${SUPPORT_PAYMENTS_ADAPTER:-demo}" \
    SUPPORT_ADMIN_EMAIL="$ADMIN_EMAIL" SUPPORT_ADMIN_PASSWORD="$(admin_password)" \
    SUPPORT_STORAGE_DIRECTORY="$DIR/files" SUPPORT_HELPCENTER_INDEX_DIRECTORY="$DIR/$name/index" \
    SERVER_FORWARD_HEADERS_STRATEGY=native "${issuer[@]}" \
    "$JAVA/bin/java" "${JVM_FLAGS[@]}" "${extra[@]}" -Dzetpay-cluster="$DIR/$name" "${LAUNCH[@]}")
}

start_nginx() {
  if pid_of nginx >/dev/null; then say "nginx already running (pid $(pid_of nginx), port $NGINX_PORT)"; return 0; fi
  command -v nginx >/dev/null || die "nginx is not installed (apt-get install -y nginx)"
  port_free "$NGINX_PORT" || die "port $NGINX_PORT (CLUSTER_NGINX_PORT) is taken"
  mkdir -p "$DIR/nginx"
  CLUSTER_NGINX_PORT=$NGINX_PORT CLUSTER_NODE_1="127.0.0.1:${NODE_PORTS[0]}" CLUSTER_NODE_2="127.0.0.1:${NODE_PORTS[1]}" \
    envsubst '${CLUSTER_NGINX_PORT} ${CLUSTER_NODE_1} ${CLUSTER_NODE_2}' <deploy/nginx.conf >"$DIR/nginx/nginx.conf"
  nginx -q -t -p "$DIR/nginx/" -e stderr -c "$DIR/nginx/nginx.conf" || die "nginx rejects $DIR/nginx/nginx.conf"
  say "Starting nginx on port $NGINX_PORT …"
  # -g carries the marker pid_of looks for; the access log is nginx's stdout, errors its stderr.
  setsid nginx -p "$DIR/nginx/" -e stderr -c "$DIR/nginx/nginx.conf" -g "env ZETPAY_CLUSTER=zetpay-cluster=$DIR/nginx;" \
    >>"$DIR/nginx/access.log" 2>>"$DIR/nginx.log" </dev/null &
  echo $! >"$DIR/nginx.pid"
  wait_ready nginx "http://127.0.0.1:$NGINX_PORT/actuator/health/readiness"
}

# ---- commands

up() {
  local fresh=no
  case "${1:-}" in --fresh) fresh=fresh ;; "") ;; *) die "usage: $0 up [--fresh]" ;; esac
  JAVA=$(java_home)
  mkdir -p "$DIR"
  if [ "$fresh" = fresh ] && { pid_of node-1 >/dev/null || pid_of node-2 >/dev/null; }; then
    die "--fresh drops the database: run '$0 down' first"
  fi
  ensure_postgres
  ensure_database "$fresh"
  if [ "$fresh" = fresh ]; then
    rm -rf "$DIR/files" "$DIR/node-1/index" "$DIR/node-2/index"
    rm -f "$DIR"/*.log "$DIR/nginx/access.log"
  fi
  ensure_redis
  mapfile -t LAUNCH < <(app_launch)
  [ "${#LAUNCH[@]}" -gt 0 ] || die "nothing to launch"
  start_idp
  start_node 1
  start_node 2
  for i in 1 2; do wait_ready "node-$i" "http://127.0.0.1:${NODE_PORTS[$((i - 1))]}/actuator/health/readiness"; done
  start_nginx
  say ""
  say "Zet Pay Support cluster is up: http://127.0.0.1:$NGINX_PORT  (nodes on ${NODE_PORTS[0]} and ${NODE_PORTS[1]}, database $DB)"
  say "  admin: $ADMIN_EMAIL  password: $(admin_password)"
  say "        (set on the database's first start; a later SUPPORT_ADMIN_PASSWORD changes nothing)"
  if [ "$IDP" = bench ]; then
    say "  customers: tokens from the test identity provider (http://127.0.0.1:$IDP_PORT/jwks.json): $0 token <user-id> [name]"
  else
    say "  customers: tokens from ${SUPPORT_IDENTITY_ISSUERS_0_ISSUER:-no identity provider (set SUPPORT_IDENTITY_ISSUERS_0_*)}"
  fi
  say "  logs and pids: $DIR"
}

down() {
  stop_part nginx
  stop_part node-1 &
  stop_part node-2 &
  wait
  stop_part idp
  say "Cluster stopped (PostgreSQL and Redis keep running: they are the machine's)."
}

status() {
  local part pid url state ok=0
  for part in idp node-1 node-2 nginx; do
    case $part in
      idp) url="http://127.0.0.1:$IDP_PORT/jwks.json" ;;
      node-1) url="http://127.0.0.1:${NODE_PORTS[0]}/actuator/health/readiness" ;;
      node-2) url="http://127.0.0.1:${NODE_PORTS[1]}/actuator/health/readiness" ;;
      nginx) url="http://127.0.0.1:$NGINX_PORT/actuator/health/readiness" ;;
    esac
    if [ $part = idp ] && [ "$IDP" != bench ]; then
      printf '%-8s %s\n' "$part" "not used (customers' issuer: ${SUPPORT_IDENTITY_ISSUERS_0_ISSUER:-none})"
      continue
    fi
    if pid=$(pid_of $part); then
      if http_ok "$url"; then state="running, ready"; else state="running, NOT READY"; ok=1; fi
      printf '%-8s %-18s pid %-8s %s\n' "$part" "$state" "$pid" "$url"
    else
      printf '%-8s %-18s %s\n' "$part" "stopped" "$url"; ok=1
    fi
  done
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then state=running; else state=stopped; ok=1; fi
  printf '%-8s %-18s database %s\n' postgres "$state" "$DB"
  if [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = PONG ]; then state=running; else state=stopped; ok=1; fi
  printf '%-8s %-18s %s\n' redis "$state" "$REDIS_URL"
  return $ok
}

token() {
  [ $# -ge 1 ] && [ $# -le 2 ] || die "usage: $0 token USER-ID [NAME]"
  [ "$IDP" = bench ] || die "customers' tokens come from ${SUPPORT_IDENTITY_ISSUERS_0_ISSUER}, not from here"
  JAVA=$(java_home)
  mkdir -p "$DIR"
  "$JAVA/bin/java" -Xmx64m -cp "$(bench_jar)" app.zetpay.bench.LocalIdentityProvider token \
    --key "$DIR/idp-key.der" "$@"
}

case "${1:-}" in
  up) shift; up "$@" ;;
  down) down ;;
  status) status ;;
  token) shift; token "$@" ;;
  *) die "usage: $0 up [--fresh] | down | status | token USER-ID [NAME]" ;;
esac
