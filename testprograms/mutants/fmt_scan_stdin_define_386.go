// fmt's Scan, Scanln and Scanf read os.Stdin a byte at a time: whatever a call did not need
// (beyond the one delimiter it looked at) is still there for the next reader, here a
// bufio.Reader and then os.Stdin directly.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	var a, b int
	var w string
	n, err := fmt.Scan(&a, &b)
	fmt.Println("Scan:", n, err, a, b)
	n, err = fmt.Scanln(&w)
	fmt.Printf("Scanln: %d %v %q\n", n, err, w)
	n, err := fmt.Scanln(&w)
	fmt.Printf("Scanln empty line: %d %v\n", n, err)
	n, err = fmt.Scanf("%d-%d\n", &a, &b)
	fmt.Println("Scanf:", n, err, a, b)
	n, err = fmt.Scanf("%s %d", &w, &a)
	fmt.Println("Scanf bad:", n, err, w)
	var rest string
	n, err = fmt.Scanln(&rest)
	fmt.Printf("after error: %d %v %q\n", n, err, rest)
	n, err = fmt.Scan(&w)
	fmt.Printf("Scan word: %d %v %q\n", n, err, w)
	line, err := bufio.NewReader(io.LimitReader(os.Stdin, 12)).ReadString('\n')
	fmt.Printf("bufio: %q %v\n", line, err)
	buf := make([]byte, 100)
	k, err := os.Stdin.Read(buf)
	fmt.Printf("raw: %q %v\n", buf[:k], err)
	n, err = fmt.Scan(&a)
	fmt.Println("at EOF:", n, err)
}
