// Package strcase's name differs from the last element of its import path.
package strcase

import "strings"

func Upper(s string) string { return strings.ToUpper(s) }
