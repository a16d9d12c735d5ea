package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Matrix[T Number] struct {
	r, c int
	d    []T
}

func NewMatrix[T Number](r, c int) *Matrix[T] { return &Matrix[T]{r, c, make([]T, r*c)} }
func (m *Matrix[T]) At(i, j int) T           { return m.d[i*m.c+j] }
func (m *Matrix[T]) Set(i, j int, v T)       { m.d[i*m.c+j] = v }
func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.c != o.r {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", m.r, m.c, o.r, o.c)
	}
	res := NewMatrix[T](m.r, o.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			var s T
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			res.Set(i, j, s)
		}
	}
	return res, nil
}
func (m *Matrix[T]) String() string {
	var sb strings.Builder
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprint(&sb, m.At(i, j))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(*s) == 0 {
		return zero, false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range comparable {
		acc = f(acc, x)
	}
	return acc
}

type Celsius float64

func Keys[K comparable, V any](m map[K]V) []K {
	r := []K{}
	for k := range m {
		r = append(r, k)
	}
	return r
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
}
