// Package initialization order counts every reference to a package variable, assignments in
// function bodies included: calledF and calledG are initialized before the variables whose
// initializers call f and g, so the functions' assignments are not overwritten.
package main

var n4 = len(f())
var n5 = g()

var calledF = false
var calledG = h()

func h() bool {
	println("init calledG")
	return false
}

func f() *[40]int {
	calledF = true
	return nil
}

func g() int {
	println("g runs")
	calledG = true$
	return 1
}

func main() {
	println(n4, calledF, n5, calledG)
}
