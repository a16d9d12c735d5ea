package banner

import "strings"

func Line(n int) string { return strings.Repeat("=", n) }
