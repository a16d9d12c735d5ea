// Package itoa: integer to decimal string without strconv (for the low-level packages).
package itoa

// Itoa: val in decimal, without strconv.
func Itoa(val int) string {
	if val < 0 {
		return "-" + Uitoa(uint(-val))
	}
	return Uitoa(uint(val))
}

// Uitoa: val in decimal, without strconv.
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
