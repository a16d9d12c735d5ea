package time

// Location: the rules of a time zone. GoTruffle knows UTC, fixed zones, Local (the JVM's default
// zone, looked up per instant) and the tz database zones LoadLocation finds (zone: the name the
// JVM's rules are looked up by).
type Location struct {
	name   string
	offset int
	local  bool
	zone   string
}

var utcLoc = Location{name: "UTC"}
var localLoc = Location{name: "Local", local: true}

// UTC represents Universal Coordinated Time.
var UTC *Location = &utcLoc

// Local is the zone the machine's TZ setting names.
var Local *Location = &localLoc

// FixedZone is a zone called name, always offset seconds east of UTC.
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, offset: offset}
}

// LoadLocation returns UTC for "" and "UTC", Local for "Local", and otherwise the zone of that
// name when the system's tz database (/usr/share/zoneinfo, as Go reads it) has it.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errorString("time: invalid location name")
	}
	if msg := zoneCheck(name); msg != "" {
		return nil, errorString(msg)
	}
	return &Location{name: name, zone: name}, nil
}

// containsDotDot: no zone name holds "..", which could leave the zone directory.
func containsDotDot(s string) bool {
	dots := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			dots = 0
		} else if dots++; dots == 2 {
			return true
		}
	}
	return false
}

type errorString string

func (e errorString) Error() string { return string(e) }

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

func (l *Location) String() string {
	if l = l.get(); l.local {
		return localName()
	}
	return l.name
}

// localName is Local's name: "Local", or the zone $TZ names ("UTC" when it names none).
func localName() string

// lookup returns the zone abbreviation and offset in effect at the given Unix second.
func (l *Location) lookup(unix int64) (name string, offset int) {
	l = l.get()
	if l.local {
		return localZone(unix)
	}
	if l.zone != "" {
		return zoneAt(l.zone, unix)
	}
	return l.name, l.offset
}

// lookupName returns the offset of the zone named name that l uses near the given Unix second
// (as Go, preferring the zone in effect at that instant read as a time in that zone).
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	if !l.local && l.zone == "" {
		// UTC has no named zones; a fixed zone has exactly one.
		return l.offset, l != &utcLoc && l.name == name
	}
	// The JVM gives no list of the local abbreviations: probe this instant and half a year
	// around it, which meets both standard and daylight time.
	for _, d := range [...]int64{0, 182 * secondsPerDay, -182 * secondsPerDay} {
		if n, off := l.lookup(unix + d); n == name {
			if n2, off2 := l.lookup(unix - int64(off)); n2 == name {
				return off2, true
			}
			offset, ok = off, true
		}
	}
	return offset, ok
}

func localZone(unix int64) (name string, offset int)
func zoneAt(zone string, unix int64) (name string, offset int)
// zoneCheck returns "" for a zone the system and the JVM know, else Go's error text.
func zoneCheck(zone string) string

// zoneDST: whether the zone (Local for "") is in daylight saving time at the Unix second.
func zoneDST(zone string, unix int64) bool

// zoneBounds: the Unix seconds at which the zone (Local for "") in effect at unix began and ends,
// each only when there is such a change.
func zoneBounds(zone string, unix int64) (start, end int64, hasStart, hasEnd bool)

// ZoneBounds returns when the zone in effect at t began and when the next one begins, in t's
// Location; a zero Time for a zone in effect since the beginning or forever (UTC, fixed zones).
func (t Time) ZoneBounds() (start, end Time) {
	l := t.loc.get()
	if !l.local && l.zone == "" {
		return
	}
	s, e, hasStart, hasEnd := zoneBounds(l.zone, t.Unix())
	if hasStart {
		start = Unix(s, 0)
		start.loc = t.loc
	}
	if hasEnd {
		end = Unix(e, 0)
		end.loc = t.loc
	}
	return
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	// seconds from January 1, year 1 to the Unix epoch
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
)

// Time is an instant with nanosecond resolution, in a Location.
type Time struct {
	sec     int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec    int64 // [0, 999999999]
	mono    int64 // monotonic clock reading, when hasMono
	hasMono bool
	loc     *Location
}

// civil converts days since 1970-01-01 to a proleptic Gregorian date.
func civil(days int64) (year int, month Month, day int) {
	z := days + 719468
	era := z
	if z < 0 {
		era = z - 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// daysFromCivil is the inverse of civil.
func daysFromCivil(year int, month Month, day int) int64 {
	y := int64(year)
	m := int64(month)
	if m <= 2 {
		y--
	}
	era := y
	if y < 0 {
		era = y - 399
	}
	era /= 400
	yoe := y - era*400
	mp := m - 3
	if m <= 2 {
		mp = m + 9
	}
	doy := (153*mp+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// local returns the zone and the local wall clock as seconds since the Unix epoch.
func (t Time) local() (name string, offset int, wall int64) {
	unix := t.sec - unixToInternal
	name, offset = t.loc.lookup(unix)
	return name, offset, unix + int64(offset)
}

func (t Time) Date() (year int, month Month, day int) {
	_, _, w := t.local()
	return civil(floorDiv(w, secondsPerDay))
}

func (t Time) Year() int        { y, _, _ := t.Date(); return y }
func (t Time) Month() Month     { _, m, _ := t.Date(); return m }
func (t Time) Day() int         { _, _, d := t.Date(); return d }
func (t Time) Nanosecond() int  { return int(t.nsec) }
func (t Time) Hour() int        { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int      { _, m, _ := t.Clock(); return m }
func (t Time) Second() int      { _, _, s := t.Clock(); return s }

func (t Time) Clock() (hour, min, sec int) {
	_, _, w := t.local()
	s := int(w - floorDiv(w, secondsPerDay)*secondsPerDay)
	return s / secondsPerHour, s % secondsPerHour / secondsPerMinute, s % secondsPerMinute
}

func (t Time) Weekday() Weekday {
	_, _, w := t.local()
	d := (floorDiv(w, secondsPerDay) + 4) % 7
	if d < 0 {
		d += 7
	}
	return Weekday(d)
}

func (t Time) YearDay() int {
	_, _, w := t.local()
	days := floorDiv(w, secondsPerDay)
	y, _, _ := civil(days)
	return int(days-daysFromCivil(y, January, 1)) + 1
}

// ISOWeek is t's ISO 8601 week-numbering year and week (1 to 53).
func (t Time) ISOWeek() (year, week int) {
	// The week's Thursday decides the year.
	_, _, w := t.local()
	days := floorDiv(w, secondsPerDay)
	wd := int((days+3)%7+7) % 7 // Monday = 0
	thursday := days - int64(wd) + 3
	y, _, _ := civil(thursday)
	return y, int(thursday-daysFromCivil(y, January, 1))/7 + 1
}

func (t Time) Unix() int64      { return t.sec - unixToInternal }
func (t Time) UnixNano() int64  { return (t.sec-unixToInternal)*1e9 + t.nsec }
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// IsDST reports whether the time's zone is in daylight saving time then (never for UTC and fixed zones).
func (t Time) IsDST() bool {
	if l := t.loc.get(); l.local || l.zone != "" {
		return zoneDST(l.zone, t.Unix())
	}
	return false
}

func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

func (t Time) Zone() (name string, offset int) {
	name, offset, _ = t.local()
	return
}

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc = loc
	return t
}

func (t Time) UTC() Time   { t.loc = &utcLoc; return t }
func (t Time) Local() Time { t.loc = Local; return t }

func (t Time) stripMono() Time {
	t.hasMono = false
	t.mono = 0
	return t
}

// Round and Truncate drop the monotonic reading, as Go does; so does this.
func (t Time) Round(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	r := modDuration(t.sec, t.nsec, int64(d))
	if r+r < d {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

func (t Time) Truncate(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-modDuration(t.sec, t.nsec, int64(d)))
}

// modDuration is (sec*1e9 + nsec) mod d, computed without overflow.
func modDuration(sec, nsec, d int64) Duration

func (t Time) Add(d Duration) Time {
	var sec, nsec int
	sec, nsec = floorSplit(int(t.sec)+int(d/Second), int(t.nsec)+int(d%Second), 1e9)
	t.sec, t.nsec = int64(sec), int64(nsec)
	if t.hasMono {
		// The monotonic reading goes with it unless it would wrap around.
		moved := t.mono + int64(d)
		if d != 0 && (moved > t.mono) != (d > 0) {
			t = t.stripMono()
		} else {
			t.mono = moved
		}
	}
	return t
}

// Sub is t-u, saturated at the Duration extremes; the monotonic readings decide when both
// times have one.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		diff := t.mono - u.mono
		switch {
		case t.mono > u.mono && diff < 0:
			return maxDuration
		case t.mono < u.mono && diff > 0:
			return minDuration
		}
		return Duration(diff)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	if u.Add(d).Equal(t) {
		return d // no overflow
	}
	if t.Before(u) {
		return minDuration
	}
	return maxDuration
}

func (t Time) After(u Time) bool  { return t.order(u) > 0 }
func (t Time) Before(u Time) bool { return t.order(u) < 0 }
func (t Time) Equal(u Time) bool  { return t.order(u) == 0 }

// order compares the instants t and u (-1, 0, +1): by the monotonic readings when both have
// one, else by wall seconds and then nanoseconds.
func (t Time) order(u Time) int {
	first, second := [2]int64{t.sec, t.nsec}, [2]int64{u.sec, u.nsec}
	if t.hasMono && u.hasMono {
		first, second = [2]int64{t.mono}, [2]int64{u.mono}
	}
	for k := range first {
		if first[k] != second[k] {
			if first[k] < second[k] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// floorSplit carries whole multiples of base from lo (any sign) into hi, leaving
// 0 <= lo < base: floorSplit(5, -1, 60) is (4, 59).
func floorSplit(hi, lo, base int) (int, int) {
	carry := lo / base
	lo -= carry * base
	if lo < 0 {
		lo += base
		carry--
	}
	return hi + carry, lo
}

// Date returns the Time for yyyy-mm-dd hh:mm:ss + nsec in loc; out-of-range values are
// normalized (October 32 is November 1).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	// Months and nanoseconds carry into years and seconds; days, hours, minutes and seconds
	// out of range simply add up in the count of seconds.
	year, monthIndex := floorSplit(year, int(month)-1, 12)
	sec, nsec = floorSplit(sec, nsec, 1e9)
	days := daysFromCivil(year, Month(monthIndex+1), 1) + int64(day) - 1
	unix := days*secondsPerDay + int64(hour)*secondsPerHour + int64(min)*secondsPerMinute + int64(sec)
	_, offset := loc.lookup(unix)
	if offset != 0 {
		// The offset in effect at the resulting instant decides.
		if _, off2 := loc.lookup(unix - int64(offset)); off2 != offset {
			offset = off2
		}
	}
	unix -= int64(offset)
	t := Time{sec: unix + unixToInternal, nsec: int64(nsec), loc: loc}
	if loc == &utcLoc {
		t.loc = nil
	}
	return t
}

// Unix is the local Time sec seconds plus nsec nanoseconds after January 1, 1970 UTC.
func Unix(sec int64, nsec int64) Time {
	s, ns := floorSplit(int(sec), int(nsec), 1e9)
	sec, nsec = int64(s), int64(ns)
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: Local}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Now returns the current local time, with a monotonic clock reading.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec: sec + unixToInternal, nsec: nsec, mono: mono, hasMono: true, loc: Local}
}

func now() (sec int64, nsec int64, mono int64)

func Since(t Time) Duration { return Now().Sub(t) }
func Until(t Time) Duration { return t.Sub(Now()) }
