package main

import (
	"fmt"

	// Go 1.19 initializes imported packages in the order the imports appear (gofmt keeps groups)
	_ "example.com/initorder/plugins/zeta"

	_ "example.com/initorder/plugins/alpha"

	"example.com/initorder/config"
	"example.com/initorder/logx"
	"example.com/initorder/registry"
)

var mainVar = logx.Step("main: var mainVar")

func init() { logx.Step("main: init") }

func main() {
	logx.Step("main: main")
	fmt.Println(registry.Names(), registry.Owner, config.Summary, mainVar > 0)
}
