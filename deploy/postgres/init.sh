#!/usr/bin/env bash
# Run once by the postgres image's entrypoint, on the first start with an empty data volume (mounted at
# /docker-entrypoint-initdb.d/). To run it again: docker compose down -v.
#
# One role and one database per bounded context (and one for Keycloak): no service can read another's tables. The
# roles' passwords come from the secret db-passwords (deploy/secrets/generate), never from this file.
# The cluster is UTF-8 (the image's default locale en_US.utf8): Chinese text round-trips. Each role owns its database
# and so its public schema; Flyway in each service creates the tables.
set -euo pipefail
passwords=/run/secrets/db-passwords
for name in conference alliance training notification keycloak; do
  password=$(sed -n "s/^$name=//p" "$passwords")
  [ -n "$password" ] || { echo "init.sh: no password for $name in $passwords" >&2; exit 1; }
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name" ENCODING 'UTF8';
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
done
