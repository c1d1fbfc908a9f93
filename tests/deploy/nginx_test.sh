#!/usr/bin/env bash
# The production recipe, tested (docs/deploy.md): getpower-server started with the flags of
# deploy/getpower.service, behind Debian's nginx running deploy/nginx-getpower.conf (only ports,
# paths and the name substituted), TLS with a certificate made here by openssl. Checks that
# requests pass through, TLS works, the app's static files and API are reachable, chunked bodies
# reach the app as whole ones, per-client limits see the real client (X-Real-IP), and over TLS
# the session cookie is __Host- and Secure (X-Forwarded-Proto from the proxy only).
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BIN=${GP_SERVER_BIN:-$ROOT/build/bin/getpower-server}
SITE=${GP_SITE:-$ROOT/build/site}
T=$(mktemp -d /tmp/gp-nginx-test.XXXXXX)
fails=0
app_pid=""; nginx_pid=""
cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  rm -rf "$T"
}
trap cleanup EXIT
ok()   { echo "  ok   $*"; }
fail() { echo "  FAIL $*"; fails=$((fails + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

for tool in nginx openssl curl python3; do
  command -v "$tool" >/dev/null || { echo "nginx_test: $tool is missing (scripts/deps.sh installs it)"; exit 1; }
done
[ -x "$BIN" ] || { echo "nginx_test: $BIN missing (make native)"; exit 1; }
[ -f "$SITE/index.html" ] || { echo "nginx_test: $SITE missing (make site)"; exit 1; }

# --- the application, with the unit's own command line (binary, data and site paths substituted) --
exec_line=$(sed -n 's/^ExecStart=//p' deploy/getpower.service)
app_port=$(free_port); http_port=$(free_port); https_port=$(free_port)
cmd=${exec_line//\/opt\/getpower\/bin\/getpower-server/$BIN}
cmd=${cmd//\/var\/lib\/getpower/$T/data}
cmd=${cmd//\/opt\/getpower\/site/$SITE}
cmd=${cmd//--port 8080/--port $app_port}
cmd=${cmd//https:\/\/getpower.example.cn/https:\/\/localhost:$https_port}
$cmd >"$T/app.out" 2>"$T/app.err" &
app_pid=$!
for _ in $(seq 1 100); do grep -q "listening on" "$T/app.out" 2>/dev/null && break; sleep 0.1; done
grep -q "listening on" "$T/app.out" || { echo "nginx_test: the app did not start: $cmd"; cat "$T/app.err"; exit 1; }
ok "getpower-server runs with deploy/getpower.service's flags"
if command -v systemd-analyze >/dev/null; then
  sed -e "s#/opt/getpower/bin/getpower-server#$BIN#" deploy/getpower.service > "$T/getpower.service"
  out=$(systemd-analyze verify "$T/getpower.service" 2>&1 | grep -v -e "Failed to prepare filename" -e "^$" || true)
  if [ -z "$out" ]; then ok "systemd-analyze verify deploy/getpower.service"; else fail "systemd-analyze verify: $out"; fi
fi

# --- TLS certificate for "localhost", made now ------------------------------------------------------
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost" \
  -keyout "$T/key.pem" -out "$T/cert.pem" >/dev/null 2>&1 || { echo "nginx_test: openssl failed"; exit 1; }

# --- nginx with the shipped site file ------------------------------------------------------------------
mkdir -p "$T/nginx/logs" "$T/nginx/tmp"
sed -e "s#server 127.0.0.1:8080;#server 127.0.0.1:$app_port;#" \
    -e "s#listen 80;#listen 127.0.0.1:$http_port;#" -e "/listen \[::\]:80;/d" \
    -e "s#listen 443 ssl http2;#listen 127.0.0.1:$https_port ssl http2;#" -e "/listen \[::\]:443/d" \
    -e "s#server_name getpower.example.cn;#server_name localhost;#" \
    -e "s#/etc/ssl/getpower/fullchain.pem#$T/cert.pem#" -e "s#/etc/ssl/getpower/privkey.pem#$T/key.pem#" \
    deploy/nginx-getpower.conf > "$T/nginx/site.conf"
cat > "$T/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $T/nginx/nginx.pid;
error_log $T/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log $T/nginx/logs/access.log;
  client_body_temp_path $T/nginx/tmp/body;
  proxy_temp_path $T/nginx/tmp/proxy;
  fastcgi_temp_path $T/nginx/tmp/fastcgi;
  uwsgi_temp_path $T/nginx/tmp/uwsgi;
  scgi_temp_path $T/nginx/tmp/scgi;
  include $T/nginx/site.conf;
}
CONF
[ "$(id -u)" -eq 0 ] && sed -i '1i user root;' "$T/nginx/nginx.conf"
nginx -t -p "$T/nginx" -c "$T/nginx/nginx.conf" >"$T/nginx/t.log" 2>&1 || { echo "nginx_test: nginx -t failed"; cat "$T/nginx/t.log"; exit 1; }
ok "nginx -t accepts deploy/nginx-getpower.conf"
nginx -p "$T/nginx" -c "$T/nginx/nginx.conf" -g "daemon off;" >"$T/nginx/out.log" 2>&1 &
nginx_pid=$!
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$http_port/" && break; sleep 0.1; done

H="https://localhost:$https_port"
C=(curl -s --max-time 10 --cacert "$T/cert.pem" --resolve "localhost:$https_port:127.0.0.1")

# --- checks -------------------------------------------------------------------------------------------
loc=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://127.0.0.1:$http_port/api/v1/health")
check "plain http redirects to https ($loc)" [ "${loc%% *}" = 301 ]
tls=$("${C[@]}" -o /dev/null -w '%{http_code} %{ssl_verify_result} %{http_version}' "$H/api/v1/health")
check "TLS with the certificate verified, HTTP/2 ($tls)" [ "$tls" = "200 0 2" ]
body=$("${C[@]}" "$H/api/v1/health")
check "API through nginx: /api/v1/health is the app's JSON" grep -q '"status":"ok"' <<<"$body"
check "API: /api/v1/catalog" [ "$("${C[@]}" -o /dev/null -w '%{http_code}' "$H/api/v1/catalog")" = 200 ]
index=$("${C[@]}" "$H/")
check "static: / is the app's index.html" grep -q "getpower" <<<"$index"
wasm=$("${C[@]}" -o /dev/null -w '%{http_code} %{content_type}' -H 'Accept-Encoding: br' "$H/getpower-app.wasm")
check "static: the app's wasm ($wasm)" [ "${wasm%% *}" = 200 ]
js=$("${C[@]}" -o /dev/null -D - -H 'Accept-Encoding: br, gzip' "$H/getpower-app.js" | tr -d '\r')
check "static: precompressed answers pass through (Content-Encoding)" grep -qi '^content-encoding: \(br\|gzip\)' <<<"$js"
hdrs=$("${C[@]}" -o /dev/null -D - "$H/api/v1/health" | tr -d '\r')
check "the app's security headers pass through; HSTS added" bash -c "grep -qi '^x-content-type-options: nosniff' <<<'$hdrs' && grep -qi '^strict-transport-security: max-age=31536000; includeSubDomains$' <<<'$hdrs'"
check "exactly one HSTS header (the app's is hidden, nginx's is on every answer)" [ "$(grep -ci '^strict-transport-security' <<<"$hdrs")" = 1 ]
# Session cookies over TLS (issue 15): nginx says X-Forwarded-Proto https, so the app's cookie is
# __Host-gp_session with Secure; cookie-authenticated writes must come from the public origin.
"$BIN" adduser --data "$T/data" --username deploy.admin --role admin <<<"Deploy-Admin-2026!" >/dev/null 2>&1
login=$("${C[@]}" -D - -o "$T/login.json" -H 'Content-Type: application/json' \
        --data '{"login":"deploy.admin","password":"Deploy-Admin-2026!"}' "$H/api/v1/auth/login" | tr -d '\r')
# (HTTP/2 names headers in lower case; a login also sets gp_device, the known-device cookie.)
cookie=$(grep -i '^set-cookie: __Host-gp_session=' <<<"$login")
device=$(grep -i '^set-cookie: gp_device=' <<<"$login")
check "the session cookie through nginx TLS is __Host- and Secure ($(cut -c1-40 <<<"$cookie")...)" \
  bash -c "[ -n '$cookie' ] && grep -q '; Secure' <<<'$cookie' && ! grep -qi 'domain=' <<<'$cookie'"
check "the known-device cookie through nginx TLS is Secure" bash -c "grep -q '; Secure' <<<'$device'"
jar=$(sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p' <<<"$cookie")
# Logout is a cookie-authenticated write that an admin without a second factor may still make
# (the unit has --require-second-factor): refused from another origin first, then accepted.
w_bad=$("${C[@]}" -o /dev/null -w '%{http_code}' -H "Cookie: $jar" -H "Origin: https://evil.example" \
        -H 'Content-Type: application/json' --data '{}' "$H/api/v1/auth/logout")
w_ok=$("${C[@]}" -o /dev/null -w '%{http_code}' -H "Cookie: $jar" -H "Origin: https://localhost:$https_port" \
        -H 'Content-Type: application/json' --data '{}' "$H/api/v1/auth/logout")
check "cookie writes from the public origin pass ($w_ok), from another are refused ($w_bad)" bash -c "[ $w_ok = 200 ] && [ $w_bad = 403 ]"
plain=$(curl -s --interface 127.0.0.2 -D - -o /dev/null -H 'X-Forwarded-Proto: https' -H 'Content-Type: application/json' \
        --data '{"login":"deploy.admin","password":"Deploy-Admin-2026!"}' "http://127.0.0.1:$app_port/api/v1/auth/login" | tr -d '\r')
check "X-Forwarded-Proto from anyone but the proxy (127.0.0.2 straight to the app) is ignored: no __Host- cookie" bash -c "! grep -q '__Host-' <<<'$plain'"
ch=$("${C[@]}" -o /dev/null -w '%{http_code}' -H 'Transfer-Encoding: chunked' -H 'Content-Type: application/json' \
      --data-binary '{"business":"new_connection","customer_type":"lv_residential","capacity_kw":8}' "$H/api/v1/rules/evaluate")
check "a chunked body reaches the app whole (nginx buffers it; the app alone answers 411): $ch" [ "$ch" = 200 ]
direct=$(curl -s -o /dev/null -w '%{http_code}' -H 'Transfer-Encoding: chunked' -H 'Content-Type: application/json' \
      --data-binary '{}' "http://127.0.0.1:$app_port/api/v1/rules/evaluate")
check "(the app alone refuses chunked: $direct)" [ "$direct" = 411 ]
big=$(head -c $((13 * 1024 * 1024)) /dev/zero | "${C[@]}" -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @- "$H/api/v1/rules/evaluate")
check "an oversized body stops at nginx (413): $big" [ "$big" = 413 ]
# Per-client limits: the app limits progress lookups per client address; behind nginx it must see
# the real client (X-Real-IP from a trusted proxy), not 127.0.0.1 for everyone. Loopback lets this
# test be two clients: 127.0.0.2 and 127.0.0.3. A client's own X-Real-IP is overwritten by nginx.
codes=""
track='{"number":"ZX-20260302-0001","phone":"13800000000"}'  # POST: the phone stays out of access logs
for i in $(seq 1 32); do
  codes+=" $("${C[@]}" --interface 127.0.0.2 -o /dev/null -w '%{http_code}' -H 'X-Real-IP: 10.9.9.9' -H 'Content-Type: application/json' --data "$track" "$H/api/v1/track")"
done
other=$("${C[@]}" --interface 127.0.0.3 -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data "$track" "$H/api/v1/track")
n_ok=$(grep -o 404 <<<"$codes" | wc -l)
check "one client is throttled by the app after 30 lookups: $n_ok answered, then 429" bash -c "[ $n_ok = 30 ] && grep -q 429 <<<'$codes'"
check "another client is not ($other): the app sees the real client" [ "$other" = 404 ]
forged=$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Real-IP: 10.1.2.3' -H 'Content-Type: application/json' --data "$track" "http://127.0.0.1:$app_port/api/v1/track")
check "X-Real-IP from anyone but the proxy is ignored (direct: $forged, throttled as 127.0.0.1)" [ "$forged" = 404 ] || [ "$forged" = 429 ]
# A slow client is nginx's to hold: the app never sees the connection.
threads0=$(awk '/^Threads:/{print $2}' /proc/$app_pid/status)
python3 - "$https_port" <<'PY' &
import socket, ssl, sys, time
ctx = ssl.create_default_context(); ctx.check_hostname = False; ctx.verify_mode = ssl.CERT_NONE
socks = []
for _ in range(40):
    s = ctx.wrap_socket(socket.create_connection(("127.0.0.1", int(sys.argv[1]))), server_hostname="localhost")
    s.send(b"GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
    socks.append(s)
time.sleep(2.5)
PY
slow_pid=$!
sleep 1.5
threads1=$(awk '/^Threads:/{print $2}' /proc/$app_pid/status)
wait $slow_pid 2>/dev/null
check "40 slow clients held by nginx: app threads $threads0 -> $threads1" [ "$threads1" -le $((threads0 + 4)) ]
check "the app logged no error" bash -c "! grep -q '^error' '$T/app.err'"


if [ $fails -eq 0 ]; then echo "nginx_test: all checks passed"; else echo "nginx_test: $fails checks failed"; fi
exit $fails
