package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Setter[B any] interface {
	Set(string)
	*B
}

type Settable int

func (p *Settable) Set(s string) {
	i, _ := strconv.Atoi(s)
	*p = Settable(i)
}

func FromStrings[T any, PT Setter[T]](s []string) []T {
	result = make([]T, len(s))
	for i, v := range s {
		p := PT(&result[i])
		p.Set(v)
	}
	return result
}

type List[T any] struct {
	items []T
}

func (l *List[T]) Add(v T) *List[T] { l.items = append(l.items, v); return l }
func (l *List[_]) Len() int         { return len(l.items) }

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	r := &List[U]{}
	for _, v := range l.items {
		r.Add(f(v))
	}
	return r
}

type Lener interface{ Len() int }

var _ Lener = (*List[int])(nil)

var global = NewCounter[string]()

type Counter[K comparable] struct{ m map[K]int }

func NewCounter[K comparable]() *Counter[K] { return &Counter[K]{m: map[K]int{}} }
func (c *Counter[K]) Inc(k K) int           { c.m[k]++; return c.m[k] }

type T int // shadowed by type parameters below

func Shadow[T any](x T) T { return x }

func Partial[A, B any](a A, b B) string { return fmt.Sprintf("%T/%T", a, b) }

type Num interface{ ~int | ~float64 }

func Clamp[T Num](x, lo, hi T) T {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func Fib[T Num](n T) T {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }
func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}
func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

type Fn[A, B any] func(A) B

func Compose[A, B, C any](f Fn[A, B], g Fn[B, C]) Fn[A, C] {
	return func(a A) C { return g(f(a)) }
}

func main() {
	fmt.Println(FromStrings[Settable]([]string{"1", "22"}))
	l := (&List[int]{}).Add(1).Add(2)
	sl := MapList(l, func(i int) string { return strings.Repeat("x", i) })
	fmt.Println(sl.items, sl.Len())
	fmt.Printf("%T\n", sl)
	global.Inc("a")
	fmt.Println(global.Inc("a"))
	fmt.Println(Shadow("s"), Shadow(T(3)))
	fmt.Println(Partial[int](1, "x"), Partial[float64, error](2, nil))
	fmt.Println(Clamp(15, 0, 10), Clamp(-1.5, 0.0, 1.0), Clamp[float64](0.5, 0, 1))
	fmt.Println(Fib(20), Fib(10.0))
	fmt.Println(Some(3), None[string](), Some("x").OrElse("y"), None[int]().OrElse(7))
	var opts []fmt.Stringer
	opts = append(opts, Some(1.5), None[bool]())
	fmt.Println(opts)
	h := Compose(func(i int) string { return strconv.Itoa(i) }, func(s string) int { return len(s) })
	fmt.Println(h(12345))
	fmt.Printf("%T\n", h)
	type local struct{ a int }
	fmt.Println(Some(local{1}))
	m := map[Opt[int]]string{Some(1): "one", None[int](): "none"}
	fmt.Println(m[Some(1)], m[Opt[int]{}])
}
