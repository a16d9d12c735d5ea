package main

import (
	"fmt"

	"example.com/mathx"
)

type Celsius float64

func main() {
	fmt.Println(mathx.Sum(1, 2, 3), mathx.Sum(1.5, 2.25))
	fmt.Printf("%.2f %v\n", mathx.Mean(Celsius(20), Celsius(23)), mathx.Sum[Celsius](1, 2))
	fmt.Printf("%T\n", mathx.Sum[Celsius])
}
