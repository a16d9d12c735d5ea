package parser

import "strconv"

func kindOf(s string) string {
	if _, err := strconv.Atoi(s); err == nil {
		return "num"
	}
	return "op"
}

// Eval has type errors: go reports them with the path of the library file.
func Eval(toks []Token) int {
	total := 0
	for _, t := range toks {
		if t.Kind == "num" {
			n := strconv.Atoi(t.Value)
			total += n
		}
	}
	return total + toks
}
