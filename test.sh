#!/usr/bin/env bash
# The test command: builds and runs every test project of DealBot.sln, then prints one line,
#   N passed, N failed[, N skipped]
# and exits 0 only when nothing failed. Arguments are passed on to `dotnet test` (e.g. --filter Redis).
#
# Needs only the .NET SDK (global.json). What else the tests use is installed first when missing, as root, with
# apt-get; without root it stops at once and prints the one command to run instead. It leaves nothing running: no
# build server, no redis-server, no container (the tests stop what they start).
set -euo pipefail

called_from="$PWD"
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# What the tests use besides the SDK, as the Debian packages that bring it:
#   redis-server                 tests/DealBot.Redis.Tests start their own on a free loopback port
#   podman, runc, debootstrap    tests/DealBot.Deploy.Tests build deploy/Dockerfile on stand-in base images and run it
#   clang                        the same tests publish the native (AOT) executable, which clang links
#   fonts-dejavu-core            tests/DealBot.Charts.Tests letter their charts in DejaVu Sans
# A tool counts as present where the tests look for it: on PATH, or in /usr/sbin, /sbin or /usr/bin.
have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || [ -x "/sbin/$1" ] || [ -x "/usr/bin/$1" ]; }
missing=()
for tool in redis-server podman runc debootstrap clang; do
  have "$tool" || missing+=("$tool")
done
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)

# Without root nothing can be installed, and the container test cannot run either (debootstrap and podman with runc make
# and run its image as root). So the one command is this script again, as root: it installs what is missing and runs
# everything.
if [ "$(id -u)" -ne 0 ]; then
  script="./test.sh"
  [ "$called_from" = "$PWD" ] || script="$(printf %q "$PWD/test.sh")"
  if command -v sudo >/dev/null 2>&1; then again="sudo $script"; else again="su -c $script"; fi
  if [ "${#missing[@]}" -gt 0 ]; then
    list="${missing[*]}"
    list="${list// /, }"
    echo "The tests need root, to install ${list%, *}${missing[1]:+ and ${missing[-1]}} and to run the container test. Run:" >&2
  else
    echo "The tests need root, to run the container test. Run:" >&2
  fi
  echo "  $again" >&2
  exit 1
fi

# On exit: temporary files go; when root runs this in someone else's clone (sudo ./test.sh) the build's output goes back
# to the clone's owner, so that their own dotnet run and dotnet test can write to it afterwards.
owner="$(stat -c %u:%g .)"
log="$(mktemp)"
policy=/usr/sbin/policy-rc.d
made_policy=
finish() {
  [ -z "$made_policy" ] || rm -f "$policy"
  rm -f "$log"
  if [ "$owner" != "0:0" ]; then
    find . \( -name bin -o -name obj -o -name TestResults \) -type d -prune -exec chown -R --from=0:0 "$owner" {} + || true
  fi
}
trap finish EXIT

# Installing: only what is missing, and without starting the services a package brings (redis-server's): unless a
# policy-rc.d is there already, one that lets no service start is in place while apt-get runs.
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing for the tests: ${missing[*]}" >&2
  if [ ! -e "$policy" ]; then
    made_policy=1
    printf '#!/bin/sh\n# test.sh: no service starts while it installs what the tests use\nexit 101\n' >"$policy"
    chmod 755 "$policy"
  fi
  if ! { apt-get update -q -o DPkg::Lock::Timeout=600 \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=600 "${missing[@]}"; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "apt-get could not install what the tests need (its last lines are above): apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  if [ -n "$made_policy" ]; then
    rm -f "$policy"
    made_policy=
  fi
fi

# Each test project ends with one line such as
#   Passed!  - Failed:     0, Passed:    95, Skipped:     0, Total:    95, Duration: 5 s - DealBot.Tests.dll (net10.0)
# which are summed below. tests/DealBot.Benchmarks is not a test project (tests/Directory.Build.props): it is skipped.
# No build server outlives the run (--disable-build-servers).
status=0
dotnet test DealBot.sln --disable-build-servers "$@" </dev/null 2>&1 | tee "$log" || status=$?

read -r passed failed skipped projects < <(
  grep -E '^\s*(Passed|Failed)!\s+-\s+Failed:' "$log" \
    | sed -E 's/.*Failed:\s*([0-9]+),\s*Passed:\s*([0-9]+),\s*Skipped:\s*([0-9]+),.*/\1 \2 \3/' \
    | awk '{ f += $1; p += $2; s += $3; n++ } END { printf "%d %d %d %d\n", p, f, s, n }'
)

if [ "$projects" -eq 0 ]; then
  echo "no test project reported results (did the build fail?)" >&2
  [ "$status" -eq 0 ] && status=1
fi

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status although no test failed: a build error or a crashed test host (see above)" >&2
fi

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi

if [ "$failed" -gt 0 ] && [ "$status" -eq 0 ]; then
  status=1
fi
exit "$status"
