package hall.callbacks.projects.domain;

/** A household of a residential project: building (栋), unit (单元) and room (室); unique within the project. */
public record Household(String building, String unit, String room) {

    public String label() {
        return building + "-" + unit + "-" + room;
    }
}
