package image

import (
	"bufio"
	"errors"
	"io"
	"sync"
)

// ErrFormat: no registered format recognized the data.
var ErrFormat = errors.New("image: unknown format")

// format is one registered decoder, picked by its magic prefix.
type format struct {
	name, magic  string
	decode       func(io.Reader) (Image, error)
	decodeConfig func(io.Reader) (Config, error)
}

var (
	formatsMu sync.Mutex
	formats   []format
)

// RegisterFormat makes Decode and DecodeConfig recognize a format (name such as "png") by
// its magic prefix, in which each '?' stands for any byte.
func RegisterFormat(name, magic string, decode func(io.Reader) (Image, error), decodeConfig func(io.Reader) (Config, error)) {
	formatsMu.Lock()
	formats = append(formats, format{name, magic, decode, decodeConfig})
	formatsMu.Unlock()
}

// peeker: a reader that can look ahead without consuming.
type peeker interface {
	io.Reader
	Peek(int) ([]byte, error)
}

// sniff returns the first registered format whose magic prefixes r (the zero format if none).
func sniff(r io.Reader) (peeker, format) {
	pr, ok := r.(peeker)
	if !ok {
		pr = bufio.NewReader(r)
	}
	formatsMu.Lock()
	fs := formats
	formatsMu.Unlock()
	for _, f := range fs {
		b, err := pr.Peek(len(f.magic))
		if err == nil && matches(f.magic, b) {
			return pr, f
		}
	}
	return pr, format{}
}

func matches(magic string, b []byte) bool {
	if len(magic) != len(b) {
		return false
	}
	for i, c := range b {
		if magic[i] != c && magic[i] != '?' {
			return false
		}
	}
	return true
}

// Decode finds the registered format by its magic prefix and decodes the image, returning
// the format's name too.
func Decode(r io.Reader) (Image, string, error) {
	pr, f := sniff(r)
	if f.decode == nil {
		return nil, "", ErrFormat
	}
	m, err := f.decode(pr)
	return m, f.name, err
}

// DecodeConfig is Decode that stops after the header: color model and size, and the
// format's name.
func DecodeConfig(r io.Reader) (Config, string, error) {
	pr, f := sniff(r)
	if f.decodeConfig == nil {
		return Config{}, "", ErrFormat
	}
	c, err := f.decodeConfig(pr)
	return c, f.name, err
}
