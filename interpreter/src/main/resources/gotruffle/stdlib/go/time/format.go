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
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
)

// Layout elements; fraction elements also carry their digit count (std | n<<8).
const (
	stdNone = iota
	stdLongMonth
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdUnderYearDay
	stdZeroYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0
	stdFracSecond9
)

func startsWith(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// nextStd finds the first layout element in layout: the literal text before it, the element
// (std, with digit count<<8 and separator<<16 for fractions) and the rest.
func nextStd(layout string) (prefix string, std int, suffix string) {
	for i := 0; i < len(layout); i++ {
		switch c := layout[i]; c {
		case 'J':
			if startsWith(layout, i, "January") {
				return layout[:i], stdLongMonth, layout[i+7:]
			}
			if startsWith(layout, i, "Jan") {
				return layout[:i], stdMonth, layout[i+3:]
			}
		case 'M':
			if startsWith(layout, i, "Monday") {
				return layout[:i], stdLongWeekDay, layout[i+6:]
			}
			if startsWith(layout, i, "Mon") {
				return layout[:i], stdWeekDay, layout[i+3:]
			}
			if startsWith(layout, i, "MST") {
				return layout[:i], stdTZ, layout[i+3:]
			}
		case '0':
			if i+1 < len(layout) && '1' <= layout[i+1] && layout[i+1] <= '6' {
				x := []int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}
				return layout[:i], x[layout[i+1]-'1'], layout[i+2:]
			}
			if startsWith(layout, i, "002") {
				return layout[:i], stdZeroYearDay, layout[i+3:]
			}
		case '1':
			if startsWith(layout, i, "15") {
				return layout[:i], stdHour, layout[i+2:]
			}
			return layout[:i], stdNumMonth, layout[i+1:]
		case '2':
			if startsWith(layout, i, "2006") {
				return layout[:i], stdLongYear, layout[i+4:]
			}
			return layout[:i], stdDay, layout[i+1:]
		case '_':
			if startsWith(layout, i, "_2") {
				if startsWith(layout, i+1, "2006") {
					return layout[:i+1], stdLongYear, layout[i+5:]
				}
				return layout[:i], stdUnderDay, layout[i+2:]
			}
			if startsWith(layout, i, "__2") {
				return layout[:i], stdUnderYearDay, layout[i+3:]
			}
		case '3':
			return layout[:i], stdHour12, layout[i+1:]
		case '4':
			return layout[:i], stdMinute, layout[i+1:]
		case '5':
			return layout[:i], stdSecond, layout[i+1:]
		case 'P':
			if startsWith(layout, i, "PM") {
				return layout[:i], stdPM, layout[i+2:]
			}
		case 'p':
			if startsWith(layout, i, "pm") {
				return layout[:i], stdpm, layout[i+2:]
			}
		case '-':
			for _, z := range []struct {
				s   string
				std int
			}{{"-070000", stdNumSecondsTz}, {"-07:00:00", stdNumColonSecondsTZ}, {"-0700", stdNumTZ}, {"-07:00", stdNumColonTZ}, {"-07", stdNumShortTZ}} {
				if startsWith(layout, i, z.s) {
					return layout[:i], z.std, layout[i+len(z.s):]
				}
			}
		case 'Z':
			for _, z := range []struct {
				s   string
				std int
			}{{"Z070000", stdISO8601SecondsTZ}, {"Z07:00:00", stdISO8601ColonSecondsTZ}, {"Z0700", stdISO8601TZ}, {"Z07:00", stdISO8601ColonTZ}, {"Z07", stdISO8601ShortTZ}} {
				if startsWith(layout, i, z.s) {
					return layout[:i], z.std, layout[i+len(z.s):]
				}
			}
		case '.', ',':
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				ch := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == ch {
					j++
				}
				if !isDigitAt(layout, j) {
					std := stdFracSecond0
					if ch == '9' {
						std = stdFracSecond9
					}
					return layout[:i], std | (j-(i+1))<<8 | int(c)<<16, layout[j:]
				}
			}
		}
	}
	return layout, stdNone, ""
}

func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		q := u / 10
		buf[i] = byte('0' + u - q*10)
		u = q
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// String formats t as "2006-01-02 15:04:05.999999999 -0700 MST", then " m=±secs" when
// t has a monotonic reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m2 := uint64(t.mono)
		sign := byte('+')
		if t.mono < 0 {
			sign = '-'
			m2 = -m2
		}
		m1, m2 := m2/1e9, m2%1e9
		buf := []byte(" m=")
		buf = append(buf, sign)
		buf = appendInt(buf, int(m1), 0)
		buf = append(buf, '.')
		buf = appendInt(buf, int(m2), 9)
		s += string(buf)
	}
	return s
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
	hour, min, sec := secs/secondsPerHour, secs%secondsPerHour/secondsPerMinute, secs%secondsPerMinute
	yday := int(days-daysFromCivil(year, January, 1)) + 1
	wd := int((days+4)%7+7) % 7
	for layout != "" {
		prefix, std, suffix := nextStd(layout)
		b = append(b, prefix...)
		if std == stdNone {
			break
		}
		layout = suffix
		switch std & 0xFF {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, longDayNames[wd][:3]...)
		case stdLongWeekDay:
			b = append(b, longDayNames[wd]...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case stdZeroYearDay:
			b = appendInt(b, yday, 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 0)
		case stdZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 2)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case stdpm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumColonTZ, stdNumSecondsTz, stdNumShortTZ, stdNumColonSecondsTZ:
			s := std & 0xFF
			iso := s == stdISO8601TZ || s == stdISO8601ColonTZ || s == stdISO8601SecondsTZ || s == stdISO8601ShortTZ || s == stdISO8601ColonSecondsTZ
			if iso && offset == 0 {
				b = append(b, 'Z')
				break
			}
			zone := offset / 60
			absoffset := offset
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
				absoffset = -absoffset
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			if s == stdISO8601ColonTZ || s == stdNumColonTZ || s == stdISO8601ColonSecondsTZ || s == stdNumColonSecondsTZ {
				b = append(b, ':')
			}
			if s != stdNumShortTZ && s != stdISO8601ShortTZ {
				b = appendInt(b, zone%60, 2)
			}
			if s == stdISO8601SecondsTZ || s == stdNumSecondsTz || s == stdNumColonSecondsTZ || s == stdISO8601ColonSecondsTZ {
				if s == stdNumColonSecondsTZ || s == stdISO8601ColonSecondsTZ {
					b = append(b, ':')
				}
				b = appendInt(b, absoffset%60, 2)
			}
		case stdTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			zone := offset / 60
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			b = appendInt(b, zone%60, 2)
		case stdFracSecond0, stdFracSecond9:
			n := std >> 8 & 0xFF
			sep := byte(std >> 16)
			b = appendFrac(b, int(t.nsec), n, sep, std&0xFF == stdFracSecond9)
		}
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

// getnum parses 1 or 2 digits (exactly 2 when fixed).
func getnum(s string, fixed bool) (int, string, bool) {
	if !isDigitAt(s, 0) {
		return 0, s, false
	}
	if !isDigitAt(s, 1) {
		if fixed {
			return 0, s, false
		}
		return int(s[0] - '0'), s[1:], true
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], true
}

// upToDigits reads one to n decimal digits at the start of s.
func upToDigits(s string, n int) (int, string, bool) {
	v, i := 0, 0
	for ; i < n && isDigitAt(s, i); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v, s[i:], i > 0
}

func getdigits(s string, n int) (int, string, bool) {
	if len(s) < n {
		return 0, s, false
	}
	v := 0
	for i := 0; i < n; i++ {
		if !isDigitAt(s, i) {
			return 0, s, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, s[n:], true
}

func lookupName(tab []string, n int, s string) (int, string, bool) {
	for i, v := range tab {
		name := v
		if n > 0 {
			name = v[:n]
		}
		if len(s) >= len(name) && equalFold(s[:len(name)], name) {
			return i, s[len(name):], true
		}
	}
	return -1, s, false
}

func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

func daysIn(m Month, year int) int {
	if m == February {
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
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
	alayout, avalue := layout, value
	// Elements missing from the layout are zero, or one where zero is impossible: year 0.
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	pmSet, amSet := false, false
	zoneOffset := -1
	zoneName := ""
	var z *Location // set by "Z" and "UTC", which always mean UTC
	for {
		prefix, std, suffix := nextStd(layout)
		stdstr := layout[len(prefix) : len(layout)-len(suffix)]
		// The literal text must match exactly (runs of spaces aside, which Go also requires).
		if len(value) < len(prefix) || value[:len(prefix)] != prefix {
			return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
		}
		value = value[len(prefix):]
		if std == stdNone {
			if len(value) != 0 {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = suffix
		hold := value
		ok := true
		rangeErr := ""
		switch std & 0xFF {
		case stdYear:
			var y int
			y, value, ok = getdigits(value, 2)
			if ok {
				if y >= 69 {
					year = y + 1900
				} else {
					year = y + 2000
				}
			}
		case stdLongYear:
			year, value, ok = getdigits(value, 4)
		case stdMonth:
			month, value, ok = lookupName(longMonthNames, 3, value)
			month++
		case stdLongMonth:
			month, value, ok = lookupName(longMonthNames, 0, value)
			month++
		case stdNumMonth, stdZeroMonth:
			month, value, ok = getnum(value, std == stdZeroMonth)
			if ok && (month <= 0 || 12 < month) {
				rangeErr = "month"
			}
		case stdWeekDay:
			_, value, ok = lookupName(longDayNames, 3, value)
		case stdLongWeekDay:
			_, value, ok = lookupName(longDayNames, 0, value)
		case stdDay, stdUnderDay, stdZeroDay:
			if std == stdUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, ok = getnum(value, std == stdZeroDay)
		case stdZeroYearDay:
			yday, value, ok = getdigits(value, 3)
		case stdUnderYearDay:
			// padded with up to two spaces, then one to three digits
			for pad := 0; pad < 2 && len(value) > 0 && value[0] == ' '; pad++ {
				value = value[1:]
			}
			yday, value, ok = upToDigits(value, 3)
		case stdHour:
			hour, value, ok = getnum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErr = "hour"
			}
		case stdHour12, stdZeroHour12:
			hour, value, ok = getnum(value, std == stdZeroHour12)
			if hour < 0 || 12 < hour {
				rangeErr = "hour"
			}
		case stdMinute, stdZeroMinute:
			min, value, ok = getnum(value, std == stdZeroMinute)
			if min < 0 || 60 <= min {
				rangeErr = "minute"
			}
		case stdSecond, stdZeroSecond:
			sec, value, ok = getnum(value, std == stdZeroSecond)
			if sec < 0 || 60 <= sec {
				rangeErr = "second"
				break
			}
			// A fraction may follow even when the layout has none.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1) {
				_, std2, _ := nextStd(layout)
				if s := std2 & 0xFF; s == stdFracSecond0 || s == stdFracSecond9 {
					break
				}
				n := 2
				for ; n < len(value) && isDigitAt(value, n); n++ {
				}
				nsec = parseNanos(value[1:n])
				value = value[n:]
			}
		case stdPM, stdpm:
			if len(value) < 2 {
				ok = false
				break
			}
			p := value[:2]
			switch {
			case p == "PM" && std == stdPM || p == "pm" && std == stdpm:
				pmSet = true
			case p == "AM" && std == stdPM || p == "am" && std == stdpm:
				amSet = true
			default:
				ok = false
			}
			value = value[2:]
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumShortTZ, stdNumColonTZ, stdNumSecondsTz, stdNumColonSecondsTZ:
			s := std & 0xFF
			iso := s == stdISO8601TZ || s == stdISO8601ColonTZ || s == stdISO8601SecondsTZ || s == stdISO8601ShortTZ || s == stdISO8601ColonSecondsTZ
			if iso && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			if len(value) < 3 || (value[0] != '+' && value[0] != '-') {
				ok = false
				break
			}
			sign := value[0]
			var hh, mm, ss int
			hh, value, ok = getdigits(value[1:], 2)
			if ok && s != stdNumShortTZ && s != stdISO8601ShortTZ {
				if s == stdISO8601ColonTZ || s == stdNumColonTZ || s == stdISO8601ColonSecondsTZ || s == stdNumColonSecondsTZ {
					if len(value) == 0 || value[0] != ':' {
						ok = false
						break
					}
					value = value[1:]
				}
				mm, value, ok = getdigits(value, 2)
			}
			if ok && (s == stdISO8601SecondsTZ || s == stdNumSecondsTz || s == stdNumColonSecondsTZ || s == stdISO8601ColonSecondsTZ) {
				if s == stdNumColonSecondsTZ || s == stdISO8601ColonSecondsTZ {
					if len(value) == 0 || value[0] != ':' {
						ok = false
						break
					}
					value = value[1:]
				}
				ss, value, ok = getdigits(value, 2)
			}
			zoneOffset = (hh*60+mm)*60 + ss
			if sign == '-' {
				zoneOffset = -zoneOffset
			}
		case stdTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n, found := zoneNameLen(value)
			if !found {
				ok = false
				break
			}
			zoneName, value = value[:n], value[n:]
		case stdFracSecond0:
			n := std >> 8 & 0xFF
			if len(value) < n+1 || value[0] != byte(std>>16) {
				ok = false
				break
			}
			nsec = parseNanos(value[1 : n+1])
			value = value[n+1:]
		case stdFracSecond9:
			if len(value) < 2 || (value[0] != '.' && value[0] != ',') || !isDigitAt(value, 1) {
				break
			}
			n := 1
			for n < 10 && isDigitAt(value, n) {
				n++
			}
			nsec = parseNanos(value[1:n])
			value = value[n:]
		}
		if rangeErr != "" {
			return Time{}, &ParseError{alayout, avalue, stdstr, hold, ": " + rangeErr + " out of range"}
		}
		if !ok {
			return Time{}, &ParseError{alayout, avalue, stdstr, hold, ""}
		}
	}
	hour = hour24(hour, amSet, pmSet)
	if yday >= 0 {
		// A month or day given as well must agree with the day of the year.
		m, d, inYear := dateOfYearDay(year, yday)
		problem := ""
		switch {
		case !inYear:
			problem = "day-of-year out of range"
		case month >= 0 && month != m:
			problem = "day-of-year does not match month"
		case day >= 0 && day != d:
			problem = "day-of-year does not match day"
		}
		if problem != "" {
			return Time{}, &ParseError{alayout, avalue, "", value, ": " + problem}
		}
		month, day = m, d
	}
	month, day = unsetAsOne(month), unsetAsOne(day) // -1: not in the layout
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}
	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		// The local zone, when it has this offset (and name) at that instant.
		if name, offset := local.lookup(t.Unix()); offset == zoneOffset && (zoneName == "" || name == zoneName) {
			t.loc = local
			return t, nil
		}
		t.loc = FixedZone(zoneName, zoneOffset)
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if offset, found := local.lookupName(zoneName, t.Unix()); found {
			t.sec -= int64(offset)
			t.loc = local
			return t, nil
		}
		// An unknown abbreviation keeps the clock reading with offset 0 (GMT+h: h hours).
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			h, _, _ := leadingUint(zoneName[4:])
			offset = int(h) * secondsPerHour
			if zoneName[3] == '-' {
				offset = -offset
			}
		}
		t.loc = FixedZone(zoneName, offset)
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLocation), nil
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
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return 3 + signedHourLen(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedHourLen(value)
		return n, n > 0
	}
	n := 0
	for n < 6 && n < len(value) && 'A' <= value[n] && value[n] <= 'Z' {
		n++
	}
	switch {
	case n == 3:
		return 3, true
	case n == 4 && (value[3] == 'T' || value[:4] == "WITA"):
		return 4, true
	case n == 5 && value[4] == 'T':
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

// parseNanos reads up to nine fraction digits as nanoseconds.
func parseNanos(s string) int {
	ns := 0
	i := 0
	for ; i < 9 && i < len(s); i++ {
		ns = ns*10 + int(s[i]-'0')
	}
	for ; i < 9; i++ {
		ns *= 10
	}
	return ns
}
