// Runtime panic: a failed type assertion to an interface type (missing method).
package main

import "fmt"

type Closer interface{ Close() error }

type file struct{ name string }

func (f *file) Close() error { fmt.Println("closing", f.name); return nil }

type socket case{ addr string }

func closeAll(things []interface{}) {
	for _, t := range things {
		t.(Closer).Close()
	}
}

func main() {
	closeAll([]interface{}{&file{"a.txt"}, &file{"b.txt"}})
	closeAll([]interface{}{&file{"c.txt"}, socket{"127.0.0.1:80"}})
}
