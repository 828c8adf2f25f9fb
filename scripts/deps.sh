#!/usr/bin/env bash
# Installs the Debian 12 packages Casebinder needs to build, test and run.
# Used by the README's commands and by CI; installs only what is missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libpoppler-qt6-dev libquazip1-qt6-dev libsqlite3-dev sqlite3 libssl-dev
    libgl-dev strace
    libc-bin # ldd, for tests/architecture/tst_clilinkage
    xvfb xauth poppler-utils qpdf zip unzip clang-format clang-tidy-16
    # Export fonts (report/exportfonts.cpp), also runtime dependencies (cmake/CasebinderPackaging.cmake)
    fonts-dejavu-core fonts-noto-core fonts-wqy-microhei fonts-symbola
    # OCR (enrichment/ocr): Tesseract 5's C++ API and its English, French and orientation data
    libtesseract-dev tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-osd
    # Bates stamping (production/): qpdf's C++ library adds the stamp to existing page content
    libqpdf-dev
    # Qt's TIFF (and WebP) reader: load-file page images (importers/loadfiles), and image
    # documents made into PDF pages before stamping
    qt6-image-formats-plugins
    # Productions with --images tiff (production/): libtiff writes single-page CCITT Group IV
    # TIFFs; tiffinfo (libtiff-tools) checks them in tests/production. OCR's bad-input tests
    # (tests/enrichment): CCITT G4 scans made with tiffcp -c g4 and wrapped, undecoded, by img2pdf
    libtiff-dev libtiff-tools img2pdf
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
