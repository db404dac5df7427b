#!/usr/bin/env bash
# Brings a broker to the topic declaration, idempotently (run it at every deployment, before the services start):
#   1. creates each declared topic that is missing, with its partitions, replication (capped at the number of brokers)
#      and configuration, and sets retention.ms and cleanup.policy of those that exist;
#   2. creates or updates each service principal's SCRAM-SHA-512 credentials, the password from the environment
#      variable KAFKA_PASSWORD_<PRINCIPAL> (upper case, '-' as '_'; e.g. KAFKA_PASSWORD_CONFERENCE_SERVICE);
#   3. adds the services' ACLs: the owner writes a topic, each consumer reads it in the group named like itself.
# The same rules as embedded-infrastructure's KafkaProvisioning (the embedded platform and the tests).
# Usage: provision.sh TOPICS_FILE   (event-contracts/src/main/resources/contracts/topics.txt)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=admin-client.sh
. "$here/admin-client.sh"
topics_file=${1:?usage: provision.sh TOPICS_FILE}

brokers=$("$KAFKA_BIN/kafka-broker-api-versions.sh" --bootstrap-server "$BOOTSTRAP" \
  --command-config "$ADMIN_CONFIG" 2>/dev/null | grep -c ' (id: ' || true)
[ "$brokers" -ge 1 ] || { echo "no broker answers on $BOOTSTRAP" >&2; exit 1; }

acl() { "$KAFKA_BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --add "$@" >/dev/null; }

declare -A principals=()
while read -r topic owner kind partitions replicas retention cleanup consumers; do
  case "$topic" in ''|'#'*) continue ;; esac
  retention_ms=$(( ${retention%d} * 86400000 ))
  rf=$(( replicas < brokers ? replicas : brokers ))
  "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --create \
    --if-not-exists --topic "$topic" --partitions "$partitions" --replication-factor "$rf" \
    --config "retention.ms=$retention_ms" --config "cleanup.policy=$cleanup" >/dev/null
  "$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --alter \
    --entity-type topics --entity-name "$topic" \
    --add-config "retention.ms=$retention_ms,cleanup.policy=$cleanup" >/dev/null
  principals[$owner]=1
  acl --allow-principal "User:$owner" --operation Write --operation Describe --topic "$topic"
  if [ "$consumers" != "-" ]; then
    for consumer in ${consumers//,/ }; do
      principals[$consumer]=1
      acl --allow-principal "User:$consumer" --operation Read --operation Describe --topic "$topic"
      acl --allow-principal "User:$consumer" --operation Read --group "$consumer"
    done
  fi
  echo "topic $topic ($kind): $partitions partitions, replication $rf, retention ${retention}, owner $owner"
done < "$topics_file"

for principal in "${!principals[@]}"; do
  variable="KAFKA_PASSWORD_$(echo "$principal" | tr 'a-z-' 'A-Z_')"
  password=${!variable:-}
  if [ -z "$password" ]; then
    echo "no $variable: $principal's credentials left as they are" >&2
    continue
  fi
  "$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --alter \
    --entity-type users --entity-name "$principal" \
    --add-config "SCRAM-SHA-512=[iterations=4096,password=$password]" >/dev/null
  echo "principal $principal: SCRAM-SHA-512 credentials set"
done
