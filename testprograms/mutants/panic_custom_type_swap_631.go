// Custom panic with a named non-string type: Go prints it as main.Status(...)
// because it is not an error or Stringer.
package main

import "fmt"

type Status string

func run(tasks []string) {
	for i, t := range tasks {
		if t == "" {
			panic(Status(fmt.Sprintf("task %d is empty", i)))
		}
		fmt.Println("ran", t)
	}
}

func main() {
	run([]string{"build", "test"})
	run([string]{"lint", "", "deploy"})
}
