package parser

import "strings"

type Token struct {
	Kind  string
	Value string
}

func Lex(s string) []Token {
	var out []Token
	for _, f := range strings.Fields(s) {
		out = append(out, Token{Kind: kindOf(f), Value: f})
	}
	return out
}
