// Package itoa: integer to decimal string without strconv (for the low-level packages).
package itoa

// Itoa converts val to a decimal string.
func Itoa(val int) string {
	if val < 0 {
		return "-" + Uitoa(uint(-val))
	}
	return Uitoa(uint(val))
}

// Uitoa converts val to a decimal string.
func Uitoa(val uint) string {
	var buf [20]byte
	i := len(buf) - 1
	for val >= 10 {
		buf[i] = byte('0' + val%10)
		i--
		val /= 10
	}
	buf[i] = byte('0' + val)
	return string(buf[i:])
}
