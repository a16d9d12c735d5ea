package billing

import "shop/orders"

// Account refers back to orders: orders -> customers -> billing -> orders is a cycle.
type Account struct {
	Open []orders.Order
}
