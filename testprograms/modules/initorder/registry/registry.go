// Package registry collects plugins registered by other packages' init functions.
package registry

import (
	"sort"

	"example.com/initorder/config"
	"example.com/initorder/logx"
)

var plugins = map[string]int{}

var Owner = owner()

func owner() string {
	logx.Step("registry: var Owner")
	return config.Name
}

func Register(name string, prio int) {
	logx.Step("registry: Register " + name)
	plugins[name] = prio
}

func Names() []string {
	var ns []string
	for n := range plugins {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func init() { logx.Step("registry: init") }
