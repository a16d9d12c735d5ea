// +build plan9 windows

package platform

func features() string { return "old-style tags" }
