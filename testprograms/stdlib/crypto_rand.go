// crypto/rand: Read, Int in range, Prime of a bit length (facts only: the values are random).
package main

import (
	"crypto/rand"
	"fmt"
	"math/big"
)

func main() {
	b := make([]byte, 16)
	n, err := rand.Read(b)
	fmt.Println(n, err)
	max := big.NewInt(1000)
	for i := 0; i < 100; i++ {
		v, err := rand.Int(rand.Reader, max)
		if err != nil || v.Sign() < 0 || v.Cmp(max) >= 0 {
			fmt.Println("bad", v, err)
		}
	}
	p, err := rand.Prime(rand.Reader, 64)
	fmt.Println(p.BitLen(), p.ProbablyPrime(20), err)
	_, err = rand.Prime(rand.Reader, 1)
	fmt.Println(err)
}
