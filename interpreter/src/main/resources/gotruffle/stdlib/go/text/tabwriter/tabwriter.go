// Package tabwriter: a filter that aligns tab-terminated cells of consecutive lines into
// columns (the elastic tabstops of Go's text/tabwriter, with the same output byte for byte).
package tabwriter

import (
	"io"
	"unicode/utf8"
)

// A cell is a piece of text terminated by a tab or a line end.
type cell struct {
	size  int  // in bytes
	width int  // in runes, escaped sections and HTML as configured
	htab  bool // terminated by '\t' (not '\v')
}

// Writer is a filter that aligns the columns of what is written to it; Flush writes the rest.
type Writer struct {
	out      io.Writer
	minWidth int
	tabWidth int
	padding  int
	padChunk [8]byte // padding is written in pieces of up to 8 bytes
	flags    uint

	text      []byte   // the text of the cells, without the tabs and line ends
	counted   int      // text[:counted] is counted in the cells' widths
	cur       cell     // the cell being collected
	escEnd    byte     // the byte that closes the escaped section being collected, or 0
	lines     [][]cell // the lines since the last flush; the last one is being collected
	colWidths []int    // while laying out: the widths of the columns to the left
}

// Formatting flags.
const (
	FilterHTML          uint = 1 << iota // ignore HTML tags, count entities as one character
	StripEscape                          // drop the Escape characters
	AlignRight                           // right-align cell contents
	DiscardEmptyColumns                  // columns of only empty soft cells take no space
	TabIndent                            // pad leading empty cells with tabs
	Debug                                // print | between columns
)

// Escape brackets text that is copied as is and counts as its visible characters.
const Escape = '\xff'

// NewWriter allocates and initializes a Writer.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// Init sets up the Writer: cells are at least minwidth wide plus padding, padded with
// padchar ('\t' pads to multiples of tabwidth and cannot align right).
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	if padchar == '\t' {
		flags &^= AlignRight // tabs only pad to the right
	}
	b.out, b.flags = output, flags
	b.minWidth, b.tabWidth, b.padding = minwidth, tabwidth, padding
	for i := range b.padChunk {
		b.padChunk[i] = padchar
	}
	b.clear()
	return b
}

// clear drops all collected text: one empty line is being collected.
func (b *Writer) clear() {
	b.text, b.counted, b.cur, b.escEnd = b.text[:0], 0, cell{}, 0
	b.lines = append(b.lines[:0], nil)
	b.colWidths = b.colWidths[:0]
}

// outputError carries an error of the output from deep in the layout to Write or Flush.
type outputError struct{ err error }

// emit writes p to the output; a failed or short write ends the Write or Flush call.
func (b *Writer) emit(p []byte) {
	n, err := b.out.Write(p)
	if err == nil && n != len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(outputError{err})
	}
}

// emitRepeated writes n bytes of chunk's kind (all its bytes are the same), len(chunk) at a time.
func (b *Writer) emitRepeated(chunk []byte, n int) {
	for ; n > len(chunk); n -= len(chunk) {
		b.emit(chunk)
	}
	b.emit(chunk[:n])
}

var (
	newline   = []byte("\n")
	tabChunk  = []byte("\t\t\t\t\t\t\t\t")
	columnBar = []byte("|")
	formBar   = []byte("---\n")
)

// pad fills a cell whose text is textWidth wide up to the column's width: with the pad
// character, or with tabs (then to the next multiple of tabWidth; no tabs when it is 0).
func (b *Writer) pad(textWidth, colWidth int, withTabs bool) {
	if b.padChunk[0] != '\t' && !withTabs {
		b.emitRepeated(b.padChunk[:], colWidth-textWidth)
		return
	}
	tw := b.tabWidth
	if tw == 0 {
		return
	}
	missing := (colWidth+tw-1)/tw*tw - textWidth
	if missing < 0 {
		panic("internal error")
	}
	b.emitRepeated(tabChunk, (missing+tw-1)/tw)
}

// writeLines writes lines[from:to] with the column widths in colWidths; at is where their
// text starts in b.text. It returns where the text after them starts.
func (b *Writer) writeLines(at, from, to int) int {
	for i := from; i < to; i++ {
		leading := b.flags&TabIndent != 0 // leading empty cells are padded with tabs
		for col, c := range b.lines[i] {
			if col > 0 && b.flags&Debug != 0 {
				b.emit(columnBar)
			}
			aligned := col < len(b.colWidths) // the last cell of a line is in no column
			if c.size == 0 {
				if aligned {
					b.pad(c.width, b.colWidths[col], leading)
				}
				continue
			}
			leading = false
			content := b.text[at : at+c.size]
			at += c.size
			switch {
			case !aligned:
				b.emit(content)
			case b.flags&AlignRight != 0:
				b.pad(c.width, b.colWidths[col], false)
				b.emit(content)
			default:
				b.emit(content)
				b.pad(c.width, b.colWidths[col], false)
			}
		}
		if i < len(b.lines)-1 {
			b.emit(newline)
			continue
		}
		// the line being collected: its unterminated cell follows as it is
		b.emit(b.text[at : at+b.cur.size])
		at += b.cur.size
	}
	return at
}

// inColumn: line i has a cell in column col other than its last one.
func (b *Writer) inColumn(i, col int) bool { return col < len(b.lines[i])-1 }

// layout writes lines[from:to], the columns left of colWidths' length being laid out. Each run
// of consecutive lines with a cell in the next column makes a column block of its own: it gets
// the width of its widest cell plus padding (minWidth at least) and is laid out recursively
// for the columns further right. It returns where the text after the lines starts.
func (b *Writer) layout(at, from, to int) int {
	col := len(b.colWidths)
	done := from // lines[from:done] are written
	for i := from; i < to; i++ {
		if !b.inColumn(i, col) {
			continue
		}
		at = b.writeLines(at, done, i)
		end := i + 1
		for end < to && b.inColumn(end, col) {
			end++
		}
		b.colWidths = append(b.colWidths, b.blockWidth(i, end, col))
		at = b.layout(at, i, end)
		b.colWidths = b.colWidths[:col]
		done, i = end, end
	}
	return b.writeLines(at, done, to)
}

// blockWidth is the width of column col over lines[from:to]; 0 for a discardable column of
// only empty cells ended by '\v' when DiscardEmptyColumns is set.
func (b *Writer) blockWidth(from, to, col int) int {
	width, empty := b.minWidth, true
	for _, line := range b.lines[from:to] {
		c := line[col]
		if c.width+b.padding > width {
			width = c.width + b.padding
		}
		empty = empty && c.width == 0 && !c.htab
	}
	if empty && b.flags&DiscardEmptyColumns != 0 {
		return 0
	}
	return width
}

// addText collects p into the current cell, uncounted.
func (b *Writer) addText(p []byte) {
	b.text = append(b.text, p...)
	b.cur.size += len(p)
}

// count adds the characters of the uncounted text to the cell's width.
func (b *Writer) count() {
	b.cur.width += utf8.RuneCount(b.text[b.counted:])
	b.counted = len(b.text)
}

// closeEscape ends the escaped section: its text counts as what it shows (the Escape bytes
// not at all), an HTML tag as nothing and an entity as one character.
func (b *Writer) closeEscape() {
	switch b.escEnd {
	case Escape:
		b.count()
		if b.flags&StripEscape == 0 {
			b.cur.width -= 2
		}
	case ';':
		b.cur.width++
	}
	b.counted = len(b.text)
	b.escEnd = 0
}

// endCell ends the current cell ('\t' makes it a hard one) and says how many cells the line
// has now.
func (b *Writer) endCell(htab bool) int {
	b.cur.htab = htab
	last := len(b.lines) - 1
	b.lines[last] = append(b.lines[last], b.cur)
	b.cur = cell{}
	return len(b.lines[last])
}

// recoverOutput turns the panic of a failed output write into the call's error; any other
// panic becomes a panic of its own. Flush starts afresh even then.
func (b *Writer) recoverOutput(err *error, op string) {
	e := recover()
	if e == nil {
		return
	}
	if op == "Flush" {
		b.clear()
	}
	oe, ok := e.(outputError)
	if !ok {
		panic("tabwriter: panic during " + op)
	}
	*err = oe.err
}

// Flush writes everything buffered; call it after the last Write.
func (b *Writer) Flush() (err error) {
	defer b.recoverOutput(&err, "Flush")
	b.flush()
	return nil
}

// flush ends a pending cell and writes all lines.
func (b *Writer) flush() {
	if b.cur.size > 0 {
		if b.escEnd != 0 {
			b.closeEscape()
		}
		b.endCell(false)
	}
	b.layout(0, 0, len(b.lines))
	b.clear()
}

// escapeCloser is the byte that ends the escaped section ch opens.
func escapeCloser(ch byte) byte {
	switch ch {
	case '<':
		return '>'
	case '&':
		return ';'
	}
	return Escape
}

// Write collects buf's cells; a line of a single cell (no tab) or a form feed ends the
// current block of columns and writes it. After an output error n is how much of buf was
// taken.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.recoverOutput(&err, "Write")
	for i, ch := range buf {
		if b.escEnd != 0 {
			if ch == b.escEnd {
				end := i + 1
				if ch == Escape && b.flags&StripEscape != 0 {
					end = i
				}
				b.addText(buf[n:end])
				n = i + 1
				b.closeEscape()
			}
			continue
		}
		switch {
		case ch == '\t' || ch == '\v' || ch == '\n' || ch == '\f':
			b.addText(buf[n:i])
			b.count()
			n = i + 1
			b.endLineOrCell(ch)
		case ch == Escape || (ch == '<' || ch == '&') && b.flags&FilterHTML != 0:
			b.addText(buf[n:i])
			b.count()
			n = i
			if ch == Escape && b.flags&StripEscape != 0 {
				n++
			}
			b.escEnd = escapeCloser(ch)
		}
	}
	b.addText(buf[n:])
	return len(buf), nil
}

// endLineOrCell handles a cell terminator: a line end starts a new line, and a form feed or
// a line of one cell writes everything collected.
func (b *Writer) endLineOrCell(ch byte) {
	cells := b.endCell(ch == '\t')
	if ch != '\n' && ch != '\f' {
		return
	}
	b.lines = append(b.lines, nil)
	if ch == '\f' || cells == 1 {
		b.flush()
		if ch == '\f' && b.flags&Debug != 0 {
			b.emit(formBar)
		}
	}
}
