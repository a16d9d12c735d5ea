// Package mimeheader: net/textproto's header reader with a size budget, for mime/multipart
// (set by textproto's init; Go reaches the unexported function through a link name).
package mimeheader

import "bufio"

// ReadLimited reads a MIME header from br with at most maxFields fields and maxBytes of
// keys, values and map overhead; past either it fails with "message too large".
var ReadLimited func(br *bufio.Reader, maxBytes, maxFields int64) (map[string][]string, error)
