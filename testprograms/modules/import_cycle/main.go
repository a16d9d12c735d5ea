package main

import (
	"fmt"

	"shop/orders"
)

func main() {
	fmt.Println(orders.Order{ID: 1})
}
