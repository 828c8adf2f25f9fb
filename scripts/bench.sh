#!/usr/bin/env bash
# Casebinder benchmarks side by side with the tools an analyst would use instead.
#
#   scripts/bench.sh [--quick] [--only pdf|posts|search|exports|loadfiles|dockets|stamp|ocr]
#
# Builds in Release (build-bench/, or $CASEBINDER_BENCH_BUILD), prepares the inputs, runs every
# figure several times (3; 1 with --quick) together with its peer in the same session, and
# prints one table: figure, median, min–max, peer median, ratio (ours / peer; < 1 is faster).
# Inputs: the PDFs of ../shared/corpus/court-pdfs plus any folder in $CASEBINDER_BENCH_PDFS, and
# N synthetic posts from tests/bench/gen_posts (1,000,000; 100,000 with --quick; or $CASEBINDER_BENCH_POSTS).
# Peers (installed from Debian when missing and run as root): pdftotext, recollindex/recollq,
# the sqlite3 shell. Raw outputs are kept in $WORK/logs (printed at the end).
# --only runs one part: pdf (PDF import and PDF search), posts (posts import and the posts
# model), search (bench_search on N posts), exports, loadfiles (bench_loadfile: a Concordance
# DAT of N records — 1,000,000; 100,000 with --quick; or $CASEBINDER_BENCH_DAT — read, then
# imported: records/s and peak RSS), dockets (a 5,000-entry docket report) or stamp (Bates
# stamping of the corpus PDFs in pages/s, higher is better, against `qpdf --overlay` of a
# one-page stamp on the same files) or ocr (`casebinder-cli ocr` of N scanned pages — 8; 4 with
# --quick; or $CASEBINDER_BENCH_OCR_PAGES — made with pdftoppm -r 300 and img2pdf from a text
# PDF of the corpus, against the tesseract command line over the same page images one after
# another, and against `ocrmypdf --skip-text -O0` of the same PDF: wall time, peak RSS and word
# recall against pdftotext of the source; peers tesseract-ocr, ocrmypdf and img2pdf installed
# when missing).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
quick=0
only=""
while (($#)); do
    case "$1" in
    --quick) quick=1 ;;
    --only)
        only="${2:-}"
        shift
        ;;
    *)
        echo "usage: scripts/bench.sh [--quick] [--only pdf|posts|search|exports|loadfiles|dockets|stamp|ocr]" >&2
        exit 2
        ;;
    esac
    shift
done
case "$only" in
"" | pdf | posts | search | exports | loadfiles | dockets | stamp | ocr) ;;
*)
    echo "bench.sh: --only takes pdf, posts, search, exports, loadfiles, dockets, stamp or ocr" >&2
    exit 2
    ;;
esac
part() { [[ -z "$only" || "$only" == "$1" ]]; }
runs=$((quick ? 1 : 3))
posts="${CASEBINDER_BENCH_POSTS:-$((quick ? 100000 : 1000000))}"
dat_records="${CASEBINDER_BENCH_DAT:-$((quick ? 100000 : 1000000))}"
build="${CASEBINDER_BENCH_BUILD:-$here/build-bench}"
corpus="$here/../shared/corpus/court-pdfs"

say() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

# ---- peers ----
missing=()
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v sqlite3 >/dev/null || missing+=(sqlite3)
command -v recollindex >/dev/null || missing+=(recollcmd)
command -v qpdf >/dev/null || missing+=(qpdf)
if part ocr; then
    command -v tesseract >/dev/null || missing+=(tesseract-ocr)
    command -v ocrmypdf >/dev/null || missing+=(ocrmypdf)
    command -v img2pdf >/dev/null || missing+=(img2pdf)
    [[ -x /usr/bin/time ]] || missing+=(time)
fi
if ((${#missing[@]})); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "bench.sh: missing peers (${missing[*]}); run as root or: apt-get install ${missing[*]}" >&2
        exit 1
    fi
    say "Installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >&2
fi

# ---- build ----
# With --only ocr, $CASEBINDER_BENCH_CLI may name a casebinder-cli already built (any build
# type: the time is Tesseract's, a Release library either way) and nothing is built.
if [[ "$only" == ocr && -n "${CASEBINDER_BENCH_CLI:-}" ]]; then
    say "Using $CASEBINDER_BENCH_CLI (not built here)"
else
    say "Building (Release) in $build"
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) >/dev/null
    if [[ "$only" == ocr ]]; then # the OCR rows need the CLI alone
        ninja -C "$build" -j"$(nproc)" casebinder-cli >&2
    else
        ninja -C "$build" -j"$(nproc)" casebinder-cli gen_posts bench_search bench_postsmodel \
            bench_export bench_gui bench_loadfile bench_stamp >&2
    fi
fi
cli="${CASEBINDER_BENCH_CLI:-$(find "$build" -name casebinder-cli -type f -perm -u+x | head -n1)}"
tool() { find "$build/tests" -name "$1" -type f -perm -u+x 2>/dev/null | head -n1 || true; }
gen_posts="$(tool gen_posts)"
bench_search="$(tool bench_search)"
bench_postsmodel="$(tool bench_postsmodel)"
bench_gui="$(tool bench_gui)"
bench_export="$(tool bench_export)"
bench_loadfile="$(tool bench_loadfile)"
bench_stamp="$(tool bench_stamp)"
export QT_QPA_PLATFORM=offscreen

work="$(mktemp -d "${TMPDIR:-/tmp}/casebinder-bench.XXXXXX")"
logs="$work/logs"
mkdir -p "$logs"
trap 'rm -rf "$work/scratch"' EXIT
mkdir -p "$work/scratch"
scratch="$work/scratch"
results="$work/results.tsv" # figure <TAB> unit <TAB> kind(ours|peer) <TAB> value
: >"$results"
record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$results"; }

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }

# ---- inputs ----
pdf_dirs=("$corpus")
if [[ -n "${CASEBINDER_BENCH_PDFS:-}" ]]; then
    pdf_dirs+=("$CASEBINDER_BENCH_PDFS")
fi
mapfile -t pdfs < <(find "${pdf_dirs[@]}" -type f -iname '*.pdf' | sort)
pdf_count=${#pdfs[@]}
pdf_pages=0
for f in "${pdfs[@]}"; do
    p=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ { print $2 }') || true
    pdf_pages=$((pdf_pages + ${p:-0}))
done
say "Inputs: $pdf_count PDFs ($pdf_pages pages), $posts posts"
if part posts; then
    "$gen_posts" "$posts" "$scratch/posts.csv" "$scratch/posts.ndjson"
fi

recoll_conf() { # a throwaway Recoll configuration indexing the PDF folders
    rm -rf "$scratch/recoll"
    mkdir -p "$scratch/recoll"
    {
        echo "topdirs = ${pdf_dirs[*]}"
        echo "indexedmimetypes = application/pdf"
        echo "idxflushmb = 64"
        # Some corpus PDFs make Recoll's filter wait minutes without using the CPU; cap that.
        echo "filtermaxseconds = 20"
    } >"$scratch/recoll/recoll.conf"
}

pdf_label="PDF import, $pdf_count files / $pdf_pages pages (s)"
csv_label="Posts import CSV, $posts posts (s)"
json_label="Posts import NDJSON, $posts posts (s)"

for ((run = 1; run <= runs; run++)); do
    part pdf || break
    say "Run $run/$runs: PDF import vs pdftotext vs recollindex"
    rm -f "$scratch/pdfs.casebinder"
    "$cli" new "$scratch/pdfs.casebinder" --title Bench >/dev/null
    t=$(now)
    # Exit code 3: some corpus PDFs are rejected on purpose (encrypted, broken); the rest count.
    "$cli" import "$scratch/pdfs.casebinder" "${pdfs[@]}" --json >"$logs/import-pdfs.json" \
        2>"$logs/import-pdfs.err" || [[ $? -eq 3 ]]
    record "$pdf_label" s ours "$(elapsed "$t")"
    t=$(now)
    for f in "${pdfs[@]}"; do pdftotext -q "$f" - >/dev/null || true; done
    record "$pdf_label" s "pdftotext (sequential)" "$(elapsed "$t")"
    recoll_conf
    t=$(now)
    recollindex -c "$scratch/recoll" -z >"$logs/recollindex.log" 2>&1 || true
    record "$pdf_label" s recollindex "$(elapsed "$t")"
done

for ((run = 1; run <= runs; run++)); do
    part posts || break
    say "Run $run/$runs: posts import vs sqlite3 .import + FTS5"
    for format in csv ndjson; do
        label=$([[ $format == csv ]] && echo "$csv_label" || echo "$json_label")
        rm -f "$scratch/posts-$format.casebinder"
        "$cli" new "$scratch/posts-$format.casebinder" --title Bench >/dev/null
        t=$(now)
        "$cli" import "$scratch/posts-$format.casebinder" "$scratch/posts.$format" --kind posts \
            --json >"$logs/import-$format.json" 2>"$logs/import-$format.err"
        record "$label" s ours "$(elapsed "$t")"
    done
    rm -f "$scratch/peer.sqlite"
    t=$(now)
    sqlite3 "$scratch/peer.sqlite" <<EOF
.mode csv
.import '$scratch/posts.csv' posts
CREATE VIRTUAL TABLE posts_fts USING fts5(text, content='posts',
    tokenize='unicode61 remove_diacritics 2');
INSERT INTO posts_fts (rowid, text) SELECT rowid, text FROM posts;
EOF
    peer=$(elapsed "$t")
    record "$csv_label" s "sqlite3 .import + FTS5" "$peer"
    record "$json_label" s "sqlite3 .import + FTS5" "$peer"
done

part pdf && say "Search on the PDF case vs recollq (process wall time per query)"
part pdf && for query in injunction "preliminary injunction" 'amazon OR parler' 'contract*'; do
    label="PDF search '$query' (ms)"
    for ((i = 0; i < 5 * runs; i++)); do
        t=$(now)
        "$cli" search "$scratch/pdfs.casebinder" "$query" --limit 20 >/dev/null
        record "$label" ms ours "$(awk -v s="$(elapsed "$t")" 'BEGIN { print s * 1000 }')"
        t=$(now)
        recollq -c "$scratch/recoll" -n 20 "$query" >/dev/null 2>&1 || true
        record "$label" ms recollq "$(awk -v s="$(elapsed "$t")" 'BEGIN { print s * 1000 }')"
    done
done

search_case="$scratch/search.casebinder"
if part search; then
    say "Search latency on $posts posts (bench_search)"
    "$bench_search" --posts "$posts" --runs 1 --keep "$search_case" >/dev/null 2>"$logs/search-populate.log"
fi
for ((run = 1; run <= runs; run++)); do
    part search || break
    "$bench_search" --posts "$posts" --runs 30 --keep "$search_case" >"$logs/search-$run.txt" \
        2>>"$logs/search-populate.log"
    # columns: name… matches ranked p50 p95 p99
    awk 'NR > 1 && NF >= 6 {
            p99 = $NF; p95 = $(NF-1); p50 = $(NF-2); name = $1
            for (i = 2; i <= NF - 5; i++) name = name " " $i
            printf "Search %s p50 (ms)\tms\tours\t%s\n", name, p50
            printf "Search %s p95 (ms)\tms\tours\t%s\n", name, p95
            printf "Search %s p99 (ms)\tms\tours\t%s\n", name, p99
        }' "$logs/search-$run.txt" >>"$results"
done

part posts && say "Posts model on the imported $posts-post case (bench_postsmodel)"
for ((run = 1; run <= runs; run++)); do
    part posts || break
    /usr/bin/time -f '%M' -o "$logs/postsmodel-rss-$run.txt" \
        "$bench_postsmodel" 1 "$scratch/posts-csv.casebinder" >"$logs/postsmodel-$run.txt"
    awk 'function wall(line) { match(line, /[0-9.]+ ms wall/); return substr(line, RSTART, RLENGTH - 8) }
        /^open model/ { open = wall($0) } /^first row/ { first = wall($0) }
        /^scroll end to end, every 50th/ { scroll = wall($0) }
        END {
            printf "Posts model open + first row (ms)\tms\tours\t%s\n", open + first
            printf "Posts model scroll end to end (ms)\tms\tours\t%s\n", scroll
        }' "$logs/postsmodel-$run.txt" >>"$results"
    record "Posts model peak RSS, whole bench (MB)" MB ours \
        "$(awk '{ printf "%.0f", $1 / 1024 }' "$logs/postsmodel-rss-$run.txt")"
    # The main window offscreen: open, show posts, scroll, switch views, filter, sort.
    "$bench_gui" "$scratch/posts-csv.casebinder" >"$logs/gui-$run.txt"
    awk '/^open case: / { match($0, /loop free\) [0-9.]+/); open = substr($0, RSTART + 11, RLENGTH - 11) }
        / stall max / { match($0, /stall max +[0-9.]+/); v = substr($0, RSTART + 9, RLENGTH - 9) + 0
                        if (v > worst) worst = v }
        END {
            printf "GUI: open case to a usable window (ms)\tms\tours\t%s\n", open
            printf "GUI: worst event-loop stall, any action (ms)\tms\tours\t%s\n", worst
        }' "$logs/gui-$run.txt" >>"$results"
done

part exports && say "Exports" && "$cli" sample "$scratch/sample.casebinder" >/dev/null
for ((run = 1; run <= runs; run++)); do
    part exports || break
    "$bench_export" 10000 >"$logs/export-$run.txt"
    record "Timeline PDF, 10,000 events (ms)" ms ours \
        "$(sed 's/([^)]*)//g' "$logs/export-$run.txt" | grep -o '[0-9]\+ ms' | tail -n1 | cut -d' ' -f1)"
    t=$(now)
    "$cli" export-matrix "$scratch/sample.casebinder" "$scratch/matrix.pdf" >/dev/null
    record "Claim chart PDF of the sample case (ms)" ms ours \
        "$(awk -v s="$(elapsed "$t")" 'BEGIN { print s * 1000 }')"
done

part loadfiles && say "Load files: a $dat_records-record Concordance DAT (bench_loadfile)"
for ((run = 1; run <= runs; run++)); do
    part loadfiles || break
    "$bench_loadfile" "$dat_records" >"$logs/loadfile-$run.txt"
    awk -v n="$dat_records" '
        /^DAT read: / { match($0, /= [0-9]+ records/); printf "DAT read, %d records (records/s)\trecords/s\tours\t%s\n", n, substr($0, RSTART + 2, RLENGTH - 10) }
        /^DAT import: / { match($0, /= [0-9]+ records/); printf "DAT import, %d records (records/s)\trecords/s\tours\t%s\n", n, substr($0, RSTART + 2, RLENGTH - 10) }
        /^peak RSS after the import: / { printf "DAT import, %d records, peak RSS (MB)\tMB\tours\t%s\n", n, $6 }' \
        "$logs/loadfile-$run.txt" >>"$results"
done

# Dockets: a 5,000-entry PACER docket report imported by the CLI (whole process: parse, store,
# link), beside Python's own HTML parser merely reading the same page (juriscraper parses with
# lxml, which Debian's python3 lacks; html.parser is the stdlib stand-in).
if part dockets; then
    say "Docket import, 5,000 entries"
    python3 "$here/tests/bench/gen_docket.py" 5000 "$scratch/docket-5000.html"
fi
for ((run = 1; run <= runs; run++)); do
    part dockets || break
    rm -f "$scratch/docket.casebinder"
    "$cli" new "$scratch/docket.casebinder" >/dev/null
    t=$(now)
    "$cli" import "$scratch/docket.casebinder" "$scratch/docket-5000.html" >/dev/null
    record "Docket import, 5,000 entries (s)" s ours "$(elapsed "$t")"
    t=$(now)
    python3 -c 'import html.parser, sys; html.parser.HTMLParser().feed(open(sys.argv[1], encoding="utf-8").read())' \
        "$scratch/docket-5000.html"
    record "Docket import, 5,000 entries (s)" s "python3 html.parser (read only)" "$(elapsed "$t")"
done

part stamp && say "Bates stamping vs qpdf --overlay (pages/s, higher is better)"
for ((run = 1; run <= runs; run++)); do
    part stamp || break
    rm -rf "$scratch/stamp" && mkdir -p "$scratch/stamp"
    # Whole-process wall time, reading the inputs included. Each page gets its own number and
    # the legend; the peer overlays one fixed stamp (qpdf cannot number pages) per file.
    t=$(now)
    "$bench_stamp" "$scratch/stamp" "${pdfs[@]}" >"$logs/stamp-$run.txt"
    ours=$(elapsed "$t")
    stamped_pages=$(awk '{ print $2 }' "$logs/stamp-$run.txt")
    label="Bates stamping, $stamped_pages pages (pages/s)"
    record "$label" pages/s ours "$(awk -v p="$stamped_pages" -v s="$ours" 'BEGIN { print p / s }')"
    t=$(now)
    n=0
    while IFS= read -r f; do
        qpdf "$f" --overlay "$scratch/stamp/stamp.pdf" --repeat=1 -- "$scratch/stamp/peer-$n.pdf" \
            2>/dev/null || [[ $? -eq 3 ]] # 3: written, with warnings
        n=$((n + 1))
    done <"$scratch/stamp/stamped.txt"
    peer=$(elapsed "$t")
    record "$label" pages/s "qpdf --overlay (one process per file)" \
        "$(awk -v p="$stamped_pages" -v s="$peer" 'BEGIN { print p / s }')"
done

# OCR: N pages of a text PDF rasterised at 300 dpi and rebuilt image-only (img2pdf), read by
# `casebinder-cli ocr` (one Tesseract per core, OSD, pages stored in the case), by the
# tesseract command line over the same PNGs one after another (same 300 dpi, same eng LSTM
# model, its own OpenMP threads as it ships), and by ocrmypdf --skip-text -O0 (its defaults:
# one job per core). Wall time of the whole process; peak RSS by GNU time (for the peers'
# loops, the largest process); word recall against pdftotext of the source pages.
if part ocr; then
    ocr_pages="${CASEBINDER_BENCH_OCR_PAGES:-$((quick ? 4 : 8))}"
    ocr_source=""
    for f in "${pdfs[@]}"; do # the corpus's text twin of its image-only opinion
        [[ "$(basename "$f")" == opinion_pdf_text_based.pdf ]] && ocr_source="$f"
    done
    [[ -n "$ocr_source" ]] || ocr_source="${pdfs[0]}"
    say "OCR of $ocr_pages scanned pages vs tesseract (CLI, page after page) and ocrmypdf"
    mkdir -p "$scratch/ocr"
    pdftoppm -r 300 -gray -png -f 1 -l "$ocr_pages" "$ocr_source" "$scratch/ocr/page"
    mapfile -t ocr_images < <(find "$scratch/ocr" -name 'page-*.png' | sort)
    img2pdf "${ocr_images[@]}" -o "$scratch/ocr/scans.pdf"
    pdftotext -f 1 -l "$ocr_pages" "$ocr_source" "$scratch/ocr/source.txt"
    ocr_label="OCR, ${#ocr_images[@]} pages at 300 dpi"
fi
# Word recall of $2 against $1: the share of the source's words (each as often as it occurs)
# found in the OCR text.
recall() {
    python3 - "$1" "$2" <<'PY'
import collections, re, sys
words = lambda path: re.findall(r"[^\W_]+", open(path, encoding="utf-8", errors="replace").read().lower())
known, found = words(sys.argv[1]), collections.Counter(words(sys.argv[2]))
hit = 0
for word in known:
    if found[word] > 0:
        found[word] -= 1
        hit += 1
print(f"{hit / max(1, len(known)):.4f}")
PY
}
peak_mb() { awk '{ printf "%.1f", $1 / 1024 }' "$1"; }
for ((run = 1; run <= runs; run++)); do
    part ocr || break
    rm -f "$scratch/ocr/case.casebinder"
    "$cli" new "$scratch/ocr/case.casebinder" >/dev/null
    "$cli" import "$scratch/ocr/case.casebinder" "$scratch/ocr/scans.pdf" >/dev/null
    t=$(now)
    /usr/bin/time -f '%M' -o "$logs/ocr-rss-$run.txt" \
        "$cli" ocr "$scratch/ocr/case.casebinder" >"$logs/ocr-$run.txt" 2>&1 || [[ $? -eq 3 ]]
    record "$ocr_label, wall (s)" s ours "$(elapsed "$t")"
    record "$ocr_label, peak RSS (MB)" MB ours "$(peak_mb "$logs/ocr-rss-$run.txt")"
    sqlite3 "$scratch/ocr/case.casebinder" "SELECT ocr_text FROM pages ORDER BY number" \
        >"$scratch/ocr/ours.txt"
    record "$ocr_label, word recall" recall ours "$(recall "$scratch/ocr/source.txt" "$scratch/ocr/ours.txt")"

    rm -f "$scratch/ocr"/tess-*.txt
    t=$(now)
    /usr/bin/time -f '%M' -o "$logs/ocr-tesseract-rss-$run.txt" bash -c '
        for image in "$@"; do
            tesseract "$image" "${image%.png}-tess" -l eng --oem 1 --dpi 300 2>/dev/null || true
        done' _ "${ocr_images[@]}"
    record "$ocr_label, wall (s)" s "tesseract CLI, page after page" "$(elapsed "$t")"
    record "$ocr_label, peak RSS (MB)" MB "tesseract CLI, page after page" \
        "$(peak_mb "$logs/ocr-tesseract-rss-$run.txt")"
    cat "$scratch/ocr"/page-*-tess.txt >"$scratch/ocr/tesseract.txt"
    record "$ocr_label, word recall" recall "tesseract CLI, page after page" \
        "$(recall "$scratch/ocr/source.txt" "$scratch/ocr/tesseract.txt")"

    rm -f "$scratch/ocr/ocrmypdf.pdf"
    t=$(now)
    /usr/bin/time -f '%M' -o "$logs/ocr-ocrmypdf-rss-$run.txt" \
        ocrmypdf --skip-text -O0 -l eng "$scratch/ocr/scans.pdf" "$scratch/ocr/ocrmypdf.pdf" \
        >"$logs/ocrmypdf-$run.txt" 2>&1 || true
    record "$ocr_label, wall (s)" s "ocrmypdf --skip-text -O0" "$(elapsed "$t")"
    record "$ocr_label, peak RSS (MB)" MB "ocrmypdf --skip-text -O0" \
        "$(peak_mb "$logs/ocr-ocrmypdf-rss-$run.txt")"
    pdftotext "$scratch/ocr/ocrmypdf.pdf" "$scratch/ocr/ocrmypdf.txt" 2>/dev/null || : >"$scratch/ocr/ocrmypdf.txt"
    record "$ocr_label, word recall" recall "ocrmypdf --skip-text -O0" \
        "$(recall "$scratch/ocr/source.txt" "$scratch/ocr/ocrmypdf.txt")"
done

# ---- the table ----
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
say "Results ($(date -u +%FT%TZ), $(nproc) cores, $cpu, load $(cut -d' ' -f1-3 /proc/loadavg))"
python3 - "$results" <<'EOF'
import statistics, sys
rows, order = {}, []
for line in open(sys.argv[1], encoding="utf-8"):
    figure, unit, kind, value = line.rstrip("\n").split("\t")
    if not value:
        continue
    if figure not in rows:
        rows[figure] = {}
        order.append(figure)
    rows[figure].setdefault(kind, []).append(float(value))

def fmt(v):
    return f"{v:.0f}" if v >= 100 else f"{v:.1f}" if v >= 1 else f"{v:.2f}"

print("| Figure | Median | Min–max | Peer | Peer median | Ratio |")
print("|---|---:|---:|---|---:|---:|")
for figure in order:
    ours = rows[figure].get("ours", [])
    if not ours:
        continue
    median = statistics.median(ours)
    spread = f"{fmt(min(ours))}–{fmt(max(ours))}"
    peers = [(k, v) for k, v in rows[figure].items() if k != "ours"] or [("", [])]
    for name, values in peers:
        if values:
            peer = statistics.median(values)
            ratio = f"{median / peer:.2f}×" if peer > 0 else "–"
            print(f"| {figure} | {fmt(median)} | {spread} | {name} | {fmt(peer)} | {ratio} |")
        else:
            print(f"| {figure} | {fmt(median)} | {spread} | | | |")
EOF
echo "Raw outputs: $logs" >&2
