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

// Writer compresses what is written to it into a zlib stream for the destination given
// to NewWriter.
type Writer struct {
	w           io.Writer
	level       int
	dict        []byte
	compressor  *flate.Writer
	digest      hash.Hash32
	err         error
	wroteHeader bool
}

// NewWriter zlib-compresses to w at DefaultCompression; Close it at the end.
func NewWriter(w io.Writer) *Writer {
	z, _ := NewWriterLevelDict(w, DefaultCompression, nil)
	return z
}

// NewWriterLevel is NewWriter at the given level; an error only for an invalid level.
func NewWriterLevel(w io.Writer, level int) (*Writer, error) {
	return NewWriterLevelDict(w, level, nil)
}

// NewWriterLevelDict is NewWriterLevel with an optional preset dictionary (nil for none),
// which must stay unchanged until Close.
func NewWriterLevelDict(w io.Writer, level int, dict []byte) (*Writer, error) {
	if level < HuffmanOnly || level > BestCompression {
		return nil, fmt.Errorf("zlib: invalid compression level: %d", level)
	}
	return &Writer{w: w, level: level, dict: dict}, nil
}

// Reset makes z write a new stream to w, with the same level and dictionary.
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

// Write compresses p (after the header, on the first call); output may wait until
// Flush or Close.
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

// Close flushes what is left and writes the Adler-32 trailer; w itself stays open.
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
