// WorkCalendar: the Vietnamese business-day library (see docs/calendar.md).
