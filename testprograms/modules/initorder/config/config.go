package config

import "example.com/initorder/logx"

// Declared before the variables it depends on: package vars are initialized by dependency.
var Summary = describe()

var (
	Name    = value("name", "demo")
	Version = value("version", "1.2")
)

func value(k, v string) string {
	logx.Step("config: var " + k)
	return v
}

func describe() string {
	logx.Step("config: var Summary (needs Name and Version)")
	return Name + "@" + Version
}

func init() { logx.Step("config: init #1") }
func init() { logx.Step("config: init #2, Summary=" + Summary) }
