// Package textarea is a maintained copy of the Bubbles textarea
// (charm.land/bubbles/v2 v2.2.1, textarea/, with its internal memoization
// and runeutil packages and its tests) and of Huh's Text field
// (charm.land/huh/v2 v2.0.3, field_text.go, in field.go), both under the
// MIT licence in LICENSE.
//
// The one change: the textarea draws only the rows its viewport shows
// (viewWindow), and draws none in Update, whose content only sets the
// viewport's line count; the field keeps its last drawing until a message
// changes it. Upstream styled every wrapped line of the whole text on every
// key, twice or more: 3.5 ms a keystroke at 3,000 characters, about 1 ms
// now. TestViewMatchesUpstream checks that every frame is the same as
// Bubbles' own. Drop this copy once Bubbles draws only visible rows.
package textarea
