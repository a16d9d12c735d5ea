package main

import "fmt"

// More untyped constants against type parameters: mismatched kinds, constant expressions and
// package constants, compound assignment, one of several results.

type Integer interface{ ~int | ~uint8 | ~int64 }

const big = 1 << 10

func h1[X ~float64](x X) X { return x + "s" }
func h2[X Integer](x X) X { return x * (1 + 0.5) }
func h3[X Integer](x X) X { return x + true }
func h4[X any](x X) X { return x + nil }
func h5[X Integer](x X) X { x += 1.5; return x }
func h6[X Integer](x X) (X, error) { return 1.5, nil }
func h7[X Integer](x X) X { return x + big }
func h8[X comparable](x X) bool { return x != "a" }
func h9[X ~string](x X) X { return x + "a" + 'b' }

func ok[X ~float64](x X) (X, X) { f := func() int { return 2 }; return x * 1.5, X(f()) }

func main() {
	fmt.Println(h1[float64], h2[int], h3[int], h4[int], h5[int], h6[int], h7[int], h8[int], h9[string], ok[float64])
}
