// Compile error: impossible type assertions and type switch cases print the method signatures as declared.
package main

import (
	"fmt"
	"io"
)

type rd struct{}

func (rd) Read(buf []byte, extra bool) (count int, err error) { return 0, nil }

type Closer interface {
	Close(force bool) (err error)
}

type file struct{}

func (*file) Close() error { return nil }

func main() {
	var r io.Reader = nil
	_ = r.(rd)
	var c Closer
	switch c.(type) {
	case *file:
	}
	fmt.Println(r, c)
}
