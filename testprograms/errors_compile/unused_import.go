// Compile error: an imported package that is not used (the os.Exit call was removed).
package main

import (
	"fmt"
	"os"
	"strings"
)

func shout(s string) string {
	return strings.ToUpper(s) + "!"
}

func whisper(s string) string {
	return strings.ToLower(s) + "..."
}

func main() {
	words := []string{"hello", "World", "GOPHERS"}
	for _, w := range words {
		fmt.Println(shout(w), whisper(w))
	}
	if len(words) == 0 {
		fmt.Println("nothing to say")
		return
	}
	fmt.Println(len(words), "words")
}
