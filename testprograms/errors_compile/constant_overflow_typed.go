// Compile error: arithmetic on a typed constant overflowing its type.
package main

import "fmt"

const maxLevel int8 = 100

type player struct {
	name  string
	level int8
}

func describe(level int8) string {
	switch {
	case level > maxLevel/2:
		return "high"
	case level > maxLevel/4:
		return "medium"
	}
	return "low"
}

func main() {
	players := []player{{"ann", 10}, {"bob", 60}, {"cid", maxLevel}}
	for _, p := range players {
		fmt.Println(p.name, describe(p.level))
	}
	boosted := maxLevel * 2
	fmt.Println(describe(boosted))
}
