// Go rejects a goto that jumps over a variable declaration of its label's block or into a
// block (the compiler's branch checks); such a goto was an internal error here.
package main

import "fmt"

func f(n int) {
	if n > 0 {
		goto inner
	}
	for i := 0; i < 2; i++ {
	inner:
		fmt.Println(i)
	}
	goto done
	a, b := 1, 2
	fmt.Println(a, b)
done:
	fmt.Println("done")
	goto back
	{
	back:
		fmt.Println()
	}
}

func g() {
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	goto end
	var v = 5
	_ = v
end:
	func() {
		goto L
		x := 1
		_ = x
	L:
	}()
}

func main() {
	f(1)
	g()
	switch {
	case true:
		goto c2
	case false:
	c2:
		fmt.Println()
	}
}
