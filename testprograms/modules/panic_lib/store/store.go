// Package store keeps balances; it panics on corrupted state, as some libraries do.
package store

import (
	"fmt"
	"sort"
)

// Corrupt is the panic value for an invariant violation.
type Corrupt struct {
	Account string
	Balance int
}

func (c Corrupt) Error() string {
	return fmt.Sprintf("store: account %s has negative balance %d", c.Account, c.Balance)
}

type Store struct{ balances map[string]int }

func New() *Store { return &Store{balances: map[string]int{}} }

func (s *Store) Deposit(acct string, n int) { s.balances[acct] += n }

func (s *Store) Withdraw(acct string, n int) error {
	if s.balances[acct] < n {
		return fmt.Errorf("withdraw %d from %s: insufficient funds (%d)", n, acct, s.balances[acct])
	}
	s.balances[acct] -= n
	return nil
}

// Audit checks every balance and panics on the first negative one.
func (s *Store) Audit() {
	names := make([]string, 0, len(s.balances))
	for n := range s.balances {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println("audit", n, s.balances[n])
		if s.balances[n] < 0 {
			panic(Corrupt{Account: n, Balance: s.balances[n]})
		}
	}
}
