package main

// Go's syntax checks of break, continue and goto labels, at the label.
func main() {
	for {
		continue L
	}
L:
	{
		break L
	}
	for i := 0; i < 2; i++ {
		break M
	}
M:
	for {
		break M
	}
	switch {
	default:
		continue M
	}
	goto N
}
