// go panic(v): v is evaluated by the go statement; the new goroutine panics and ends the
// program while main waits.
package main

import "fmt"

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("error %d", e.code) }

func main() {
	x := 41
	go panic(E{x + 1})
	x = 0
	block := make(chan int)
	<-block
	fmt.Println("not reached", x)
}
