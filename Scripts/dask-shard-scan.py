#!/usr/bin/env python3
"""Scans an archive in shards on a Dask local cluster, then merges the shards' partial summaries.

Usage: dask-shard-scan.py STEGDIFF ARCHIVE CORPUS OUT [--shards N] [--workers W]

The archive's files are dealt round-robin into N shards (default 4); each shard is one Dask task
that runs `STEGDIFF scan FILES... --corpus CORPUS --output OUT/shard-I.jsonl --summary-out
OUT/partial-I.json`. Then `STEGDIFF merge OUT/partial-*.json` writes the summary of the whole
archive to OUT/merged-summary.jsonl (one line, as the last line of a single scan's output).
Needs the PyPI packages dask and distributed (Scripts/setup.sh puts them in .build-python/).
"""
import os
import subprocess
import sys

from dask.distributed import Client, LocalCluster


def scan_shard(stegdiff, files, corpus, out, index):
    """One shard: a whole `stegdiff scan` run; returns the partial summary's path."""
    partial = os.path.join(out, f"partial-{index}.json")
    run = subprocess.run([stegdiff, "scan", *files, "--corpus", corpus, "--output", os.path.join(out, f"shard-{index}.jsonl"),
                          "--summary-out", partial], capture_output=True, text=True)
    if run.returncode not in (0, 1, 2) or not os.path.exists(partial):
        raise RuntimeError(f"shard {index}: exit {run.returncode}: {run.stderr}")
    return partial


def main():
    args = sys.argv[1:]
    if len(args) < 4:
        sys.exit(__doc__)
    stegdiff, archive, corpus, out = (os.path.abspath(a) for a in args[:4])
    shards = int(args[args.index("--shards") + 1]) if "--shards" in args else 4
    workers = int(args[args.index("--workers") + 1]) if "--workers" in args else 2
    os.makedirs(out, exist_ok=True)
    files = sorted(os.path.join(folder, name) for folder, _, names in os.walk(archive) for name in names)
    groups = [files[index::shards] for index in range(shards)]
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        futures = [client.submit(scan_shard, stegdiff, group, corpus, out, index, pure=False) for index, group in enumerate(groups)]
        partials = client.gather(futures)
    merged = subprocess.run([stegdiff, "merge", *partials, "--format", "jsonl"], capture_output=True, text=True)
    if merged.returncode not in (0, 1, 2):
        sys.exit(f"merge failed: {merged.stderr}")
    with open(os.path.join(out, "merged-summary.jsonl"), "w", encoding="utf-8") as handle:
        handle.write(merged.stdout)
    print(f"{len(files)} files in {shards} shards on {workers} Dask workers; merged summary in {os.path.join(out, 'merged-summary.jsonl')}")


if __name__ == "__main__":
    main()
