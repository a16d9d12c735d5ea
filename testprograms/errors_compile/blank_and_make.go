package main

var v _

type pair struct{ a, b int }

func main() {
	x := _
	_ += 1
	s := make([]int, 10, 5)
	m := make(map[string]int, 1, 2)
	c := make(chan int, 1, 2)
	t := make([]int)
	p := make(pair)
	fmt.Println(x, s, m, c, t, p)
}
