package alpha

import (
	"example.com/initorder/logx"
	"example.com/initorder/plugins/beta"
	"example.com/initorder/registry"
)

var Loaded = logx.Step("alpha: var Loaded") + beta.Loaded*0

func init() { registry.Register("alpha", 1) }
func init() { logx.Step("alpha: second init") }
