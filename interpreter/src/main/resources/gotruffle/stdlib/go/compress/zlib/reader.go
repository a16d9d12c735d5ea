// Package zlib: reading and writing zlib format compressed data (RFC 1950), over
// compress/flate (the JDK's zlib: compressed bytes differ from Go's, decompression agrees).
package zlib

import (
	"bufio"
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash"
	"hash/adler32"
	"io"
)

const (
	zlibDeflate   = 8 // compression method
	zlibMaxWindow = 7 // largest window size field (32 KB)
)

var (
	// ErrChecksum: the Adler-32 trailer does not match the data.
	ErrChecksum = errors.New("zlib: invalid checksum")
	// ErrDictionary: the stream asks for a preset dictionary the caller did not supply.
	ErrDictionary = errors.New("zlib: invalid dictionary")
	// ErrHeader: the input does not start with a valid zlib header.
	ErrHeader = errors.New("zlib: invalid header")
)

type reader struct {
	r            flate.Reader
	decompressor io.ReadCloser
	digest       hash.Hash32
	err          error
	scratch      [4]byte
}

// Resetter lets a decompressor from NewReader be reused on another stream instead of
// making a new one.
type Resetter interface {
	// Reset throws away buffered state and starts over on r (with dict, if any).
	Reset(r io.Reader, dict []byte) error
}

// NewReader reads the zlib header from r and returns a ReadCloser of the decompressed data
// (also a Resetter). Without ReadByte, r may be read past the stream's end.
func NewReader(r io.Reader) (io.ReadCloser, error) { return NewReaderDict(r, nil) }

// NewReaderDict is NewReader with a preset dictionary, used only if the stream asks for one.
func NewReaderDict(r io.Reader, dict []byte) (io.ReadCloser, error) {
	z := new(reader)
	if err := z.Reset(r, dict); err != nil {
		return nil, err
	}
	return z, nil
}

// readFull reads len(b) bytes; an end of input is io.ErrUnexpectedEOF.
func (z *reader) readFull(b []byte) error {
	_, err := io.ReadFull(z.r, b)
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return err
}

func (z *reader) Read(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	var n int
	n, z.err = z.decompressor.Read(p)
	z.digest.Write(p[:n])
	if z.err != io.EOF {
		return n, z.err // nil, or an error inside the stream
	}
	// The ADLER-32 trailer, big-endian.
	if err := z.readFull(z.scratch[:4]); err != nil {
		z.err = err
		return n, err
	}
	if binary.BigEndian.Uint32(z.scratch[:4]) != z.digest.Sum32() {
		z.err = ErrChecksum
		return n, z.err
	}
	return n, io.EOF
}

// Close ends the decompressor, not the source. The Adler-32 is only verified by reading
// up to io.EOF.
func (z *reader) Close() error {
	if z.err != nil && z.err != io.EOF {
		return z.err
	}
	z.err = z.decompressor.Close()
	return z.err
}

func (z *reader) Reset(r io.Reader, dict []byte) error {
	*z = reader{decompressor: z.decompressor}
	if br, ok := r.(flate.Reader); ok {
		z.r = br
	} else {
		z.r = bufio.NewReader(r)
	}
	// CMF and FLG: method 8, window size, a multiple of 31, the preset dictionary bit.
	if z.err = z.readFull(z.scratch[:2]); z.err != nil {
		return z.err
	}
	cmf, flg := z.scratch[0], z.scratch[1]
	if cmf&0x0f != zlibDeflate || cmf>>4 > zlibMaxWindow || (uint(cmf)<<8|uint(flg))%31 != 0 {
		z.err = ErrHeader
		return z.err
	}
	haveDict := flg&0x20 != 0
	if haveDict {
		if z.err = z.readFull(z.scratch[:4]); z.err != nil {
			return z.err
		}
		if binary.BigEndian.Uint32(z.scratch[:4]) != adler32.Checksum(dict) {
			z.err = ErrDictionary
			return z.err
		}
	}
	if !haveDict {
		dict = nil
	}
	if z.decompressor == nil {
		z.decompressor = flate.NewReaderDict(z.r, dict)
	} else {
		z.decompressor.(flate.Resetter).Reset(z.r, dict)
	}
	z.digest = adler32.New()
	return nil
}
