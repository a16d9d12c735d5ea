package customers

import "shop/billing"

type Customer struct {
	Name    string
	Account billing.Account
}
