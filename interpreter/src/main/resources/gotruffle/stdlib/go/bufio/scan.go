package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// SplitFunc finds the next token in data (atEOF: no more data will come); see ScanLines.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
	ErrFinalToken      = errors.New("final token")
)

const (
	// MaxScanTokenSize: the default limit on a token's length (Buffer changes it).
	MaxScanTokenSize = 64 * 1024
	startBufSize     = 4096
)

// Scanner reads input token by token (lines unless Split says otherwise); the bytes not yet
// consumed are buf[start:end].
type Scanner struct {
	src   io.Reader
	split SplitFunc
	kind  int // which standard split function split is (splitKind), set by the first Scan

	buf        []byte
	start, end int
	limit      int // the largest the buffer may grow to (MaxScanTokenSize unless Buffer says)

	token   []byte
	err     error // the first error; io.EOF may still be replaced by a real error
	empties int   // empty tokens in a row at EOF
	started bool  // Scan was called: Buffer and Split may no longer be
	done    bool  // after ErrFinalToken
}

// NewScanner scans r line by line.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{src: r, split: ScanLines, limit: MaxScanTokenSize}
}

// Err is the scan's first error other than io.EOF, or nil.
func (s *Scanner) Err() error {
	if s.err != io.EOF {
		return s.err
	}
	return nil
}

// Bytes returns the most recent token; the underlying array may be overwritten by the next Scan.
func (s *Scanner) Bytes() []byte { return s.token }

// Text returns the most recent token as a newly allocated string.
func (s *Scanner) Text() string { return string(s.token) }

// splitKind tells which of this package's split functions f is (0: another one).
func splitKind(f SplitFunc) int

// Kinds of splitKind (BufioNatives' numbers) for which splitStd answers "no token" exactly as
// the split function does when not at EOF (not ScanRunes: it leaves invalid runes to Go).
const (
	kindLines = 1
	kindWords = 2
	kindBytes = 4
)

// splitStd is split(data, false) for a standard split function (kind) and a non-empty data,
// without its error result (it has none then); "no token" also when the Go function must decide.
func splitStd(kind int, data []byte) (advance int, token []byte)

// Scan moves to the next token (see Bytes and Text); false at the end or on an error (see Err).
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	if !s.started {
		s.started = true
		s.kind = splitKind(s.split)
	}
	// The common case, kept small so that it compiles early: a standard split function finds a
	// token in what is buffered. Everything else (reads, EOF, errors) is scan's.
	if s.kind != 0 && s.err == nil && s.end > s.start {
		advance, token := splitStd(s.kind, s.buf[s.start:s.end])
		s.start += advance
		s.token = token
		if token != nil {
			s.empties = 0
			return true
		}
	}
	return s.scan()
}

// scan is Scan's general loop: split what is buffered; without a token, make room (slide the
// unread bytes to the front, or grow a full buffer) and read more. One function, apart from
// Scan's common case.
func (s *Scanner) scan() bool {
	for {
		if s.end > s.start || s.err != nil {
			advance, token, err := s.splitBuffered()
			switch {
			case err == ErrFinalToken:
				s.token, s.done = token, true
				return true
			case err != nil:
				s.setErr(err)
				return false
			case advance < 0:
				s.setErr(ErrNegativeAdvance)
				return false
			case advance > s.end-s.start:
				s.setErr(ErrAdvanceTooFar)
				return false
			}
			s.start += advance
			s.token = token
			if token != nil {
				if advance > 0 || s.err == nil {
					s.empties = 0
				} else if s.empties++; s.empties > maxConsecutiveEmptyReads {
					// at EOF a split function that keeps returning empty tokens would never end
					panic("bufio.Scan: too many empty tokens without progressing")
				}
				return true
			}
		}
		if s.err != nil {
			s.start, s.end = 0, 0
			return false
		}
		if s.start > 0 && (s.end == len(s.buf) || 2*s.start > len(s.buf)) {
			s.end = copy(s.buf, s.buf[s.start:s.end])
			s.start = 0
		}
		if s.end == len(s.buf) && !s.grow() {
			return false
		}
		s.load()
	}
}

// grow doubles the full buffer, up to limit (ErrTooLong past that).
func (s *Scanner) grow() bool {
	size := len(s.buf)
	if size >= s.limit || size > int(^uint(0)>>1)/2 {
		s.setErr(ErrTooLong)
		return false
	}
	if size *= 2; size == 0 {
		size = startBufSize
	}
	grown := make([]byte, minInt(size, s.limit))
	s.end = copy(grown, s.buf[s.start:s.end])
	s.start = 0
	s.buf = grown
	return true
}

// load reads once into the free room; a reader that answers (0, nil) too often is stuck.
func (s *Scanner) load() {
	for empty := 0; empty <= maxConsecutiveEmptyReads; empty++ {
		n, err := s.src.Read(s.buf[s.end:])
		if n < 0 || n > len(s.buf)-s.end {
			s.setErr(ErrBadReadCount)
			return
		}
		s.end += n
		if err != nil {
			s.setErr(err)
			return
		}
		if n > 0 {
			s.empties = 0
			return
		}
	}
	s.setErr(io.ErrNoProgress)
}

// splitBuffered is split(s.buf[s.start:s.end], s.err != nil), by splitStd where its answer is
// the split function's ("no token" included): with bufio's ScanLines, ScanWords or ScanBytes,
// the Go function is then not called at every refill (nor compiled) but only at EOF.
func (s *Scanner) splitBuffered() (int, []byte, error) {
	if s.err == nil && (s.kind == kindLines || s.kind == kindWords || s.kind == kindBytes) {
		advance, token := splitStd(s.kind, s.buf[s.start:s.end])
		return advance, token, nil
	}
	return s.split(s.buf[s.start:s.end], s.err != nil)
}

// setErr records the first error encountered (io.EOF may be replaced by a real error).
func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Buffer gives the scanner its first buffer (all of its capacity is used) and the largest size
// it may grow to; only before the first Scan.
func (s *Scanner) Buffer(buf []byte, max int) {
	s.notStarted("Buffer")
	s.buf, s.limit = buf[:cap(buf)], max
}

// Split picks the tokenizer; only before the first Scan.
func (s *Scanner) Split(split SplitFunc) {
	s.notStarted("Split")
	s.split = split
}

// notStarted panics when a setting changes after the first Scan.
func (s *Scanner) notStarted(method string) {
	if s.started {
		panic(method + " called after Scan")
	}
}

// ScanBytes is a split function that returns each byte as a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 && atEOF {
		return 0, nil, nil
	}
	return 1, data[:1], nil
}

// replacementChar is the token ScanRunes gives for a byte that starts no valid encoding.
var replacementChar = []byte("\uFFFD")

// ScanRunes yields one UTF-8 character per token; a byte that starts no valid encoding
// becomes U+FFFD.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 && atEOF {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[:1], nil
	}
	if _, n := utf8.DecodeRune(data); n > 1 {
		return n, data[:n], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil // the rest of the encoding may come with the next read
	}
	return 1, replacementChar, nil
}

// dropCR cuts one '\r' at the end of line.
func dropCR(line []byte) []byte {
	if n := len(line) - 1; n >= 0 && line[n] == '\r' {
		return line[:n]
	}
	return line
}

// ScanLines yields lines without their "\n" or "\r\n"; the last line may lack the newline.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if nl := bytes.IndexByte(data, '\n'); nl >= 0 {
		return nl + 1, dropCR(data[:nl]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

// isSpace: r has Unicode's White_Space property.
func isSpace(r rune) bool {
	switch {
	case r == ' ' || '\t' <= r && r <= '\r':
		return true
	case r < 0x85:
		return false
	case r == 0x85 || r == 0xA0 || r == 0x1680 || 0x2000 <= r && r <= 0x200A:
		return true
	}
	return r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000
}

// ScanWords yields the words between runs of Unicode white space. Without the end of a word in
// data it consumes the leading space only (all of data at EOF, the word being the token).
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	word := -1 // where the word starts
	for i := 0; i < len(data); {
		r, n := rune(data[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(data[i:])
		}
		if !isSpace(r) {
			if word < 0 {
				word = i
			}
		} else if word >= 0 {
			return i + n, data[word:i], nil
		}
		i += n
	}
	switch {
	case word < 0:
		return len(data), nil, nil
	case atEOF:
		return len(data), data[word:], nil
	}
	return word, nil, nil
}
