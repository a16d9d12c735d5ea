package beta

import (
	"example.com/initorder/logx"
	"example.com/initorder/registry"
)

var Loaded = logx.Step("beta: var Loaded")

func init() { registry.Register("beta", 2) }
