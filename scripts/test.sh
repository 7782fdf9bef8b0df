#!/usr/bin/env bash
# The one test command (README): installs what the tests need on a fresh Debian 12 machine, starts PostgreSQL, runs every
# test project in the solution and ends with exactly one line "N passed, N failed" (summed over all test assemblies).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
results="$repo/TestResults"

export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

fail() { echo "test.sh: $*" >&2; exit 1; }

# Root runs apt and pg_ctlcluster directly; anyone else needs sudo for them.
if [[ $EUID -eq 0 ]]; then
  as_root=()
  as_postgres=(runuser -u postgres --)
elif command -v sudo >/dev/null; then
  as_root=(sudo)
  as_postgres=(sudo -u postgres)
else
  as_root=()
  as_postgres=()
fi

# ---------------------------------------------------------------------------------------------------------------------
# Prerequisites. Browser tests drive the Debian chromium (Playwright downloads nothing here) and need a CJK font or
# Chinese renders as boxes; the PostgreSQL tests need a real local server.
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

missing=()
command -v chromium >/dev/null || missing+=(chromium)
installed fonts-wqy-microhei || missing+=(fonts-wqy-microhei)
{ installed postgresql && command -v pg_ctlcluster >/dev/null; } || missing+=(postgresql)

if ((${#missing[@]})); then
  if [[ $EUID -ne 0 && ${#as_root[@]} -eq 0 ]]; then
    fail "missing ${missing[*]}; run as root or install sudo (or: apt-get install ${missing[*]})"
  fi
  echo "test.sh: installing ${missing[*]}"
  apt_log="$(mktemp)"
  # The lock timeout waits for another apt run to finish instead of failing at once; the log is shown only on failure.
  if ! { "${as_root[@]}" apt-get update -qq &&
         "${as_root[@]}" apt-get install -y -qq -o DPkg::Lock::Timeout=300 "${missing[@]}"; } >"$apt_log" 2>&1; then
    cat "$apt_log" >&2
    fail "apt-get could not install ${missing[*]}"
  fi
  rm -f "$apt_log"
fi

# ---------------------------------------------------------------------------------------------------------------------
# PostgreSQL: apt does not start the cluster in this container, so start it ourselves.
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  read -r pg_version pg_cluster _ < <(pg_lsclusters -h | awk 'NR==1') || true
  [[ -n ${pg_version:-} ]] || fail "no PostgreSQL cluster found (pg_lsclusters is empty); create one with pg_createcluster"
  if [[ $EUID -ne 0 && ${#as_root[@]} -eq 0 ]]; then
    fail "PostgreSQL $pg_version/$pg_cluster is not running and there is no sudo to start it"
  fi
  "${as_root[@]}" pg_ctlcluster "$pg_version" "$pg_cluster" start
  # pg_ctlcluster returns before the server accepts connections; poll readiness for at most 30 s.
  for ((try = 0; try < 60; try++)); do
    pg_isready -h 127.0.0.1 -p 5432 -q && break
    sleep 0.5
  done
  pg_isready -h 127.0.0.1 -p 5432 -q || fail "PostgreSQL $pg_version/$pg_cluster did not become ready on 127.0.0.1:5432"
fi

if [[ -z ${MSW_TEST_POSTGRES:-} ]]; then
  # Log in as the test role first: that needs no privileges, so a set-up machine works for any user.
  if ! PGPASSWORD=msw_test PGCONNECT_TIMEOUT=5 psql -X -q -h 127.0.0.1 -p 5432 -U msw_test -d postgres -Atc 'SELECT 1' >/dev/null 2>&1; then
    [[ $EUID -eq 0 || ${#as_root[@]} -gt 0 ]] || fail "cannot create PostgreSQL role msw_test without root or sudo; set MSW_TEST_POSTGRES"
    # A no-op when the role exists, so concurrent runs are harmless. cd / so psql, running as postgres, does not warn
    # that it cannot enter the caller's working directory.
    (cd / && "${as_postgres[@]}" psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "
      DO \$\$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'msw_test') THEN
          CREATE ROLE msw_test LOGIN PASSWORD 'msw_test' CREATEDB;
        END IF;
      END \$\$;") || fail "could not create PostgreSQL role msw_test"
  fi
  export MSW_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=msw_test;Password=msw_test"
fi
export MSW_CHROMIUM=/usr/bin/chromium

# ---------------------------------------------------------------------------------------------------------------------
# Tests. Each test assembly writes its own .trx; the closing line sums their counters.
dotnet tool restore

rm -rf "$results"
mkdir -p "$results"

test_rc=0
dotnet test ModularSocialWork.sln -c Release --logger trx --results-directory "$results" || test_rc=$?

# Prints "passed failed runs" summed over every .trx. Errors, time-outs and aborts count as failed: a reader of the
# closing line should not see them vanish.
parse_rc=0
counts="$(python3 - "$results" <<'PY'
import pathlib, sys, xml.etree.ElementTree as ET
passed = failed = runs = 0
for trx in sorted(pathlib.Path(sys.argv[1]).rglob("*.trx")):
    counters = ET.parse(trx).getroot().find(".//{*}ResultSummary/{*}Counters")
    if counters is None:
        continue
    runs += 1
    n = lambda attr: int(counters.get(attr, "0"))
    passed += n("passed")
    failed += n("failed") + n("error") + n("timeout") + n("aborted")
print(passed, failed, runs)
PY
)" || parse_rc=$?
read -r passed failed runs <<<"${counts:-0 0 0}"

status=0
if ((parse_rc != 0)); then
  echo "test.sh: could not read the .trx files in $results" >&2
  status=1
fi
if ((test_rc != 0)); then
  echo "test.sh: dotnet test exited with $test_rc (${runs} test assemblies reported results)" >&2
  status=1
fi
if ((passed + failed == 0)); then
  echo "test.sh: no tests ran" >&2
  status=1
fi
((failed == 0)) || status=1

echo "$passed passed, $failed failed"
exit "$status"
