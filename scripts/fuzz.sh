#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) and runs each for SECONDS (default 600).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Corpora grow in build/fuzz/corpus/<target> (seeded from tests/fuzz/corpus); crashes, leaks
# and timeouts are written to build/fuzz/artifacts/ and make the script fail. Turn a finding
# into a regression test before fixing it. BUILD_DIR overrides the build directory.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
shift || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    targets=(posts manifest ziparchive searchquery eventdate zipentryname)
fi
build=${BUILD_DIR:-build/fuzz}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASEBINDER_FUZZ=ON \
    -DCASEBINDER_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target "${targets[@]/#/fuzz_}"

mkdir -p "$build/artifacts"
status=0
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    mkdir -p "$corpus"
    cp -n tests/fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
    log="$build/fuzz_$target.log"
    echo "== fuzz_$target for ${seconds}s (log: $log)"
    if ! ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/artifacts/${target}-" \
        "$corpus" >"$log" 2>&1; then
        echo "   FINDING: see $log and $build/artifacts/"
        status=1
    fi
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' \
        "$log" | sed 's/^/   /' || true
    grep -E '^#[0-9]+.*(DONE|cov:)' "$log" | tail -1 | sed 's/^/   /' || true
done
exit $status
