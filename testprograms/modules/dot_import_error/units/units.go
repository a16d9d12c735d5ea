package units

type Meter float64

const Kilo = 1000

func Double(m Meter) Meter { return 2 * m }

func half(m Meter) Meter { return m / 2 }
