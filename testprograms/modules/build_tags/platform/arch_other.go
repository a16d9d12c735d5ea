//go:build !amd64

package platform

func arch() string { return "other" }
