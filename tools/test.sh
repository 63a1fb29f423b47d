#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds Tessera and runs every test. Installs missing system packages first (apt).
#   1. the whole project with -Werror, the full ctest suite, and a check that lupdate finds the
#      .ts translation files current;
#   2. an AddressSanitizer + UndefinedBehaviorSanitizer build and its ctest run;
#   3. every libFuzzer target for TESSERA_FUZZ_SECONDS (default 30) seconds each.
# `tools/test.sh --quick` runs step 1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
[ "${1:-}" = "--quick" ] && quick=1
fuzz_seconds="${TESSERA_FUZZ_SECONDS:-30}"
jobs="$(nproc)"
failures=0

tools/install-deps.sh test

echo "== 1/3 build and test (presets ci) =="
cmake --preset ci
cmake --build --preset ci -j "$jobs"
ctest --preset ci -j "$jobs" || failures=$((failures + 1))
# STYLE.md rule 15: the committed .ts files are what lupdate makes of today's sources. Running
# lupdate here and finding a difference means a string changed without `update_translations`.
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "translations: not checked (not a git checkout, so there is nothing to compare with)"
elif cmake --build --preset ci --target update_translations >/dev/null && git diff --quiet -- translations/; then
    echo "translations: the .ts files are current"
else
    echo "translations: the .ts files are stale — run 'cmake --build build-dev --target update_translations' and commit translations/:" >&2
    git diff --stat -- translations/ >&2 || true
    failures=$((failures + 1))
fi

if [ "$quick" -eq 1 ]; then
    exit $(( failures > 0 ))
fi

echo "== 2/3 AddressSanitizer + UndefinedBehaviorSanitizer (preset asan) =="
cmake --preset asan
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs" || failures=$((failures + 1))

echo "== 3/3 fuzzing, ${fuzz_seconds} s per target (preset fuzz) =="
cmake --preset fuzz
cmake --build --preset fuzz -j "$jobs"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p build-fuzz/crashes
# One fuzzer per core at a time; each leaves "passed" or "failed" in $work/<target>.result.
run_fuzzer() {
    local target="$1"
    # Work on a copy so new corpus entries stay out of the source tree; crashes are kept.
    cp -r "tests/fuzz/corpus/$target" "$work/$target"
    if build-fuzz/bin/"fuzz_$target" -max_total_time="$fuzz_seconds" -print_final_stats=0 \
        -artifact_prefix="build-fuzz/crashes/$target-" "$work/$target" >"$work/$target.log" 2>&1; then
        echo "fuzz_$target: $(grep -Eo 'Done [0-9]+ runs in [0-9]+ second\(s\)' "$work/$target.log" || echo done)"
        echo passed >"$work/$target.result"
    else
        echo "fuzz_$target FAILED; the crashing input is in build-fuzz/crashes/:" >&2
        tail -40 "$work/$target.log" >&2
        echo failed >"$work/$target.result"
    fi
}
running=0
while read -r target; do
    [ -n "$target" ] || continue
    run_fuzzer "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done < build-fuzz/fuzz-targets.txt
wait
fuzz_passed="$(cat "$work"/*.result 2>/dev/null | grep -c '^passed$' || true)"
fuzz_failed="$(cat "$work"/*.result 2>/dev/null | grep -c '^failed$' || true)"
fuzz_targets="$(grep -c . build-fuzz/fuzz-targets.txt || true)"
echo "fuzzers: ${fuzz_passed} passed, ${fuzz_failed} failed (of ${fuzz_targets})"
# A fuzzer that left no result (killed, out of disk) counts as a failure too.
[ "$fuzz_failed" -eq 0 ] && [ "$fuzz_passed" -eq "$fuzz_targets" ] || failures=$((failures + 1))

if [ "$failures" -gt 0 ]; then
    echo "tessera: ${failures} of the test stages failed" >&2
    exit 1
fi
echo "tessera: all test stages passed"
