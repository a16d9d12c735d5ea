// Package time (without timers and sleeping, which the scheduler provides): Duration, Month,
// Weekday, Time with UTC/Local/fixed zones, Format and a subset of Parse.
package time

import "errors"

// Duration: a span of time in nanoseconds (about 290 years at most).
type Duration int64

// The extremes, where Round and Abs saturate.
const (
	maxDuration = Duration(1<<63 - 1)
	minDuration = -maxDuration - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String formats d like "1h2m3.5s"; below a second it uses one unit (ns, µs, ms) with a
// fraction. Digits are filled in from the end of a fixed buffer (faster than appending).
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	var buf [32]byte
	mag := uint64(d)
	if d < 0 {
		mag = -mag
	}
	end := len(buf)
	if mag < uint64(Second) {
		unit, fracDigits := "ns", 0
		if mag >= uint64(Millisecond) {
			unit, fracDigits = "ms", 6
		} else if mag >= uint64(Microsecond) {
			unit, fracDigits = "µs", 3
		}
		end -= len(unit)
		copy(buf[end:], unit)
		end = putDecimal(buf[:end], mag, fracDigits)
	} else {
		end = putTagged(buf[:end], 's', mag%uint64(Minute), 9)
		if minutes := mag / uint64(Minute); minutes > 0 {
			end = putTagged(buf[:end], 'm', minutes%60, 0)
			if hours := minutes / 60; hours > 0 {
				end = putTagged(buf[:end], 'h', hours, 0)
			}
		}
	}
	if d < 0 {
		end--
		buf[end] = '-'
	}
	return string(buf[end:])
}

// putTagged writes putDecimal's form of v followed by the unit letter tag at the end of buf.
func putTagged(buf []byte, tag byte, v uint64, fracDigits int) int {
	last := len(buf) - 1
	buf[last] = tag
	return putDecimal(buf[:last], v, fracDigits)
}

// putDecimal writes v/10^fracDigits in decimal at the end of buf, with the fraction's
// significant digits after a point (no point when the fraction is zero), and returns where
// the text starts.
func putDecimal(buf []byte, v uint64, fracDigits int) int {
	for fracDigits > 0 && v%10 == 0 {
		v /= 10
		fracDigits--
	}
	at := len(buf)
	for ; fracDigits > 0; fracDigits-- {
		at--
		buf[at] = '0' + byte(v%10)
		v /= 10
	}
	if at < len(buf) {
		at--
		buf[at] = '.'
	}
	for {
		at--
		buf[at] = '0' + byte(v%10)
		v /= 10
		if v == 0 {
			return at
		}
	}
}

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 { return d.inUnits(Second) }
func (d Duration) Minutes() float64 { return d.inUnits(Minute) }
func (d Duration) Hours() float64   { return d.inUnits(Hour) }

// inUnits converts whole units and the remainder separately, so a large d keeps its
// precision (one float division of d would round the nanoseconds away first).
func (d Duration) inUnits(unit Duration) float64 {
	whole, rest := d/unit, d%unit
	return float64(whole) + float64(rest)/float64(unit)
}

// Truncate returns d rounded toward zero to a multiple of m (d itself if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m > 0 {
		d -= d % m
	}
	return d
}

// Round returns d rounded to the nearest multiple of m, halfway values away from zero,
// saturating at the extremes.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	// over: how far |d| is past the multiple below it; 2*over fits in a uint64.
	over := d % m
	if over < 0 {
		over = -over
	}
	if uint64(over)*2 < uint64(m) {
		if d < 0 {
			return d + over
		}
		return d - over
	}
	up := m - over
	switch {
	case d >= 0 && d > maxDuration-up:
		return maxDuration
	case d < 0 && d < minDuration+up:
		return minDuration
	case d < 0:
		return d - up
	}
	return d + up
}

// Abs returns the absolute value of d (MaxInt64 for the most negative duration).
func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	if d == minDuration {
		return maxDuration
	}
	return -d
}

const maxMagnitude = 1 << 63 // |MinInt64|: the largest magnitude a parsed number may reach

// addDigit returns x*10 + the digit c, or false when that exceeds maxMagnitude.
func addDigit(x uint64, c byte) (uint64, bool) {
	digit := uint64(c - '0')
	if x > (maxMagnitude-digit)/10 {
		return x, false
	}
	return x*10 + digit, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// leadingUint reads the decimal digits at the start of s; false when they exceed 1<<63.
func leadingUint(s string) (x uint64, rest string, ok bool) {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		if x, ok = addDigit(x, s[n]); !ok {
			return 0, s, false
		}
		n++
	}
	return x, s[n:], true
}

// durationNumber is one number of a duration string: whole.frac, where frac holds the
// fraction's leading digits that fit (fracScale = 10^their count).
type durationNumber struct {
	whole, frac uint64
	fracScale   float64
}

// scanDurationNumber reads "digits", "digits." , ".digits" or "digits.digits" at the start of s.
func scanDurationNumber(s string) (num durationNumber, rest string, ok bool) {
	num.fracScale = 1
	if s == "" || s[0] != '.' && !isDigit(s[0]) {
		return num, s, false
	}
	if num.whole, rest, ok = leadingUint(s); !ok {
		return num, s, false
	}
	digits := len(s) - len(rest)
	if rest == "" || rest[0] != '.' {
		return num, rest, digits > 0
	}
	rest = rest[1:]
	full := false
	n := 0
	for ; n < len(rest) && isDigit(rest[n]); n++ {
		if full {
			continue // digits beyond int64 precision do not count
		}
		if next, fits := addDigit(num.frac, rest[n]); fits {
			num.frac = next
			num.fracScale *= 10
		} else {
			full = true
		}
	}
	return num, rest[n:], digits+n > 0
}

// unitNanos is the length in nanoseconds of a unit ParseDuration accepts.
func unitNanos(name string) (uint64, bool) {
	switch name {
	case "ns":
		return uint64(Nanosecond), true
	case "us", "µs", "μs": // micro sign U+00B5 and Greek mu U+03BC
		return uint64(Microsecond), true
	case "ms":
		return uint64(Millisecond), true
	case "s":
		return uint64(Second), true
	case "m":
		return uint64(Minute), true
	case "h":
		return uint64(Hour), true
	}
	return 0, false
}

// nanos is num in the given unit, or false beyond maxMagnitude. The fraction goes through a
// float64, as Go does, so results match its rounding.
func (num durationNumber) nanos(unit uint64) (uint64, bool) {
	if num.whole > maxMagnitude/unit {
		return 0, false
	}
	v := num.whole * unit
	if num.frac > 0 {
		v += uint64(float64(num.frac) * (float64(unit) / num.fracScale))
	}
	return v, v <= maxMagnitude
}

// ParseDuration parses a duration string such as "300ms", "-1.5h" or "2h45m": an optional sign
// and a sequence of numbers, each with a unit (ns, us/µs, ms, s, m, h).
func ParseDuration(s string) (Duration, error) {
	invalid := func() (Duration, error) {
		return 0, errors.New("time: invalid duration " + quote(s))
	}
	rest := s
	neg := false
	if rest != "" && (rest[0] == '-' || rest[0] == '+') {
		neg = rest[0] == '-'
		rest = rest[1:]
	}
	switch rest {
	case "0":
		return 0, nil
	case "":
		return invalid()
	}
	var total uint64
	for rest != "" {
		num, after, ok := scanDurationNumber(rest)
		if !ok {
			return invalid()
		}
		unitLen := 0
		for unitLen < len(after) && after[unitLen] != '.' && !isDigit(after[unitLen]) {
			unitLen++
		}
		if unitLen == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(s))
		}
		name := after[:unitLen]
		rest = after[unitLen:]
		unit, known := unitNanos(name)
		if !known {
			return 0, errors.New("time: unknown unit " + quote(name) + " in duration " + quote(s))
		}
		part, fits := num.nanos(unit)
		// Two parts of 1<<63 wrap the sum to 0, which passes: Go 1.19 does the same.
		if total += part; !fits || total > maxMagnitude {
			return invalid()
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > uint64(maxDuration) {
		return invalid()
	}
	return Duration(total), nil
}

// quote puts s in double quotes, escaping quotes and backslashes, and every byte of
// non-ASCII or control characters as \xHH (time's own simplified quoting).
func quote(s string) string {
	const hex = "0123456789abcdef"
	out := make([]byte, 0, len(s)+2)
	out = append(out, '"')
	for k := 0; k < len(s); k++ {
		switch c := s[k]; {
		case c < ' ' || c >= 0x80:
			out = append(out, '\\', 'x', hex[c>>4], hex[c&15])
		case c == '"' || c == '\\':
			out = append(out, '\\', c)
		default:
			out = append(out, c)
		}
	}
	return string(append(out, '"'))
}

// Month: January is 1.
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}
var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (m Month) String() string { return enumName("Month", longMonthNames, int64(m)-1, int64(m)) }

// Weekday: Sunday is 0.
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string { return enumName("Weekday", longDayNames, int64(d), int64(d)) }

// enumName is names[index], or fmt's bad-value form "%!Kind(value)" outside the table.
func enumName(kind string, names []string, index, value int64) string {
	if index >= 0 && index < int64(len(names)) {
		return names[index]
	}
	return "%!" + kind + "(" + itoa(value) + ")"
}

func itoa(v int64) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	u := uint64(v)
	if neg {
		u = -u
	}
	var b [24]byte
	w := putDecimal(b[:], u, 0)
	if neg {
		w--
		b[w] = '-'
	}
	return string(b[w:])
}
