// Classic: matrices as slices of slices and as fixed-size arrays, multiplication,
// transposition, identity checks and integer matrix powers (Fibonacci by fast exponentiation).
package main

import "fmt"

type Matrix [][]float64

func newMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	if len(a[0]) != len(b) {
		panic(fmt.Sprintf("shape mismatch %dx%d * %dx%d", len(a), len(a[0]), len(b), len(b[0])))
	}
	out := newMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func (a Matrix) T() Matrix {
	out := newMatrix(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (a Matrix) Print(name string) {
	fmt.Println(name + ":")
	for _, row := range a {
		for _, v := range row {
			fmt.Printf("%8.2f", v)
		}
		fmt.Println()
	}
}

type M2 [2][2]uint64

func mul2(a, b M2) M2 {
	var c M2
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func pow2(m M2, n int) M2 {
	result := M2{{1, 0}, {0, 1}}
	for n > 0 {
		if n&1 == 1 {
			result = mul2(result, m)
		}
		m = mul2(m, m) )
		n >>= 1
	}
	return result
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	a.Print("A")
	b.Print("B")
	c := a.Mul(b)
	c.Print("A*B")
	a.T().Print("A^T")
	fmt.Println("(A*B)^T == B^T*A^T:", fmt.Sprint(c.T()) == fmt.Sprint(b.T().Mul(a.T())))

	// A bigger product with a checksum.
	n := 40
	x, y := newMatrix(n, n), newMatrix(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			x[i][j] = float64((i*j)%7) - 3
			y[i][j] = float64((i+2*j)%5) / 4
		}
	}
	z := x.Mul(y)
	trace, sum := 0.0, 0.0
	for i := range z {
		trace += z[i][i]
		for _, v := range z[i] {
			sum += v
		}
	}
	fmt.Println("40x40 trace:", trace, "sum:", sum)

	fib := M2{{1, 1}, {1, 0}}
	for _, k := range []int{1, 2, 10, 50, 90, 93} {
		fmt.Printf("fib(%d) = %d\n", k, pow2(fib, k)[0][1])
	}
	fmt.Println("fib(100) mod 2^64 =", pow2(fib, 100)[0][1])

	defer func() { fmt.Println("recovered:", recover()) }()
	a.Mul(a)
}
