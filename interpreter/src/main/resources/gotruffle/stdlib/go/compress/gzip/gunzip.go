package gzip

import (
	"bufio"
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"time"
)

// Header flags (RFC 1952, section 2.3.1).
const (
	id1, id2, methodDeflate = 0x1f, 0x8b, 8

	flagText    = 1 << 0
	flagHdrCrc  = 1 << 1
	flagExtra   = 1 << 2
	flagName    = 1 << 3
	flagComment = 1 << 4
)

var (
	// ErrChecksum: the gzip trailer's CRC or size does not match the data.
	ErrChecksum = errors.New("gzip: invalid checksum")
	// ErrHeader: the input does not start with a valid gzip header.
	ErrHeader = errors.New("gzip: invalid header")
)

var le = binary.LittleEndian

// noEOF turns an end of input inside a member into io.ErrUnexpectedEOF.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// Header is the metadata at the start of a gzip member; Writer and Reader expose it as
// fields. Name and Comment are stored in Latin-1, so only U+0001 to U+00FF can be written.
type Header struct {
	Comment string    // comment
	Extra   []byte    // "extra data"
	ModTime time.Time // modification time
	Name    string    // file name
	OS      byte      // producer's OS code (255: unknown)
}

// Reader decompresses gzip data. Input may hold several members one after the other;
// Read returns their contents in sequence unless Multistream(false) stops at the first.
// Header describes the member being read.
type Reader struct {
	Header       // filled in by NewReader and Reset
	r            flate.Reader
	decompressor io.ReadCloser
	digest       uint32 // CRC-32 (IEEE) of the member's data so far
	size         uint32 // its length mod 2^32
	buf          [512]byte
	err          error
	multistream  bool
}

// NewReader reads the first member's header from r and returns a Reader for its data
// (r may be read past the data if it has no ReadByte).
func NewReader(r io.Reader) (*Reader, error) {
	z := new(Reader)
	if err := z.Reset(r); err != nil {
		return nil, err
	}
	return z, nil
}

// Reset makes z read a new gzip stream from r, as a fresh NewReader would.
func (z *Reader) Reset(r io.Reader) error {
	*z = Reader{decompressor: z.decompressor, multistream: true}
	if br, ok := r.(flate.Reader); ok {
		z.r = br
	} else {
		z.r = bufio.NewReader(r)
	}
	z.Header, z.err = z.readHeader()
	return z.err
}

// Multistream(false) makes Read stop with io.EOF after the current member, leaving the
// source just past it, so that several streams can be read in turn (each with Reset and
// Multistream(false)). The default is true: members are read back to back.
func (z *Reader) Multistream(ok bool) { z.multistream = ok }

// readString reads a zero-terminated ISO 8859-1 string of the header (at most 511 bytes).
func (z *Reader) readString() (string, error) {
	latin1 := false
	for i := 0; i < len(z.buf); i++ {
		c, err := z.r.ReadByte()
		if err != nil {
			return "", err
		}
		z.buf[i] = c
		if c > 0x7f {
			latin1 = true
		}
		if c != 0 {
			continue
		}
		z.digest = crc32.Update(z.digest, crc32.IEEETable, z.buf[:i+1])
		if !latin1 {
			return string(z.buf[:i]), nil
		}
		runes := make([]rune, i)
		for j, b := range z.buf[:i] {
			runes[j] = rune(b)
		}
		return string(runes), nil
	}
	return "", ErrHeader
}

// readHeader reads a member's header and starts its decompressor.
func (z *Reader) readHeader() (hdr Header, err error) {
	if _, err = io.ReadFull(z.r, z.buf[:10]); err != nil {
		// An empty input or the end after a member is io.EOF, as in Go.
		return hdr, err
	}
	if z.buf[0] != id1 || z.buf[1] != id2 || z.buf[2] != methodDeflate {
		return hdr, ErrHeader
	}
	flags := z.buf[3]
	if t := int64(le.Uint32(z.buf[4:8])); t > 0 {
		// Section 2.3.1: a zero MTIME means no time stamp.
		hdr.ModTime = time.Unix(t, 0)
	}
	// z.buf[8] is XFL, ignored.
	hdr.OS = z.buf[9]
	z.digest = crc32.ChecksumIEEE(z.buf[:10])

	if flags&flagExtra != 0 {
		if _, err = io.ReadFull(z.r, z.buf[:2]); err != nil {
			return hdr, noEOF(err)
		}
		z.digest = crc32.Update(z.digest, crc32.IEEETable, z.buf[:2])
		extra := make([]byte, le.Uint16(z.buf[:2]))
		if _, err = io.ReadFull(z.r, extra); err != nil {
			return hdr, noEOF(err)
		}
		z.digest = crc32.Update(z.digest, crc32.IEEETable, extra)
		hdr.Extra = extra
	}
	if flags&flagName != 0 {
		if hdr.Name, err = z.readString(); err != nil {
			return hdr, noEOF(err)
		}
	}
	if flags&flagComment != 0 {
		if hdr.Comment, err = z.readString(); err != nil {
			return hdr, noEOF(err)
		}
	}
	if flags&flagHdrCrc != 0 {
		if _, err = io.ReadFull(z.r, z.buf[:2]); err != nil {
			return hdr, noEOF(err)
		}
		if le.Uint16(z.buf[:2]) != uint16(z.digest) {
			return hdr, ErrHeader
		}
	}
	z.digest = 0
	if z.decompressor == nil {
		z.decompressor = flate.NewReader(z.r)
	} else {
		z.decompressor.(flate.Resetter).Reset(z.r, nil)
	}
	return hdr, nil
}

// Read returns decompressed bytes; at each member's end it compares the trailer's CRC-32
// and length with the data (ErrChecksum).
func (z *Reader) Read(p []byte) (n int, err error) {
	if z.err != nil {
		return 0, z.err
	}
	for n == 0 {
		n, z.err = z.decompressor.Read(p)
		z.digest = crc32.Update(z.digest, crc32.IEEETable, p[:n])
		z.size += uint32(n)
		if z.err != io.EOF {
			return n, z.err // nil, or an error inside the member
		}
		// The member's trailer: CRC-32 and size.
		if _, err := io.ReadFull(z.r, z.buf[:8]); err != nil {
			z.err = noEOF(err)
			return n, z.err
		}
		if le.Uint32(z.buf[:4]) != z.digest || le.Uint32(z.buf[4:8]) != z.size {
			z.err = ErrChecksum
			return n, z.err
		}
		z.digest, z.size = 0, 0
		if !z.multistream {
			return n, io.EOF
		}
		z.err = nil
		if _, z.err = z.readHeader(); z.err != nil {
			return n, z.err
		}
	}
	return n, nil
}

// Close ends the decompressor, not the source. The checksum is only verified by reading
// up to io.EOF.
func (z *Reader) Close() error { return z.decompressor.Close() }
