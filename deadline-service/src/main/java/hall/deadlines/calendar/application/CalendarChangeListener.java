package hall.deadlines.calendar.application;

import hall.workingdays.WorkingDayCalendar;

/**
 * Told, inside the transaction that loads or corrects a year, so that what depends on working days (running
 * deadlines, pending supplement-notice checks) is recomputed with the new calendar in the same transaction.
 */
public interface CalendarChangeListener {

    /** @return how many dependent records changed */
    int calendarChanged(String region, int year, WorkingDayCalendar calendar);
}
