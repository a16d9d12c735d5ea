//go:build unix && (linux || darwin) && !cgo

package platform

func features() string { return "unix,nocgo" }
