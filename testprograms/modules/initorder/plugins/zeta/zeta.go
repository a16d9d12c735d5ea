package zeta

import (
	"example.com/initorder/logx"
	"example.com/initorder/registry"
)

func init() { registry.Register("zeta", 3) }

var Loaded = logx.Step("zeta: var Loaded")
