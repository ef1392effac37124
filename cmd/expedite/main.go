// Command expedite helps a US-visa applicant in Canada write an expedited
// (emergency) appointment request: it asks, checks and arranges, and never
// contacts any network.
package main

import "os"

func main() {
	os.Exit(Main(os.Args[1:], newSystemEnv()))
}
