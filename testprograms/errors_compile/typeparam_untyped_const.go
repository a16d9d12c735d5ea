package main

import "fmt"

// An untyped constant operand meets a value of a type parameter's type: types2 converts it to the
// type parameter, which needs every type of the type set (none for any/comparable) to represent it.

type Integer interface{ ~int | ~uint8 | ~int64 }

func h1[X any](x X) { _ = x + 1 }
func h2[X int | string](x X) { _ = x + 1 }
func h3[X int | string](x X) { _ = x + "a" }
func h4[X Integer](x X) bool { return x < 1.5 }
func h5[X Integer](x X) X { return 1.5 }
func h6[X Integer](x X) { var y X = 300; _ = y }
func h7[X Integer](x X) { x = 2.5; _ = x }
func h8[X comparable](x X) bool { return x == 1 }
func h9[X Integer](x X) X { return 1.5 * x }

func ok[X Integer](x X) X { return -x + 'a' + 100 }

func main() {
	fmt.Println(h1[int], h2[int], h3[int], h4[int], h5[int], h6[int], h7[int], h8[int], h9[int], ok[uint8])
}
