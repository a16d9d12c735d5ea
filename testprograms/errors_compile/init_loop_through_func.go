// A package variable whose initializer reaches itself through a function and another variable: Go's "initialization loop" with the path.
package main

var a = g()
var b = a

func g() int { return b }

func main() { println(a, b) }
