package main

// copy, append and complex argument errors with types2's texts and positions.
type F float32

func main() {
	n := 1
	var s string
	var f F
	copy(n, s)
	copy([]int{}, "ab")
	copy([]byte{}, []rune{})
	_ = append(n, 1)
	_ = append(nil, 1)
	_ = complex(1, s)
	_ = complex(1i, 2)
	_ = complex(f, 1e100)
	_ = complex(n, n)
	_ = complex(1.5, n)
}
