// Package encoding: the interfaces through which a type converts itself to and from bytes
// or text, used by other encoding packages.
package encoding

// BinaryMarshaler: a value that can encode itself as bytes.
type BinaryMarshaler interface {
	MarshalBinary() (data []byte, err error)
}

// BinaryUnmarshaler: a value that can decode itself from bytes (copying them if it keeps them).
type BinaryUnmarshaler interface {
	UnmarshalBinary(data []byte) error
}

// TextMarshaler: a value that can encode itself as UTF-8 text.
type TextMarshaler interface {
	MarshalText() (text []byte, err error)
}

// TextUnmarshaler: a value that can decode itself from text (copying it if it keeps it).
type TextUnmarshaler interface {
	UnmarshalText(text []byte) error
}
