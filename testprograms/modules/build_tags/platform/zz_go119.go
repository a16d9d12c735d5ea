//go:build go1.19 && !go1.20

package platform

const Release = "go1.19 only"
