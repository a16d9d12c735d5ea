// Package flate: the DEFLATE compressed data format (RFC 1951), on the JDK's zlib
// (java.util.zip's Inflater and Deflater in raw mode). Decompression gives Go's results and
// errors (CorruptInputError's offset is where zlib stopped, which can differ from Go's);
// compressed output is valid DEFLATE but zlib's, not byte for byte Go's compressor.
package flate

import "strconv"

// Compression levels.
const (
	NoCompression      = 0
	BestSpeed          = 1
	BestCompression    = 9
	DefaultCompression = -1

	// HuffmanOnly disables LZ77 matching: only Huffman coding (zlib's Z_HUFFMAN_ONLY).
	HuffmanOnly = -2
)

// CorruptInputError is the offset at which the compressed stream went wrong.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "flate: corrupt input before offset " + strconv.FormatInt(int64(e), 10)
}

// InternalError is a failure inside the decompressor itself.
type InternalError string

func (e InternalError) Error() string { return "flate: internal error: " + string(e) }

// ReadError is kept for API compatibility; GoTruffle never returns it.
//
// Deprecated: not returned.
type ReadError struct {
	Offset int64 // where in the input it happened
	Err    error // what the source's Read said
}

func (e *ReadError) Error() string {
	return "flate: read error at offset " + strconv.FormatInt(e.Offset, 10) + ": " + e.Err.Error()
}

// WriteError is kept for API compatibility; GoTruffle never returns it.
//
// Deprecated: not returned.
type WriteError struct {
	Offset int64 // where in the output it happened
	Err    error // what the destination's Write said
}

func (e *WriteError) Error() string {
	return "flate: write error at offset " + strconv.FormatInt(e.Offset, 10) + ": " + e.Err.Error()
}
