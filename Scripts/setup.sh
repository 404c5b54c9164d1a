#!/usr/bin/env bash
# Installs what stegdiff needs and a fresh Debian machine may lack: system ICU headers (libicu-dev)
# and OpenSSL's libcrypto (libssl-dev, for SHA-256); with --tests also Python's jsonschema for the
# schema tests (apt's python3-jsonschema when python3 is Debian's own, which refuses pip (PEP 668);
# pip for any other Python), Dask for the shard-merge test and the official anthropic and openai
# SDKs for the probe tests (both in the project's .build-python virtual environment).
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
apt_install() {
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}
# libicu-dev: system ICU, linked by the CICUShim target; libssl-dev: libcrypto, used by CCryptoShim.
missing=()
for package in libicu-dev libssl-dev; do dpkg -s $package >/dev/null 2>&1 || missing+=("$package"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  apt_install "${missing[@]}"
fi
source Scripts/swift-path.sh
command -v swift >/dev/null || { echo "setup: swift is not on PATH (Swift 6.x toolchain needed)" >&2; exit 2; }
[ "${1:-}" = "--tests" ] || exit 0
command -v python3 >/dev/null || { echo "setup: installing python3 (corpus and schema checks)" >&2; apt_install python3; }
if ! python3 -c "import jsonschema" >/dev/null 2>&1; then
  # Debian's own interpreter: prefix /usr and not inside a virtual environment.
  if python3 -c 'import sys; sys.exit(0 if sys.prefix == sys.base_prefix == "/usr" else 1)'; then
    echo "setup: installing python3-jsonschema with apt (for $(command -v python3), Debian's Python)" >&2
    apt_install python3-jsonschema
  else
    echo "setup: installing the Python package jsonschema with pip (for $(command -v python3))" >&2
    python3 -m pip install -q jsonschema >/dev/null
  fi
  python3 -c "import jsonschema" || { echo "setup: jsonschema still cannot be imported by $(command -v python3)" >&2; exit 2; }
fi
# The shard-merge test scans in shards under Dask (PyPI dask and distributed). Debian's python3
# refuses pip (PEP 668), so they go into a virtual environment of the project's own. Without them
# (no network) only that test is skipped, so a failure here warns and goes on; CI sets
# STEGDIFF_REQUIRE_DASK=1, and then the test fails instead of skipping.
# STEGDIFF_SETUP_NO_DASK=1 leaves it out (the set-up script's own test, which stubs python3).
VENV="$(pwd)/.build-python"
if [ "${STEGDIFF_SETUP_NO_DASK:-}" != 1 ] && ! "$VENV/bin/python" -c "import dask.distributed" >/dev/null 2>&1; then
  echo "setup: installing dask and distributed into $VENV (shard-merge test)" >&2
  # An existing environment is kept: made again by another python3 (pyenv's first on PATH), it
  # mixed two interpreters' libraries and broke the packages already in it (ssl, so the SDKs).
  if [ ! -x "$VENV/bin/python" ] && ! python3 -m venv "$VENV" >/dev/null 2>&1; then
    apt_install python3-venv || true
    python3 -m venv "$VENV" >/dev/null 2>&1 || true
  fi
  if ! "$VENV/bin/python" -m pip install -q "dask[distributed]" >/dev/null 2>&1; then
    echo "setup: WARNING: could not install dask into $VENV; the Dask shard test will be skipped" >&2
  fi
fi
# The probe tests drive real clients: the official anthropic and openai Python SDKs, in the same
# virtual environment. Without them (no network) only those tests are skipped; CI sets
# STEGDIFF_REQUIRE_SDKS=1, and then they fail instead. STEGDIFF_SETUP_NO_SDKS=1 leaves them out.
if [ "${STEGDIFF_SETUP_NO_SDKS:-}" != 1 ] && ! "$VENV/bin/python" -c "import anthropic, openai" >/dev/null 2>&1; then
  echo "setup: installing the anthropic and openai SDKs into $VENV (probe tests)" >&2
  if [ ! -x "$VENV/bin/python" ] && ! python3 -m venv "$VENV" >/dev/null 2>&1; then
    apt_install python3-venv || true
    python3 -m venv "$VENV" >/dev/null 2>&1 || true
  fi
  if ! "$VENV/bin/python" -m pip install -q anthropic openai >/dev/null 2>&1; then
    echo "setup: WARNING: could not install the anthropic and openai SDKs into $VENV; the probe tests that drive them will be skipped" >&2
  fi
fi
