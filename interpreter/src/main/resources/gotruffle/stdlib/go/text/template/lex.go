// Copyright: GoTruffle authors. The template lexer: turns template text into a slice of
// items (text, delimiters and the tokens inside actions). It runs to completion before
// parsing; it stops at the first error item, as the parser stops there too.

package template

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type itemType int

const (
	itemError itemType = iota
	itemEOF
	itemText
	itemComment
	itemLeftDelim
	itemRightDelim
	itemSpace
	itemBool
	itemChar // , in range declarations
	itemCharConstant
	itemNumber
	itemString
	itemRawString
	itemIdentifier
	itemField
	itemVariable
	itemDeclare
	itemAssign
	itemPipe
	itemLeftParen
	itemRightParen
	itemKeyword // keywords follow; they print as <word> in errors
	itemDot
	itemNil
	itemBlock
	itemBreak
	itemContinue
	itemDefine
	itemElse
	itemEnd
	itemIf
	itemRange
	itemTemplate
	itemWith
)

var keywords = map[string]itemType{
	"block": itemBlock, "break": itemBreak, "continue": itemContinue, "define": itemDefine,
	"else": itemElse, "end": itemEnd, "if": itemIf, "range": itemRange, "nil": itemNil,
	"template": itemTemplate, "with": itemWith,
}

type item struct {
	typ  itemType
	pos  int
	val  string
	line int
}

// String is how parse errors show an item: keywords in angle brackets, other values quoted
// (cut to 10 characters and "..." when longer).
func (i item) String() string {
	if i.typ == itemEOF {
		return "EOF"
	}
	if i.typ == itemError {
		return i.val
	}
	if i.typ > itemKeyword {
		return "<" + i.val + ">"
	}
	format := "%q"
	if len(i.val) > 10 {
		format = "%.10q..."
	}
	return fmt.Sprintf(format, i.val)
}

type lexer struct {
	input        string
	left, right  string
	pos, start   int
	line         int // line of pos
	startLine    int
	items        []item
	parenDepth   int
	emitComments bool
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func isAlnum(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

func lex(input, left, right string, comments bool) []item {
	if left == "" {
		left = "{{"
	}
	if right == "" {
		right = "}}"
	}
	l := &lexer{input: input, left: left, right: right, line: 1, startLine: 1, emitComments: comments}
	l.run()
	return l.items
}

func (l *lexer) emit(t itemType) {
	l.items = append(l.items, item{t, l.start, l.input[l.start:l.pos], l.startLine})
	l.nextItemAtPos()
}

// ignore drops the text since the item's start (counting its newlines).
func (l *lexer) ignore() {
	l.line += strings.Count(l.input[l.start:l.pos], "\n")
	l.nextItemAtPos()
}

func (l *lexer) nextItemAtPos() { l.start, l.startLine = l.pos, l.line }

func (l *lexer) advance(n int) {
	l.line += strings.Count(l.input[l.pos:l.pos+n], "\n")
	l.pos += n
}

func (l *lexer) errorf(format string, args ...any) bool {
	l.items = append(l.items, item{itemError, l.start, fmt.Sprintf(format, args...), l.startLine})
	return false
}

func (l *lexer) peekRune() rune {
	if l.pos >= len(l.input) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(l.input[l.pos:])
	return r
}

func (l *lexer) nextRune() rune {
	if l.pos >= len(l.input) {
		return -1
	}
	r, w := utf8.DecodeRuneInString(l.input[l.pos:])
	l.advance(w)
	return r
}

// rightTrimAt: a space, '-', then the right delimiter.
func (l *lexer) rightTrimAt(p int) bool {
	return p+1 < len(l.input) && isSpace(l.input[p]) && l.input[p+1] == '-' && strings.HasPrefix(l.input[p+2:], l.right)
}

func (l *lexer) run() {
	for l.lexText() && l.lexAction() {
	}
}

// lexText scans up to the next left delimiter (or EOF), trimming before a "{{- ".
func (l *lexer) lexText() bool {
	i := strings.Index(l.input[l.pos:], l.left)
	if i < 0 {
		l.pos = len(l.input)
		if l.pos > l.start {
			l.line += strings.Count(l.input[l.start:l.pos], "\n")
			l.emit(itemText)
		}
		l.emit(itemEOF)
		return false
	}
	l.pos += i
	end := l.pos
	after := l.pos + len(l.left)
	trim := after+1 < len(l.input) && l.input[after] == '-' && isSpace(l.input[after+1])
	if trim {
		for end > l.start && isSpace(l.input[end-1]) {
			end--
		}
	}
	if end > l.start {
		save := l.pos
		l.pos = end
		l.line += strings.Count(l.input[l.start:l.pos], "\n")
		l.emit(itemText)
		l.pos = save
	}
	l.line += strings.Count(l.input[l.start:l.pos], "\n")
	l.start = l.pos
	l.startLine = l.line
	// the left delimiter
	l.pos = after
	if trim {
		l.pos += 2
		l.line += strings.Count(l.input[after:l.pos], "\n")
	}
	if strings.HasPrefix(l.input[l.pos:], "/*") {
		return l.lexComment()
	}
	l.items = append(l.items, item{itemLeftDelim, l.start, l.left, l.startLine})
	l.start = l.pos
	l.startLine = l.line
	l.parenDepth = 0
	return true
}

func (l *lexer) lexComment() bool {
	l.start = l.pos
	l.startLine = l.line
	i := strings.Index(l.input[l.pos+2:], "*/")
	if i < 0 {
		return l.errorf("unclosed comment")
	}
	l.advance(i + 4)
	text := l.input[l.start:l.pos]
	trim := false
	switch {
	case strings.HasPrefix(l.input[l.pos:], l.right):
	case l.rightTrimAt(l.pos):
		trim = true
	default:
		return l.errorf("comment ends before closing delimiter")
	}
	if l.emitComments {
		l.items = append(l.items, item{itemComment, l.start, text, l.startLine})
	}
	if trim {
		l.advance(2)
	}
	l.advance(len(l.right))
	l.ignore()
	if trim {
		l.trimLeading()
	}
	return l.lexText() // a comment leaves us in text
}

func (l *lexer) trimLeading() {
	for l.pos < len(l.input) && isSpace(l.input[l.pos]) {
		l.advance(1)
	}
	l.ignore()
}

// lexAction scans the inside of an action up to and including its right delimiter.
func (l *lexer) lexAction() bool {
	for {
		if strings.HasPrefix(l.input[l.pos:], l.right) || l.rightTrimAt(l.pos) {
			trim := !strings.HasPrefix(l.input[l.pos:], l.right)
			if l.parenDepth > 0 {
				return l.errorf("unclosed left paren")
			}
			if trim {
				l.advance(2)
				l.ignore()
			}
			l.advance(len(l.right))
			l.emit(itemRightDelim)
			if trim {
				l.trimLeading()
			}
			return true
		}
		r := l.nextRune()
		switch {
		case r == -1:
			return l.errorf("unclosed action")
		case r < utf8.RuneSelf && isSpace(byte(r)):
			for l.pos < len(l.input) && isSpace(l.input[l.pos]) && !l.rightTrimAt(l.pos) && !strings.HasPrefix(l.input[l.pos:], l.right) {
				l.advance(1)
			}
			l.emit(itemSpace)
		case r == '=' || r == ':' || r == '|':
			if !l.lexOperator(r) {
				return false
			}
		case r == '"':
			if !l.lexQuoted('"', itemString, "quoted string") {
				return false
			}
		case r == '`':
			i := strings.IndexByte(l.input[l.pos:], '`')
			if i < 0 {
				return l.errorf("unterminated raw quoted string")
			}
			l.advance(i + 1)
			l.emit(itemRawString)
		case r == '\'':
			if !l.lexQuoted('\'', itemCharConstant, "character constant") {
				return false
			}
		case r == '$':
			for isAlnum(l.peekRune()) {
				l.nextRune()
			}
			l.emit(itemVariable)
		case r == '.':
			if p := l.peekRune(); p >= '0' && p <= '9' {
				if !l.lexNumber() {
					return false
				}
				continue
			}
			if !isAlnum(l.peekRune()) {
				l.emit(itemDot)
				continue
			}
			for isAlnum(l.peekRune()) {
				l.nextRune()
			}
			if !l.atTerminator() {
				return l.errorf("bad character %#U", l.peekRune())
			}
			l.emit(itemField)
		case r == '+' || r == '-' || ('0' <= r && r <= '9'):
			if !l.lexNumber() {
				return false
			}
		case isAlnum(r):
			for isAlnum(l.peekRune()) {
				l.nextRune()
			}
			if !l.atTerminator() {
				return l.errorf("bad character %#U", l.peekRune())
			}
			word := l.input[l.start:l.pos]
			if t, ok := keywords[word]; ok {
				l.emit(t)
			} else if word == "true" || word == "false" {
				l.emit(itemBool)
			} else {
				l.emit(itemIdentifier)
			}
		case r == '(':
			l.parenDepth++
			l.emit(itemLeftParen)
		case r == ')':
			l.parenDepth-- // an unmatched one is the parser's error
			l.emit(itemRightParen)
		case r == ',':
			l.emit(itemChar)
		case r <= unicode.MaxASCII && unicode.IsPrint(r):
			l.emit(itemChar)
		default:
			return l.errorf("unrecognized character in action: %#U", r)
		}
	}
}

func (l *lexer) atTerminator() bool {
	r := l.peekRune()
	if r == -1 || (r < utf8.RuneSelf && isSpace(byte(r))) {
		return true
	}
	switch r {
	case '.', ',', '|', ':', ')', '(':
		return true
	}
	return strings.HasPrefix(l.input[l.pos:], l.right)
}

// lexQuoted scans a quoted string or character constant up to its closing quote (backslash
// escapes included; a newline or the end of input leaves it unterminated).
func (l *lexer) lexQuoted(quote rune, typ itemType, what string) bool {
	for {
		switch r := l.nextRune(); r {
		case '\\':
			if r := l.nextRune(); r != -1 && r != '\n' {
				continue
			}
			return l.errorf("unterminated %s", what)
		case -1, '\n':
			return l.errorf("unterminated %s", what)
		default:
			if r == quote {
				l.emit(typ)
				return true
			}
		}
	}
}

func (l *lexer) accept(valid string) bool {
	if r := l.peekRune(); r >= 0 && strings.ContainsRune(valid, r) {
		l.nextRune()
		return true
	}
	return false
}

func (l *lexer) acceptRun(valid string) {
	for l.accept(valid) {
	}
}

// lexNumber scans a number whose first character was consumed; the parser validates it.
func (l *lexer) lexNumber() bool {
	l.pos = l.start
	l.line = l.startLine
	if !l.scanNumber() || isAlnum(l.peekRune()) {
		l.nextRune()
		return l.errorf("bad number syntax: %q", l.input[l.start:l.pos])
	}
	if l.accept("+-") { // complex: 1+2i
		if !l.scanNumber() || l.input[l.pos-1] != 'i' {
			return l.errorf("bad number syntax: %q", l.input[l.start:l.pos])
		}
		l.emit(itemNumber)
		return true
	}
	l.emit(itemNumber)
	return true
}

func (l *lexer) scanNumber() bool {
	l.accept("+-")
	digits, exponent := "0123456789_", "eE"
	if l.accept("0") {
		switch {
		case l.accept("xX"):
			digits, exponent = "0123456789abcdefABCDEF_", "pP"
		case l.accept("oO"):
			digits, exponent = "01234567_", ""
		case l.accept("bB"):
			digits, exponent = "01_", ""
		}
	}
	l.acceptRun(digits)
	if l.accept(".") {
		l.acceptRun(digits)
	}
	// The exponent's digits are decimal in every base that has one.
	if exponent != "" && l.accept(exponent) {
		l.accept("+-")
		l.acceptRun("0123456789_")
	}
	l.accept("i")
	return true
}

// lexOperator emits '=', '|' or ":=" (r, its first character, is read already).
func (l *lexer) lexOperator(r rune) bool {
	switch {
	case r == '=':
		l.emit(itemAssign)
	case r == '|':
		l.emit(itemPipe)
	case l.nextRune() == '=':
		l.emit(itemDeclare)
	default:
		return l.errorf("expected :=")
	}
	return true
}
