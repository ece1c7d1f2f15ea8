#!/usr/bin/env bash
# Installs what the tests need beyond npm packages, on a Debian machine:
# Chromium for Playwright (never a downloaded browser), and a running PostgreSQL.
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if [[ " ${CASEBOOK_TEST_DATABASES:-sqlite postgresql} " == *" postgresql "* ]]; then
  if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
      echo "Starting the local PostgreSQL server"
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
      for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
    fi
  fi
  pg_isready -h 127.0.0.1 -p 5432 -q || {
    echo "PostgreSQL is not reachable on 127.0.0.1:5432. Start it, or run only SQLite: CASEBOOK_TEST_DATABASES=sqlite npm test" >&2
    exit 1
  }
fi
