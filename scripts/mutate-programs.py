#!/usr/bin/env python3
"""mutate-programs.py OUT_DIR N [SEED] -- writes N mutants of the golden programs in testprograms/.

Each mutant is one program of testprograms/ (not errors_compile/, not standalone/) with one small
edit a user might make by mistake: a token deleted, duplicated or swapped with its neighbour, an
identifier, operator, literal or keyword replaced by another, a line deleted, `:=` and `=`
exchanged, a stray character inserted. The same seed gives the same mutants.

The mutants feed testprograms/mutants/ (the differential corpus of compile errors): keep those
real Go rejects, record their goldens with ../shared/tools/record-golden, and list the ones
GoTruffle does not match yet in that folder's KNOWN_FAILURES.
"""
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOKEN = re.compile(r'''
    (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<raw>`[^`]*`)
  | (?P<string>"(?:[^"\\\n]|\\.)*")
  | (?P<rune>'(?:[^'\\\n]|\\.)*')
  | (?P<number>0[xX][0-9a-fA-F_]+|\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?i?|\.\d+)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>\.\.\.|<<=|>>=|&\^=|&&|\|\||<-|\+\+|--|==|!=|<=|>=|:=|\+=|-=|\*=|/=|%=|&=|\|=|\^=|<<|>>|&\^|[-+*/%&|^<>=!(){}\[\],;.:~])
  | (?P<space>\s+)
''', re.S | re.X)
KEYWORDS = {'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func',
            'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct',
            'switch', 'type', 'var'}
OPS = ['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '&^', '&&', '||', '==', '!=', '<', '<=', '>', '>=', '=',
       ':=', '!', '<-', '++', '--', '.', ',', ';', ':', '(', ')', '[', ']', '{', '}']
LITERALS = ['0', '1', '-1', '1.5', '"x"', "'a'", '1 << 70', 'nil', 'true', '300', '1e400', '2i']


def tokens(src):
    out = []
    pos = 0
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            out.append(('other', src[pos]))
            pos += 1
            continue
        out.append((m.lastgroup, m.group()))
        pos = m.end()
    return out


def mutate(src, rnd):
    toks = tokens(src)
    # never touch the package clause and imports: mutations there only exercise the go command
    start = 0
    for i, (k, t) in enumerate(toks):
        if k == 'ident' and t == 'func':
            start = i
            break
    code = [i for i in range(start, len(toks)) if toks[i][0] not in ('space', 'comment')]
    if len(code) < 4:
        return None, None
    kind = rnd.choice(['delete', 'duplicate', 'swap', 'ident', 'op', 'literal', 'keyword', 'line', 'define',
                       'stray', 'brace'])
    i = rnd.choice(code)
    k, t = toks[i]
    if kind == 'delete':
        toks[i] = ('space', '')
    elif kind == 'duplicate':
        toks[i] = (k, t + ' ' + t)
    elif kind == 'swap':
        j = code[code.index(i) + 1] if code.index(i) + 1 < len(code) else None
        if j is None:
            return None, None
        toks[i], toks[j] = toks[j], toks[i]
    elif kind == 'ident':
        idents = sorted({t2 for k2, t2 in toks[start:] if k2 == 'ident' and t2 not in KEYWORDS})
        cands = [c for c in code if toks[c][0] == 'ident' and toks[c][1] not in KEYWORDS]
        if not cands or len(idents) < 2:
            return None, None
        i = rnd.choice(cands)
        toks[i] = ('ident', rnd.choice([x for x in idents if x != toks[i][1]]))
    elif kind == 'op':
        cands = [c for c in code if toks[c][0] == 'op']
        if not cands:
            return None, None
        i = rnd.choice(cands)
        toks[i] = ('op', rnd.choice([o for o in OPS if o != toks[i][1]]))
    elif kind == 'literal':
        cands = [c for c in code if toks[c][0] in ('number', 'string', 'rune', 'raw')]
        if not cands:
            return None, None
        i = rnd.choice(cands)
        toks[i] = ('number', rnd.choice(LITERALS))
    elif kind == 'keyword':
        cands = [c for c in code if toks[c][0] == 'ident' and toks[c][1] in KEYWORDS]
        if not cands:
            return None, None
        i = rnd.choice(cands)
        toks[i] = ('ident', rnd.choice(sorted(KEYWORDS - {toks[i][1], 'package', 'import'})))
    elif kind == 'define':
        cands = [c for c in code if toks[c][1] in (':=', '=')]
        if not cands:
            return None, None
        i = rnd.choice(cands)
        toks[i] = ('op', '=' if toks[i][1] == ':=' else ':=')
    elif kind == 'stray':
        toks[i] = (k, t + rnd.choice(['@', '$', '#', '?', '\\', '`']))
    elif kind == 'brace':
        cands = [c for c in code if toks[c][1] in ('}', ')', ']')]
        if not cands:
            return None, None
        i = rnd.choice(cands)
        toks[i] = ('space', '')
    text = ''.join(t for _, t in toks)
    if kind == 'line':
        lines = text.split('\n')
        first = next(n for n, l in enumerate(lines) if l.startswith('func '))
        body = [n for n in range(first, len(lines)) if lines[n].strip()]
        del lines[rnd.choice(body)]
        text = '\n'.join(lines)
    return kind, text


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 12)
    sources = []
    for d in sorted(os.listdir(os.path.join(ROOT, 'testprograms'))):
        if d in ('errors_compile', 'standalone', 'mutants', 'src', 'target'):
            continue
        full = os.path.join(ROOT, 'testprograms', d)
        if os.path.isdir(full):
            sources += [os.path.join(full, f) for f in sorted(os.listdir(full)) if f.endswith('.go')]
    os.makedirs(out, exist_ok=True)
    made = 0
    while made < n:
        path = rnd.choice(sources)
        kind, text = mutate(open(path, encoding='utf-8').read(), rnd)
        if text is None:
            continue
        name = '%s_%s_%d.go' % (os.path.basename(path)[:-3], kind, made)
        with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
            f.write(text)
        made += 1


if __name__ == '__main__':
    main()
