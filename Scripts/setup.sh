#!/usr/bin/env bash
# Installs what stegdiff needs and a fresh Debian machine may lack: system ICU headers (libicu-dev).
set -euo pipefail
if ! dpkg -s libicu-dev >/dev/null 2>&1; then
  echo "setup: installing libicu-dev (system ICU, linked by the CICUShim target)" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libicu-dev >/dev/null
fi
command -v swift >/dev/null || { echo "setup: swift is not on PATH (Swift 6.x toolchain needed)" >&2; exit 2; }
# The schema tests validate reports with Python's jsonschema (SARIF 2.1.0 and our own schema).
if ! python3 -c "import jsonschema" >/dev/null 2>&1; then
  echo "setup: installing the Python package jsonschema (report schema tests)" >&2
  python3 -m pip install -q jsonschema >/dev/null
fi
# The shard-merge test scans in shards under Dask (PyPI dask and distributed). Debian's python3
# refuses pip (PEP 668), so they go into a virtual environment of the project's own. Without them
# (no network) only that test is skipped, so a failure here warns and goes on.
VENV="$(cd "$(dirname "$0")/.." && pwd)/.build-python"
if ! "$VENV/bin/python" -c "import dask.distributed" >/dev/null 2>&1; then
  echo "setup: installing dask and distributed into $VENV (shard-merge test)" >&2
  if ! python3 -m venv "$VENV" >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >/dev/null 2>&1 || true
    python3 -m venv "$VENV" >/dev/null 2>&1 || true
  fi
  if ! "$VENV/bin/python" -m pip install -q "dask[distributed]" >/dev/null 2>&1; then
    echo "setup: WARNING: could not install dask into $VENV; the Dask shard test will be skipped" >&2
  fi
fi
