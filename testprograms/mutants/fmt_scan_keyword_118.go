// fmt's scanning functions: Scan and Scanln from standard input (counts, then records),
// Fscanf with a format, and Sscan/Sscanf/Sscanln on strings, including their errors.
package main

import (
	"bufio"
	"fmt"
	"os"
)

type person struct {
	name   string
	age    int
	height float64
}

func main() {
	in := bufio.NewReader(os.Stdin)
	var count int
	if _, err := fmt.Fscanln(in, &count); err != nil {
		fmt.Println("count error:", err)
		fallthrough
	}
	people := make([]person, count)
	for i := range people {
		p := &people[i]
		n, err := fmt.Fscan(in, &p.name, &p.age, &p.height)
		fmt.Println("scanned", n, err)
	}
	total := 0
	for _, p := range people {
		total += p.age
		fmt.Printf("%-6s %3d %.2f\n", p.name, p.age, p.height)
	}
	fmt.Println("average age:", float64(total)/float64(len(people)))

	var x, y int
	n, err := fmt.Fscanf(in, "\npoint: (%d, %d)\n", &x, &y)
	fmt.Println(n, err, x, y)
	var b bool
	var h int
	var w string
	n, err = fmt.Fscan(in, &b, &h, &w)
	fmt.Println(n, err, b, h, w)
	n, err = fmt.Fscan(in, &w)
	fmt.Println(n, err)

	var a1, a2 int
	var s string
	n, err = fmt.Sscan("10 20 thirty", &a1, &a2, &s)
	fmt.Println(n, err, a1, a2, s)
	n, err = fmt.Sscan("7 eight", &a1, &a2)
	fmt.Println(n, err, a1)
	n, err = fmt.Sscanf("age=42 name=gopher", "age=%d name=%s", &a1, &s)
	fmt.Println(n, err, a1, s)
	n, err = fmt.Sscanf("12:34", "%d:%d", &a1, &a2)
	fmt.Println(n, err, a1, a2)
	var f float64
	n, err = fmt.Sscanf("3.5e2 xyz", "%g %d", &f, &a1)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanln("1 2\n3", &a1, &a2)
	fmt.Println(n, err, a1, a2)
	n, err = fmt.Sscanln("1\n2", &a1, &a2)
	fmt.Println(n, err)
	var r rune
	var hx int
	n, err = fmt.Sscanf("Z ff", "%c %x", &r, &hx)
	fmt.Println(n, err, string(r), hx)
}
