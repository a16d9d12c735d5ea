// Package platform picks its implementation by build constraints, as portable libraries do.
package platform

func Describe() string { return name() + "/" + arch() + " " + features() }
