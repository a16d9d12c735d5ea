package zlib

import (
	"compress/flate"
	"encoding/binary"
	"fmt"
	"hash"
	"hash/adler32"
	"io"
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

// A Writer takes data written to it and writes the compressed form of that data to an
// underlying writer (see NewWriter).
type Writer struct {
	w           io.Writer
	level       int
	dict        []byte
	compressor  *flate.Writer
	digest      hash.Hash32
	err         error
	wroteHeader bool
}

// NewWriter creates a new Writer. Writes to the returned Writer are compressed and written to
// w. It is the caller's responsibility to call Close on the Writer when done.
func NewWriter(w io.Writer) *Writer {
	z, _ := NewWriterLevelDict(w, DefaultCompression, nil)
	return z
}

// NewWriterLevel is like NewWriter but specifies the compression level instead of assuming
// DefaultCompression. The error returned will be nil if the level is valid.
func NewWriterLevel(w io.Writer, level int) (*Writer, error) {
	return NewWriterLevelDict(w, level, nil)
}

// NewWriterLevelDict is like NewWriterLevel but specifies a dictionary to compress with. The
// dictionary may be nil. If not, its contents should not be modified until the Writer is
// closed.
func NewWriterLevelDict(w io.Writer, level int, dict []byte) (*Writer, error) {
	if level < HuffmanOnly || level > BestCompression {
		return nil, fmt.Errorf("zlib: invalid compression level: %d", level)
	}
	return &Writer{w: w, level: level, dict: dict}, nil
}

// Reset clears the state of the Writer z such that it is equivalent to its initial state from
// NewWriterLevel or NewWriterLevelDict, but instead writing to w.
func (z *Writer) Reset(w io.Writer) {
	z.w = w
	if z.compressor != nil {
		z.compressor.Reset(w)
	}
	if z.digest != nil {
		z.digest.Reset()
	}
	z.err = nil
	z.wroteHeader = false
}

// writeHeader writes CMF/FLG (with the level's hint and the dictionary's checksum) and
// starts the compressor.
func (z *Writer) writeHeader() error {
	z.wroteHeader = true
	var hint byte
	switch z.level {
	case 2, 3, 4, 5:
		hint = 1
	case 6, -1:
		hint = 2
	case 7, 8, 9:
		hint = 3
	}
	h := []byte{0x78, hint << 6}
	if z.dict != nil {
		h[1] |= 1 << 5
	}
	h[1] += byte(31 - (uint16(h[0])<<8+uint16(h[1]))%31)
	if z.dict != nil {
		h = binary.BigEndian.AppendUint32(h, adler32.Checksum(z.dict))
	}
	if _, err := z.w.Write(h); err != nil {
		return err
	}
	if z.compressor == nil {
		var err error
		if z.compressor, err = flate.NewWriterDict(z.w, z.level, z.dict); err != nil {
			return err
		}
		z.digest = adler32.New()
	}
	return nil
}

// start writes the header before the first Write, Flush or Close.
func (z *Writer) start() error {
	if !z.wroteHeader {
		z.err = z.writeHeader()
	}
	return z.err
}

// Write writes a compressed form of p to the underlying io.Writer. The compressed bytes are
// not necessarily flushed until the Writer is closed or explicitly flushed.
func (z *Writer) Write(p []byte) (n int, err error) {
	if err := z.start(); err != nil {
		return 0, err
	}
	if len(p) == 0 {
		return 0, nil
	}
	if n, err = z.compressor.Write(p); err != nil {
		z.err = err
		return n, err
	}
	z.digest.Write(p)
	return n, nil
}

// Flush pushes pending compressed output to the wrapped writer.
func (z *Writer) Flush() error {
	if err := z.start(); err != nil {
		return err
	}
	z.err = z.compressor.Flush()
	return z.err
}

// Close closes the Writer, flushing any unwritten data to the underlying io.Writer, but does
// not close the underlying io.Writer.
func (z *Writer) Close() error {
	if err := z.start(); err != nil {
		return err
	}
	if z.err = z.compressor.Close(); z.err != nil {
		return z.err
	}
	_, z.err = z.w.Write(binary.BigEndian.AppendUint32(nil, z.digest.Sum32()))
	return z.err
}
