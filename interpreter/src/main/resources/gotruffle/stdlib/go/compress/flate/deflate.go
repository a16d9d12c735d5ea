package flate

import (
	"errors"
	"fmt"
	"io"
)

// Java natives over a java.util.zip.Deflater in raw mode.
func newDeflater(level int, dict []byte) any
func resetDeflater(h any, dict []byte)

// deflate compresses in and returns the output zlib has ready; flush: 0 none, 1 sync, 2 finish.
func deflate(h any, in []byte, flush int) []byte

const (
	noFlush = iota
	syncFlush
	finish
)

var errWriterClosed = errors.New("flate: closed writer")

// Writer compresses what is written to it and passes the DEFLATE stream on to the
// destination given to NewWriter.
type Writer struct {
	w    io.Writer
	h    any
	dict []byte
	err  error
}

// NewWriter compresses to w at level: BestSpeed (1) to BestCompression (9), or NoCompression,
// DefaultCompression, HuffmanOnly. Levels outside -2..9 are an error.
func NewWriter(w io.Writer, level int) (*Writer, error) { return NewWriterDict(w, level, nil) }

// NewWriterDict is NewWriter with a preset dictionary; only a reader given the same
// dictionary can decompress the result.
func NewWriterDict(w io.Writer, level int, dict []byte) (*Writer, error) {
	if level < HuffmanOnly || level > BestCompression {
		return nil, fmt.Errorf("flate: invalid compression level %d: want value in range [-2, 9]", level)
	}
	return &Writer{w: w, h: newDeflater(level, dict), dict: append([]byte(nil), dict...)}, nil
}

func (w *Writer) run(data []byte, flush int) error {
	if w.err != nil {
		return w.err
	}
	if out := deflate(w.h, data, flush); len(out) > 0 {
		if _, err := w.w.Write(out); err != nil {
			w.err = err
		}
	}
	return w.err
}

// Write compresses data; the output reaches the destination as blocks complete (or on
// Flush and Close).
func (w *Writer) Write(data []byte) (n int, err error) {
	if err := w.run(data, noFlush); err != nil {
		return 0, err
	}
	return len(data), nil
}

// Flush emits everything pending plus an empty stored block, so that the reader can
// decompress all input so far.
func (w *Writer) Flush() error { return w.run(nil, syncFlush) }

// Close flushes pending output and ends the stream.
func (w *Writer) Close() error {
	if w.err == errWriterClosed {
		return nil
	}
	if err := w.run(nil, finish); err != nil {
		return err
	}
	w.err = errWriterClosed
	return nil
}

// Reset starts over writing to dst, with the same level and dictionary as before.
func (w *Writer) Reset(dst io.Writer) {
	resetDeflater(w.h, w.dict)
	w.w, w.err = dst, nil
}
