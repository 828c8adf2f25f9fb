#!/usr/bin/env bash
# Installs what is missing, builds Casebinder, and opens it on the bundled sample case
# (or on the case file given as the first argument).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASEBINDER_BUILD_TESTS=OFF >/dev/null
cmake --build build/release --parallel "$(nproc)"

case_file="${1:-}"
if [ -z "$case_file" ]; then
    data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/Casebinder"
    mkdir -p "$data_dir"
    case_file="$data_dir/parler-v-aws.casebinder"
    if [ ! -f "$case_file" ]; then
        if build/release/app/casebinder-cli --help | grep -q '^  sample '; then
            build/release/app/casebinder-cli sample "$case_file"
        else
            build/release/app/casebinder-cli new "$case_file" --title "Parler LLC v. Amazon Web Services, Inc."
        fi
    fi
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: running under xvfb-run (headless)." >&2
    exec xvfb-run -a build/release/app/casebinder "$case_file"
fi
exec build/release/app/casebinder "$case_file"
