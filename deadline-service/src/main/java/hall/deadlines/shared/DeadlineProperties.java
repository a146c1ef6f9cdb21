package hall.deadlines.shared;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of deadline-service under platform.deadlines; the hall's zone is platform.hall.zone-id. */
@ConfigurationProperties("platform.deadlines")
public class DeadlineProperties {

    /** Region whose calendar new clocks use. */
    private String region = "CN";
    /** Regions whose calendars may be loaded and queried. */
    private List<String> regions = List.of("CN");
    private final Warning warning = new Warning();
    private final Scan scan = new Scan();
    private final Acceptance acceptance = new Acceptance();

    public static class Acceptance {
        /** Working days after the day the supplemented materials were complete by which the window accepts. */
        private int workingDays = 1;

        public int getWorkingDays() { return workingDays; }
        public void setWorkingDays(int workingDays) { this.workingDays = workingDays; }
    }

    public static class Warning {
        /** Yellow when at most this many working days are left... */
        private int daysLeft = 1;
        /** ...or at most this share of the limit is left. */
        private double shareOfLimit = 0.2;

        public int getDaysLeft() { return daysLeft; }
        public void setDaysLeft(int daysLeft) { this.daysLeft = daysLeft; }
        public double getShareOfLimit() { return shareOfLimit; }
        public void setShareOfLimit(double shareOfLimit) { this.shareOfLimit = shareOfLimit; }
    }

    public static class Scan {
        /** Whether this instance runs the scheduled warning scan and supplement-notice job. */
        private boolean enabled = true;
        /** Pause between two scans. */
        private Duration interval = Duration.ofMinutes(1);
        /** Clocks claimed per transaction. */
        private int batchSize = 500;

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public Duration getInterval() { return interval; }
        public void setInterval(Duration interval) { this.interval = interval; }
        public int getBatchSize() { return batchSize; }
        public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
    }

    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public List<String> getRegions() { return regions; }
    public void setRegions(List<String> regions) { this.regions = regions; }
    public Warning getWarning() { return warning; }
    public Scan getScan() { return scan; }
    public Acceptance getAcceptance() { return acceptance; }
}
