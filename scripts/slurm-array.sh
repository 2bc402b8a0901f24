#!/usr/bin/env bash
# Runs delib over an archive as a Slurm job array: one task per shard, then a
# dependent job merges the shards and runs the batch-wide checks.
#
#   INPUT=/archives/2024 OUT=/results/2024 SHARDS=16 scripts/slurm-array.sh
#
# Each task writes its own folder OUT/shards/K (records, OCR cache); a task
# that is re-queued resumes where it stopped (records are atomic and skipped
# when up to date). Needs delib built on a shared file system (DELIB).
#SBATCH --job-name=delib
#SBATCH --cpus-per-task=4
#SBATCH --mem=4G
#SBATCH --time=12:00:00
set -euo pipefail
: "${INPUT:?set INPUT}" "${OUT:?set OUT}"
SHARDS=${SHARDS:-16}
DELIB=${DELIB:-$(cd "$(dirname "$0")/.." && pwd)/build/delib}

if [ -z "${SLURM_ARRAY_TASK_ID:-}" ]; then
  # Submitting: the array, then the merge once every task has ended.
  mkdir -p "$OUT/shards"
  array=$(sbatch --parsable --array=1-"$SHARDS" --export=ALL,INPUT="$INPUT",OUT="$OUT",SHARDS="$SHARDS",DELIB="$DELIB" "$0")
  sbatch --dependency=afterany:"$array" --job-name=delib-merge --cpus-per-task=1 --mem=2G \
    --wrap="$DELIB merge --out '$OUT/merged' $(for k in $(seq 1 "$SHARDS"); do printf "'%s' " "$OUT/shards/$k"; done)"
  echo "submitted array $array ($SHARDS shards) and its merge"
  exit 0
fi

K=$SLURM_ARRAY_TASK_ID
# Exit 2 (some inputs failed) is a normal outcome for an archive: their
# records say why; only other codes fail the task.
"$DELIB" run --out "$OUT/shards/$K" --jobs "${SLURM_CPUS_PER_TASK:-4}" --shard "$K/$SHARDS" \
  --no-progress "$INPUT" || [ $? -eq 2 ]
