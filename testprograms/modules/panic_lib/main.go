package main

import (
	"fmt"

	"example.com/bank/store"
)

func main() {
	s := store.New()
	s.Deposit("alice", 100)
	s.Deposit("bob", 20)
	if err := s.Withdraw("bob", 50); err != nil {
		fmt.Println("error:", err)
	}
	s.Deposit("carol", -5) // the bug the audit finds
	defer fmt.Println("deferred in main runs before the crash report")
	s.Audit()
	fmt.Println("not reached")
}
