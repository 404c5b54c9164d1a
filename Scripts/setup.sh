#!/usr/bin/env bash
# Installs what stegdiff needs and a fresh Debian machine may lack: system ICU headers (libicu-dev)
# and OpenSSL's libcrypto headers (libssl-dev, for SHA-256).
set -euo pipefail
# libicu-dev: system ICU, linked by the CICUShim target; libssl-dev: libcrypto, linked by CCryptoShim.
missing=()
for package in libicu-dev libssl-dev; do dpkg -s $package >/dev/null 2>&1 || missing+=("$package"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: swift is not on PATH (Swift 6.x toolchain needed)" >&2; exit 2; }
# The schema tests validate reports with Python's jsonschema (SARIF 2.1.0 and our own schema).
if ! python3 -c "import jsonschema" >/dev/null 2>&1; then
  echo "setup: installing the Python package jsonschema (report schema tests)" >&2
  python3 -m pip install -q jsonschema >/dev/null
fi
