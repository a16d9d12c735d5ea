// nbody: a leapfrog simulation of five bodies under gravity (the Sun and four planets, in
// units where G=1 and a year is 1): float64 arithmetic, math.Sqrt, and arrays of structs in a
// tight loop.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"time"
)

type body struct {
	x, y, z, vx, vy, vz, mass float64
}

const (
	solarMass   = 4 * math.Pi * math.Pi
	daysPerYear = 365.24
)

func system() []body {
	bodies := []body{
		{mass: solarMass}, // the Sun
		{ // Jupiter
			x: 4.84143144246472090e+00, y: -1.16032004402742839e+00, z: -1.03622044471123109e-01,
			vx: 1.66007664274403694e-03, vy: 7.69901118419740425e-03, vz: -6.90460016972063023e-05,
			mass: 9.54791938424326609e-04,
		},
		{ // Saturn
			x: 8.34336671824457987e+00, y: 4.12479856412430479e+00, z: -4.03523417114321381e-01,
			vx: -2.76742510726862411e-03, vy: 4.99852801234917238e-03, vz: 2.30417297573763929e-05,
			mass: 2.85885980666130812e-04,
		},
		{ // Uranus
			x: 1.28943695621391310e+01, y: -1.51111514016986312e+01, z: -2.23307578892655734e-01,
			vx: 2.96460137564761618e-03, vy: 2.37847173959480950e-03, vz: -2.96589568540237556e-05,
			mass: 4.36624404335156298e-05,
		},
		{ // Neptune
			x: 1.53796971148509165e+01, y: -2.59193146099879641e+01, z: 1.79258772950371181e-01,
			vx: 2.68067772490389322e-03, vy: 1.62824170038242295e-03, vz: -9.51592254519715870e-05,
			mass: 5.15138902046611451e-05,
		},
	}
	// Velocities are given in AU per day; make them AU per year, then give the Sun the
	// momentum that makes the system's total zero.
	var px, py, pz float64
	for i := 1; i < len(bodies); i++ {
		b := &bodies[i]
		b.vx *= daysPerYear
		b.vy *= daysPerYear
		b.vz *= daysPerYear
		b.mass *= solarMass
		px += b.vx * b.mass
		py += b.vy * b.mass
		pz += b.vz * b.mass
	}
	bodies[0].vx = -px / solarMass
	bodies[0].vy = -py / solarMass
	bodies[0].vz = -pz / solarMass
	return bodies
}

func energy(bodies []body) float64 {
	e := 0.0
	for i := range bodies {
		a := &bodies[i]
		e += 0.5 * a.mass * (a.vx*a.vx + a.vy*a.vy + a.vz*a.vz)
		for j := i + 1; j < len(bodies); j++ {
			b := &bodies[j]
			dx, dy, dz := a.x-b.x, a.y-b.y, a.z-b.z
			e -= a.mass * b.mass / math.Sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func advance(bodies []body, dt float64) {
	for i := range bodies {
		a := &bodies[i]
		for j := i + 1; j < len(bodies); j++ {
			b := &bodies[j]
			dx, dy, dz := a.x-b.x, a.y-b.y, a.z-b.z
			d2 := dx*dx + dy*dy + dz*dz
			mag := dt / (d2 * math.Sqrt(d2))
			a.vx -= dx * b.mass * mag
			a.vy -= dy * b.mass * mag
			a.vz -= dz * b.mass * mag
			b.vx += dx * a.mass * mag
			b.vy += dy * a.mass * mag
			b.vz += dz * a.mass * mag
		}
	}
	for i := range bodies {
		b := &bodies[i]
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

func main() {
	reps := repetitions()
	const steps = 200000
	var last time.Duration
	for r := 0; r < reps; r++ {
		start := time.Now()
		bodies := system()
		before := energy(bodies)
		for s := 0; s < steps; s++ {
			advance(bodies, 0.01)
		}
		after := energy(bodies)
		last = time.Since(start)
		if r == reps-1 {
			fmt.Printf("energy %.9f -> %.9f after %d steps\n", before, after, steps)
		}
	}
	fmt.Fprintf(os.Stderr, "bench-last-rep-ms %.3f\n", float64(last.Microseconds())/1000)
}

// repetitions: how many times the kernel runs, from the first argument (default 1). bench/run
// times one run for the wall time, and five for the time of the last, warmed-up one.
func repetitions() int {
	if len(os.Args) > 1 {
		if n, err := strconv.Atoi(os.Args[1]); err == nil && n > 0 {
			return n
		}
	}
	return 1
}
