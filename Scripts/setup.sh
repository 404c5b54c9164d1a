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
