package main

import (
	"fmt"

	"example.com/unexported/account"
)

type form struct{}

func (form) Name() string    { return "form" }
func (form) validate() error { return nil }

func main() {
	a := account.Account{Owner: "ann", balance: 10}
	a.Deposit(5)
	fmt.Println(a.balance, a.audit())
	fmt.Println(account.defaultOwner, account.newID(), account.limit)
	var v account.validator
	_ = v
	fmt.Println(account.Check(form{}))
	b := account.Account{"bob", 3}
	_ = b
}
