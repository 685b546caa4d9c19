#!/usr/bin/env bash
# Times `DealBot ask --format jsonl` on N questions (default 100,000): the benchmark corpus repeated, one per line.
#   bash tests/DealBot.Benchmarks/batch.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."

count="${1:-100000}"
dotnet build -c Release src/DealBot/DealBot.csproj -nologo -v q >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

awk -v n="$count" '{ q[NR] = $0 } END { for (i = 0; i < n; i++) print q[i % NR + 1] }' \
  tests/DealBot.Benchmarks/questions.txt >"$work/questions.txt"

start=$(date +%s%N)
dotnet src/DealBot/bin/Release/net10.0/DealBot.dll ask --format jsonl <"$work/questions.txt" >"$work/answers.jsonl"
end=$(date +%s%N)

lines=$(wc -l <"$work/answers.jsonl")
ms=$(((end - start) / 1000000))
echo "questions: $count, answer lines: $lines, bytes out: $(wc -c <"$work/answers.jsonl")"
echo "wall time: ${ms} ms (process start included), $((count * 1000 / (ms > 0 ? ms : 1))) questions/s"
[ "$lines" -eq "$count" ]
