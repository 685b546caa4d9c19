#!/usr/bin/env bash
# Makes the two base images that the container test passes to deploy/Dockerfile, because no registry image can be
# pulled on the test machines:
#   runtime: Debian bookworm from debootstrap --variant=minbase, plus this machine's .NET and ASP.NET Core runtimes
#            laid out as in mcr.microsoft.com/dotnet/aspnet (/usr/share/dotnet, dotnet on PATH, user app 1654)
#   sdk:     the runtime image plus this machine's whole .NET SDK and its CA certificates
# Both are cached: tagged by a hash of this script, the Debian suite, the .NET versions and the CA bundle, with the
# debootstrap tree kept under $DEALBOT_IMAGE_CACHE (default /var/tmp/dealbot-images), so a later run takes seconds.
# Needs root, podman (with CONTAINERS_CONF as the caller sets it) and debootstrap. Prints:
#   RUNTIME_IMAGE=<ref>
#   SDK_IMAGE=<ref>
set -euo pipefail

cache="${DEALBOT_IMAGE_CACHE:-/var/tmp/dealbot-images}"
mirror="${DEALBOT_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
suite=bookworm
dotnet_root="${DEALBOT_DOTNET_ROOT:-$(dirname "$(readlink -f "$(command -v dotnet)")")}"
certificates=/etc/ssl/certs/ca-certificates.crt

key="$({
  cat "$0"
  echo "$suite $mirror"
  ls "$dotnet_root/sdk" "$dotnet_root/shared/Microsoft.NETCore.App" "$dotnet_root/shared/Microsoft.AspNetCore.App"
  sha256sum "$certificates"
} | sha256sum | cut -c1-16)"
base="localhost/dealbot-standin/debian:$key"
runtime="localhost/dealbot-standin/runtime:$key"
sdk="localhost/dealbot-standin/sdk:$key"

report() { printf 'RUNTIME_IMAGE=%s\nSDK_IMAGE=%s\n' "$runtime" "$sdk"; }
if podman image exists "$runtime" && podman image exists "$sdk"; then
  report
  exit 0
fi

mkdir -p "$cache"
exec 9>"$cache/lock"
flock 9

rootfs="$cache/rootfs-$key"
if ! podman image exists "$base"; then
  if [ ! -f "$rootfs/.complete" ]; then
    rm -rf "$rootfs"
    if ! debootstrap --variant=minbase --include=ca-certificates,tzdata,libicu72,libssl3,zlib1g,libstdc++6,libgcc-s1 \
        "$suite" "$rootfs" "$mirror" >"$cache/debootstrap.log" 2>&1; then
      echo "debootstrap failed (log: $cache/debootstrap.log):" >&2
      tail -n 20 "$cache/debootstrap.log" >&2
      exit 1
    fi
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    touch "$rootfs/.complete"
  fi
  tar --exclude=./.complete -C "$rootfs" -c . | podman import --change 'CMD ["/bin/bash"]' - "$base" >"$cache/import.log" 2>&1
fi

stage="$(mktemp -d "$cache/stage-XXXXXX")"
trap 'rm -rf "$stage"' EXIT

# Runtime: the shared frameworks only, as the official ASP.NET Core image has them.
mkdir -p "$stage/runtime/dotnet/shared"
cp -a "$dotnet_root/dotnet" "$dotnet_root/host" "$stage/runtime/dotnet/"
cp -a "$dotnet_root/shared/Microsoft.NETCore.App" "$dotnet_root/shared/Microsoft.AspNetCore.App" "$stage/runtime/dotnet/shared/"
aspnet_version="$(ls "$dotnet_root/shared/Microsoft.AspNetCore.App" | sort -V | tail -n 1)"
cat >"$stage/runtime/Containerfile" <<CONTAINERFILE
FROM $base
COPY dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet \\
 && groupadd --gid 1654 app \\
 && useradd --uid 1654 --gid 1654 --no-create-home --home-dir /home/app --shell /usr/sbin/nologin app
ENV APP_UID=1654 \\
    ASPNETCORE_HTTP_PORTS=8080 \\
    DOTNET_RUNNING_IN_CONTAINER=true \\
    DOTNET_VERSION=$aspnet_version \\
    ASPNET_VERSION=$aspnet_version
CONTAINERFILE
podman build --format docker --network none -t "$runtime" "$stage/runtime" >"$cache/runtime-build.log" 2>&1 \
  || { echo "building the runtime stand-in failed:" >&2; tail -n 20 "$cache/runtime-build.log" >&2; exit 1; }

# SDK: the whole .NET installation, and the machine's CA bundle so that restore trusts the package registry here.
mkdir -p "$stage/sdk"
cp -a "$dotnet_root" "$stage/sdk/dotnet"
cp "$certificates" "$stage/sdk/ca-certificates.crt"
cat >"$stage/sdk/Containerfile" <<CONTAINERFILE
FROM $runtime
COPY dotnet /usr/share/dotnet
COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \\
    NUGET_CERT_REVOCATION_MODE=${NUGET_CERT_REVOCATION_MODE:-online} \\
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \\
    DOTNET_NOLOGO=1 \\
    DOTNET_GENERATE_ASPNET_CERTIFICATE=false
CONTAINERFILE
podman build --format docker --network none -t "$sdk" "$stage/sdk" >"$cache/sdk-build.log" 2>&1 \
  || { echo "building the SDK stand-in failed:" >&2; tail -n 20 "$cache/sdk-build.log" >&2; exit 1; }

# Older stand-ins (another SDK, another version of this script) are not used again.
podman images --format '{{.Repository}}:{{.Tag}}' | grep '^localhost/dealbot-standin/' | grep -v ":$key\$" | xargs -r podman rmi >/dev/null 2>&1 || true
find "$cache" -maxdepth 1 -name 'rootfs-*' ! -name "rootfs-$key" -exec rm -rf {} + 2>/dev/null || true

report
