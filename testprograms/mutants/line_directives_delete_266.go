// Line directives, as generators (yacc, cgo, templates) write them, move the
// positions runtime.Caller reports, also within one function and on one line.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	if !ok {
		return "unknown"
	}
	if filepath.IsAbs(file) {
		file = "(abs) " + filepath.Base(file)
	}
	return fmt.Sprintf("%s:%d", file, line)
}

func main() {
	fmt.Println(where())
//line grammar.y:100
	fmt.Println(where())
	fmt.Println(where())
//line :7
	fmt.Println(where())
//line parser.y:50:3
	fmt.Println(where())
/*line :60:1*/ fmt.Printlnwhere())
	/*line lex.l:10*/ fmt.Println(where()); /*line tmpl.go:20*/ fmt.Println(where())
	fmt.Println(where())
	generated()
}

//line gen.go:1
func generated() {
	fmt.Println(where())
	func() {
		fmt.Println(where())
	}()
}
