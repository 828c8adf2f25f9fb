#!/usr/bin/env bash
# Crash consistency, the long version: kills `casebinder-cli import` with SIGKILL at RUNS
# seeded random moments and checks the case after each (integrity, all-or-nothing, originals
# byte-identical). The same SEED reproduces the same kill times on the same machine speed.
#
#   scripts/crash-test.sh [RUNS] [SEED]      defaults: 50 runs, seed 20261122
#
# BUILD_DIR selects the build (default build/release: a Release build, configured and built
# here when missing, with ccache when it is installed); CASEBINDER_CRASH_ROWS sets the posts
# in the big import (default 200000). Prints PASS or FAIL with the figures at the end; the
# full log is in $BUILD_DIR/crash-test.log.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-50}
seed=${2:-20261122}
rows=${CASEBINDER_CRASH_ROWS:-200000}
build=${BUILD_DIR:-build/release}

if [[ ! -f "$build/build.ninja" ]]; then
    launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
fi
cmake --build "$build" --target tst_crashconsistency casebinder-cli

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export CASEBINDER_CRASH_RUNS=$runs
export CASEBINDER_CRASH_SEED=$seed
export CASEBINDER_CRASH_ROWS=$rows
# Qt Test stops a test function after 5 minutes by default; 50 long runs take far longer.
export QTEST_FUNCTION_TIMEOUT=${QTEST_FUNCTION_TIMEOUT:-86400000}
log="$build/crash-test.log"
echo "== crash test: $runs SIGKILL runs, seed $seed, $rows posts + 24 PDFs per import (log: $log)"
start=$(date +%s)
status=0
"$build/tests/importers/tst_crashconsistency" -maxwarnings 0 >"$log" 2>&1 || status=$?
elapsed=$(($(date +%s) - start))

grep -E 'undisturbed import|^QINFO.*runs \(seed' "$log" | sed -e 's/^QINFO *: *[^ ]* */   /' || true
passed=$(grep -cE '^QINFO.*run [0-9]+: ' "$log" || true)
if [[ $status -eq 0 ]] && grep -q '^PASS   : TestCrashConsistency::killedImportIsAllOrNothing' "$log"; then
    echo "PASS: $passed/$runs runs consistent (seed $seed, $rows posts, ${elapsed}s)"
else
    grep -E '^(FAIL!|   Loc:)' "$log" | sed 's/^/   /' || true
    echo "FAIL: $passed of $runs runs checked before the failure (seed $seed, $rows posts," \
        "${elapsed}s); see $log"
    exit 1
fi
