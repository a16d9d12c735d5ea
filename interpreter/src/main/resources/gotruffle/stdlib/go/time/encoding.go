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
