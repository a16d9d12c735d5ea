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

// A Writer takes data written to it and writes the compressed form of that data to an
// underlying writer (see NewWriter).
type Writer struct {
	w    io.Writer
	h    any
	dict []byte
	err  error
}

// NewWriter returns a new Writer compressing data at the given level: from BestSpeed (1) to
// BestCompression (9), NoCompression, DefaultCompression or HuffmanOnly. If level is in the
// range [-2, 9] then the error returned will be nil.
func NewWriter(w io.Writer, level int) (*Writer, error) { return NewWriterDict(w, level, nil) }

// NewWriterDict is like NewWriter but initializes the new Writer with a preset dictionary;
// the compressed data can only be read by a Reader initialized with the same dictionary.
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

// Write writes data to w, which will eventually write the compressed form of data to its
// underlying writer.
func (w *Writer) Write(data []byte) (n int, err error) {
	if err := w.run(data, noFlush); err != nil {
		return 0, err
	}
	return len(data), nil
}

// Flush flushes any pending data to the underlying writer, ending with a sync marker (an
// empty stored block), so that a reader can decompress all the data written so far.
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

// Reset discards the writer's state and makes it equivalent to the result of NewWriter or
// NewWriterDict called with dst and w's level and dictionary.
func (w *Writer) Reset(dst io.Writer) {
	resetDeflater(w.h, w.dict)
	w.w, w.err = dst, nil
}
