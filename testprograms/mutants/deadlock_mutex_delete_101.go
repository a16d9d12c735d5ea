// Deadlock: a method that holds a mutex calls another method that locks it again
// (sync.Mutex is not reentrant).
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock)
	return a.balance
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	fmt.Println("deposited", n)
	if a.Balance() > 100 { // locks a.mu a second time
		fmt.Println("rich")
	}
}

func main() {
	acct := &Account{}
	acct.Deposit(50)
	fmt.Println("balance", acct.Balance())
}
