package eu.cbss.impt.hub.web.signal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the signal list is filtered by, as typed in its filter form. Blank means "any". */
public class SignalFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String region;
    private String concern;
    private String grade;
    private String reviewStatus;
    private LocalDate from;
    private LocalDate to;
    /** National coordinators see accepted signals unless they ask for those awaiting review too. */
    private boolean includePending;

    /** The API's query parameters for these filters; blank ones are left out. */
    public Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "region", region);
        put(parameters, "concern", concern);
        put(parameters, "grade", grade);
        put(parameters, "reviewStatus", reviewStatus);
        put(parameters, "from", from == null ? null : from.toString());
        put(parameters, "to", to == null ? null : to.toString());
        if (includePending) {
            parameters.put("includePending", "true");
        }
        return parameters;
    }

    public boolean isEmpty() {
        return toParameters().isEmpty();
    }

    public void clear() {
        region = null;
        concern = null;
        grade = null;
        reviewStatus = null;
        from = null;
        to = null;
        includePending = false;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value.trim());
        }
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getConcern() {
        return concern;
    }

    public void setConcern(String concern) {
        this.concern = concern;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getReviewStatus() {
        return reviewStatus;
    }

    public void setReviewStatus(String reviewStatus) {
        this.reviewStatus = reviewStatus;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public boolean isIncludePending() {
        return includePending;
    }

    public void setIncludePending(boolean includePending) {
        this.includePending = includePending;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
