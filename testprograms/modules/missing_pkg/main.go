package main

import (
	"fmt"

	"example.com/webapp/handlers"
	"webapp/config"
)

func main() {
	fmt.Println(handlers.Route("/"), config.Port)
}
