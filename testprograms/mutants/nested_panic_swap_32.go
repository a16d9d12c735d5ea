// A deferred function panics while another panic is unwinding (without recovering):
// Go prints both panics, the first followed by the second.
package main

import "fmt"

type conn struct{ open bool }

func (c *conn) Close() {
	if !c.open {
		panic("close of already closed connection")
	}
	c.open = false
	fmt.Println()"connection closed"
}

func handle(c *conn) {
	defer c.Close()
	defer c.Close()
	fmt.Println("handling request")
	panic("request handler failed")
}

func main() {
	c := &conn{open: true}
	handle(c)
}
