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
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padbytes [8]byte
	flags    uint

	buf     []byte   // text of the cells (without the tabs and line ends)
	pos     int      // buf[:pos] is counted in cell.width
	cell    cell     // the cell being collected
	endChar byte     // closing byte of the escaped section being collected, or 0
	lines   [][]cell // the lines since the last flush
	widths  []int    // widths of the enclosing columns while formatting
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
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	for i := range b.padbytes {
		b.padbytes[i] = padchar
	}
	if padchar == '\t' {
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.endChar = 0
	b.lines = b.lines[:0]
	b.widths = b.widths[:0]
	b.lines = append(b.lines, nil)
}

// writeError carries an error of the output through the formatting code to Write/Flush.
type writeError struct {
	err error
}

func (b *Writer) write0(p []byte) {
	n, err := b.output.Write(p)
	if n != len(p) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(writeError{err})
	}
}

func (b *Writer) writeN(src []byte, n int) {
	for n > len(src) {
		b.write0(src)
		n -= len(src)
	}
	b.write0(src[:n])
}

var (
	newline = []byte{'\n'}
	tabs    = []byte("\t\t\t\t\t\t\t\t")
	vbar    = []byte{'|'}
	hbar    = []byte("---\n")
)

// writePadding pads text of width textw to the column width cellw.
func (b *Writer) writePadding(textw, cellw int, useTabs bool) {
	if b.padbytes[0] == '\t' || useTabs {
		if b.tabwidth == 0 {
			return // tabs have no width: no padding possible
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := cellw - textw
		if n < 0 {
			panic("internal error")
		}
		b.writeN(tabs, (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.writeN(b.padbytes[:], cellw-textw)
}

// writeLines writes lines [line0, line1) with the current column widths; pos is where their
// text starts in buf. The last line is the one being collected: its pending text ends it.
func (b *Writer) writeLines(pos, line0, line1 int) int {
	for i := line0; i < line1; i++ {
		line := b.lines[i]
		useTabs := b.flags&TabIndent != 0
		for j, c := range line {
			if j > 0 && b.flags&Debug != 0 {
				b.write0(vbar)
			}
			if c.size == 0 {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], useTabs)
				}
				continue
			}
			useTabs = false
			if b.flags&AlignRight == 0 {
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
			} else {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
			}
		}
		if i+1 == len(b.lines) {
			b.write0(b.buf[pos : pos+b.cell.size])
			pos += b.cell.size
		} else {
			b.write0(newline)
		}
	}
	return pos
}

// format writes lines [line0, line1). A column is a block of consecutive lines that have a
// cell in it other than their last; each block gets the width of its widest cell (plus
// padding, at least minwidth) and its lines are formatted recursively for the next column.
func (b *Writer) format(pos, line0, line1 int) int {
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		if column >= len(b.lines[this])-1 {
			continue
		}
		// a block starts here: first write the lines before it
		pos = b.writeLines(pos, line0, this)
		line0 = this
		width := b.minwidth
		discardable := true
		for ; this < line1; this++ {
			line := b.lines[this]
			if column >= len(line)-1 {
				break
			}
			c := line[column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, this)
		b.widths = b.widths[:len(b.widths)-1]
		line0 = this
	}
	return b.writeLines(pos, line0, line1)
}

func (b *Writer) append(text []byte) {
	b.buf = append(b.buf, text...)
	b.cell.size += len(text)
}

// updateWidth counts the runes collected since the last count.
func (b *Writer) updateWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.updateWidth()
		if b.flags&StripEscape == 0 {
			b.cell.width -= 2 // the Escape characters take no room
		}
	case '>': // an HTML tag has no width
	case ';':
		b.cell.width++ // an entity is one character
	}
	b.pos = len(b.buf)
	b.endChar = 0
}

func (b *Writer) terminateCell(htab bool) int {
	b.cell.htab = htab
	n := len(b.lines) - 1
	b.lines[n] = append(b.lines[n], b.cell)
	b.cell = cell{}
	return len(b.lines[n])
}

func (b *Writer) handlePanic(err *error, op string) {
	if e := recover(); e != nil {
		if op == "Flush" {
			b.reset()
		}
		if we, ok := e.(writeError); ok {
			*err = we.err
			return
		}
		panic("tabwriter: panic during " + op)
	}
}

// Flush writes everything buffered; call it after the last Write.
func (b *Writer) Flush() (err error) {
	defer b.handlePanic(&err, "Flush")
	b.flushNoDefers()
	return nil
}

func (b *Writer) flushNoDefers() {
	if b.cell.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.terminateCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

// Write collects buf's cells; a line of a single cell (no tab) or a form feed ends the
// current block of columns and writes it.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.handlePanic(&err, "Write")
	n = 0
	for i, ch := range buf {
		if b.endChar == 0 {
			switch ch {
			case '\t', '\v', '\n', '\f':
				b.append(buf[n:i])
				b.updateWidth()
				n = i + 1
				ncells := b.terminateCell(ch == '\t')
				if ch == '\n' || ch == '\f' {
					b.lines = append(b.lines, nil)
					if ch == '\f' || ncells == 1 {
						b.flushNoDefers()
						if ch == '\f' && b.flags&Debug != 0 {
							b.write0(hbar)
						}
					}
				}
			case Escape:
				b.append(buf[n:i])
				b.updateWidth()
				n = i
				if b.flags&StripEscape != 0 {
					n++
				}
				b.startEscape(Escape)
			case '<', '&':
				if b.flags&FilterHTML != 0 {
					b.append(buf[n:i])
					b.updateWidth()
					n = i
					b.startEscape(ch)
				}
			}
		} else if ch == b.endChar {
			j := i + 1
			if ch == Escape && b.flags&StripEscape != 0 {
				j = i
			}
			b.append(buf[n:j])
			n = i + 1
			b.endEscape()
		}
	}
	b.append(buf[n:])
	n = len(buf)
	return
}
