// Package util (text) is one of two packages named util.
package util

import (
	"errors"
	"strings"
)

type Value struct{ S string }

func (v Value) Len() int { return len(v.S) }

var ErrEmpty = errors.New("empty")

func Upper(s string) (Value, error) {
	if s == "" {
		return Value{}, ErrEmpty
	}
	return Value{strings.ToUpper(s)}, nil
}
