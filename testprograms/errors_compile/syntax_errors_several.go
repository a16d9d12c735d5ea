// Syntax errors: Go reports several per file (one per line), resuming after each one.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90
		return "A"
	case score >= 80:
		return "B"
	}
	return "C"
}

func main() {
	scores := []int{95, 85, 70
	}
	for _, s := range scores {
		fmt.Println(s, grade(s)
	}
	total := 0
	for _, s := range scores {
		total += s
	}
	fmt.Println("average:", total/len(scores)))
	if total > 200
	{
		fmt.Println("high")
	}
}
