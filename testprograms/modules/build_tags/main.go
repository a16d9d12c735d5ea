package main

import (
	"fmt"

	"example.com/tags/platform"
)

func main() {
	fmt.Println(platform.Describe(), "-", platform.Release)
}
