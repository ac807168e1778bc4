#!/usr/bin/env bash
# Fetches a current Docker engine from Debian unstable (sid) next to the machine's own, for the
# engine matrix of the tests: docker.io (dockerd, docker-proxy), docker-cli, containerd, and the
# compose and buildx CLI plugins. Nothing is installed through dpkg and the system's apt state is
# not touched: apt runs with a sources list, lists and cache of its own, and the packages are
# unpacked into a cache outside the repository. The machine's runc stays in use (sid's needs a newer
# libc and is not fetched).
#
#   scripts/fetch-engine.sh            fetch once, then reuse the cache (a warm run does no network)
#   scripts/fetch-engine.sh --refresh  fetch sid's current packages again
#   scripts/fetch-engine.sh --print-bin  print the engine's bin directory (fetching first if needed)
#   scripts/fetch-engine.sh --sid-sources FILE  only write the apt sources list for sid it uses, to
#                                      FILE (the runner look-alike guest is built from it)
#
# The cache: ${DOCKER_TLS_ENGINE_CACHE:-/var/cache/docker-tls-action/engines}/sid. Not under root's
# home: the tests run the action as a non-root user too, who must reach the binaries (as on a runner).
# Root is needed (apt-get download as root, and the plugins go to /usr/local/lib/docker/cli-plugins).
set -euo pipefail

PACKAGES=(docker.io docker-cli containerd docker-buildx docker-compose)
# Put first on PATH for the "sid" engine; runc is deliberately not among them.
ENGINE_BINARIES=(usr/sbin/dockerd usr/sbin/docker-proxy usr/bin/docker usr/bin/containerd
  usr/bin/containerd-shim-runc-v2 usr/bin/ctr)
PLUGIN_DIR=/usr/local/lib/docker/cli-plugins
PLUGINS=(docker-buildx docker-compose)

cache_root="${DOCKER_TLS_ENGINE_CACHE:-/var/cache/docker-tls-action/engines}"
engine="$cache_root/sid"
stamp="$engine/complete"
work=""
refresh=false
print_bin=false
sid_sources=""
while (($#)); do
  arg="$1"
  shift
  case "$arg" in
    --refresh) refresh=true ;;
    --print-bin) print_bin=true ;;
    --sid-sources) sid_sources="${1:?--sid-sources needs a file}"; shift ;;
    *) echo "fetch-engine: unknown argument $arg" >&2; exit 2 ;;
  esac
done

say() { if $print_bin; then echo "$@" >&2; else echo "$@"; fi; }

# The URIs of the machine's own Debian archive: entries whose suites include this release's code
# name (not -security, -updates, -backports). One-line *.list and deb822 *.sources alike; their
# Signed-By keyring is kept.
machine_archives() {
  local codename
  codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
  [[ -n "$codename" ]] || { echo "fetch-engine: no VERSION_CODENAME in /etc/os-release" >&2; return 1; }
  local files=()
  [[ -f /etc/apt/sources.list ]] && files+=(/etc/apt/sources.list)
  for file in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [[ -f "$file" ]] && files+=("$file")
  done
  ((${#files[@]})) || return 0
  awk -v codename="$codename" '
    function flush() {
      if (types ~ /(^| )deb( |$)/ && (" " suites " ") ~ (" " codename " ") && enabled != "no")
        for (i = 1; i <= split(uris, list, " "); i++) print list[i] "\t" signedby
      types = uris = suites = signedby = ""; enabled = ""
    }
    FNR == 1 { flush() }
    FILENAME ~ /\.sources$/ {
      if ($0 ~ /^[ \t]*$/) { flush(); next }
      if ($0 ~ /^#/) next
      key = tolower($1); sub(/:$/, "", key); value = $0; sub(/^[^:]*:[ \t]*/, "", value)
      if (key == "types") types = value
      else if (key == "uris") uris = value
      else if (key == "suites") suites = value
      else if (key == "signed-by") signedby = value
      else if (key == "enabled") enabled = tolower(value)
      next
    }
    /^[ \t]*deb[ \t]/ {
      line = $0; sub(/^[ \t]*deb[ \t]+/, "", line); opts = ""
      if (line ~ /^\[/) { opts = substr(line, 2, index(line, "]") - 2); line = substr(line, index(line, "]") + 1) }
      n = split(line, word, " ")
      if (n >= 2 && word[2] == codename) {
        key = ""
        if (match(opts, /signed-by=[^ ]+/)) key = substr(opts, RSTART + 10, RLENGTH - 10)
        print word[1] "\t" key
      }
    }
    END { flush() }
  ' "${files[@]}" | awk '!seen[$1]++'
}

write_sources() {
  local list="$1" uri key found=0
  : >"$list"
  while IFS=$'\t' read -r uri key; do
    [[ -n "$uri" ]] || continue
    if [[ -n "$key" ]]; then echo "deb [signed-by=$key] $uri sid main" >>"$list"; else echo "deb $uri sid main" >>"$list"; fi
    found=1
  done < <(machine_archives)
  if ((found == 0)); then
    echo "fetch-engine: found no Debian archive in /etc/apt/sources.list or /etc/apt/sources.list.d to take suite sid from." >&2
    echo "fetch-engine: add the machine's Debian archive to its apt sources (a deb line for its release), then run this again." >&2
    return 1
  fi
}

install_plugins() {
  mkdir -p "$PLUGIN_DIR"
  for plugin in "${PLUGINS[@]}"; do
    local target="$engine/root/usr/libexec/docker/cli-plugins/$plugin"
    [[ "$(readlink "$PLUGIN_DIR/$plugin" 2>/dev/null)" == "$target" ]] && continue
    # A plugin installed by a package (a real file) is the machine's: keep it.
    if [[ -e "$PLUGIN_DIR/$plugin" && ! -L "$PLUGIN_DIR/$plugin" ]]; then
      say "fetch-engine: keeping the existing $PLUGIN_DIR/$plugin"
      continue
    fi
    ln -sfn "$target" "$PLUGIN_DIR/$plugin"
  done
}

# The work directory, and first any mount a failed check's dockerd left in it (its data-root).
remove_work() {
  [[ -n "$work" && -d "$work" ]] || return 0
  { findmnt -rno TARGET | grep -F "$work/" | sort -r | while read -r target; do umount "$target"; done; } || true
  rm -rf "$work"
}

fetch() {
  for tool in apt-get dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "fetch-engine: $tool is missing (a Debian machine has it)" >&2; exit 1; }
  done
  # sid's dockerd runs containers with the machine's runc (see above); without one it fails to boot.
  command -v runc >/dev/null ||
    { echo "fetch-engine: runc is missing; sid's engine uses the machine's: apt-get install runc" >&2; exit 1; }
  work="$(mktemp -d "${TMPDIR:-/tmp}/engine-fetch-XXXXXX")"
  trap remove_work EXIT
  mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs"
  write_sources "$work/sources.list"
  local apt=(-q -o "Dir::Etc::sourcelist=$work/sources.list" -o Dir::Etc::sourceparts=-
    -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o Dir::State::status=/dev/null
    -o Dir::Etc::preferences=/dev/null -o Dir::Etc::preferencesparts=-
    -o Acquire::Check-Valid-Until=false -o Acquire::Languages=none
    # The download directory is ours (root's), not the _apt user's; apt checks what it fetched against
    # the signed lists either way.
    -o APT::Sandbox::User=root)
  say "fetch-engine: apt-get update (suite sid, lists of its own)"
  apt-get "${apt[@]}" update >"$work/update.log" 2>&1 || { cat "$work/update.log" >&2; exit 1; }
  say "fetch-engine: apt-get download ${PACKAGES[*]}"
  (cd "$work/debs" && apt-get "${apt[@]}" download "${PACKAGES[@]}") >"$work/download.log" 2>&1 ||
    { cat "$work/download.log" >&2; exit 1; }
  local staging="$engine.new"
  rm -rf "$staging"
  mkdir -p "$staging/root" "$staging/bin"
  : >"$staging/versions"
  for deb in "$work/debs"/*.deb; do
    dpkg-deb -x "$deb" "$staging/root"
    echo "$(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version)" >>"$staging/versions"
  done
  for path in "${ENGINE_BINARIES[@]}"; do
    ln -s "../root/$path" "$staging/bin/$(basename "$path")"
  done
  check_engine "$staging/bin" "$work"
  rm -rf "$engine"
  mv "$staging" "$engine"
  date -u +%FT%TZ >"$stamp"
}

# The binaries run on this machine: their versions, and a real start of containerd + dockerd that
# answers on its unix socket (no TCP, no bridge, no iptables).
check_engine() {
  local bin="$1" work="$2" dir run
  "$bin/dockerd" --version >&2
  "$bin/containerd" --version >&2
  dir="$work/check"
  run="/run/engine-check-$$"
  mkdir -p "$dir" "$run"
  # The same plugins off as in the action's containerd: CRI and NRI leave files outside its roots.
  printf 'version = 2\nroot = "%s"\nstate = "%s"\n%s\n[grpc]\n  address = "%s"\n' \
    "$dir/containerd" "$run/containerd" \
    'disabled_plugins = ["io.containerd.grpc.v1.cri", "io.containerd.cri.v1.images", "io.containerd.cri.v1.runtime", "io.containerd.podsandbox.controller.v1.podsandbox", "io.containerd.nri.v1.nri"]' \
    "$run/containerd.sock" >"$dir/containerd.toml"
  printf '{"data-root":"%s","exec-root":"%s","pidfile":"%s","bridge":"none","iptables":false,"ip6tables":false,"containerd":"%s","hosts":["unix://%s"]}\n' \
    "$dir/data" "$run/exec" "$dir/docker.pid" "$run/containerd.sock" "$run/docker.sock" >"$dir/daemon.json"
  PATH="$bin:$PATH" "$bin/containerd" --config "$dir/containerd.toml" >"$dir/containerd.log" 2>&1 &
  local containerd_pid=$!
  PATH="$bin:$PATH" "$bin/dockerd" --config-file "$dir/daemon.json" >"$dir/dockerd.log" 2>&1 &
  local dockerd_pid=$! answer="" i
  for ((i = 0; i < 300; i++)); do
    answer="$("$bin/docker" -H "unix://$run/docker.sock" version --format '{{.Server.Version}} {{range .Server.Components}}{{.Name}}={{.Version}} {{end}}' 2>/dev/null)" && break
    kill -0 "$dockerd_pid" 2>/dev/null || break
    sleep 0.1
  done
  kill "$dockerd_pid" 2>/dev/null || true
  wait "$dockerd_pid" 2>/dev/null || true
  kill "$containerd_pid" 2>/dev/null || true
  wait "$containerd_pid" 2>/dev/null || true
  rm -rf "$run"
  if [[ -z "$answer" ]]; then
    echo "fetch-engine: sid's dockerd did not answer on this machine. Its log:" >&2
    tail -n 30 "$dir/dockerd.log" "$dir/containerd.log" >&2
    exit 1
  fi
  say "fetch-engine: sid's engine runs here: $answer"
}

if [[ -n "$sid_sources" ]]; then
  write_sources "$sid_sources"
  exit 0
fi

if $refresh || [[ ! -f "$stamp" ]]; then
  if [[ "$(id -u)" != 0 ]]; then
    echo "fetch-engine: run as root (apt-get download, and the plugins go to $PLUGIN_DIR)" >&2
    exit 1
  fi
  started=$(date +%s%N)
  fetch
  say "fetch-engine: fetched in $((($(date +%s%N) - started) / 1000000)) ms: $(tr '\n' ' ' <"$engine/versions")"
fi
install_plugins
if $print_bin; then echo "$engine/bin"; else say "fetch-engine: sid engine in $engine/bin ($(tr '\n' ' ' <"$engine/versions"))"; fi
