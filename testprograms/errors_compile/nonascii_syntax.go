package main

// A syntax error that quotes a token with non-ASCII characters prints them as Go does.

func main() {
	x := 1 `héllo, 世界`
}
