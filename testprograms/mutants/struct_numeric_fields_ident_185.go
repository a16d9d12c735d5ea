// Numeric struct fields: sized integers wrap, float32 rounds, pointers to fields, struct
// equality with -0 and NaN, struct map keys, copies of arrays of structs, atomics on fields.
package main

import (
	"fmt"
	"math"
	"sync/atomic"
)

type counters struct {
	small  int8
	byteV  uint8
	word   uint16
	name   string
	f32    float32
	f64    float64
	ok     bool
	nested struct{ a, b int64 }
}

type point struct{ x, y float64 }

type particle struct {
	pos, vel point
	hits     [3]int
	tag      string
}

func bump(p *int8) { *p += 100 }

func main() {
	var c counters
	c.small = 100
	bump(&c.small)
	c.byteV = 250
	c.byteV += 10
	c.word--
	c.f32 = 0.1
	c.f32 *= 3
	c.f64 = 0.1
	c.f64 *= 3
	c.nested.a = math.MaxInt64
	c.nested.a++
	c.nested.b = -7 >> 1
	c.name = "gauge"
	c.ok = c.f64 > 0.3
	fmt.Printf("%v\n%+v\n", c, c)
	fmt.Println(c.small, c.byteV, c.word, c.f32, c.f64, c.nested.a, c.nested.b)

	pf := &c.f64
	*pf = math.Sqrt(2)
	fmt.Println(c.f64, *pf == c.f64)

	z1, z2 := point{0, 1}, point{math.Copysign(0, -1), 1}
	n1, n2 := point{math.NaN(), 1}, point{math.NaN(), 1}
	fmt.Println(z1 == z2, n1 == n2, n1 == n1)

	seen := map[point]int{}
	for i := 0; i < 10; i++ {
		seen[point{float64(i % 3), 0.5}]++
	}
	fmt.Println(len(seen), seen[point{1, 0.5}], seen)

	ps := [2]particle{{pos: point{1, 2}, vel: point{0.5, -0.5}, tag: "a"}, {tag: "b"}}
	qs := ps
	for i := range qs {
		q := &qs[i]
		for s := 0; s < 4; s++ {
			q.pos.x += q.vel.x
			q.pos.y += q.vel.y
			q.hits[s%3]++
		}
	}
	fmt.Println(ps)
	fmt.Println(qs)
	fmt.Println(ps == qs, ps[1] == qs[1])

	var st struct {
		n    int64
		hits counters
	}
	for i := 0; i < 5; i++ {
		atomic.AddInt64(&st.n, 3)
		atomic.AddUint32(&st.hits, ^uint32(0))
	}
	fmt.Println(atomic.LoadInt64(&st.n), st.hits)

	var sum float64
	vs := make([]point, 1000)
	for i := range vs {
		vs[i] = point{float64(i), float64(i) / 2}
	}
	for _, v := range vs {
		sum += v.x*v.y - math.Abs(v.y) + math.Floor(v.x/3) + math.Ceil(v.y) - math.Trunc(-v.y)
	}
	fmt.Printf("%.6f %T %T\n", sum, c.f32, c.nested)
	for _, f := range []func(float64) float64{math.Sqrt, math.Floor, math.Exp} {
		fmt.Println(f(2.25))
	}
	fmt.Println(math.Pow(2, 0.5), math.Hypot(3, 4), math.Max(-0.0, 0))
}
