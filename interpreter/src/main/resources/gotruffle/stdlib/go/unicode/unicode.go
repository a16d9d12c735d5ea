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

// Properties (those the JDK knows; the others are unsupported).
var (
	ASCII_Hex_Digit         = builtin("ASCII_Hex_Digit")
	Hex_Digit               = builtin("Hex_Digit")
	Ideographic             = builtin("Ideographic")
	Join_Control            = builtin("Join_Control")
	Noncharacter_Code_Point = builtin("Noncharacter_Code_Point")
	White_Space             = builtin("White_Space")
)

// Scripts: every script of Go 1.19's tables (membership is the JDK's Unicode script property).
var (
	Adlam                  = builtin("Adlam")
	Ahom                   = builtin("Ahom")
	Anatolian_Hieroglyphs  = builtin("Anatolian_Hieroglyphs")
	Arabic                 = builtin("Arabic")
	Armenian               = builtin("Armenian")
	Avestan                = builtin("Avestan")
	Balinese               = builtin("Balinese")
	Bamum                  = builtin("Bamum")
	Bassa_Vah              = builtin("Bassa_Vah")
	Batak                  = builtin("Batak")
	Bengali                = builtin("Bengali")
	Bhaiksuki              = builtin("Bhaiksuki")
	Bopomofo               = builtin("Bopomofo")
	Brahmi                 = builtin("Brahmi")
	Braille                = builtin("Braille")
	Buginese               = builtin("Buginese")
	Buhid                  = builtin("Buhid")
	Canadian_Aboriginal    = builtin("Canadian_Aboriginal")
	Carian                 = builtin("Carian")
	Caucasian_Albanian     = builtin("Caucasian_Albanian")
	Chakma                 = builtin("Chakma")
	Cham                   = builtin("Cham")
	Cherokee               = builtin("Cherokee")
	Chorasmian             = builtin("Chorasmian")
	Common                 = builtin("Common")
	Coptic                 = builtin("Coptic")
	Cuneiform              = builtin("Cuneiform")
	Cypriot                = builtin("Cypriot")
	Cyrillic               = builtin("Cyrillic")
	Deseret                = builtin("Deseret")
	Devanagari             = builtin("Devanagari")
	Dives_Akuru            = builtin("Dives_Akuru")
	Dogra                  = builtin("Dogra")
	Duployan               = builtin("Duployan")
	Egyptian_Hieroglyphs   = builtin("Egyptian_Hieroglyphs")
	Elbasan                = builtin("Elbasan")
	Elymaic                = builtin("Elymaic")
	Ethiopic               = builtin("Ethiopic")
	Georgian               = builtin("Georgian")
	Glagolitic             = builtin("Glagolitic")
	Gothic                 = builtin("Gothic")
	Grantha                = builtin("Grantha")
	Greek                  = builtin("Greek")
	Gujarati               = builtin("Gujarati")
	Gunjala_Gondi          = builtin("Gunjala_Gondi")
	Gurmukhi               = builtin("Gurmukhi")
	Han                    = builtin("Han")
	Hangul                 = builtin("Hangul")
	Hanifi_Rohingya        = builtin("Hanifi_Rohingya")
	Hanunoo                = builtin("Hanunoo")
	Hatran                 = builtin("Hatran")
	Hebrew                 = builtin("Hebrew")
	Hiragana               = builtin("Hiragana")
	Imperial_Aramaic       = builtin("Imperial_Aramaic")
	Inherited              = builtin("Inherited")
	Inscriptional_Pahlavi  = builtin("Inscriptional_Pahlavi")
	Inscriptional_Parthian = builtin("Inscriptional_Parthian")
	Javanese               = builtin("Javanese")
	Kaithi                 = builtin("Kaithi")
	Kannada                = builtin("Kannada")
	Katakana               = builtin("Katakana")
	Kayah_Li               = builtin("Kayah_Li")
	Kharoshthi             = builtin("Kharoshthi")
	Khitan_Small_Script    = builtin("Khitan_Small_Script")
	Khmer                  = builtin("Khmer")
	Khojki                 = builtin("Khojki")
	Khudawadi              = builtin("Khudawadi")
	Lao                    = builtin("Lao")
	Latin                  = builtin("Latin")
	Lepcha                 = builtin("Lepcha")
	Limbu                  = builtin("Limbu")
	Linear_A               = builtin("Linear_A")
	Linear_B               = builtin("Linear_B")
	Lisu                   = builtin("Lisu")
	Lycian                 = builtin("Lycian")
	Lydian                 = builtin("Lydian")
	Mahajani               = builtin("Mahajani")
	Makasar                = builtin("Makasar")
	Malayalam              = builtin("Malayalam")
	Mandaic                = builtin("Mandaic")
	Manichaean             = builtin("Manichaean")
	Marchen                = builtin("Marchen")
	Masaram_Gondi          = builtin("Masaram_Gondi")
	Medefaidrin            = builtin("Medefaidrin")
	Meetei_Mayek           = builtin("Meetei_Mayek")
	Mende_Kikakui          = builtin("Mende_Kikakui")
	Meroitic_Cursive       = builtin("Meroitic_Cursive")
	Meroitic_Hieroglyphs   = builtin("Meroitic_Hieroglyphs")
	Miao                   = builtin("Miao")
	Modi                   = builtin("Modi")
	Mongolian              = builtin("Mongolian")
	Mro                    = builtin("Mro")
	Multani                = builtin("Multani")
	Myanmar                = builtin("Myanmar")
	Nabataean              = builtin("Nabataean")
	Nandinagari            = builtin("Nandinagari")
	New_Tai_Lue            = builtin("New_Tai_Lue")
	Newa                   = builtin("Newa")
	Nko                    = builtin("Nko")
	Nushu                  = builtin("Nushu")
	Nyiakeng_Puachue_Hmong = builtin("Nyiakeng_Puachue_Hmong")
	Ogham                  = builtin("Ogham")
	Ol_Chiki               = builtin("Ol_Chiki")
	Old_Hungarian          = builtin("Old_Hungarian")
	Old_Italic             = builtin("Old_Italic")
	Old_North_Arabian      = builtin("Old_North_Arabian")
	Old_Permic             = builtin("Old_Permic")
	Old_Persian            = builtin("Old_Persian")
	Old_Sogdian            = builtin("Old_Sogdian")
	Old_South_Arabian      = builtin("Old_South_Arabian")
	Old_Turkic             = builtin("Old_Turkic")
	Oriya                  = builtin("Oriya")
	Osage                  = builtin("Osage")
	Osmanya                = builtin("Osmanya")
	Pahawh_Hmong           = builtin("Pahawh_Hmong")
	Palmyrene              = builtin("Palmyrene")
	Pau_Cin_Hau            = builtin("Pau_Cin_Hau")
	Phags_Pa               = builtin("Phags_Pa")
	Phoenician             = builtin("Phoenician")
	Psalter_Pahlavi        = builtin("Psalter_Pahlavi")
	Rejang                 = builtin("Rejang")
	Runic                  = builtin("Runic")
	Samaritan              = builtin("Samaritan")
	Saurashtra             = builtin("Saurashtra")
	Sharada                = builtin("Sharada")
	Shavian                = builtin("Shavian")
	Siddham                = builtin("Siddham")
	SignWriting            = builtin("SignWriting")
	Sinhala                = builtin("Sinhala")
	Sogdian                = builtin("Sogdian")
	Sora_Sompeng           = builtin("Sora_Sompeng")
	Soyombo                = builtin("Soyombo")
	Sundanese              = builtin("Sundanese")
	Syloti_Nagri           = builtin("Syloti_Nagri")
	Syriac                 = builtin("Syriac")
	Tagalog                = builtin("Tagalog")
	Tagbanwa               = builtin("Tagbanwa")
	Tai_Le                 = builtin("Tai_Le")
	Tai_Tham               = builtin("Tai_Tham")
	Tai_Viet               = builtin("Tai_Viet")
	Takri                  = builtin("Takri")
	Tamil                  = builtin("Tamil")
	Tangut                 = builtin("Tangut")
	Telugu                 = builtin("Telugu")
	Thaana                 = builtin("Thaana")
	Thai                   = builtin("Thai")
	Tibetan                = builtin("Tibetan")
	Tifinagh               = builtin("Tifinagh")
	Tirhuta                = builtin("Tirhuta")
	Ugaritic               = builtin("Ugaritic")
	Vai                    = builtin("Vai")
	Wancho                 = builtin("Wancho")
	Warang_Citi            = builtin("Warang_Citi")
	Yezidi                 = builtin("Yezidi")
	Yi                     = builtin("Yi")
	Zanabazar_Square       = builtin("Zanabazar_Square")
)

// Scripts maps each script's name to its table.
var Scripts = byName(
	Adlam, Ahom, Anatolian_Hieroglyphs, Arabic, Armenian, Avestan, Balinese, Bamum, Bassa_Vah, Batak, Bengali,
	Bhaiksuki, Bopomofo, Brahmi, Braille, Buginese, Buhid, Canadian_Aboriginal, Carian, Caucasian_Albanian,
	Chakma, Cham, Cherokee, Chorasmian, Common, Coptic, Cuneiform, Cypriot, Cyrillic, Deseret, Devanagari,
	Dives_Akuru, Dogra, Duployan, Egyptian_Hieroglyphs, Elbasan, Elymaic, Ethiopic, Georgian, Glagolitic,
	Gothic, Grantha, Greek, Gujarati, Gunjala_Gondi, Gurmukhi, Han, Hangul, Hanifi_Rohingya, Hanunoo, Hatran,
	Hebrew, Hiragana, Imperial_Aramaic, Inherited, Inscriptional_Pahlavi, Inscriptional_Parthian, Javanese,
	Kaithi, Kannada, Katakana, Kayah_Li, Kharoshthi, Khitan_Small_Script, Khmer, Khojki, Khudawadi, Lao, Latin,
	Lepcha, Limbu, Linear_A, Linear_B, Lisu, Lycian, Lydian, Mahajani, Makasar, Malayalam, Mandaic, Manichaean,
	Marchen, Masaram_Gondi, Medefaidrin, Meetei_Mayek, Mende_Kikakui, Meroitic_Cursive, Meroitic_Hieroglyphs,
	Miao, Modi, Mongolian, Mro, Multani, Myanmar, Nabataean, Nandinagari, New_Tai_Lue, Newa, Nko, Nushu,
	Nyiakeng_Puachue_Hmong, Ogham, Ol_Chiki, Old_Hungarian, Old_Italic, Old_North_Arabian, Old_Permic,
	Old_Persian, Old_Sogdian, Old_South_Arabian, Old_Turkic, Oriya, Osage, Osmanya, Pahawh_Hmong, Palmyrene,
	Pau_Cin_Hau, Phags_Pa, Phoenician, Psalter_Pahlavi, Rejang, Runic, Samaritan, Saurashtra, Sharada, Shavian,
	Siddham, SignWriting, Sinhala, Sogdian, Sora_Sompeng, Soyombo, Sundanese, Syloti_Nagri, Syriac, Tagalog,
	Tagbanwa, Tai_Le, Tai_Tham, Tai_Viet, Takri, Tamil, Tangut, Telugu, Thaana, Thai, Tibetan, Tifinagh,
	Tirhuta, Ugaritic, Vai, Wancho, Warang_Citi, Yezidi, Yi, Zanabazar_Square,
)

// Categories maps each general category's name (one letter: the major class) to its table.
var Categories = byName(
	C, Cc, Cf, Co, Cs, L, Ll, Lm, Lo, Lt, Lu, M, Mc, Me, Mn, N, Nd, Nl, No, P, Pc, Pd, Pe, Pf, Pi, Po, Ps, S,
	Sc, Sk, Sm, So, Z, Zl, Zp, Zs,
)

// byName indexes tables by the name they are known by.
func byName(tables ...*RangeTable) map[string]*RangeTable {
	m := make(map[string]*RangeTable, len(tables))
	for _, t := range tables {
		m[t.name] = t
	}
	return m
}

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
