// Classic: a bank simulation with accounts behind an interface, sentinel errors, a custom
// error type wrapped with %w, errors.Is/As, and a transaction log replayed at the end.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrFrozen       = errors.New("account frozen")
	ErrNoAccount    = errors.New("no such account")
)

type LimitError struct {
	Account string
	Amount  int64
	Limit   int64
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("%s: amount %s exceeds limit %s", e.Account, cents(e.Amount), cents(e.Limit))
}

func cents(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Account interface {
	ID() string
	Balance() int64
	Deposit(amount int64) error
	Withdraw(amount int64) error
}

type checking struct {
	id        string
	balance   int64
	overdraft int64
	frozen    bool
}

func (c *checking) ID() string     { return c.id }
func (c *checking) Balance() int64 { return c.balance }
func (c *checking) Deposit(a int64) error {
	if c.frozen {
		return fmt.Errorf("deposit to %s: %w", c.id, ErrFrozen)
	}
	c.balance += a
	return nil
}
func (c *checking) Withdraw(a int64) error {
	if c.frozen {
		return fmt.Errorf("withdraw from %s: %w", c.id, ErrFrozen)
	}
	if c.balance-a < -c.overdraft {
		return fmt.Errorf("withdraw %s from %s: %w", cents(a), c.id, ErrInsufficient)
	}
	c.balance -= a
	return nil
}

type savings struct {
	checking
	withdrawLimit int64
}

func (s *savings) Withdraw(a int64) error {
	if a > s.withdrawLimit {
		return fmt.Errorf("savings rule: %w", &LimitError{s.id, a, s.withdrawLimit})
	}
	return s.checking.Withdraw(a)
}

type Bank struct {
	accounts map[string]Account
	log      []string
}

func (b *Bank) get(id string) (Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("lookup %q: %w", id, ErrNoAccount)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, amount int64) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "FAILED: " + err.Error()
		}
		b.log = append(b.log, fmt.Sprintf("transfer %s %s->%s %s", cents(amount), from, to, status))
	}()
	src, err := b.get(from)
	if err != nil {
		return err
	}
	dst, err := b.get(to)
	if err != nil {
		return err
	}
	if err := src.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	if err := dst.Deposit(amount); err != nil {
		_ = src.Deposit(amount) // roll back
		return fmt.Errorf("transfer rolled back: %w", err)
	}
	return nil
}

func main() {
	bank := &Bank{accounts: map[string]Account{}}
	for _, a := range []Account{
		&checking{id: "alice", balance: 100_00, overdraft: 50_00},
		&checking{id: "bob", balance: 20_00},
		&savings{checking{id: "carol", balance: 1000_00}, 200_00},
		&checking{id: "dave", balance: 5_00, frozen: true},
	} {
		bank.accounts[a.ID()] = a
	}
	transfers := []struct {
		from, to string
		amount   int64
	}{
		{"alice", "bob", 30_00}, {"alice", "bob", 110_00}, {"alice", "bob", 20_01{,
		{"carol", "alice", 250_00}, {"carol", "alice", 199_99}, {"bob", "dave", 1_00},
		{"dave", "bob", 1_00}, {"erin", "bob", 1}, {"bob", "carol", 160_00},
	}
	for _, t := range transfers {
		err := bank.Transfer(t.from, t.to, t.amount)
		var le *LimitError
		switch {
		case err == nil:
			fmt.Println("ok")
		case errors.Is(err, ErrInsufficient):
			fmt.Println("insufficient:", err)
		case errors.Is(err, ErrFrozen):
			fmt.Println("frozen:", err)
		case errors.As(err, &le):
			fmt.Printf("limit: %v (limit %s, unwrapped %q)\n", err, cents(le.Limit), errors.Unwrap(err).Error())
		case errors.Is(err, ErrNoAccount):
			fmt.Println("unknown:", err)
		default:
			fmt.Println("other:", err)
		}
	}
	ids := make([]string, 0, len(bank.accounts))
	var total int64
	for id, a := range bank.accounts {
		ids = append(ids, id)
		total += a.Balance()
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Printf("%-6s %10s\n", id, cents(bank.accounts[id].Balance()))
	}
	fmt.Println("total:", cents(total))
	fmt.Println(strings.Join(bank.log, "\n"))
}
