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

// The binary form: a version byte (1, or 2 when the zone's offset has seconds), the seconds since
// January 1, year 1 UTC (8 bytes) and the nanoseconds (4), big-endian, the offset in minutes (2;
// -1 means UTC), and with version 2 the offset's seconds (1).
const (
	binaryV1 byte = 1
	binaryV2 byte = 2
)

// MarshalBinary encodes t's instant and its zone's offset (not the zone itself).
func (t Time) MarshalBinary() ([]byte, error) {
	version, minutes, seconds := binaryV1, -1, 0
	if t.Location() != UTC {
		_, offset := t.Zone()
		minutes, seconds = offset/60, offset%60
		if seconds != 0 {
			version = binaryV2
		}
		if minutes < -32768 || minutes == -1 || minutes > 32767 {
			return nil, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
	}
	out := make([]byte, 0, 16)
	out = append(out, version)
	for shift := 56; shift >= 0; shift -= 8 {
		out = append(out, byte(t.sec>>shift))
	}
	for shift := 24; shift >= 0; shift -= 8 {
		out = append(out, byte(t.nsec>>shift))
	}
	out = append(out, byte(minutes>>8), byte(minutes))
	if version == binaryV2 {
		out = append(out, byte(seconds))
	}
	return out, nil
}

// UnmarshalBinary decodes MarshalBinary's form: UTC, Local when the offset is Local's at that
// instant, else a fixed zone without a name.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != binaryV1 && version != binaryV2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	size := 15
	if version == binaryV2 {
		size = 16
	}
	if len(data) != size {
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
	if version == binaryV2 {
		offset += int(data[15])
	}
	*t = Time{sec: sec, nsec: int64(nsec)}
	if offset == -60 {
		return nil
	}
	if _, local := Local.lookup(t.Unix()); local == offset {
		t.loc = Local
	} else {
		t.loc = FixedZone("", offset)
	}
	return nil
}

// GobEncode is MarshalBinary.
func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

// GobDecode is UnmarshalBinary.
func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }
