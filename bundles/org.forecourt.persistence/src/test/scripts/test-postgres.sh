#!/bin/sh
# A throwaway PostgreSQL 15 cluster on 127.0.0.1 for the PostgreSQL cases of the persistence tests.
#
#   eval "$(bundles/org.forecourt.persistence/src/test/scripts/test-postgres.sh start)"   # exports FORECOURT_TEST_PG_URL
#   mvn -q -B -f bundles/org.forecourt.persistence/pom.xml install
#   bundles/org.forecourt.persistence/src/test/scripts/test-postgres.sh stop
#
# Needs the Debian package postgresql-15 (initdb/pg_ctl in /usr/lib/postgresql/15/bin) and root (the cluster runs
# as the postgres user). Listens on loopback only; PGDIR and PGPORT override the defaults.
set -eu
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PGDIR=${PGDIR:-/tmp/forecourt-test-pg}
PGPORT=${PGPORT:-55433}
URL="jdbc:postgresql://127.0.0.1:$PGPORT/forecourt_test?user=forecourt&password=forecourt"

case "${1:-}" in
start)
    if [ ! -d "$PGDIR/data" ]; then
        mkdir -p "$PGDIR" && chown postgres "$PGDIR"
        su postgres -c "$PGBIN/initdb -D $PGDIR/data -A trust -U postgres" >"$PGDIR/initdb.log" 2>&1
    fi
    if ! su postgres -c "$PGBIN/pg_ctl -D $PGDIR/data status" >/dev/null 2>&1; then
        su postgres -c "$PGBIN/pg_ctl -D $PGDIR/data -w -l $PGDIR/server.log \
            -o '-k $PGDIR -p $PGPORT -c listen_addresses=127.0.0.1 -c fsync=off' start" >/dev/null
    fi
    su postgres -c "psql -q -h 127.0.0.1 -p $PGPORT -U postgres -tc \"SELECT 1 FROM pg_roles WHERE rolname='forecourt'\"" \
        | grep -q 1 || su postgres -c "psql -q -h 127.0.0.1 -p $PGPORT -U postgres -c \"CREATE USER forecourt PASSWORD 'forecourt'\""
    su postgres -c "psql -q -h 127.0.0.1 -p $PGPORT -U postgres -tc \"SELECT 1 FROM pg_database WHERE datname='forecourt_test'\"" \
        | grep -q 1 || su postgres -c "psql -q -h 127.0.0.1 -p $PGPORT -U postgres -c 'CREATE DATABASE forecourt_test OWNER forecourt'"
    echo "export FORECOURT_TEST_PG_URL='$URL'"
    ;;
stop)
    su postgres -c "$PGBIN/pg_ctl -D $PGDIR/data -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
