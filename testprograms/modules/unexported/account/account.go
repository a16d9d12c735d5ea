package account

// Account has an exported and an unexported field.
type Account struct {
	Owner   string
	balance int
}

func (a *Account) Deposit(n int) { a.balance += n }
func (a Account) audit() bool    { return a.balance >= 0 }

type validator interface{ validate() error }

// Validator needs an unexported method: only types of this package can implement it.
type Validator interface {
	Name() string
	validate() error
}

func Check(v Validator) error { return v.validate() }

var defaultOwner = "bank"

func newID() int { return 1 }

const limit = 100
