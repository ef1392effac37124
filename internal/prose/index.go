package prose

import "sort"

// strIndex is a read-only hash index from strings to runs of int32 values:
// the one lookup structure of compiled lexicons and matchers. It holds
// only slices of plain values, so a generated Go literal of it is laid out
// by the linker and costs nothing when the program starts, where a map
// literal is built entry by entry at every start.
type strIndex struct {
	slots []int32  // open addressing, len a power of two: entry+1, 0 when empty
	keys  []string // entry -> key, sorted
	ends  []int32  // entry -> end of its values in vals (start: the entry before's end)
	vals  []int32
}

// hashString is FNV-1a, 32 bits.
func hashString(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// newIndex builds an index of m. Its layout depends only on m's contents.
func newIndex(m map[string][]int32) strIndex {
	var x strIndex
	if len(m) == 0 {
		return x
	}
	x.keys = make([]string, 0, len(m))
	for k := range m {
		x.keys = append(x.keys, k)
	}
	sort.Strings(x.keys)
	x.ends = make([]int32, len(x.keys))
	for i, k := range x.keys {
		x.vals = append(x.vals, m[k]...)
		x.ends[i] = int32(len(x.vals))
	}
	n := 2
	for n < 2*len(x.keys) {
		n *= 2
	}
	x.slots = make([]int32, n)
	for i, k := range x.keys {
		for s := hashString(k) & uint32(n-1); ; s = (s + 1) & uint32(n-1) {
			if x.slots[s] == 0 {
				x.slots[s] = int32(i + 1)
				break
			}
		}
	}
	return x
}

// find returns k's entry, or -1.
func (x *strIndex) find(k string) int {
	if len(x.slots) == 0 {
		return -1
	}
	mask := uint32(len(x.slots) - 1)
	for s := hashString(k) & mask; ; s = (s + 1) & mask {
		e := x.slots[s]
		if e == 0 {
			return -1
		}
		if x.keys[e-1] == k {
			return int(e - 1)
		}
	}
}

// get returns k's values (nil when k is absent).
func (x *strIndex) get(k string) []int32 {
	e := x.find(k)
	if e < 0 {
		return nil
	}
	start := int32(0)
	if e > 0 {
		start = x.ends[e-1]
	}
	return x.vals[start:x.ends[e]:x.ends[e]]
}

// one returns k's first value.
func (x *strIndex) one(k string) (int32, bool) {
	v := x.get(k)
	if len(v) == 0 {
		return 0, false
	}
	return v[0], true
}

// has reports whether k is a key.
func (x *strIndex) has(k string) bool { return x.find(k) >= 0 }

// len is the number of keys.
func (x *strIndex) len() int { return len(x.keys) }
