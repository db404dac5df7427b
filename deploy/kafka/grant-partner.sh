#!/usr/bin/env bash
# The one operator step that lets a partner read events: its principal (the client id of its client-credentials
# client in the realm, which its tokens carry as azp) may read the given contract topics, in consumer groups whose
# ids start with "<client id>.". It can never write, and dead-letter topics are refused. Idempotent.
# Undo with: kafka-acls.sh ... --remove --principal User:<client id>   (every ACL of that partner).
# Usage: grant-partner.sh TOPICS_FILE CLIENT_ID TOPIC...
# On the embedded platform the launcher does the same: --grant-partner=CLIENT_ID:TOPIC,TOPIC
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=admin-client.sh
. "$here/admin-client.sh"
topics_file=${1:?usage: grant-partner.sh TOPICS_FILE CLIENT_ID TOPIC...}
partner=${2:?usage: grant-partner.sh TOPICS_FILE CLIENT_ID TOPIC...}
shift 2
[ $# -ge 1 ] || { echo "name at least one topic" >&2; exit 2; }
for topic in "$@"; do
  kind=$(awk -v t="$topic" '$1 == t { print $3 }' "$topics_file")
  if [ "$kind" != "contract" ]; then
    echo "$topic is not a declared contract topic: partners are never granted it" >&2
    exit 2
  fi
done
for topic in "$@"; do
  "$KAFKA_BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --add \
    --allow-principal "User:$partner" --operation Read --operation Describe --topic "$topic" >/dev/null
  echo "$partner reads $topic"
done
"$KAFKA_BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --add \
  --allow-principal "User:$partner" --operation Read --group "$partner." --resource-pattern-type prefixed >/dev/null
echo "$partner's consumer groups: $partner.*"
