package extract

// fallingYearRun is the rule for a results summary's header of bare years
// written the latest first under a label (截至12月31日止(百万港元) | 2024 |
// 2023 | 2022 | 2021 | 2020, 项目 | 2023 | 2022): n years that fall by
// exactly one year at every step (step of the n-1 steps) are the columns of
// a five-year or year-on-year summary, not a data row, whose values seldom
// run down one by one through the years.
func fallingYearRun(n, step int) bool {
	return n >= 2 && step == n-1
}
