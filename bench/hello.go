// hello: hello, world: start-up as a user feels it (JVM, engine, standard library, program).
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
