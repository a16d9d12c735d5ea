package orders

import "shop/customers"

type Order struct {
	ID    int
	Buyer customers.Customer
}
