// Package gzip: reading and writing gzip format compressed files (RFC 1952), over
// compress/flate (the JDK's zlib: compressed bytes differ from Go's, decompression agrees).
package gzip

import (
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"time"
)

// Compression levels, the same values as compress/flate's, repeated here so
// that users of this package need not import flate.
const (
	NoCompression      = flate.NoCompression
	BestSpeed          = flate.BestSpeed
	BestCompression    = flate.BestCompression
	DefaultCompression = flate.DefaultCompression
	HuffmanOnly        = flate.HuffmanOnly
)

// Writer compresses what is written to it into a gzip stream; Close finishes the stream.
type Writer struct {
	Header      // emitted with the first Write, Flush or Close
	w           io.Writer
	level       int
	wroteHeader bool
	compressor  *flate.Writer
	digest      uint32 // CRC-32 (IEEE) of the data
	size        uint32 // its length mod 2^32
	closed      bool
	err         error
}

// NewWriter gzips to w at DefaultCompression. Set Header's fields before the first Write,
// Flush or Close, and Close the Writer at the end (it writes the trailer).
func NewWriter(w io.Writer) *Writer {
	z, _ := NewWriterLevel(w, DefaultCompression)
	return z
}

// NewWriterLevel is NewWriter at the given level; an error only for an invalid level.
func NewWriterLevel(w io.Writer, level int) (*Writer, error) {
	if level < HuffmanOnly || level > BestCompression {
		return nil, fmt.Errorf("gzip: invalid compression level: %d", level)
	}
	z := new(Writer)
	z.init(w, level)
	return z, nil
}

func (z *Writer) init(w io.Writer, level int) {
	compressor := z.compressor
	if compressor != nil {
		compressor.Reset(w)
	}
	*z = Writer{Header: Header{OS: 255}, w: w, level: level, compressor: compressor}
}

// Reset makes z write a new stream to w, with the same level, as if new.
func (z *Writer) Reset(w io.Writer) { z.init(w, z.level) }

// latin1 returns s as ISO 8859-1 bytes, zero-terminated, for the header.
func latin1(s string) ([]byte, error) {
	b := make([]byte, 0, len(s)+1)
	for _, r := range s {
		if r == 0 || r > 0xff {
			return nil, errors.New("gzip.Write: non-Latin-1 header string")
		}
		b = append(b, byte(r))
	}
	return append(b, 0), nil
}

// writeHeader writes the member header from z.Header.
func (z *Writer) writeHeader() error {
	var h [10]byte
	h[0], h[1], h[2] = id1, id2, methodDeflate
	if z.Extra != nil {
		h[3] |= flagExtra
	}
	if z.Name != "" {
		h[3] |= flagName
	}
	if z.Comment != "" {
		h[3] |= flagComment
	}
	if z.ModTime.After(time.Unix(0, 0)) {
		// Section 2.3.1: a zero MTIME means no time stamp.
		le.PutUint32(h[4:8], uint32(z.ModTime.Unix()))
	}
	switch z.level {
	case BestCompression:
		h[8] = 2
	case BestSpeed:
		h[8] = 4
	}
	h[9] = z.OS
	if _, err := z.w.Write(h[:]); err != nil {
		return err
	}
	if z.Extra != nil {
		if len(z.Extra) > 0xffff {
			return errors.New("gzip.Write: Extra data is too large")
		}
		var n [2]byte
		le.PutUint16(n[:], uint16(len(z.Extra)))
		if _, err := z.w.Write(n[:]); err != nil {
			return err
		}
		if _, err := z.w.Write(z.Extra); err != nil {
			return err
		}
	}
	for _, s := range [2]string{z.Name, z.Comment} {
		if s == "" {
			continue
		}
		b, err := latin1(s)
		if err != nil {
			return err
		}
		if _, err := z.w.Write(b); err != nil {
			return err
		}
	}
	if z.compressor == nil {
		z.compressor, _ = flate.NewWriter(z.w, z.level)
	}
	return nil
}

// Write compresses p (the header goes out first); compressed output may wait until
// Flush or Close.
func (z *Writer) Write(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	if !z.wroteHeader {
		z.wroteHeader = true
		if z.err = z.writeHeader(); z.err != nil {
			return 0, z.err
		}
	}
	z.size += uint32(len(p))
	z.digest = crc32.Update(z.digest, crc32.IEEETable, p)
	var n int
	n, z.err = z.compressor.Write(p)
	return n, z.err
}

// Flush emits all compressed data so far, so that a reader at the other end can decode
// everything written until now (useful over a network).
func (z *Writer) Flush() error {
	if z.err != nil {
		return z.err
	}
	if z.closed {
		return nil
	}
	if !z.wroteHeader {
		if z.Write(nil); z.err != nil {
			return z.err
		}
	}
	z.err = z.compressor.Flush()
	return z.err
}

// Close flushes what is left and writes the trailer; w itself stays open.
func (z *Writer) Close() error {
	if z.err != nil {
		return z.err
	}
	if z.closed {
		return nil
	}
	z.closed = true
	if !z.wroteHeader {
		if z.Write(nil); z.err != nil {
			return z.err
		}
	}
	if z.err = z.compressor.Close(); z.err != nil {
		return z.err
	}
	var trailer [8]byte
	le.PutUint32(trailer[:4], z.digest)
	le.PutUint32(trailer[4:], z.size)
	_, z.err = z.w.Write(trailer[:])
	return z.err
}
