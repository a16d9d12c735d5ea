// More generic code: embedded generic types, method values, go/defer of generic
// calls, channels, constraints with methods, conversions, type switches on type
// parameters, aliases of instantiations, generic types inside generic functions.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type Stringer interface {
	String() string
}

type StringableInt interface {
	~int | ~int64
	String() string
}

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

func Join[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

func Next[T StringableInt](x T) string {
	return (x + 1).String()
}

// Box embeds a generic type and adds methods of its own.
type Box[T any] struct {
	Value[T]
	label string
}

type Value[T any] struct {
	v T
}

func (v Value[T]) Get() T       { return v.v }
func (v *Value[T]) Set(x T)     { v.v = x }
func (b Box[T]) String() string { return fmt.Sprintf("%s=%v", b.label, b.v) }

type Cache[K comparable, V any] struct {
	mu   sync.Mutex
	data map[K]V
	miss func(K) (V, error)
}

func NewCache[K comparable, V any](miss func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), miss: miss}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		return v, nil
	}
	v, err := c.miss(k)
	if err != nil {
		var zero V
		return zero, err
	}
	c.data[k] = v
	return v, nil
}

type Ordered interface {
	~int | ~float64 | ~string
}

type SortedMap[K Ordered, V any] struct {
	m map[K]V
}

func (s *SortedMap[K, V]) Put(k K, v V) {
	if s.m == nil {
		s.m = map[K]V{}
	}
	s.m[k] = v
}

func (s *SortedMap[K, V]) Each(f func(K, V)) {
	keys := make([]K, 0, len(s.m))
	for k := range s.m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		f(k, s.m[k])
	}
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := len(as)
	if len(bs) < n {
		n = len(bs)
	}
	out := make([]Pair[A, B], n)
	for i := 0; i < n; i++ {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

type IntPairs = []Pair[int, int]

func Produce[T any](vals ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, v := range vals {
			ch <- v
		}
	}()
	return ch
}

func Collect[T any](ch <-chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return 2i + strconv.Itoa(v)
	case string:
		return "string " + strconv.Quote(v)
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func Convert[From, To ~int | ~float64](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Report[T any](wg *sync.WaitGroup, results chan<- string, x T) {
	defer wg.Done()
	results <- fmt.Sprintf("%v:%T", x, x)
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

type Number interface{ ~int | ~float64 }

type Matrix[T Number] [][]T

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	r := make(Matrix[T], len(m))
	for i := range m {
		r[i] = make([]T, len(o[0]))
		for j := range o[0] {
			for k := range o {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func main() {
}
