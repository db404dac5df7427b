-- Run once by the postgres image's entrypoint, on the first start with an empty data volume
-- (mounted at /docker-entrypoint-initdb.d/). To run it again: docker compose down -v.
--
-- One role and one database per bounded context: no service can read another's tables.
-- DEMO CREDENTIALS (password = role name). Change them for anything but a local demo, here and
-- in the QUARKUS_DATASOURCE_PASSWORD of the matching service in docker-compose.yml.
--
-- The cluster is UTF-8 (the image's default locale en_US.utf8): Chinese text round-trips.
-- Each role owns its database and so its public schema; Flyway in each service creates the
-- tables (and trusted extensions such as pg_trgm, if a migration asks for them).

CREATE ROLE conference LOGIN PASSWORD 'conference';
CREATE DATABASE conference OWNER conference ENCODING 'UTF8';
REVOKE ALL ON DATABASE conference FROM PUBLIC;

CREATE ROLE alliance LOGIN PASSWORD 'alliance';
CREATE DATABASE alliance OWNER alliance ENCODING 'UTF8';
REVOKE ALL ON DATABASE alliance FROM PUBLIC;

CREATE ROLE training LOGIN PASSWORD 'training';
CREATE DATABASE training OWNER training ENCODING 'UTF8';
REVOKE ALL ON DATABASE training FROM PUBLIC;

CREATE ROLE notification LOGIN PASSWORD 'notification';
CREATE DATABASE notification OWNER notification ENCODING 'UTF8';
REVOKE ALL ON DATABASE notification FROM PUBLIC;
