#!/usr/bin/env bash
# Runs a committed benchmark: bench/run.sh check|annotate [rounds] | batch [copies] [repeats] | load [seconds] [clients] [files]
# (batch and load run the packaged jar: mvn -q package first)
# Builds the test classes, then runs the harness on the test classpath. Prints a Markdown table of timings
# and the ratio against the POI baseline measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-check}
shift || true
mvn -q -pl service -am test-compile -DskipTests
cp=$(mvn -q -pl service dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
case "$which" in
  check) main=org.suanpan.bench.CheckBenchmark ;;
  annotate) main=org.suanpan.bench.AnnotateBenchmark ;;
  batch) main=org.suanpan.bench.BatchBenchmark ;;
  load) main=org.suanpan.bench.LoadTest ;;
  *) echo "unknown benchmark: $which (check, annotate, batch, load)" >&2; exit 2 ;;
esac
exec java -Xmx2g -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -cp "service/target/test-classes:service/target/classes:$cp" "$main" "$@"
