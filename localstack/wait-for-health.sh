#!/usr/bin/env bash
# Waits until every service of localstack/docker-compose.yml is healthy (up to 5 minutes), then
# prints the local endpoints and the HICHAT_* settings that point the functions at them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
compose=(docker compose -f docker-compose.yml)
deadline=$((SECONDS + 300))
while :; do
  unhealthy=$("${compose[@]}" ps --format '{{.Service}} {{.Health}}' | awk '$2 != "healthy" {print $1}')
  [[ -z $unhealthy ]] && break
  if ((SECONDS > deadline)); then
    echo "not healthy after 300 s: $unhealthy" >&2
    exit 1
  fi
  echo "waiting for: $(echo $unhealthy)"
  sleep 5
done
cat <<'OUT'
LocalStack     http://127.0.0.1:4566   (HICHAT_LOCALSTACK_ENDPOINT=http://127.0.0.1:4566)
MySQL          127.0.0.1:3306          (HICHAT_MYSQL_URL=jdbc:mysql://127.0.0.1:3306/hichat, hichat / hichat-local)
MongoDB        127.0.0.1:27017         (HICHAT_MONGO_URI=mongodb://127.0.0.1:27017/hichat)
Redis          127.0.0.1:6379          (HICHAT_REDIS_URL=redis://127.0.0.1:6379)
Kafka          127.0.0.1:9092          (HICHAT_KAFKA_BOOTSTRAP=127.0.0.1:9092)
LiveKit (dev)  ws://127.0.0.1:7880     (key devkey, secret secret)
OUT
