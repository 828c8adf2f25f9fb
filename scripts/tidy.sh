#!/usr/bin/env bash
# clang-tidy with the repository's .clang-tidy over the C++ files changed since a base commit
# (CASEBINDER_TIDY_BASE, default: the last 5 commits); any finding fails. Not yet in .ci/run:
# files touched by #15 still hold older findings (see the #15 note). Uses build/debug.
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

base="${CASEBINDER_TIDY_BASE:-HEAD~5}"
if ! git rev-parse --verify -q "$base" >/dev/null; then
    base="$(git rev-list --max-parents=0 HEAD | tail -1)"
fi
mapfile -t files < <(git diff --name-only --diff-filter=AM "$base" -- '*.cpp' \
    | grep -E '^(model|importers|views|app|report)/' || true)
if [ ${#files[@]} -eq 0 ]; then
    echo "tidy: no C++ sources changed since $base"
    exit 0
fi

printf '%s\0' "${files[@]}" | xargs -0 -n 4 -P "$(nproc)" \
    clang-tidy-16 -p "$build" --quiet --warnings-as-errors='*' \
    --extra-arg=-std=c++2b --extra-arg=-Wno-builtin-macro-redefined \
    --extra-arg=-D__cpp_concepts=202002L 2>/dev/null
echo "tidy: ${#files[@]} files changed since $base are clang-tidy clean"
