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
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte
	buf          []byte
	start        int
	end          int
	err          error
	empties      int
	scanCalled   bool
	done         bool
	kind         int // which standard split function split is (splitKind), set by the first Scan
}

// NewScanner scans r line by line.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxTokenSize: MaxScanTokenSize}
}

// Err is the scan's first error other than io.EOF, or nil.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
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
	if !s.scanCalled {
		s.scanCalled = true
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

// scan is Scan's general loop: split, read more, grow the buffer.
func (s *Scanner) scan() bool {
	for {
		// Try for a token with what is buffered (at EOF/error: even with nothing buffered).
		if s.end > s.start || s.err != nil {
			advance, token, err := s.splitBuffered()
			if err != nil {
				if err == ErrFinalToken {
					s.token = token
					s.done = true
					return true
				}
				s.setErr(err)
				return false
			}
			if !s.advance(advance) {
				return false
			}
			s.token = token
			if token != nil {
				if s.err == nil || advance > 0 {
					s.empties = 0
				} else {
					s.empties++
					if s.empties > maxConsecutiveEmptyReads {
						panic("bufio.Scan: too many empty tokens without progressing")
					}
				}
				return true
			}
		}
		if s.err != nil {
			s.start = 0
			s.end = 0
			return false
		}
		// Make room: move data to the front, or grow the buffer when it is full.
		if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
			copy(s.buf, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
		}
		if s.end == len(s.buf) {
			if len(s.buf) >= s.maxTokenSize || len(s.buf) > (1<<62)/2 {
				s.setErr(ErrTooLong)
				return false
			}
			newSize := len(s.buf) * 2
			if newSize == 0 {
				newSize = startBufSize
			}
			if newSize > s.maxTokenSize {
				newSize = s.maxTokenSize
			}
			newBuf := make([]byte, newSize)
			copy(newBuf, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
			s.buf = newBuf
		}
		for tries := 0; ; {
			n, err := s.r.Read(s.buf[s.end:len(s.buf)])
			if n < 0 || len(s.buf)-s.end < n {
				s.setErr(ErrBadReadCount)
				break
			}
			s.end += n
			if err != nil {
				s.setErr(err)
				break
			}
			if n > 0 {
				s.empties = 0
				break
			}
			tries++
			if tries > maxConsecutiveEmptyReads {
				s.setErr(errNoProgress)
				break
			}
		}
	}
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

func (s *Scanner) advance(n int) bool {
	if n < 0 {
		s.setErr(ErrNegativeAdvance)
		return false
	}
	if n > s.end-s.start {
		s.setErr(ErrAdvanceTooFar)
		return false
	}
	s.start += n
	return true
}

// setErr records the first error encountered (io.EOF may be replaced by a real error).
func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Buffer gives the scanner its starting buffer and the largest size it may grow to; call it before Scan.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxTokenSize = max
}

// Split picks the tokenizer; only before the first Scan.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
}

// ScanBytes is a split function that returns each byte as a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

var errorRune = []byte(string(utf8.RuneError))

// ScanRunes yields one UTF-8 character per token; a byte that starts no valid encoding
// becomes U+FFFD.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	_, width := utf8.DecodeRune(data)
	if width > 1 {
		return width, data[0:width], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, errorRune, nil
}

func dropCR(data []byte) []byte {
	if len(data) > 0 && data[len(data)-1] == '\r' {
		return data[0 : len(data)-1]
	}
	return data
}

// ScanLines yields lines without their "\n" or "\r\n"; the last line may lack the newline.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, dropCR(data[0:i]), nil
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

// isSpace reports whether r is a Unicode White_Space character.
func isSpace(r rune) bool {
	if r <= '\u00FF' {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', '\u0085', '\u00A0':
			return true
		}
		return false
	}
	if '\u2000' <= r && r <= '\u200a' {
		return true
	}
	switch r {
	case '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000':
		return true
	}
	return false
}

// ScanWords yields the words between runs of Unicode white space.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for width := 0; start < len(data); start += width {
		var r rune
		r, width = utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
	}
	for width, i := 0, start; i < len(data); i += width {
		var r rune
		r, width = utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + width, data[start:i], nil
		}
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}
