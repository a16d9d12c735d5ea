package main

import (
	"fmt"

	"example.com/greetings"
	"example.com/hello/internal/banner"
)

func main() {
	fmt.Println(banner.Line(20))
	fmt.Println(greetings.Hello("Gladys"))
	fmt.Println(greetings.Formal("Sir"))
	fmt.Println(banner.Line(20))
}
