package main

import (
	"os"

	"github.com/example/todo/internal/app"
)

func main() { os.Exit(app.Run(os.Stdout)) }
