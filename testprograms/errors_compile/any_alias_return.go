package main

import "fmt"

var _ = fmt.Sprint

func f(x any) int { return x }
func main() { f(1) }
