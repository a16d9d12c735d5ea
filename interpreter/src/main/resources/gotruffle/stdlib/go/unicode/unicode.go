// Package unicode: Unicode character classes and case mapping. The built-in tables (categories,
// scripts, White_Space) are answered by Java's Character data, which is a newer Unicode version
// than Go 1.19's 13.0; tables a program builds itself are searched here in Go.
package unicode

const (
	MaxRune         = '\U0010FFFF' // maximum valid Unicode code point
	ReplacementChar = '\uFFFD'     // represents invalid code points
	MaxASCII        = '\u007F'     // maximum ASCII value
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value
)

// Indices into the Delta arrays of CaseRange.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower in a CaseRange delta means the range alternates upper and lower case.
const UpperLower = MaxRune + 1

const Version = "13.0.0"

// RangeTable defines a set of code points by listing their ranges. The tables this package
// provides leave R16/R32 empty and are identified by name.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
	name        string
}

type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type d [MaxCase]rune

type SpecialCase []CaseRange

func builtin(name string) *RangeTable { return &RangeTable{name: name} }

// Categories.
var (
	Cc     = builtin("Cc")
	Cf     = builtin("Cf")
	Co     = builtin("Co")
	Cs     = builtin("Cs")
	Digit  = builtin("Nd")
	Nd     = Digit
	Letter = builtin("L")
	L      = Letter
	Lm     = builtin("Lm")
	Lo     = builtin("Lo")
	Lower  = builtin("Ll")
	Ll     = Lower
	Mark   = builtin("M")
	M      = Mark
	Mc     = builtin("Mc")
	Me     = builtin("Me")
	Mn     = builtin("Mn")
	Nl     = builtin("Nl")
	No     = builtin("No")
	Number = builtin("N")
	N      = Number
	Other  = builtin("C")
	C      = Other
	Pc     = builtin("Pc")
	Pd     = builtin("Pd")
	Pe     = builtin("Pe")
	Pf     = builtin("Pf")
	Pi     = builtin("Pi")
	Po     = builtin("Po")
	Ps     = builtin("Ps")
	Punct  = builtin("P")
	P      = Punct
	Sc     = builtin("Sc")
	Sk     = builtin("Sk")
	Sm     = builtin("Sm")
	So     = builtin("So")
	Space  = builtin("Z")
	Z      = Space
	Symbol = builtin("S")
	S      = Symbol
	Title  = builtin("Lt")
	Lt     = Title
	Upper  = builtin("Lu")
	Lu     = Upper
	Zl     = builtin("Zl")
	Zp     = builtin("Zp")
	Zs     = builtin("Zs")
)

// Properties.
var (
	White_Space = builtin("White_Space")
)

// Scripts (the commonly used ones).
var (
	Arabic     = builtin("Arabic")
	Armenian   = builtin("Armenian")
	Bengali    = builtin("Bengali")
	Common     = builtin("Common")
	Cyrillic   = builtin("Cyrillic")
	Devanagari = builtin("Devanagari")
	Ethiopic   = builtin("Ethiopic")
	Georgian   = builtin("Georgian")
	Greek      = builtin("Greek")
	Gujarati   = builtin("Gujarati")
	Gurmukhi   = builtin("Gurmukhi")
	Han        = builtin("Han")
	Hangul     = builtin("Hangul")
	Hebrew     = builtin("Hebrew")
	Hiragana   = builtin("Hiragana")
	Inherited  = builtin("Inherited")
	Kannada    = builtin("Kannada")
	Katakana   = builtin("Katakana")
	Khmer      = builtin("Khmer")
	Lao        = builtin("Lao")
	Latin      = builtin("Latin")
	Malayalam  = builtin("Malayalam")
	Mongolian  = builtin("Mongolian")
	Myanmar    = builtin("Myanmar")
	Tamil      = builtin("Tamil")
	Telugu     = builtin("Telugu")
	Thai       = builtin("Thai")
	Tibetan    = builtin("Tibetan")
)

var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}
var PrintRanges = []*RangeTable{L, M, N, P, S}

func inBuiltin(name string, r rune) bool

// Is: r falls in one of rangeTab's ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.name != "" {
		return inBuiltin(rangeTab.name, r)
	}
	for _, rg := range rangeTab.R16 {
		if r < rune(rg.Lo) {
			return false
		}
		if r <= rune(rg.Hi) {
			return rg.Stride == 1 || (r-rune(rg.Lo))%rune(rg.Stride) == 0
		}
	}
	for _, rg := range rangeTab.R32 {
		if r < rune(rg.Lo) {
			return false
		}
		if r <= rune(rg.Hi) {
			return rg.Stride == 1 || (r-rune(rg.Lo))%rune(rg.Stride) == 0
		}
	}
	return false
}

// In: r belongs to at least one of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf is In with the arguments swapped.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsControl(r rune) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func IsMark(r rune) bool
func IsSymbol(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune

// To maps r to UpperCase, LowerCase or TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

func (special SpecialCase) ToUpper(r rune) rune { return special.to(UpperCase, r) }
func (special SpecialCase) ToLower(r rune) rune { return special.to(LowerCase, r) }
func (special SpecialCase) ToTitle(r rune) rune { return special.to(TitleCase, r) }

func (special SpecialCase) to(_case int, r rune) rune {
	for _, cr := range special {
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// alternating upper/lower pairs, starting with upper at Lo
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1))
			}
			return r + delta
		}
	}
	return To(_case, r)
}

var TurkishCase SpecialCase = []CaseRange{
	{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

var AzeriCase SpecialCase = TurkishCase
