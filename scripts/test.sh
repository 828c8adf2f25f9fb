#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
cmake -S . -B build/debug -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
cmake --build build/debug --parallel "$(nproc)"
QT_QPA_PLATFORM=offscreen ctest --test-dir build/debug --output-on-failure --parallel "$(nproc)" "$@"
