package hall.callbacks.visits.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The periodic visits of a month. Every household is visited about every {@code cycleMonths} (3) months: it is due
 * when it was never visited, or when the cycle since its last visit (made or planned) ends by the end of the month.
 * Of the due households, never visited first, then the longest unvisited, at most a cycle's share of the project
 * ({@code ceil(households / cycleMonths)}, about a third) is planned, so that the months carry even loads. Visits
 * are spread evenly over the month's weekdays (from {@code from} on), at the owner's preferred time
 * ({@link VisitTiming}); an owner who does not want to be phoned (no contact consent) is visited face to face.
 */
public final class VisitPlanner {

    /** A household as the planner sees it; {@code lastVisit} is the latest visit made or planned, null if none. */
    public record Household(String ownerId, LocalDate lastVisit, boolean phoneAllowed, String preferredTimes) {
    }

    public record PlannedVisit(String ownerId, LocalDate date, LocalTime time, VisitMethod method) {
    }

    private final int cycleMonths;
    private final VisitTiming timing;

    public VisitPlanner(int cycleMonths, VisitTiming timing) {
        if (cycleMonths < 1 || cycleMonths > 24) {
            throw new IllegalArgumentException("a visit cycle is 1 to 24 months");
        }
        this.cycleMonths = cycleMonths;
        this.timing = timing;
    }

    public static boolean due(LocalDate lastVisit, YearMonth month, int cycleMonths) {
        return lastVisit == null || !lastVisit.plusMonths(cycleMonths).isAfter(month.atEndOfMonth());
    }

    /** How many households a month carries: a cycle's share of the project, rounded up. */
    public static int monthlyShare(int households, int cycleMonths) {
        return (households + cycleMonths - 1) / cycleMonths;
    }

    /** The month's visits, in date order; {@code from} is the first day visits may be planned on. */
    public List<PlannedVisit> plan(YearMonth month, LocalDate from, List<Household> households) {
        List<Household> due = new ArrayList<>(households.stream()
                .filter(h -> due(h.lastVisit(), month, cycleMonths)).toList());
        due.sort(Comparator.comparing(Household::lastVisit, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<Household> chosen = due.subList(0, Math.min(due.size(), monthlyShare(households.size(), cycleMonths)));
        List<LocalDate> days = weekdays(month, from);
        List<PlannedVisit> planned = new ArrayList<>();
        for (int i = 0; i < chosen.size() && !days.isEmpty(); i++) {
            Household h = chosen.get(i);
            LocalDate date = days.get((int) ((long) i * days.size() / chosen.size()));
            planned.add(new PlannedVisit(h.ownerId(), date, timing.timeFor(h.preferredTimes()),
                    h.phoneAllowed() ? VisitMethod.PHONE : VisitMethod.FACE_TO_FACE));
        }
        return planned;
    }

    private static List<LocalDate> weekdays(YearMonth month, LocalDate from) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (!d.isBefore(from) && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }
}
