package time

import "errors"

// rfc3339Text is t as RFC 3339 with its nanoseconds (trailing zeros dropped), in double quotes
// when quoted; method names the caller in the error for a year outside 0..9999.
func (t Time) rfc3339Text(method string, quoted bool) ([]byte, error) {
	if year := t.Year(); year < 0 || year > 9999 {
		return nil, errors.New("Time." + method + ": year outside of range [0,9999]")
	}
	text := t.Format(RFC3339Nano)
	if quoted {
		text = `"` + text + `"`
	}
	return []byte(text), nil
}

// MarshalJSON implements json.Marshaler: a quoted RFC 3339 string.
func (t Time) MarshalJSON() ([]byte, error) { return t.rfc3339Text("MarshalJSON", true) }

// MarshalText implements encoding.TextMarshaler: the RFC 3339 text.
func (t Time) MarshalText() ([]byte, error) { return t.rfc3339Text("MarshalText", false) }

// UnmarshalJSON implements json.Unmarshaler: a quoted RFC 3339 string ("null" is a no-op).
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	return t.parseInto(`"`+RFC3339+`"`, data)
}

// UnmarshalText implements encoding.TextUnmarshaler: an RFC 3339 time.
func (t *Time) UnmarshalText(data []byte) error { return t.parseInto(RFC3339, data) }

// parseInto stores the parse's result in t even when it fails (the zero Time), as Go does.
func (t *Time) parseInto(layout string, data []byte) error {
	parsed, err := Parse(layout, string(data))
	*t = parsed
	return err
}

// MarshalBinary encodes t in Go's 15-byte form: version 1, big-endian seconds since January 1
// of year 1 and nanoseconds, and the zone offset in minutes (-1 for UTC); version 2 adds a byte
// of offset seconds for zones not on a whole minute.
func (t Time) MarshalBinary() ([]byte, error) {
	out := make([]byte, 15, 16)
	out[0] = 1
	putBigEndian(out[1:9], uint64(t.sec))
	putBigEndian(out[9:13], uint64(t.nsec))
	zoneMin := -1 // stands for UTC
	if t.Location() != UTC {
		_, secs := t.Zone()
		zoneMin = secs / 60
		if rem := secs % 60; rem != 0 {
			out[0] = 2
			out = append(out, byte(int8(rem)))
		}
		// another zone may not look like UTC, and its minutes must fit in 16 bits
		if zoneMin == -1 || zoneMin != int(int16(zoneMin)) {
			return nil, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
	}
	putBigEndian(out[13:15], uint64(zoneMin))
	return out, nil
}

// putBigEndian writes the low len(b) bytes of v to b, most significant first.
func putBigEndian(b []byte, v uint64) {
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
}

// UnmarshalBinary decodes MarshalBinary's form; the zone is UTC, Local when its offset then is
// the one recorded, else an unnamed fixed zone.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != 1 && version != 2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	if want := 15 + int(version) - 1; len(data) != want {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	var sec int64
	for _, b := range data[1:9] {
		sec = sec<<8 | int64(b)
	}
	var nsec int32
	for _, b := range data[9:13] {
		nsec = nsec<<8 | int32(b)
	}
	offset := int(int16(uint16(data[13])<<8|uint16(data[14]))) * 60
	if version == 2 {
		offset += int(data[15]) // as Go 1.19 reads it: unsigned, so a negative remainder comes back wrong
	}
	*t = Time{sec: sec, nsec: int64(nsec)}
	if _, local := Local.lookup(sec - unixToInternal); offset == -60 {
		t.loc = &utcLoc
	} else if offset == local {
		t.loc = Local
	} else {
		t.loc = FixedZone("", offset)
	}
	return nil
}

// GobEncode is MarshalBinary (encoding/gob's interface).
func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

// GobDecode is UnmarshalBinary (encoding/gob's interface).
func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }
