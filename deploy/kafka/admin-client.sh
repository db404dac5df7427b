#!/usr/bin/env bash
# Sourced by the other scripts: writes the client settings of the broker's super user (admin, PLAIN on the broker's
# internal listener) to $ADMIN_CONFIG, from KAFKA_ADMIN_PASSWORD, and sets KAFKA_BIN and BOOTSTRAP.
#   KAFKA_BOOTSTRAP   the internal listener (default kafka:9094)
#   KAFKA_BIN         Kafka's bin folder (default /opt/kafka/bin, as in the apache/kafka image)
set -euo pipefail
: "${KAFKA_ADMIN_PASSWORD:?set KAFKA_ADMIN_PASSWORD (password of the super user admin)}"
BOOTSTRAP=${KAFKA_BOOTSTRAP:-kafka:9094}
KAFKA_BIN=${KAFKA_BIN:-/opt/kafka/bin}
ADMIN_CONFIG=$(mktemp)
trap 'rm -f "$ADMIN_CONFIG"' EXIT
chmod 600 "$ADMIN_CONFIG"
cat > "$ADMIN_CONFIG" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
PROPERTIES
