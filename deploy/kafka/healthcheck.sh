#!/usr/bin/env bash
# The broker container's health check: the super user reaches the broker on the internal listener.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
KAFKA_BOOTSTRAP=${KAFKA_BOOTSTRAP:-localhost:9094}
# shellcheck source=admin-client.sh
. "$here/admin-client.sh"
"$KAFKA_BIN/kafka-broker-api-versions.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" >/dev/null
