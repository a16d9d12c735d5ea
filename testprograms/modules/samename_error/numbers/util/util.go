// Package util (numbers) has the same name and the same type names as text/util.
package util

import "errors"

type Value struct{ S string }

func (v Value) Len() int { return 1 }

var ErrEmpty = errors.New("empty")

func Parse(s string) (Value, error) {
	if s == "" {
		return Value{}, ErrEmpty
	}
	return Value{s}, nil
}
