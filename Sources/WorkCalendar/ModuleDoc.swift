// WorkCalendar: the Vietnamese business-day library (see docs/calendar.md).
//
// Knows nothing of the catalog or YAML. Layers, bottom up:
//   CivilDate / TimeOfDay / LocalDateTime   civil time in Vietnam (UTC+7), exact day-number arithmetic
//   LunarCalendar                           the lunisolar calendar, astronomically (UTC+7; UTC+8 = Chinese)
//   HolidayRule / HolidayRuleSet            holidays as rules with effective dates
//   OfficialDecision                        yearly swaps and official Tết days that override the rules
//   WorkCalendar                            rules + decisions + office hours + cut-off → day kinds and an index
//   DeadlineCalculator                      due dates on the index (O(1) per period), with explanations
//   DeadlineCalculator+DayByDay             the same rules day by day: the tests' oracle, the benchmark's baseline
//   HolidayCalendarExport                   iCalendar, text and JSON listings of a year
