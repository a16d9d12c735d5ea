// Package logx records initialization steps; every other package imports it.
package logx

import "fmt"

var step int

// Step prints one numbered initialization step and returns its number.
func Step(what string) int {
	step++
	fmt.Printf("%2d %s\n", step, what)
	return step
}

var Ready = Step("logx: var Ready")

func init() { Step("logx: init") }
