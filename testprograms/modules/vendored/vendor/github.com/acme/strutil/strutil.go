// Package strutil is a third-party module, vendored with go mod vendor.
package strutil

import "github.com/acme/strutil/case"

func Reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func Shout(s string) string { return strcase.Upper(s) + "!" }
