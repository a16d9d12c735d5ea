package main

import (
	"fmt"

	"example.com/calc/parser"
)

func main() {
	fmt.Println(parser.Eval(parser.Lex("1 + 2")))
}
