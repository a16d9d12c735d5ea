# select.awk: prints FILENAME for each Go test program that Go's test/run.go would run with the
# plain `run` action on linux/amd64 (gc toolchain, no cgo), i.e. whose first line is exactly
# `// run` (no flags or arguments) and whose build constraints before `package` hold.
# Usage: awk -f select.awk FILE.go...

# The build tags that hold for the reference: Go 1.19, gc, linux/amd64, cgo off (an interpreter
# cannot call C), Go 1.19's default experiments on amd64.
function tag(t) {
    if (t == "linux" || t == "amd64" || t == "unix" || t == "gc") return 1
    if (t == "goexperiment.regabiwrappers" || t == "goexperiment.regabiargs") return 1
    if (t ~ /^go1\.([0-9]|1[0-9])$/) return 1
    return 0
}

# `// +build A,B !C`: space-separated terms are ORed, comma-separated ones ANDed.
function plusbuild(line,    n, terms, i, m, parts, j, all, p, neg) {
    sub(/^\/\/ \+build[ \t]*/, "", line)
    n = split(line, terms, /[ \t]+/)
    for (i = 1; i <= n; i++) {
        if (terms[i] == "") continue
        m = split(terms[i], parts, ",")
        all = 1
        for (j = 1; j <= m; j++) {
            p = parts[j]; neg = 0
            while (substr(p, 1, 1) == "!") { neg = !neg; p = substr(p, 2) }
            if (tag(p) == neg) { all = 0; break }
        }
        if (all) return 1
    }
    return 0
}

# `//go:build EXPR` with ||, &&, ! and parentheses: a small recursive-descent evaluator.
function gobuild(line,    s) {
    sub(/^\/\/go:build[ \t]*/, "", line)
    s = line
    gsub(/\|\|/, " | ", s); gsub(/&&/, " \\& ", s); gsub(/!/, " ! ", s)
    gsub(/\(/, " ( ", s); gsub(/\)/, " ) ", s)
    ntok = split(s, toks, /[ \t]+/)
    pos = 1
    while (pos <= ntok && toks[pos] == "") pos++
    return orexpr()
}
function peek() { while (pos <= ntok && toks[pos] == "") pos++; return pos <= ntok ? toks[pos] : "" }
function orexpr(    v) { v = andexpr(); while (peek() == "|") { pos++; v = andexpr() || v }; return v }
function andexpr(    v) { v = unary(); while (peek() == "&") { pos++; v = unary() && v }; return v }
function unary(    t, v) {
    t = peek(); pos++
    if (t == "!") return !unary()
    if (t == "(") { v = orexpr(); if (peek() == ")") pos++; return v }
    return tag(t)
}

FNR == 1 { if (NR > 1 && ok) print file; file = FILENAME; ok = ($0 == "// run"); inheader = 1 }
ok && inheader && /^package / { inheader = 0 }
ok && inheader && /^\/\/ \+build/ { if (!plusbuild($0)) ok = 0 }
ok && inheader && /^\/\/go:build/ { if (!gobuild($0)) ok = 0 }
END { if (NR > 0 && ok) print file }
