#!/usr/bin/env bash
# clang-tidy with the repository's .clang-tidy on the .cpp lines changed since a base commit;
# any finding on a changed line fails. CI runs it after the style check (.ci/run). The base is
# CASEBINDER_TIDY_BASE, else the commit in .ci/tidy-base (the last tree whose changes were
# checked; move it forward once `CASEBINDER_TIDY_BASE=<old base> bash scripts/tidy.sh` is
# clean), else the last 10 commits. Findings on older lines are left to the change that
# touches them next. Uses build/debug's compile_commands.json.
#
# Debian 12's clang 16 is the newest that parses this code base, with two adjustments:
# -std=c++2b (it does not know -std=c++23), and __cpp_concepts raised so that libstdc++ 12
# offers std::expected (clang 16 implements what <expected> needs but reports an older value).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
build=build/debug
if [ ! -f "$build/compile_commands.json" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
fi

recorded="$(cat .ci/tidy-base 2>/dev/null || true)"
base="${CASEBINDER_TIDY_BASE:-${recorded:-HEAD~10}}"
if ! git rev-parse --verify -q "$base" >/dev/null; then
    base="$(git rev-list --max-parents=0 HEAD | tail -1)"
fi
sources='^(model|importers|enrichment|report|views|app|production)/.*\.cpp$'
changed="$(git diff --name-only --diff-filter=AM "$base" | grep -cE "$sources" || true)"
if [ "$changed" -eq 0 ]; then
    echo "tidy: no C++ sources changed since $base"
    exit 0
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
git diff -U0 --diff-filter=AM "$base" \
    | python3 /usr/bin/clang-tidy-diff-16.py -p1 -path "$build" -j "$(nproc)" -quiet \
        -regex "$sources" -clang-tidy-binary clang-tidy-16 \
        -extra-arg=-std=c++2b -extra-arg=-Wno-builtin-macro-redefined \
        -extra-arg=-Wno-macro-redefined -extra-arg=-D__cpp_concepts=202002L \
        >"$log" 2>&1 || true
# clang 16 cannot compile qpdf's JSON.hh with libstdc++ 12 (a vector of the class being
# defined); GCC can. Diagnostics inside system headers are not this project's findings.
if grep -E '(warning|error): ' "$log" | grep -qvE '^/usr/'; then
    cat "$log"
    echo "tidy: findings on lines changed since $base (above)" >&2
    exit 1
fi
echo "tidy: the lines changed since $base in $changed files are clang-tidy clean"
