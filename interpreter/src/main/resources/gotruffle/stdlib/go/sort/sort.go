// Package sort: Go 1.19's sorting (pdqsort for Sort/Slice, insertion blocks + SymMerge for
// Stable) done by gotruffle.stdlib.algo.GoSort, which calls Len/Less/Swap in Go's order.
package sort

// Interface is what Sort needs of a collection: its length, an order and a swap.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Sort(data Interface)
func Stable(data Interface)
func IsSorted(data Interface) bool

func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func SliceIsSorted(x any, less func(i, j int) bool) bool

type reverse struct {
	Interface
}

// Len and Swap are spelled out: the checker does not promote methods of embedded interfaces yet.
func (r reverse) Len() int           { return r.Interface.Len() }
func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }
func (r reverse) Swap(i, j int)      { r.Interface.Swap(i, j) }

// Reverse flips data's Less.
func Reverse(data Interface) Interface { return &reverse{data} }

// Search binary-searches [0, n) for the first i with f(i) true (f must be false, then true); n if none.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find binary-searches [0, n) for the first i with cmp(i) <= 0 (cmp must be decreasing), and reports whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

type IntSlice []int

func (x IntSlice) Len() int              { return len(x) }
func (x IntSlice) Less(i, j int) bool    { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)         { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()                 { sortInts(x) }
func (p IntSlice) Search(x int) int      { return SearchInts(p, x) }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int)          { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                  { sortFloat64s(x) }
func (p Float64Slice) Search(x float64) int   { return SearchFloat64s(p, x) }

type StringSlice []string

func (x StringSlice) Len() int              { return len(x) }
func (x StringSlice) Less(i, j int) bool    { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)         { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()                 { sortStrings(x) }
func (p StringSlice) Search(x string) int   { return SearchStrings(p, x) }

func Ints(x []int)             { sortInts(x) }
func Float64s(x []float64)     { sortFloat64s(x) }
func Strings(x []string)       { sortStrings(x) }

func IntsAreSorted(x []int) bool         { return IsSorted(IntSlice(x)) }
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }
func StringsAreSorted(x []string) bool   { return IsSorted(StringSlice(x)) }

func sortInts(x []int)
func sortFloat64s(x []float64)
func sortStrings(x []string)
