package main

import "fmt"

// A malformed line directive in the file's header (package clause and imports) is found by
// the go command, which prints go/parser's message alone, without "./".

//line header.go:10
//line header.go:0:x

import "os"

func main() {
	fmt.Println(len(os.Args) > 0, undefinedName)
}
