package time

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

// A layout element is coded as an int: the part of the time it shows (low byte) and how
// (flag bits); numbers carry their width and fractions their digit count from bit 16 on.
const (
	partYear = iota + 1
	partMonth
	partMonthName
	partDay
	partYearDay
	partWeekday
	partHour
	partHour12
	partMinute
	partSecond
	partAMPM
	partZoneName
	partOffset
	partFraction
)

const (
	padZero   = 1 << 8 // a number filled to its width with zeros
	padSpace  = 1 << 9 // ... with spaces
	longName  = 1 << 10
	lowerAM   = 1 << 10 // pm rather than PM
	zoneZ     = 1 << 10 // Z for a zero offset (in Parse: only without seconds)
	zoneHour  = 1 << 11 // hours only
	zoneMin   = 1 << 12 // hours and minutes
	zoneSec   = 1 << 13 // hours, minutes and seconds
	zoneColon = 1 << 14
	fracTrim  = 1 << 11 // the 9s: trailing zeros dropped
	fracComma = 1 << 12
	argShift  = 16
)

func elemPart(e int) int { return e & 0xFF }
func elemArg(e int) int  { return e >> argShift }

// fixedElems are the layout elements that are spelled the same every time, longest first
// where one starts another.
type fixedElem struct {
	text string
	elem int
}

var fixedElems = []fixedElem{
	{"January", partMonthName | longName}, {"Jan", partMonthName},
	{"Monday", partWeekday | longName}, {"Mon", partWeekday}, {"MST", partZoneName},
	{"2006", partYear | padZero | 4<<argShift}, {"06", partYear | padZero | 2<<argShift},
	{"15", partHour | padZero | 2<<argShift},
	{"01", partMonth | padZero | 2<<argShift}, {"1", partMonth},
	{"002", partYearDay | padZero | 3<<argShift}, {"__2", partYearDay | padSpace | 3<<argShift},
	{"02", partDay | padZero | 2<<argShift}, {"_2", partDay | padSpace | 2<<argShift}, {"2", partDay},
	{"03", partHour12 | padZero | 2<<argShift}, {"3", partHour12},
	{"04", partMinute | padZero | 2<<argShift}, {"4", partMinute},
	{"05", partSecond | padZero | 2<<argShift}, {"5", partSecond},
	{"PM", partAMPM}, {"pm", partAMPM | lowerAM},
	{"Z07:00:00", partOffset | zoneZ | zoneSec | zoneColon}, {"Z070000", partOffset | zoneZ | zoneSec},
	{"Z07:00", partOffset | zoneZ | zoneMin | zoneColon}, {"Z0700", partOffset | zoneZ | zoneMin},
	{"Z07", partOffset | zoneZ | zoneHour},
	{"-07:00:00", partOffset | zoneSec | zoneColon}, {"-070000", partOffset | zoneSec},
	{"-07:00", partOffset | zoneMin | zoneColon}, {"-0700", partOffset | zoneMin},
	{"-07", partOffset | zoneHour},
}

// nextStd splits layout at its first element: the literal text before it, the element (0
// for none) and the rest. A month or weekday abbreviation followed by a lower-case letter
// is text ("Janu"); "_2006" is an underscore and the year.
func nextStd(layout string) (prefix string, elem int, suffix string) {
	for i := 0; i < len(layout); i++ {
		c := layout[i]
		if c == '.' || c == ',' {
			if n := fractionLen(layout[i+1:]); n > 0 {
				e := partFraction | n<<argShift
				if layout[i+1] == '9' {
					e |= fracTrim
				}
				if c == ',' {
					e |= fracComma
				}
				return layout[:i], e, layout[i+1+n:]
			}
			continue
		}
		if c == '_' && hasAt(layout, i+1, "2006") {
			return layout[:i+1], partYear | padZero | 4<<argShift, layout[i+5:]
		}
		if int(c) >= len(elemsFrom) {
			continue
		}
		for _, f := range elemsFrom[c] {
			if !hasAt(layout, i, f.text) {
				continue
			}
			rest := layout[i+len(f.text):]
			if (f.text == "Jan" || f.text == "Mon") && rest != "" && 'a' <= rest[0] && rest[0] <= 'z' {
				break // "Mon" then "MST" cannot both match
			}
			return layout[:i], f.elem, rest
		}
	}
	return layout, 0, ""
}

// hasAt: s has p at i (compared in place: no substring is made).
func hasAt(s string, i int, p string) bool {
	if len(s)-i < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		if s[i+k] != p[k] {
			return false
		}
	}
	return true
}

// fractionLen is the length of a run of 0s or of 9s at the start of s that is not followed
// by another digit, or 0.
func fractionLen(s string) int {
	if s == "" || s[0] != '0' && s[0] != '9' {
		return 0
	}
	n := 1
	for n < len(s) && s[n] == s[0] {
		n++
	}
	if n < len(s) && '0' <= s[n] && s[n] <= '9' {
		return 0
	}
	return n
}

// elemsFrom lists the fixed elements by their first byte, in fixedElems' order.
var elemsFrom [128][]fixedElem

func init() {
	for _, f := range fixedElems {
		elemsFrom[f.text[0]] = append(elemsFrom[f.text[0]], f)
	}
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// appendPadded writes v in decimal (a minus sign first), filled to width with pad.
func appendPadded(b []byte, v int, width int, pad byte) []byte {
	u := uint64(v)
	if v < 0 {
		b = append(b, '-')
		u = -u
	}
	var digits [20]byte
	n := 0
	for {
		digits[len(digits)-1-n] = byte('0' + u%10)
		n++
		if u /= 10; u == 0 {
			break
		}
	}
	for ; n < width; width-- {
		b = append(b, pad)
	}
	return append(b, digits[len(digits)-n:]...)
}

// String formats t as "2006-01-02 15:04:05.999999999 -0700 MST", then " m=±secs" when
// t has a monotonic reading.
func (t Time) String() string {
	text := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if !t.hasMono {
		return text
	}
	b := append([]byte(text), " m=+"...)
	m := uint64(t.mono)
	if t.mono < 0 {
		b[len(b)-1] = '-'
		m = -m
	}
	b = appendPadded(b, int(m/1e9), 0, 0)
	b = append(b, '.')
	return string(appendPadded(b, int(m%1e9), 9, '0'))
}

func (t Time) GoString() string { return t.String() }

// Format renders t as layout shows the reference time (Mon Jan 2 15:04:05 MST 2006).
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is Format writing onto the end of b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset, w := t.local()
	days := floorDiv(w, secondsPerDay)
	year, month, day := civil(days)
	secs := int(w - days*secondsPerDay)
	hour := secs / secondsPerHour
	for layout != "" {
		prefix, e, rest := nextStd(layout)
		b = append(b, prefix...)
		layout = rest
		num := 0 // the value of a numeric part
		switch elemPart(e) {
		case 0:
			return b
		case partYear:
			num = year
			if elemArg(e) == 2 {
				if num < 0 {
					num = -num
				}
				num %= 100
			}
		case partMonth:
			num = int(month)
		case partDay:
			num = day
		case partYearDay:
			num = int(days-daysFromCivil(year, January, 1)) + 1
		case partHour:
			num = hour
		case partHour12:
			num = (hour+11)%12 + 1
		case partMinute:
			num = secs / secondsPerMinute % 60
		case partSecond:
			num = secs % 60
		case partMonthName:
			b = appendName(b, longMonthNames[month-1], e&longName != 0)
			continue
		case partWeekday:
			b = appendName(b, longDayNames[int((days+4)%7+7)%7], e&longName != 0)
			continue
		case partAMPM:
			i := 0
			if hour >= 12 {
				i = 2
			}
			if e&lowerAM != 0 {
				i += 4
			}
			b = append(b, "AMPMampm"[i:i+2]...)
			continue
		case partZoneName:
			if name != "" {
				b = append(b, name...)
			} else {
				b = appendOffset(b, offset, zoneMin)
			}
			continue
		case partOffset:
			if e&zoneZ != 0 && offset == 0 {
				b = append(b, 'Z')
			} else {
				b = appendOffset(b, offset, e)
			}
			continue
		case partFraction:
			sep := byte('.')
			if e&fracComma != 0 {
				sep = ','
			}
			b = appendFrac(b, int(t.nsec), elemArg(e), sep, e&fracTrim != 0)
			continue
		}
		pad := byte(0)
		switch {
		case e&padZero != 0:
			pad = '0'
		case e&padSpace != 0:
			pad = ' '
		}
		width := 0
		if pad != 0 {
			width = elemArg(e)
		}
		b = appendPadded(b, num, width, pad)
	}
	return b
}

func appendName(b []byte, name string, long bool) []byte {
	if !long {
		name = name[:3]
	}
	return append(b, name...)
}

// foldEqual: a and b are the same but for the case of ASCII letters.
func foldEqual(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if lowerByte(a[i]) != lowerByte(b[i]) {
			return false
		}
	}
	return true
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// appendOffset writes a zone offset as a sign and two-digit fields: hours, then minutes
// unless e asks for hours only, then seconds when it asks for them; colons between them
// when it asks for those. The fields are those of the offset cut to whole minutes, the
// seconds those of the whole offset.
func appendOffset(b []byte, offset int, e int) []byte {
	sign := byte('+')
	if offset/60 < 0 {
		sign = '-'
		offset = -offset
	}
	b = append(b, sign)
	mins := offset / 60
	b = appendPadded(b, mins/60, 2, '0')
	if e&zoneHour != 0 {
		return b
	}
	for i, f := range [2]int{mins % 60, offset % 60} {
		if i == 1 && e&zoneSec == 0 {
			break
		}
		if e&zoneColon != 0 {
			b = append(b, ':')
		}
		b = appendPadded(b, f, 2, '0')
	}
	return b
}

// appendFrac writes n digits of the nanoseconds after sep; trim drops trailing zeros (and
// everything when nothing is left).
func appendFrac(b []byte, nanosec int, n int, sep byte, trim bool) []byte {
	if n > 9 {
		n = 9
	}
	var digits [9]byte
	v := nanosec
	for i := 8; i >= 0; i-- {
		digits[i] = byte(v%10) + '0'
		v /= 10
	}
	d := digits[:n]
	if trim {
		for len(d) > 0 && d[len(d)-1] == '0' {
			d = d[:len(d)-1]
		}
		if len(d) == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, d...)
}

// ParseError: Value did not match Layout (Message says what went wrong).
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// twoDigits reads one or two digits at the start of s (two when fixed).
func twoDigits(s string, fixed bool) (int, string, bool) {
	v, n := 0, 0
	for ; n < 2 && isDigitAt(s, n); n++ {
		v = v*10 + int(s[n]-'0')
	}
	if n == 0 || fixed && n < 2 {
		return 0, s, false
	}
	return v, s[n:], true
}

// daysIn is the length of month m of year.
func daysIn(m Month, year int) int {
	return int(daysFromCivil(year, m+1, 1) - daysFromCivil(year, m, 1))
}

// Parse reads value as laid out like the reference time in layout. GoTruffle supports the
// numeric, month/day-name, AM/PM, fraction and numeric-zone elements (zone names only as
// UTC/GMT).
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but interprets a time without zone information in loc.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// parse reads value by layout. A time without zone is in defaultLocation; a zone offset or
// abbreviation that local uses at that instant gives a time in local (Go's rule).
func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	fail := func(layoutElem, valueElem, msg string) (Time, error) {
		return Time{}, &ParseError{Layout: layout, Value: value, LayoutElem: layoutElem, ValueElem: valueElem, Message: msg}
	}
	f := parsedFields{month: -1, day: -1, yday: -1, zoneOffset: -1}
	rest, text := value, layout
	for {
		prefix, e, next := nextStd(text)
		var ok bool
		if rest, ok = skipLiteral(rest, prefix); !ok {
			return fail(prefix, rest, "")
		}
		if e == 0 {
			if rest != "" {
				return fail("", rest, ": extra text: "+quote(rest))
			}
			break
		}
		elemText := text[len(prefix) : len(text)-len(next)]
		text = next
		var problem string
		rest, problem = f.read(e, rest, text)
		switch problem {
		case "":
		case "bad":
			return fail(elemText, rest, "")
		default:
			return fail(elemText, rest, ": "+problem+" out of range")
		}
	}
	t, problem := f.resolve(defaultLocation, local)
	if problem != "" {
		return fail("", "", ": "+problem)
	}
	return t, nil
}

// parsedFields collects what the elements of a layout read; -1: not given.
type parsedFields struct {
	year, month, day, yday int
	hour, min, sec, nsec   int
	pm, am                 bool
	zoneOffset             int
	zoneName               string
	utc                    *Location // set by "Z" and "UTC", which always mean UTC
}

// skipLiteral removes the literal text lit from the start of value; a run of spaces in lit
// matches any run of spaces (even none at the end of value).
func skipLiteral(value, lit string) (string, bool) {
	for lit != "" {
		if lit[0] != ' ' {
			if value == "" || value[0] != lit[0] {
				return value, false
			}
			lit, value = lit[1:], value[1:]
			continue
		}
		if value != "" && value[0] != ' ' {
			return value, false
		}
		lit, value = trimSpaces(lit), trimSpaces(value)
	}
	return value, true
}

func trimSpaces(s string) string {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return s[i:]
}

// read reads element e at the start of value (rest is the layout after it) and returns what
// is left of value and a problem: "" none, "bad" when value does not fit the element, or
// the name of a field out of range.
func (f *parsedFields) read(e int, value, rest string) (string, string) {
	fixed := e&padZero != 0
	switch elemPart(e) {
	case partYear:
		if elemArg(e) == 2 {
			if len(value) < 2 {
				return value, "bad"
			}
			y, ok := signedInt(value[:2])
			if !ok {
				return value, "bad"
			}
			f.year = y + 2000
			if y >= 69 {
				f.year = y + 1900
			}
			return value[2:], ""
		}
		if len(value) < 4 || !isDigitAt(value, 0) {
			return value, "bad"
		}
		y, ok := signedInt(value[:4])
		f.year = y
		return value[4:], badUnless(ok)
	case partMonthName, partWeekday:
		names := longMonthNames
		if elemPart(e) == partWeekday {
			names = longDayNames
		}
		i, left := nameIndex(names, e&longName != 0, value)
		if i < 0 {
			return value, "bad"
		}
		if elemPart(e) == partMonthName {
			f.month = i + 1
		}
		return left, ""
	case partMonth:
		m, left, ok := twoDigits(value, fixed)
		if !ok {
			return value, "bad"
		}
		f.month = m
		return left, within(m, 1, 12, "month")
	case partDay:
		if e&padSpace != 0 && value != "" && value[0] == ' ' {
			value = value[1:]
		}
		d, left, ok := twoDigits(value, fixed)
		if !ok {
			return value, "bad"
		}
		f.day = d
		return left, ""
	case partYearDay:
		for i := 0; i < 2 && e&padSpace != 0 && value != "" && value[0] == ' '; i++ {
			value = value[1:]
		}
		n := 0
		for n < 3 && isDigitAt(value, n) {
			n++
		}
		if n == 0 || fixed && n != 3 {
			return value, "bad"
		}
		f.yday, _ = signedInt(value[:n])
		return value[n:], ""
	case partHour, partHour12, partMinute:
		// a 24-hour clock reads one or two digits however it is written
		v, left, ok := twoDigits(value, fixed && elemPart(e) != partHour)
		if !ok {
			return value, "bad"
		}
		switch elemPart(e) {
		case partHour:
			f.hour = v
			return left, within(v, 0, 23, "hour")
		case partHour12:
			f.hour = v
			return left, within(v, 0, 12, "hour")
		}
		f.min = v
		return left, within(v, 0, 59, "minute")
	case partSecond:
		v, left, ok := twoDigits(value, fixed)
		f.sec = v
		if p := within(v, 0, 59, "second"); p != "" {
			return left, p
		}
		problem := badUnless(ok)
		// A fraction may follow when the layout's next element is none; as in Go it is
		// read even when the seconds were not there, and then decides.
		if len(left) < 2 || !isSeparator(left[0]) || !isDigitAt(left, 1) {
			return left, problem
		}
		if _, next, _ := nextStd(rest); elemPart(next) == partFraction {
			return left, problem
		}
		n := 2
		for n < len(left) && isDigitAt(left, n) {
			n++
		}
		f.nsec, problem = readNanos(left, n)
		return left[n:], problem
	case partAMPM:
		if len(value) < 2 {
			return value, "bad"
		}
		am, pm := "AM", "PM"
		if e&lowerAM != 0 {
			am, pm = "am", "pm"
		}
		switch value[:2] {
		case am:
			f.am = true
		case pm:
			f.pm = true
		default:
			return value[2:], "bad"
		}
		return value[2:], ""
	case partZoneName:
		if len(value) >= 3 && value[:3] == "UTC" {
			f.utc = UTC
			return value[3:], ""
		}
		n, found := zoneNameLen(value)
		if !found {
			return value, "bad"
		}
		f.zoneName = value[:n]
		return value[n:], ""
	case partOffset:
		return f.readOffset(e, value)
	case partFraction:
		if e&fracTrim == 0 {
			n := 1 + elemArg(e)
			if len(value) < n {
				return value, "bad"
			}
			var p string
			f.nsec, p = readNanos(value, n)
			return value[n:], p
		}
		if len(value) < 2 || !isSeparator(value[0]) || !isDigitAt(value, 1) {
			return value, ""
		}
		n := 1
		for n < 10 && isDigitAt(value, n) {
			n++
		}
		var p string
		f.nsec, p = readNanos(value, n)
		return value[n:], p
	}
	return value, ""
}

// readOffset reads a numeric zone offset: a sign and two-digit fields at fixed places, as
// many as the element shows (with colons where it has them); "Z" is UTC for the ISO
// elements without seconds.
func (f *parsedFields) readOffset(e int, value string) (string, string) {
	if e&zoneZ != 0 && e&zoneSec == 0 && value != "" && value[0] == 'Z' {
		f.utc = UTC
		return value[1:], ""
	}
	fields := 3
	switch {
	case e&zoneHour != 0:
		fields = 1
	case e&zoneMin != 0:
		fields = 2
	}
	step := 2
	if e&zoneColon != 0 {
		step = 3
	}
	size := 1 + 2 + (fields-1)*step
	if len(value) < size {
		return value, "bad"
	}
	for i := 1; i < fields && step == 3; i++ {
		if value[i*3] != ':' {
			return value, "bad"
		}
	}
	offset := 0
	good := true
	for i := 0; i < 3; i++ {
		v := 0
		if i < fields {
			at := 1 + i*step
			var ok bool
			v, ok = signedInt(value[at : at+2])
			good = good && ok
		}
		offset = offset*60 + v
	}
	switch value[0] {
	case '-':
		offset = -offset
	case '+':
	default:
		good = false
	}
	f.zoneOffset = offset
	return value[size:], badUnless(good)
}

func badUnless(ok bool) string {
	if ok {
		return ""
	}
	return "bad"
}

func within(v, lo, hi int, name string) string {
	if v < lo || v > hi {
		return name
	}
	return ""
}

func isSeparator(c byte) bool { return c == '.' || c == ',' }

// signedInt reads s whole as a decimal number with an optional sign.
func signedInt(s string) (int, bool) {
	neg := s != "" && s[0] == '-'
	if s != "" && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	v, rest, ok := leadingUint(s)
	if !ok || rest != "" || v > 1<<63-1 {
		return 0, false
	}
	if neg {
		return -int(v), true
	}
	return int(v), true
}

// readNanos reads the fraction value[1:n] (at most nine digits count) as nanoseconds after
// a separator.
func readNanos(value string, n int) (int, string) {
	if !isSeparator(value[0]) {
		return 0, "bad"
	}
	if n > 10 {
		n = 10
	}
	ns, ok := signedInt(value[1:n])
	switch {
	case !ok:
		return 0, "bad"
	case ns < 0:
		return 0, "fractional second"
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, ""
}

// nameIndex finds the name of names (or its first three letters) that value starts with,
// ignoring ASCII case; -1 when none does.
func nameIndex(names []string, long bool, value string) (int, string) {
	for i, name := range names {
		if !long {
			name = name[:3]
		}
		if len(value) >= len(name) && foldEqual(value[:len(name)], name) {
			return i, value[len(name):]
		}
	}
	return -1, value
}

// resolve makes the time the fields describe: the day of the year (which must agree with a
// month or day also given), missing fields as zero or one, the AM/PM marker applied, then
// the zone: UTC; an offset, kept as local when local has it then (and the name, if any);
// a name local knows; an unknown name, with offset 0 (GMT+h: h hours) and the clock
// reading kept; no zone: defaultLocation.
func (f *parsedFields) resolve(defaultLocation, local *Location) (Time, string) {
	month, day := f.month, f.day
	if f.yday >= 0 {
		m, d, inYear := dateOfYearDay(f.year, f.yday)
		switch {
		case !inYear:
			return Time{}, "day-of-year out of range"
		case month >= 0 && month != m:
			return Time{}, "day-of-year does not match month"
		case day >= 0 && day != d:
			return Time{}, "day-of-year does not match day"
		}
		month, day = m, d
	}
	month, day = unsetAsOne(month), unsetAsOne(day)
	if day < 1 || day > daysIn(Month(month), f.year) {
		return Time{}, "day out of range"
	}
	hour := hour24(f.hour, f.am, f.pm)
	at := func(loc *Location) Time {
		return Date(f.year, Month(month), day, hour, f.min, f.sec, f.nsec, loc)
	}
	switch {
	case f.utc != nil:
		return at(f.utc), ""
	case f.zoneOffset == -1 && f.zoneName == "":
		return at(defaultLocation), ""
	}
	t := at(UTC)
	if f.zoneOffset == -1 {
		if offset, known := local.lookupName(f.zoneName, t.Unix()); known {
			t.sec -= int64(offset)
			t.loc = local
			return t, ""
		}
		offset := 0
		if len(f.zoneName) > 3 && f.zoneName[:3] == "GMT" {
			h, _ := signedInt(f.zoneName[3:])
			offset = h * secondsPerHour
		}
		t.loc = FixedZone(f.zoneName, offset)
		return t, ""
	}
	t.sec -= int64(f.zoneOffset)
	t.loc = FixedZone(f.zoneName, f.zoneOffset)
	if name, offset := local.lookup(t.Unix()); offset == f.zoneOffset && (f.zoneName == "" || name == f.zoneName) {
		t.loc = local
	}
	return t, ""
}

func isLeap(year int) bool { return year%4 == 0 && (year%100 != 0 || year%400 == 0) }

// hour24 applies a parsed AM/PM marker to a 12-hour clock reading.
func hour24(hour int, am, pm bool) int {
	if pm && hour < 12 {
		return hour + 12
	}
	if am && hour == 12 {
		return 0
	}
	return hour
}

// dateOfYearDay is the month and day of the yday-th day (from 1) of year; false when the
// year has no such day.
func dateOfYearDay(year, yday int) (month, day int, ok bool) {
	yearLen := 365
	if isLeap(year) {
		yearLen++
	}
	if yday < 1 || yday > yearLen {
		return 0, 0, false
	}
	month, day = 1, yday
	for day > daysIn(Month(month), year) {
		day -= daysIn(Month(month), year)
		month++
	}
	return month, day, true
}

func unsetAsOne(v int) int {
	if v < 0 {
		return 1
	}
	return v
}

// zoneNameLen returns the length of the zone abbreviation value starts with: three upper-case
// letters, four or five ending in T (or WITA), ChST and MeST, GMT with an optional signed
// hour, or a bare signed hour such as +03.
func zoneNameLen(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	upper := 0
	for upper < len(value) && upper < 6 && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch {
	case value[:3] == "GMT":
		return 3 + signedHourLen(value[3:]), true
	case value[0] == '+' || value[0] == '-':
		n := signedHourLen(value)
		return n, n > 0
	case len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST"):
		return 4, true
	case upper == 3:
		return 3, true
	case upper == 4 && (value[3] == 'T' || value[:4] == "WITA"):
		return 4, true
	case upper == 5 && value[4] == 'T':
		return 5, true
	}
	return 0, false
}

// signedHourLen is the length of a leading +h or -hh with h at most 23, or 0.
func signedHourLen(value string) int {
	if len(value) == 0 || value[0] != '+' && value[0] != '-' {
		return 0
	}
	h, rem, ok := leadingUint(value[1:])
	if !ok || len(rem) == len(value)-1 || h > 23 {
		return 0
	}
	return len(value) - len(rem)
}
