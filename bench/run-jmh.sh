#!/usr/bin/env bash
# Builds the bench uber-jar and runs the JMH benchmarks with the JVM flags of jvm.properties
# (the one place they are written down). The harness JVM is started with them, and so is every
# JMH fork (-jvmArgs, so they appear once in the fork's "# VM options").
#
#   bench/run-jmh.sh                       short run of GridDecisionBenchmark with -prof gc
#   bench/run-jmh.sh -h                    every JMH option
#   bench/run-jmh.sh GridDecisionBenchmark.quietTrade -f 1 -i 10 -prof gc
#
# Extra fork flags: -jvmArgsAppend "-Xmx1g". SKIP_BUILD=1 reuses bench/target/gridbot-bench.jar.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
flags="$(sed -n 's/^gridbot\.jvm\.flags[[:space:]]*=[[:space:]]*//p' jvm.properties | tr -d '\r')"
if [ -z "$flags" ]; then
  echo "run-jmh.sh: no gridbot.jvm.flags line in $root/jvm.properties" >&2
  exit 1
fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -B -DskipTests -pl bench -am package
fi
if [ $# -eq 0 ]; then
  set -- "GridDecisionBenchmark|GatewayDecodeBenchmark" -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc
fi
# $flags is a whitespace-separated list of JVM options: split on purpose.
# shellcheck disable=SC2086
exec java $flags -Dgridbot.home="$root" -jar bench/target/gridbot-bench.jar -jvmArgs "$flags -Dgridbot.home=$root" "$@"
