#!/bin/sh
# Runs each libFuzzer harness in build-fuzz/ for SECONDS (default 60) and prints how many
# inputs it ran: `make fuzz FUZZ_SECONDS=N` calls this after building them. The working corpus
# is build-fuzz/corpus/NAME (kept between runs), seeded from plans/ and tests/bad/ for the plan
# reader and from a few written values for the parsers. A crash leaves its input in
# build-fuzz/artifacts/ and makes this script fail; replay it with build-fuzz/NAME FILE.
set -u
LC_ALL=C
export LC_ALL
top=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
out=$top/build-fuzz
mkdir -p "$out/corpus/fuzz_plan" "$out/corpus/fuzz_parsers" "$out/corpus/fuzz_call" \
    "$out/corpus/fuzz_claim" "$out/artifacts"

cp "$top"/plans/*.ini "$top"/tests/bad/*.ini "$out/corpus/fuzz_plan/"
# call files: the examples, and plans (the same reader, other sections)
cp "$top"/plans/*.ini "$out/corpus/fuzz_call/"
for f in "$top"/plans/calls/*.ini; do [ -f "$f" ] && cp "$f" "$out/corpus/fuzz_call/"; done
seed() { printf "$2" >"$out/corpus/fuzz_parsers/$1"; }
seed amount '\000 78 958,50 \342\202\254'
seed amount-eur '\00040000.5 EUR'
seed amount-max '\000999\302\240999\302\240999\302\240999,99'
seed percent '\001 24,5 %%'
seed percent-100 '\001100'
seed date-iso '\0022017-05-01'
seed date-fi '\00229.2.2024'
seed arithmetic '\003\177\377\377\377\377\377\377\377\000\000\000\000\000\000\047\020\200\000\000\000\000\000\000\001'

for f in "$top"/plans/claims/[0-9]*.ini "$top"/tests/claims/bad/*.ini \
    "$top"/tests/claims/cases/*/[0-9]*.ini; do
    for d in 0 1 2; do
        { printf "\\00$d"; cat "$f"; } >"$out/corpus/fuzz_claim/$d-$(echo "$f" | tr / _)"
    done
done

status=0
for h in fuzz_plan fuzz_parsers fuzz_call fuzz_claim; do
    dict=
    [ -f "$top/tests/fuzz/${h#fuzz_}.dict" ] && dict=-dict=$top/tests/fuzz/${h#fuzz_}.dict
    [ "$h" = fuzz_call ] && dict=-dict=$top/tests/fuzz/plan.dict
    log=$out/$h.log
    # -rss_limit_mb: a plan is at most 1 MiB; more memory than this is a bug worth stopping on
    "$out/$h" "$out/corpus/$h" $dict -max_total_time="$seconds" -max_len=16384 \
        -rss_limit_mb=1024 -timeout=10 -print_final_stats=1 -artifact_prefix="$out/artifacts/" \
        >"$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "$h: ${runs:-?} executions in $seconds s, exit $rc ($log)"
    if [ "$rc" -ne 0 ]; then
        grep -E -m5 'ERROR|SUMMARY|runtime error|Test unit written' "$log"
        status=1
    fi
done
exit $status
