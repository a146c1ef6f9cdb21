package hall.workingdays;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The days off the law fixes for every year, before the State Council publishes the year's schedule with its
 * bridges and make-up working days (全国年节及纪念日放假办法 art. 2). From 2025 (as amended in 2024): New Year's Day
 * (January 1); Spring Festival, 4 days from the lunar New Year's eve to the 3rd day of the 1st lunar month;
 * Qingming, the day of the solar term; Labour Day, May 1-2; Dragon Boat Festival, the 5th day of the 5th lunar
 * month; Mid-Autumn Festival, the 15th day of the 8th lunar month; National Day, October 1-3. Before 2025 (the
 * 2013 text): Spring Festival the 1st to 3rd lunar day and Labour Day May 1 only. Lunar dates and the solar term
 * come from the lunar-java library (cn.6tail:lunar), whose new moons and solar terms follow the Purple Mountain
 * Observatory's tables; dates are those of China Standard Time.
 */
public final class StatutoryHolidays {

    public static final String NEW_YEAR = "元旦";
    public static final String SPRING_FESTIVAL = "春节";
    public static final String QINGMING = "清明节";
    public static final String LABOUR_DAY = "劳动节";
    public static final String DRAGON_BOAT = "端午节";
    public static final String MID_AUTUMN = "中秋节";
    public static final String NATIONAL_DAY = "国庆节";

    /** The first year of the rules as amended in 2024 (New Year's eve and May 2 added). */
    public static final int AMENDED_FROM = 2025;

    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private StatutoryHolidays() {
    }

    /** The statutory days off of a year, in date order, each with its holiday's name. */
    public static List<HolidayDay> of(int year) {
        List<HolidayDay> days = new ArrayList<>();
        daysOff(year).forEach((date, name) -> days.add(new HolidayDay(date, name)));
        return days;
    }

    /** The holiday a date is a statutory day off of, or null. */
    public static String holidayOn(LocalDate date) {
        return daysOff(date.getYear()).get(date);
    }

    private static Map<LocalDate, String> daysOff(int year) {
        return BY_YEAR.computeIfAbsent(year, StatutoryHolidays::compute);
    }

    private static Map<LocalDate, String> compute(int year) {
        boolean amended = year >= AMENDED_FROM;
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), NEW_YEAR);
        LocalDate newYear = lunarDate(year, 1, 1);
        for (int i = amended ? -1 : 0; i <= 2; i++) {
            days.put(newYear.plusDays(i), SPRING_FESTIVAL);
        }
        days.put(qingming(year), QINGMING);
        days.put(LocalDate.of(year, 5, 1), LABOUR_DAY);
        if (amended) {
            days.put(LocalDate.of(year, 5, 2), LABOUR_DAY);
        }
        days.put(lunarDate(year, 5, 5), DRAGON_BOAT);
        days.put(lunarDate(year, 8, 15), MID_AUTUMN);
        for (int d = 1; d <= 3; d++) {
            days.merge(LocalDate.of(year, 10, d), NATIONAL_DAY, (midAutumn, national) -> national + "、" + midAutumn);
        }
        return Collections.unmodifiableMap(days);
    }

    /** The Gregorian date of a day of a (non-leap) lunar month of the lunar year that begins in the given year. */
    private static LocalDate lunarDate(int year, int lunarMonth, int lunarDay) {
        return date(Lunar.fromYmd(year, lunarMonth, lunarDay).getSolar());
    }

    /** The day of the Qingming solar term (the sun at 15° ecliptic longitude), early April. */
    private static LocalDate qingming(int year) {
        return date(Lunar.fromYmd(year, 1, 1).getJieQiTable().get("清明"));
    }

    private static LocalDate date(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
