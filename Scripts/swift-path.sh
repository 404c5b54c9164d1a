# Sourced by the set-up, demo and test scripts: when `swift` is not on PATH (a shell started with
# PATH=/usr/bin:/bin), looks for a toolchain where the usual installs put it and appends its
# folder to PATH, so the user's own python3 and tools still come first.
if ! command -v swift >/dev/null 2>&1; then
  for swift_dir in /opt/swift/usr/bin /usr/share/swift/usr/bin /usr/local/swift/usr/bin \
                   "${HOME:-/root}/.local/share/swiftly/bin" "${HOME:-/root}/.swiftly/bin"; do
    if [ -x "$swift_dir/swift" ]; then
      [ -n "${STEGDIFF_SWIFT_NOTED:-}" ] || echo "setup: swift is not on PATH; using $swift_dir/swift" >&2
      export STEGDIFF_SWIFT_NOTED=1
      PATH="$PATH:$swift_dir"
      export PATH
      break
    fi
  done
  unset swift_dir
fi
