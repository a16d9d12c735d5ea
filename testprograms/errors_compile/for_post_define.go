package main

// types2's syntax error for := in a for loop's post statement is at the := operator.

func main() {
	for i := 0; i < 3; i := i + 1 {
	}
}
