// Classic: a tiny expression evaluator. A hand-written lexer and recursive-descent parser
// build an AST of interface values (numbers, variables, unary and binary operators, calls),
// which is printed and evaluated; errors travel as values, parse failures as recovered panics.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Expr interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type Unary struct {
	Op rune
	X  Expr
}
type Binary struct {
	Op   rune
	L, R Expr
}
type Call struct {
	Fn  string
	Arg Expr
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %q", string(v))
}
func (v Var) String() string { return string(v) }

func (u Unary) Eval(env map[string]float64) (float64, error) {
	x, err := u.X.Eval(env)
	return -x, err
}
func (u Unary) String() string { return fmt.Sprintf("(-%v)", u.X) }

func (b Binary) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("division by zero in %v", b)
		}
		return l / r, nil
	case '^':
		return math.Pow(l, r), nil
	}
	return 0, fmt.Errorf("bad operator %q", b.Op)
}
func (b Binary) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

var funcs = map[string]func(float64) float64{"sqrt": math.Sqrt, "abs": math.Abs, "floor": math.Floor}

func (c Call) Eval(env map[string]float64) (float64, error) {
	f, ok := funcs[c.Fn]
	if !ok {
		return 0, fmt.Errorf("unknown function %s", c.Fn)
	}
	x, err := c.Arg.Eval(env)
	return f(x), err
}
func (c Call) String() string { return fmt.Sprintf("%s(%v)", c.Fn, c.Arg) }

type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks, i = append(toks, s[i:j]), j
		case unicode.IsLetter(c):
			j := i
			for j < len(s) && unicode.IsLetter(rune(s[j])) {
				j++
			}
			toks, i = append(toks, s[i:j]), j
		default:
			toks, i = append(toks, string(c)), i+1
		}
	}
	return toks
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}
func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() Expr {
	e := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := rune(p.next()[0])
		e = Binary{op, e, p.term()}
	}
	return e
}

func (p *parser) term() Expr {
	e := p.power()
	for p.peek() == "*" || p.peek() == "/" {
		op := rune(p.next()[0])
		e = Binary{op, e, p.power()}
	}
	return e
}

func (p *parser) power() Expr {
	e := p.unary()
	if p.peek() == "^" {
		p.next()
		return Binary{'^', e, p.power()} // right associative
	}
	return e
}

func (p *parser) unary() Expr {
	if p.peek() == "-" {
		p.next()
		return Unary{'-', p.unary()}
	}
	return p.primary()
}

func (p *parser) primary() Expr {
	t := p.next()
	switch {
	case t == "(":
		e := p.expr()
		if p.next() != ")" {
			panic("expected )")
		}
		return e
	case t != "" && (unicode.IsDigit(rune(t[0])) || t[0] == '.'):
		f, err := strconv.ParseFloat(t, 64)
		if err != nil {
			panic(err)
		}
		return Num(f)
	case t != "" && unicode.IsLetter(rune(t[0])):
		if p.peek() == "(" {
			p.next()
			arg := p.expr()
			p.next()
			return Call{t, arg}
		}
		return Var(t)
	}
	panic(fmt.Sprintf("unexpected token %q", t))
}

func parse(s string) (e Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", s, r)
		}
	}()
	p := &parser{toks: tokenize(s)}
	e = p.expr()
	if p.pos != len(p.toks) {
		panic(fmt.Sprintf("trailing %q", strings.Join(p.toks[p.pos:], "")))
	}
	return e, nil
}

func main() {
	env := map[string]float64{"x": 3, "y": 0.5, "pi": math.Pi}
	inputs := []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "x * y - 1 / 4",
		"sqrt(16) + abs(-2.5) * floor(y + 2)", "pi * x ^ 2", "10 / (x - 3)", "z + 1",
		"1 + ", "(2 * 3", "4 4", "1.5.2", "cos(1)", "100 - 99 - 1",
	}
	for _, in = range inputs {
		e, err := parse(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		v, err := e.Eval(env)
		if err != nil {
			fmt.Printf("%-40s => %v => error: %v\n", in, e, err)
			continue
		}
		fmt.Printf("%-40s => %v => %.6g\n", in, e, v)
	}
}
