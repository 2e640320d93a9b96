// Package analysis holds annualstat's data model and its year-over-year
// arithmetic: the figures a statistical appendix prints (absolute change,
// growth, percentage points, multiples, shares, CAGR, base-year indices,
// back-computed prior values), the Chinese statements the national
// statistical bulletins use for them, and the consistency checks that tell
// whether a report's figures add up.
//
// The package does no I/O and no rendering: loaders live in
// analysis/ingest, prose extraction in analysis/extract, and outputs in
// report. It depends only on the standard library and gonum.
//
// Undefined figures are never NaN or ±Inf: every computed figure is a Figure
// that is either a finite value or carries the Reason it is undefined.
//
// # The model (SPEC §7–§9)
//
// A unit is a scale and a base (ParseUnit: 万户 = 万 × 户) of a class
// (UnitClass: count, measure, amount, proportion, percent, per-mille, ratio,
// index), derived from the name and unit (ClassOf) unless Indicator.Class
// says otherwise; figures of one base compare across scales (ConvertScale).
// A Point keeps what the source wrote: its Period (PeriodKindOf: annual,
// partial, point in time), its Qualifier (多, 近, 约 …), its Precision (the
// decimals written; zero is unknown), the Changes stated for it (several,
// each with its own decimals, base, verb and unit), NoLevel for a figure
// stated only as a change, and Share for a share stated with it.
//
// What the cross-figure checks need, which an extractor or a user fills:
//
//   - Indicator.Parent and the total's Breakdown: BreakdownExhaustive (the
//     zero value: a declared parent, the parts add up), BreakdownSubset (a
//     其中 list: the parts do not exceed the total), BreakdownRatio (a ratio
//     structure: the parts add up to 100; the total has no values);
//   - Point.Share (StatedShare): the share of a named whole (Of) or, with
//     Of empty, of the Parent or of the list of shares of its section;
//   - Indicator.Numerator and Denominator: the figures a proportion is the
//     rate of;
//   - Stated.Ambiguous: a change the text may attach to another figure.
//
// InferShares, InferRates and InferRatios fill the last three from the
// order and names of the indicators when an extractor gives shares, rates
// and the terms of a structure as indicators of their own.
package analysis
