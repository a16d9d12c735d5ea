// Maps: nil map reads, len, delete (also of missing keys), comma-ok lookups, maps as
// reference values, composite keys, map values that are structs or slices, and fmt printing
// maps sorted by key. Iteration order is random in Go, so loops here sort keys first, and one
// loop checks that the order does vary.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type point struct{ x, y int }

func addAll(m map[string]int, keys ...string) {
	for _, k := range keys {
		m[k] += len(k)
	}
}

func main() {
	var nilMap map[string]int
	v, ok := nilMap["missing"]
	fmt.Println("nil map:", nilMap == nil, len(nilMap), nilMap["x"], v, ok)
	delete(nilMap, "x") // no-op
	for range nilMap {
		fmt.Println("never")
	}

	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	ages["bob"]++
	if age, ok := ages["bob"]; ok {
		fmt.Println("bob is", age)
	}
	if _, ok := ages["dave"]; !ok {
		fmt.Println("dave not found, zero value:", ages["dave"])
	}
	fmt.Println(ages, len(ages))
	delete(ages, "alice")
	delete(ages, "nobody")
	fmt.Println(ages, len(ages))

	// Maps are references.
	counts := make(map[string]int)
	addAll(counts, "go", "java", "go")
	alias := counts
	alias["rust"] = 4
	fmt.Println(counts)

	// Sorted iteration.
	text := "the quick brown fox jumps over the lazy dog the end"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, int := range keys {
		fmt.Printf("%s=%d ", k, freq[k])
	}
	fmt.Println()

	// Struct and array keys.
	grid := map[point]string{{0, 0}: "origin", {2, -1}: "east", {-1, 3}: "west"}
	fmt.Println(grid[point{2, -1}], len(grid[point{9, 9}]))
	fmt.Println(grid)

	// Struct values must be replaced as a whole; slices in maps can be appended.
	type account struct {
		owner   string
		balance int
	}
	accts := map[int]account{1: {"ann", 10}}
	a := accts[1]
	a.balance += 5
	accts[1] = a
	fmt.Printf("%+v\n", accts)
	ptrs := map[string]*account{"x": {"xavier", 1}}
	ptrs["x"].balance = 77
	fmt.Println(*ptrs["x"])
	groups := map[bool][]int{}
	for i := 1; i <= 10; i++ {
		groups[i%3 == 0] = append(groups[i%3 == 0], i)
	}
	fmt.Println(groups)

	// Nested maps and sets.
	graph := map[string]map[string]bool{}
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}}
	for _, e := range edges {
		if graph[e[0]] == nil {
			graph[e[0]] = map[string]bool{}
		}
		graph[e[0]][e[1]] = true
	}
	fmt.Println(graph, graph["a"]["c"], graph["z"]["a"])

	// fmt sorts keys of every ordered kind.
	fmt.Println(map[int]string{10: "ten", -5: "minus five", 0: "zero", 3: "three"})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0.25: true})
	fmt.Println(map[rune]int{'z': 1, 'a': 2, 'é': 3})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[[2]int]int{{2, 1}: 0, {1, 9}: 1, {1, 2}: 2})
	fmt.Printf("%v|%+v|%#v\n", map[string]int{"b": 2, "a": 1}, map[string]point{"p": {1, 2}}, map[string]int{"k": 1})
	fmt.Println(map[interface{}]int{"s": 1, 2: 2, 1: 3, "a": 4})

	// Deleting during iteration is allowed; deleted keys are not visited later.
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println("after delete:", len(m), sum)
	// Go randomizes the iteration order of every range loop over a map.
	orders := map[string]bool{}
	small := map[int]bool{1: true, 2: true, 3: true, 4: true, 5: true, 6: true}
	for i := 0; i < 100; i++ {
		order := ""
		for k := range small {
			order += fmt.Sprint(k)
		}
		orders[order] = true
	}
	fmt.Println("range over a 6-key map gave more than one order in 100 loops:", len(orders) > 1)
	clear := make(map[string][]string, 10)
	fmt.Println(len(clear), clear == nil)
}
