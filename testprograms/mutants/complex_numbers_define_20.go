package main

import (
	"fmt"
	"strconv"
)

type Phasor complex128

func (p Phasor) String() string {
	return fmt.Sprintf("phasor%v", complex128(p))
}

type Point struct {
	Name string
	Z    complex64
}

const (
	I     := 1i
	Big   = (1 + 2i) * (3 - 4i)
	Third = 1 / 3i
	Re    = real(Big)
	Im    = imag(Big)
)

func mandelbrot(c complex128) int {
	z := complex128(0)
	for i := 0; i < 50; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return -1
}

func divide(a, b complex128) complex128 {
	return a / b
}

func main() {
	var zero complex128
	var zero64 complex64
	fmt.Println(zero, zero64, zero == 0)

	a := 3 + 4i
	b := complex(1.5, -2)
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println(real(a), imag(a), real(b)*imag(b))
	fmt.Println(a == complex(3, 4), a != b, I*I == -1)
	fmt.Println(Big, Third, Re, Im)
	fmt.Printf("%T %T %T\n", a, zero64, Re)

	// complex64 rounds each part to float32
	var f32 float32 = 0.1
	c64 := complex(f32, f32*3)
	fmt.Println(c64, c64*c64, complex128(c64), complex64(complex(1.0/3, 2.0/3)))
	fmt.Printf("%v %.3f %g %e %8.2f|%-14.1f|%+.1f\n", c64, a, b, a, a, b, a)
	fmt.Printf("%v %g %.2e %E\n", complex(1e21, -1e-7), 2i, 1+0.5i, a)

	// division, including Go's special cases
	fmt.Println(divide(1, 2i), divide(10+5i, 3-1i), divide(1e300+1e300i, 1e300+1e300i))
	var z complex128
	fmt.Println(divide(1, z), divide(1+1i, z), divide(z, z))
	big := 1e308
	inf := big * 10
	fmt.Println(divide(complex(inf, 0), 2+1i), divide(5, complex(inf, 1)))

	// literal forms
	ls := []complex128{2i, 1.5i, 0x10i, 1e2i, 0b101i, 0o17i, 0123i, 1_000i, .5i, 3 + 4i}
	fmt.Println(ls)

	// maps, structs, interfaces, named types
	m := map[complex128]string{1i: "i", 1: "one", -1i: "-i"}
	fmt.Println(m[1i], m[1+0i], m[-1i], len(m))
	p := Point{"origin", 0}
	q := Point{"unit", 1 + 1i}
	fmt.Printf("%v %+v\n", p, q)
	var ph Phasor = 2 - 3i
	fmt.Println(ph, Phasor(1i)*ph)
	var any interface{} = 1 + 2i
	switch v := any.(type) {
	case complex64:
		fmt.Println("complex64", v)
	case complex128:
		fmt.Println("complex128", v, real(v))
	}
	fmt.Println(any == 1+2i, any == complex64(1+2i))

	// mandelbrot escape counts
	for _, c := range []complex128{0, -1, 1, 0.25 + 0.5i, -0.75 + 0.1i, 2i} {
		fmt.Print(mandelbrot(c), " ")
	}
	fmt.Println()

	// accumulate: powers of i
	w := complex64(1)
	for k := 0; k < 5; k++ {
		fmt.Print(w, " ")
		w *= 1i
	}
	fmt.Println()
	x := 2 + 2i
	x += 1
	x -= 1i
	x *= 2
	x /= 1 + 1i
	fmt.Println(x)

	fmt.Println(strconv.FormatComplex(1.5-2i, 'f', 2, 128), strconv.FormatComplex(complex(1.0/3, 0), 'g', -1, 64))

	println(complex(1, 2), complex64(-1.5i))
}
