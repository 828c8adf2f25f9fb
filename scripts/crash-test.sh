#!/usr/bin/env bash
# Crash consistency, the long version: kills `casebinder-cli import` with SIGKILL at RUNS
# seeded random moments and checks the case after each (integrity, all-or-nothing, originals
# byte-identical). The same SEED reproduces the same kill times on the same machine speed.
#
#   scripts/crash-test.sh [RUNS] [SEED]      defaults: 50 runs, seed 20261122
#
# BUILD_DIR selects the build (default build/release, configured and built here if needed);
# CASEBINDER_CRASH_ROWS sets the posts in the big import (default 200000).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-50}
seed=${2:-20261122}
build=${BUILD_DIR:-build/release}

if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target tst_crashconsistency casebinder-cli

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export CASEBINDER_CRASH_RUNS=$runs
export CASEBINDER_CRASH_SEED=$seed
exec "$build/tests/reliability/tst_crashconsistency" -maxwarnings 0
