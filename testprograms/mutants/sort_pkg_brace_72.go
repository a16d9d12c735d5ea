// The sort package: Ints, Strings, Float64s (NaN first), Slice with a full ordering,
// SliceStable keeping equal elements in input order, sort.Sort and sort.Stable on
// sort.Interface, Reverse, Search and the Search* helpers, and IsSorted checks.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type byAge []Person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j, a[i] }

func main() {
	ints := []int{5, 2, 8, -1, 9, 2, 0, 100, -50}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple", "", "Zebra", "äpfel"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fl := []float64{3.5, math.Inf(-1), math.NaN(), -0.5, math.Inf(1), 0}
	sort.Float64s(fl)
	fmt.Println(fl)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}, {"Frank", 30}}
	stable := append([]Person(nil), people...)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].Age < stable[j].Age })
	fmt.Println("stable by age:", stable)
	sort.Stable(sort.Reverse(byAge(stable)))
	fmt.Println("stable reverse:", stable)
	full := append([]Person(nil), people...)
	sort.Slice(full, func(i, j int) bool {
		if full[i].Age != full[j].Age {
			return full[i].Age > full[j].Age
		}
		return full[i].Name < full[j].Name
	})
	fmt.Println("age desc, name asc:", full)
	distinct := []Person{{"x", 4}, {"y", 1}, {"z", 3}, {"w", 2}}
	sort.Sort(byAge(distinct))
	fmt.Println("sort.Sort:", distinct, sort.IsSorted(byAge(distinct)))

	words := strings.Fields("the go programming language is expressive concise clean and efficient")
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)

	sorted := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{0, 1, 6, 11, 12} {
		i := sort.SearchInts(sorted, x)
		fmt.Printf("SearchInts(%d)=%d ", x, i)
	}
	fmt.Println()
	idx := sort.Search(100, func(i int) bool { return i*i >= 2000 })
	fmt.Println("first i with i*i >= 2000:", idx)
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"), sort.SearchFloat64s([]float64{1.5, 2.5}, 2.5))

	rev := []int{3, 1, 2, 5, 4}
	sort.Sort(sort.Reverse(sort.IntSlice(rev)))
	fmt.Println(rev)
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println(ss, ss.Search("b"))

	// A bigger sort checked by properties.
	big := make([]int, 5000)
	x := uint32(12345)
	for i := range big {
		x = x*1664525 + 1013904223
		big[i] = int(x >> 16)
	}
	sort.Ints(big)
	sum := 0
	for _, v := range big {
		sum += v
	}
	fmt.Println(sort.IntsAreSorted(big), big[0], big[len(big)/2], big[len(big)-1], sum)
}
