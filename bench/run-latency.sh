#!/usr/bin/env bash
# Builds the bench uber-jar and runs the in-process tick-to-order latency harness
# (dev.gridbot.bench.LatencyHarness) with the JVM flags of jvm.properties.
#
#   bench/run-latency.sh                   blocking then yielding, 10k trades/s, 5 s warm-up + 10 s each
#   bench/run-latency.sh --help            options: --rate, --warmup, --seconds, --wait, --books, --yield-us, --config
#   bench/run-latency.sh --wait sleeping --rate 20000 --seconds 30
#
# SKIP_BUILD=1 reuses bench/target/gridbot-bench.jar.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
flags="$(sed -n 's/^gridbot\.jvm\.flags[[:space:]]*=[[:space:]]*//p' jvm.properties | tr -d '\r')"
if [ -z "$flags" ]; then
  echo "run-latency.sh: no gridbot.jvm.flags line in $root/jvm.properties" >&2
  exit 1
fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -B -DskipTests -pl bench -am package
fi
# $flags is a whitespace-separated list of JVM options: split on purpose.
# shellcheck disable=SC2086
exec java $flags -Dgridbot.home="$root" -cp bench/target/gridbot-bench.jar dev.gridbot.bench.LatencyHarness "$@"
