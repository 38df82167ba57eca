#!/usr/bin/env bash
# First REST measurement: login and detail through the local gateway at 64 concurrent connections.
# Needs a running `./hichat up` (dev mode, so the phone code comes back) and `wrk` (Debian package).
# Usage: bench/rest-baseline.sh [base-url] [seconds]
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
secs=${2:-30}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

phone="19$(date +%s | tail -c 10)"
password="bench-$phone"
code=$(curl -sf -X POST "$base/api/v1/user/phone/code" -H 'Content-Type: application/json' \
  -d "{\"phone\":\"$phone\"}" | sed -n 's/.*"code":"\([0-9]*\)".*/\1/p')
[ -n "$code" ] || { echo "no code returned: is the gateway in dev mode?" >&2; exit 1; }
token=$(curl -sf -X POST "$base/api/v1/user/register" -H 'Content-Type: application/json' \
  -d "{\"phone\":\"$phone\",\"password\":\"$password\",\"phoneCode\":\"$code\"}" \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "registration failed" >&2; exit 1; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "== login: POST /api/v1/user/login, 64 connections, ${secs}s"
PHONE=$phone PASSWORD=$password wrk -t2 -c64 -d"${secs}s" --timeout 10s --latency -s "$here/wrk/login.lua" "$base"
echo "== detail: GET /api/v1/user/detail, 64 connections, ${secs}s"
TOKEN=$token wrk -t2 -c64 -d"${secs}s" --latency -s "$here/wrk/detail.lua" "$base"
