#!/usr/bin/env bash
# The house style, checked: every C++ file in the repository is clang-format clean
# (.clang-format). CI runs it after the test suite (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run -Werror
echo "style: $(git ls-files '*.cpp' '*.h' | wc -l) files clang-format clean"
