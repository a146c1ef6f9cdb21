package hall.cases.events;

/** The six handling categories (六件). A matter is catalogued as one of the first four; intake review may make a case a supplement or returned case. */
public enum HandlingCategory {
    IMMEDIATE, PROMISED, JOINT, REPORTED, SUPPLEMENT, RETURNED
}
