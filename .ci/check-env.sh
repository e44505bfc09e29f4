# Sourced by the run and test scripts: checks the tools a new machine needs and
# says what to install when one is missing or too old.
check_java() {
  if ! command -v java >/dev/null 2>&1; then
    echo "Java is missing: install a JDK 17 or newer (e.g. 'apt-get install openjdk-17-jdk' or https://adoptium.net)." >&2
    return 1
  fi
  local version
  version=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  if [ -z "$version" ] || [ "${version%%.*}" -lt 17 ]; then
    echo "Java ${version:-?} found, but a JDK 17 or newer is required." >&2
    return 1
  fi
  if ! command -v javac >/dev/null 2>&1 && [ ! -x "${JAVA_HOME:-/nonexistent}/bin/javac" ]; then
    echo "A JRE was found but not a JDK (javac is missing): install a JDK 17 or newer." >&2
    return 1
  fi
}

check_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "Node.js and npm are missing: install Node 20.19 or newer with npm 11 (https://nodejs.org)." >&2
    return 1
  fi
  local node_version npm_version
  node_version=$(node -p 'process.versions.node')
  npm_version=$(npm --version)
  if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
    echo "Node $node_version found, but Node 20.19 or newer is required." >&2
    return 1
  fi
  if [ "${npm_version%%.*}" -lt 11 ]; then
    echo "npm $npm_version found, but npm 11 or newer is required (Vite 8 does not install with npm 10): run 'npm install -g npm@11'." >&2
    return 1
  fi
}

# A free TCP port on the loopback interface (Node is there whenever we need this).
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# Waits until the app answers its readiness check, or fails after $2 seconds.
wait_until_ready() {
  local url=$1 timeout=${2:-120}
  node -e '
    const [url, timeout] = [process.argv[1], Number(process.argv[2])];
    const deadline = Date.now() + timeout * 1000;
    (async function poll() {
      try { const r = await fetch(url); if (r.ok) process.exit(0); } catch (e) { /* not up yet */ }
      if (Date.now() > deadline) { console.error("The app did not become ready at " + url); process.exit(1); }
      setTimeout(poll, 500);
    })();' "$url" "$timeout"
}
