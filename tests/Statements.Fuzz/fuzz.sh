#!/usr/bin/env bash
# Builds the harness, instruments Statements.dll with SharpFuzz, seeds the corpus and runs afl-fuzz on one
# core. Usage: tests/Statements.Fuzz/fuzz.sh [SECONDS]  (default 1200; 0 = until stopped). Findings go to
# tests/Statements.Fuzz/findings (ignored by git). See docs/FUZZING.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seconds="${1:-1200}"
build="${FUZZ_BUILD:-$here/out}"
findings="${FUZZ_FINDINGS:-$here/findings}"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 1; }
command -v sharpfuzz >/dev/null || export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz >/dev/null || { echo "sharpfuzz not found: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0" >&2; exit 1; }

dotnet publish "$here/Statements.Fuzz.csproj" -c Release -o "$build" --nologo -v quiet
sharpfuzz "$build/Statements.dll"
[[ -d "$here/seeds" ]] || "$here/seed.sh" "$here/seeds"

# dotnet is not an afl-instrumented binary (the instrumentation is in Statements.dll): skip afl's check.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
args=(-i "$here/seeds" -o "$findings" -t 10000 -m none)
(( seconds > 0 )) && args+=(-V "$seconds")
# Resume an earlier run instead of starting over.
[[ -d "$findings/default/queue" ]] && args[1]=-
exec nice -n 19 afl-fuzz "${args[@]}" -- dotnet "$build/Statements.Fuzz.dll"
