//go:build cgo

package platform

func features() string { return "cgo" }
